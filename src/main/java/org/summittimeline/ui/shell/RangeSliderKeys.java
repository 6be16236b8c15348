package org.summittimeline.ui.shell;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import org.controlsfx.control.RangeSlider;
import org.summittimeline.ui.Pulses;

/**
 * The keyboard of the filter bar's time slider, over ControlsFX's: which thumb the keys move, how it is marked
 * (range-slider.css), and where Tab and Shift+Tab go in and out of the slider.
 */
final class RangeSliderKeys {
    private static final PseudoClass MOVING = PseudoClass.getPseudoClass("moving");
    private final RangeSlider range;
    /** Whether the last Tab pressed on the slider went backwards (with Shift). */
    private boolean tabbingBack;
    /** True from a Shift+Tab pressed anywhere in the slider's scene to the next key or click there. */
    private boolean enteringBackwards;
    private final EventHandler<InputEvent> noteTab = e -> enteringBackwards = e instanceof KeyEvent k
            && k.getEventType() == KeyEvent.KEY_PRESSED && k.getCode() == KeyCode.TAB && k.isShiftDown();

    RangeSliderKeys(RangeSlider range) {
        this.range = range;
        range.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        range.addEventFilter(KeyEvent.KEY_RELEASED, this::keys);
        // Once ControlsFX has taken a click or a Tab, the thumb the keys will move is marked.
        range.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> markMovingThumb());
        range.addEventHandler(KeyEvent.KEY_RELEASED, e -> markMovingThumb());
        range.sceneProperty().addListener((obs, old, scene) -> watchTabs(old, scene));
        range.skinProperty().addListener((obs, old, skin) -> {
            if (skin != null && old == null) {
                thumbsThroughTheSlider();
            }
        });
    }

    /**
     * ControlsFX makes each thumb a Tab stop of its own, so Shift+Tab from the timeline landed on the start thumb
     * itself, outside the slider's focus: neither thumb was marked, and a second Shift+Tab stayed. The slider alone
     * is the stop; entered backwards, it starts at the end thumb, the way Tab leaves it. Registered once the skin
     * exists, so that this runs after the skin's own choice of the start thumb.
     */
    private void thumbsThroughTheSlider() {
        for (String thumb : List.of(".low-thumb", ".high-thumb")) {
            Node n = range.lookup(thumb);
            if (n != null) {
                n.setFocusTraversable(false);
            }
        }
        range.focusedProperty().addListener((obs, was, focused) -> {
            if (focused && enteringBackwards && !endThumbFocused()) {
                // ControlsFX's thumbs are not ours to focus; a Tab is how it moves its mark from the start thumb to
                // the end one. Its handler takes the Tab, so the focus itself stays on the slider in this change.
                range.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, false, false, false, false));
            }
            markMovingThumb();
        });
    }

    private void watchTabs(Scene old, Scene scene) {
        if (old != null) {
            old.removeEventFilter(KeyEvent.KEY_PRESSED, noteTab);
            old.removeEventFilter(KeyEvent.KEY_RELEASED, noteTab);
            old.removeEventFilter(MouseEvent.MOUSE_PRESSED, noteTab);
        }
        if (scene != null) {
            scene.addEventFilter(KeyEvent.KEY_PRESSED, noteTab);
            scene.addEventFilter(KeyEvent.KEY_RELEASED, noteTab);
            scene.addEventFilter(MouseEvent.MOUSE_PRESSED, noteTab);
        }
    }

    /** Passes the focus on from {@code stop}, which only ControlsFX's slider ever gives it, the way Tab went. */
    void passFocusOn(Node stop) {
        stop.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                // After this pulse: moving the focus on from inside its own change would change it twice at once.
                Pulses.afterLayoutWhen(stop.getScene(), () -> true, () -> {
                    if (stop.isFocused()) {
                        stop.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, tabbingBack, false,
                                false, false));
                    }
                });
            }
        });
    }

    /**
     * Left and Right move the thumb that has the focus by a fiftieth of the timeline, Page Up and Page Down by a
     * tenth; Home takes the start back to the timeline's start and End the end to its end. ControlsFX's own arrows
     * moved nothing after a click on the end thumb, and its Home (on the key's release, with or without a modifier)
     * put the end thumb at the start, leaving a range with no event in it. Keys with a modifier and Tab are left to
     * ControlsFX, whose step is a fiftieth as well (FilterBar.showRange).
     */
    private void keys(KeyEvent e) {
        KeyCode code = e.getCode();
        if (e.getEventType() == KeyEvent.KEY_PRESSED && !isSlidersOwn(e) && range.getParent() != null) {
            // ControlsFX's skin takes every key pressed on the slider, so the window's keys did nothing there
            // once it had been clicked: F1, F5, Ctrl+F and every menu's shortcut. They go on from its parent, as
            // from any other control.
            e.consume();
            range.getParent().fireEvent(e.copyFor(range.getParent(), range.getParent()));
            return;
        }
        if (code == KeyCode.TAB) {
            tabbingBack = e.isShiftDown();
        }
        if (e.getEventType() == KeyEvent.KEY_RELEASED) {
            if (code == KeyCode.HOME || code == KeyCode.END) {
                e.consume();
            }
            return;
        }
        if (e.isShortcutDown() || e.isShiftDown() || e.isAltDown()) {
            return;
        }
        double span = range.getMax() - range.getMin();
        double step = switch (code) {
            case LEFT, KP_LEFT -> -span / 50;
            case RIGHT, KP_RIGHT -> span / 50;
            case PAGE_DOWN -> -span / 10;
            case PAGE_UP -> span / 10;
            default -> 0;
        };
        if (code == KeyCode.HOME) {
            range.setLowValue(range.getMin());
        } else if (code == KeyCode.END) {
            range.setHighValue(range.getMax());
        } else if (step == 0) {
            return;
        } else if (endThumbFocused()) {
            range.setHighValue(Math.max(range.getLowValue(), Math.min(range.getMax(), range.getHighValue() + step)));
        } else {
            range.setLowValue(Math.max(range.getMin(), Math.min(range.getHighValue(), range.getLowValue() + step)));
        }
        e.consume();
    }

    /** The keys the slider answers: the arrows, the pages, Home, End, Tab, and 0, + and − (FilterBar.zoomKeysTo). */
    private static boolean isSlidersOwn(KeyEvent e) {
        return switch (e.getCode()) {
            case LEFT, RIGHT, UP, DOWN, KP_LEFT, KP_RIGHT, KP_UP, KP_DOWN, PAGE_UP, PAGE_DOWN, HOME, END, TAB -> true;
            case DIGIT0, NUMPAD0, PLUS, ADD, EQUALS, MINUS, SUBTRACT -> !e.isShortcutDown() && !e.isAltDown();
            default -> false;
        };
    }

    /**
     * Marks the thumb {@link #keys} moves. ControlsFX's own focus marks could show both thumbs at once after a
     * first click on the end thumb, which left the reader guessing.
     */
    private void markMovingThumb() {
        Node low = range.lookup(".low-thumb");
        Node high = range.lookup(".high-thumb");
        if (low != null && high != null) {
            boolean end = endThumbFocused();
            high.pseudoClassStateChanged(MOVING, end);
            low.pseudoClassStateChanged(MOVING, !end);
            // Where the two thumbs meet, the one the keys move is drawn over the other, not hidden under it.
            (end ? high : low).toFront();
        }
    }

    private boolean endThumbFocused() {
        Node high = range.lookup(".high-thumb");
        return high != null && high.isFocused();
    }
}
