package org.summittimeline.ui.timeline;

import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Font;
import javafx.geometry.Bounds;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.stage.Window;
import javafx.util.Duration;
import org.summittimeline.model.Event;
import org.summittimeline.query.TimeText;
import org.summittimeline.query.TimelineQuery;
import org.summittimeline.ui.timeline.layout.PlacedLane;
import org.summittimeline.ui.timeline.layout.PlacedMark;
import org.summittimeline.ui.timeline.layout.TimeViewport;
import org.summittimeline.ui.timeline.layout.TimelineLayout;
import org.summittimeline.ui.Texts;

/**
 * Turns the mouse, the wheel and keys on the timeline into what they mean: select, zoom, pan, scroll the lanes,
 * collapse a lane, open a cluster. Questions of where things are go to the last frame's layout.
 */
final class TimelineInput {
    /** The most events a cluster's list offers; beyond them the reader zooms in. */
    static final int LIST_LIMIT = 25;

    private final TimelineView view;
    private final TimelineSkin skin;
    private final Canvas canvas;
    private final Tooltip tooltip = new Tooltip();
    /** Tooltips show after the pointer rests, below and right of it, so they never cover the mark's own title. */
    private final PauseTransition rest = new PauseTransition(Duration.millis(300));
    private double pointerX;
    private double pointerY;
    private final ContextMenu clusterMenu = new ContextMenu();
    private double pressX;
    private double pressY;
    private double lastDragX;
    private double lastDragY;
    private boolean dragged;
    /** The mark, or the lane whose name, under the resting pointer; null over neither. */
    private Object hovered;
    /** What the hovered mark's or name's tooltip says, unbroken. */
    private String hoveredText;
    /** The tooltip's type size at the designed text size, as FontScale sets it. */
    private static final double TOOLTIP_TYPE = 14;
    /** The tooltip's padding either side and a margin for rounding. */
    private static final double TOOLTIP_INSETS = 32;
    private final EventHandler<KeyEvent> keys = this::keyPressed;
    private final InvalidationListener windowMoved = o -> hover(null);
    /**
     * Nor when another event is selected (Left and Right, a clicker, the events list): the tooltip of the mark under
     * the pointer covered the one just selected, its details and the quotes for seconds (a new user's walk).
     */
    private final InvalidationListener selectionMoved = o -> hover(null);
    private final ObservableValue<Boolean> windowFocused;
    private final ChangeListener<Boolean> focusLost = (obs, was, focused) -> {
        if (!Boolean.TRUE.equals(focused)) {
            hover(null);
        }
    };

    /** Whether the mouse button now released was pressed on the timeline. */
    private boolean pressedHere;

    TimelineInput(TimelineView view, TimelineSkin skin, Canvas canvas) {
        this.view = view;
        this.skin = skin;
        this.canvas = canvas;
        windowFocused = view.sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::focusedProperty);
        tooltip.setWrapText(true);
        rest.setOnFinished(e -> {
            if (hovered != null) {
                Bounds area = canvas.localToScreen(canvas.getLayoutBounds());
                // In the type the tooltip is drawn in (FontScale's rule); its padding and a margin for rounding beside.
                LabelMeasure measure = new LabelMeasure(Font.font(tooltip.getFont().getFamily(),
                        TOOLTIP_TYPE * view.getTextScale()));
                double longest = 0;
                for (String line : hoveredText.split("\n")) {
                    longest = Math.max(longest, measure.width(line));
                }
                TooltipPlace place = TooltipPlace.beside(pointerX, area.getMinX(), area.getMaxX(),
                        longest + TOOLTIP_INSETS);
                tooltip.setMaxWidth(place.maxWidth());
                tooltip.setText(MarkTooltip.withHangingIndents(hoveredText, place.maxWidth() - TOOLTIP_INSETS,
                        measure));
                if (hovered instanceof PlacedLane) {
                    // Beside the names, level with the pointer: below it, it covered the next lane's name.
                    tooltip.show(canvas, area.getMinX() + skin.namesWidth() + TooltipPlace.GAP, pointerY);
                    tooltip.setY(pointerY - tooltip.getHeight() / 2);
                    return;
                }
                tooltip.show(canvas, pointerX + TooltipPlace.GAP, pointerY + TooltipPlace.BELOW);
                if (place.leftOfPointer()) {
                    tooltip.setX(pointerX - TooltipPlace.GAP - tooltip.getWidth());
                }
                if (TooltipPlace.above(pointerY, area.getMinY(), area.getMaxY(), tooltip.getHeight())) {
                    tooltip.setY(pointerY - TooltipPlace.GAP - tooltip.getHeight());
                }
            }
        });
        clusterMenu.setId("cluster-menu");
        canvas.setOnMousePressed(this::pressed);
        canvas.setOnMouseDragged(this::dragged);
        canvas.setOnMouseReleased(this::released);
        canvas.setOnMouseMoved(this::moved);
        canvas.setOnMouseExited(e -> hover(null));
        canvas.setOnScroll(this::scrolled);
        canvas.setOnZoom(this::pinched);
        view.addEventHandler(KeyEvent.KEY_PRESSED, keys);
        // A dialog that opens over the window takes the focus: a tooltip left from before must not stay on top.
        windowFocused.addListener(focusLost);
        // Nor when the view moves under a resting pointer (a cluster's click zooms, + and − zoom): the tooltip
        // spoke of a mark no longer there. The next move of the pointer finds what is under it now.
        view.timeWindowProperty().addListener(windowMoved);
        view.selectedEventProperty().addListener(selectionMoved);
    }

    void dispose() {
        view.removeEventHandler(KeyEvent.KEY_PRESSED, keys);
        windowFocused.removeListener(focusLost);
        view.timeWindowProperty().removeListener(windowMoved);
        view.selectedEventProperty().removeListener(selectionMoved);
        hover(null);
        rest.stop();
        clusterMenu.hide();
    }

    /** The menu that lists a cluster's events when no zoom parts them; open while it shows. */
    ContextMenu clusterMenu() {
        return clusterMenu;
    }

    private void pressed(MouseEvent e) {
        pressedHere = true;
        view.requestFocus();
        pressX = e.getX();
        pressY = e.getY();
        lastDragX = e.getX();
        lastDragY = e.getY();
        dragged = false;
    }

    private void dragged(MouseEvent e) {
        // Up or down too: a drag to scroll the lanes, let go on empty space, was a click there, which now lets go of
        // the selection.
        if (Math.abs(e.getX() - pressX) > 3 || Math.abs(e.getY() - pressY) > 3) {
            dragged = true;
        }
        if (dragged) {
            view.viewport().pan(e.getX() - lastDragX);
            skin.scrollLanes(lastDragY - e.getY());
            lastDragX = e.getX();
            lastDragY = e.getY();
        }
    }

    private void released(MouseEvent e) {
        boolean click = pressedHere;
        pressedHere = false;
        // A release whose press went elsewhere is no click: the click that closes an open list or menu has its
        // press taken by the closing popup and its release here, where it folded the lane under the pointer.
        if (!click || dragged || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        Point2D at = skin.area().contentAt(e.getX(), e.getY());
        TimelineLayout layout = skin.currentLayout();
        if (at == null) {
            // The strip under the axis that a selected relative time's note keeps is lane space too, the note's
            // words among it (they are the selection's): a click there had kept the selection.
            if (e.getX() > skin.namesWidth() && e.getY() < skin.lanesTop()
                    && e.getY() >= skin.lanesTop() - layout.stripHeight()) {
                view.deselect();
            }
            return;
        }
        if (e.getX() < skin.namesWidth()) {
            PlacedLane lane = layout.laneAt(at.getY());
            if (lane != null) {
                skin.toggleCollapsed(lane.lane().id());
                // Its tooltip said what the click was to do: the next move of the pointer says what it does now.
                hover(null);
                // Its name was pinned at the top of the area while the lane's top was scrolled above it: folded to
                // a strip there, the lane went out of view and the next lane's first rows under the axis.
                skin.keepLaneInView(lane.index());
            }
            return;
        }
        PlacedMark m = layout.markAt(at.getX(), at.getY());
        if (m != null && m.isCluster()) {
            int[] members = m.count() == 1 ? skin.membersOf(m) : null;
            if (members != null && members.length == 1) {
                // A disc of one (a span too long to stand for a moment at this zoom) is that event: it is selected,
                // not zoomed into.
                skin.selectPointedAt(view.query().index().event(members[0]));
            } else {
                openCluster(m, e.getScreenX(), e.getScreenY());
            }
            return;
        }
        int event = m != null ? m.event() : layout.eventLabelledAt(at.getX(), at.getY());
        if (event >= 0) {
            skin.selectPointedAt(view.query().index().event(event));
        } else {
            // On empty lane space, as in vis-timeline and a file manager: the selection goes and the details pane
            // shows the timeline's overview again (Escape had been the only way back to it).
            view.deselect();
        }
    }

    /** Zooms so that the cluster's events part; where none can (the same moment), lists them to choose from. */
    void openCluster(PlacedMark cluster, double screenX, double screenY) {
        double[] target = skin.splitView(cluster);
        if (target != null) {
            view.viewport().setView(target[0], target[1]);
            skin.keepLaneInView(cluster.lane());
            return;
        }
        TimelineQuery q = view.query();
        TimeText times = new TimeText(view.zoneProperty().get());
        int[] members = skin.membersOf(cluster);
        clusterMenu.getItems().clear();
        for (int k = 0; k < members.length && k < LIST_LIMIT; k++) {
            Event event = q.index().event(members[k]);
            MenuItem item = new MenuItem(times.bounds(event.start()) + "  " + event.title());
            item.setMnemonicParsing(false);
            item.setOnAction(a -> view.selectedEventProperty().set(event));
            clusterMenu.getItems().add(item);
        }
        if (members.length > LIST_LIMIT) {
            MenuItem more = new MenuItem(Texts.format("timeline.cluster.more", members.length - LIST_LIMIT));
            more.setDisable(true);
            clusterMenu.getItems().add(more);
        }
        clusterMenu.show(canvas, screenX, screenY);
    }

    private void moved(MouseEvent e) {
        pointerX = e.getScreenX();
        pointerY = e.getScreenY();
        Point2D at = skin.area().contentAt(e.getX(), e.getY());
        hover(at == null ? null : e.getX() < skin.namesWidth() ? skin.currentLayout().laneAt(at.getY())
                : skin.currentLayout().markAt(at.getX(), at.getY()));
    }

    /**
     * Tooltips over marks and over the lanes' names: over empty time there is nothing to explain. A name says itself
     * whole (at larger type a long one is cut, "Press confer…") and what a click on it does.
     */
    private void hover(Object thing) {
        if (thing == hovered || thing instanceof PlacedLane lane && hovered instanceof PlacedLane was
                && lane.lane().id().equals(was.lane().id()) && lane.collapsed() == was.collapsed()) {
            return;
        }
        hovered = thing;
        tooltip.hide();
        rest.stop();
        if (thing instanceof PlacedLane lane) {
            hoveredText = Texts.format(lane.collapsed() ? "timeline.lane.unfold" : "timeline.lane.fold",
                    lane.lane().label());
        }
        if (!(thing instanceof PlacedMark m)) {
            if (thing != null) {
                tooltip.setText(hoveredText);
                rest.playFromStart();
            }
            return;
        }
        TimelineQuery q = view.query();
        hoveredText = m.isCluster() ? MarkTooltip.ofCluster(m.count(), skin.splitView(m) != null)
                : MarkTooltip.of(q.index().event(m.event()), q.timeline(), view.zoneProperty().get());
        tooltip.setText(hoveredText);
        rest.playFromStart();
    }

    /** The tooltip itself, for the tests of where it stands. */
    Tooltip tooltip() {
        return tooltip;
    }

    /** What the tooltip says while the pointer is over a mark, before it is broken into lines; null elsewhere. */
    String tooltipText() {
        return hovered == null ? null : hoveredText;
    }

    /**
     * The zoom per pixel of Ctrl+wheel: a notch of the wheel (40 pixels here and on most desktops) zooms 1.22 times,
     * as a notch does in a map; a touchpad's small steps zoom smoothly. At 1.0025 a notch zoomed 1.1 times, and a new
     * user turned it three notches and saw the view hardly change.
     */
    static final double WHEEL_ZOOM = 1.005;

    /** Ctrl+wheel zooms around the pointer; Shift+wheel and sideways wheels pan time; the wheel scrolls the lanes. */
    private void scrolled(ScrollEvent e) {
        TimeViewport viewport = view.viewport();
        if (e.isControlDown() || e.isShortcutDown()) {
            viewport.zoomAround(e.getX() - skin.namesWidth(), Math.pow(WHEEL_ZOOM, -e.getDeltaY()));
        } else if (e.isShiftDown()) {
            viewport.pan(e.getDeltaX() != 0 ? e.getDeltaX() : e.getDeltaY());
        } else if (Math.abs(e.getDeltaX()) > Math.abs(e.getDeltaY())) {
            viewport.pan(e.getDeltaX());
        } else {
            skin.scrollLanes(-e.getDeltaY());
        }
        e.consume();
    }

    private void pinched(ZoomEvent e) {
        view.viewport().zoomAround(e.getX() - skin.namesWidth(), 1 / e.getZoomFactor());
        e.consume();
    }

    private static boolean isZoomKey(KeyCode code) {
        return code == KeyCode.PLUS || code == KeyCode.ADD || code == KeyCode.EQUALS || code == KeyCode.MINUS
                || code == KeyCode.SUBTRACT;
    }

    private void keyPressed(KeyEvent e) {
        TimeViewport viewport = view.viewport();
        KeyCode code = e.getCode();
        boolean handled = true;
        if (e.isShiftDown() && (code == KeyCode.LEFT || code == KeyCode.RIGHT)) {
            viewport.pan(code == KeyCode.LEFT ? viewport.width() / 5 : -viewport.width() / 5);
        } else if (code == KeyCode.RIGHT) {
            view.selectRelative(1);
        } else if (code == KeyCode.LEFT) {
            view.selectRelative(-1);
        } else if (code == KeyCode.HOME) {
            view.selectFirst();
        } else if (code == KeyCode.END) {
            view.selectLast();
        } else if (code == KeyCode.ESCAPE && view.selectedEventProperty().get() != null) {
            view.deselect();
        } else if (code == KeyCode.UP || code == KeyCode.DOWN) {
            // Two rows a press, whatever the text size (a fixed 40 px was less than a row at 250 %).
            double step = Math.max(40, 2 * skin.currentLayout().rowHeight());
            skin.scrollLanes(code == KeyCode.UP ? -step : step);
        } else if (code == KeyCode.PAGE_UP || code == KeyCode.PAGE_DOWN) {
            skin.scrollLanes((code == KeyCode.PAGE_UP ? -0.9 : 0.9) * skin.laneAreaHeight());
        } else if (e.isShortcutDown() && isZoomKey(code)) {
            // Ctrl with plus or minus is the window's text size; taking it here would zoom the timeline instead.
            handled = false;
        } else if (code == KeyCode.PLUS || code == KeyCode.ADD || code == KeyCode.EQUALS) {
            view.zoomIn();
        } else if (code == KeyCode.MINUS || code == KeyCode.SUBTRACT) {
            view.zoomOut();
        } else if ((code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0) && !e.isShortcutDown()) {
            view.zoomToFit();
        } else {
            handled = false;
        }
        if (handled) {
            // The lanes scrolled or the selection moved: the mark under the pointer is another, or none.
            hover(null);
            e.consume();
        }
    }
}
