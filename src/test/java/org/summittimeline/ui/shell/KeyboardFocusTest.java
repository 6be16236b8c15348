package org.summittimeline.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.stage.Stage;
import org.controlsfx.control.RangeSlider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.summittimeline.app.FileDocuments;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.ui.BackgroundWork;
import org.summittimeline.ui.Contrast;
import org.summittimeline.ui.Fx;
import org.summittimeline.ui.Settings;
import org.summittimeline.ui.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Tab through the window as a keyboard user does: every stop shows where the focus is. A new user's walk pressed
 * Tab six times from the timeline and saw no mark: the status bar took a stop, and the tool bars' flat buttons
 * drew their focus under their own fill.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class KeyboardFocusTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        window = new MainWindow(new FileDocuments(new TimelineLoader()), BackgroundWork.sameThread(),
                Settings.inMemory(), p -> { });
        stage.setScene(new Scene(window, 1280, 720));
        stage.show();
        window.openBundled();
    }

    private Node tab(FxRobot robot) {
        Fx.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        return window.getScene().getFocusOwner();
    }

    static List<BackgroundFill> fills(Node node) {
        return ((Region) node).getBackground().getFills();
    }

    /**
     * Escape in the search box clears it and keeps the caret there, for the next search; a second Escape, in the
     * empty box, goes back to the timeline. A new user cleared a search and typed the next: its "f" folded a lane.
     */
    @Test
    void escapeClearsTheSearchThenASecondGoesBackToTheTimeline(FxRobot robot) {
        robot.clickOn("#search").write("so-called");
        Fx.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TextField search = robot.lookup("#search").queryAs(javafx.scene.control.TextField.class);
        assertEquals("", search.getText());
        assertEquals("search", window.getScene().getFocusOwner().getId(), "the box keeps the keys");
        robot.write("talks");
        assertEquals("talks", search.getText(), "the next search is typed into it");
        Fx.type(KeyCode.ESCAPE, KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", search.getText());
        assertNotEquals("search", window.getScene().getFocusOwner().getId(), "the second Escape leaves the box");
        assertTrue(window.lookup("#timeline").isFocused() || window.lookup("#timeline").isFocusWithin(),
                "for the timeline: " + window.getScene().getFocusOwner());
    }

    @Test
    void afterTheQuoteListTabGoesToTheToolBarNotTheStatusBar(FxRobot robot) {
        Fx.interact(() -> window.lookup("#quotes").requestFocus());
        Node next = tab(robot);
        assertEquals("open", next.getId(), "Tab from the quote list goes to Open");
    }

    @Test
    void aToolBarButtonReachedByTabShowsARing(FxRobot robot) {
        Fx.interact(() -> window.lookup("#quotes").requestFocus());
        Node open = tab(robot);
        Node reload = tab(robot);
        assertEquals("reload", reload.getId());
        assertTrue(reload.isFocusVisible());
        assertRingInside(reload);
        List<BackgroundFill> left = fills(open);
        assertTrue(left.stream().allMatch(f -> f.getInsets().getTop() == 0)
                || left.stream().map(BackgroundFill::getFill).distinct().count() == 1,
                "Open, left behind, has none: " + left);
    }

    @Test
    void theQuotePanelsSelectedToggleShowsARingApartFromItsFill(FxRobot robot) {
        Fx.interact(() -> window.lookup("#timeline").requestFocus());
        tab(robot); // the panel's tabs
        Node all = tab(robot);
        assertEquals("quotes-all", all.getId());
        List<BackgroundFill> focused = fills(all);
        assertEquals(3, focused.size(), "ring, gap and fill: " + focused);
        assertNotEquals(focused.get(0).getFill(), focused.get(1).getFill(), "the gap is not the ring's colour");
    }

    /**
     * After a click on a side tab, Tab goes on into it: after a click on "Lesson", Tab had gone from the timeline to
     * the details' source links, and Space on one opened a browser.
     */
    @Test
    void afterASideTabIsClickedTabGoesIntoIt(FxRobot robot) {
        pressConferenceChosenFromTheTimeline(robot);
        Node header = robot.lookup(".side-panel .tab").match((Node n) -> n.getId() != null
                && n.getId().equals("tab-lesson")).query();
        robot.clickOn(header);
        // The keys stay where they were, for Right to step on as everywhere (ClickedFocus)...
        assertEquals("timeline", window.getScene().getFocusOwner().getId());
        // ...and the next Tab goes into the tab clicked.
        Node next = tab(robot);
        Node panel = window.lookup("#lesson-panel");
        boolean inside = false;
        for (Node n = next; n != null; n = n.getParent()) {
            inside |= n == panel;
        }
        assertTrue(inside, "Tab goes into the Lesson tab: " + next);
        assertTrue(next.isFocusVisible(), "and marks what it reaches, as Tab does");
        // A button there shows it by a ring inside its fill: the theme's 1-px border had been the only mark.
        assertEquals("lesson-add", next.getId());
        assertRingInside(next);
    }

    private void pressConferenceChosenFromTheTimeline(FxRobot robot) {
        Fx.interact(() -> {
            window.state().selectedEventProperty().set(
                    window.state().query().timeline().event("press-conference").orElseThrow());
            window.lookup("#timeline").requestFocus();
        });
    }

    static void assertRingInside(Node node) {
        List<BackgroundFill> focused = fills(node);
        assertTrue(focused.size() >= 2 && focused.get(1).getInsets().getTop() >= 2
                        && !focused.get(0).getFill().equals(focused.get(1).getFill()),
                "an accent ring around the fill: " + focused);
    }

    /** A source link in the details pane, reached by Tab, gets a ring round its tint: the tint alone hardly showed. */
    @Test
    void aSourceLinkReachedByTabShowsARing(FxRobot robot) {
        pressConferenceChosenFromTheTimeline(robot);
        Node next = tab(robot);
        for (int i = 0; i < 6 && !(next instanceof javafx.scene.control.Hyperlink); i++) {
            next = tab(robot);
        }
        assertTrue(next instanceof javafx.scene.control.Hyperlink, "Tab reaches a source link: " + next);
        List<BackgroundFill> focused = fills(next);
        assertEquals(3, focused.size(), "ring, the page's colour, tint: " + focused);
        assertTrue(focused.get(1).getInsets().getTop() >= 1, "the ring shows round the rest: " + focused);
        assertNotEquals(focused.get(0).getFill(), focused.get(2).getFill(), "the ring is not the tint");
    }

    /** The side panel's tabs and the quote list, reached by Tab, are marked too; clicked, they are not. */
    @Test
    void theSidePanelsTabsAndTheQuoteListShowTheirFocus(FxRobot robot) {
        Fx.interact(() -> window.lookup("#timeline").requestFocus());
        Node tabs = tab(robot);
        assertTrue(tabs instanceof javafx.scene.control.TabPane, "the panel's tabs: " + tabs);
        Region label = (Region) tabs.lookup(".tab:selected .tab-label");
        List<BackgroundFill> ring = fills(label);
        assertEquals(2, ring.size(), "ring and fill: " + ring);
        assertNotEquals(ring.get(0).getFill(), ring.get(1).getFill());
        tab(robot);
        Node list = tab(robot);
        assertEquals("quotes", list.getId());
        javafx.scene.paint.Paint accent = ring.get(0).getFill();
        assertEquals(accent, ((Region) list).getBorder().getStrokes().get(0).getTopStroke(), "the list's border");
        // And a pixel more, just outside it: two pixels wide, with the rows where they were.
        var outer = ((Region) list).getBorder().getStrokes().get(1);
        assertEquals(accent, outer.getTopStroke());
        assertEquals(-1, outer.getInsets().getTop(), 1e-9, "outside the border");
        assertEquals(1, ((Region) list).getInsets().getTop(), 0.5, "the rows do not move");
        Fx.interact(() -> window.lookup("#timeline").requestFocus());
        assertTrue(label.getBackground() == null || fills(label).stream().noneMatch(f -> accent.equals(f.getFill())),
                "left behind, no ring");
        assertNotEquals(accent, ((Region) list).getBorder().getStrokes().get(0).getTopStroke());
    }

    /**
     * Tab past the time slider's two thumbs goes on to the timeline, not to its label; Shift+Tab back goes through
     * the two thumbs the other way, to Clear.
     */
    @Test
    void tabPastTheSliderSkipsItsLabel(FxRobot robot) {
        RangeSlider range = (RangeSlider) window.lookup("#filter-range");
        Fx.interact(() -> window.lookup("#clear-filters").requestFocus());
        assertEquals(range, tab(robot), "the start thumb");
        assertTrue(filled(range.lookup(".low-thumb")));
        assertEquals(range, tab(robot), "the end thumb");
        assertTrue(filled(range.lookup(".high-thumb")));
        assertEquals("timeline", tab(robot).getId());
        robot.press(KeyCode.SHIFT);
        try {
            assertEquals(range, tab(robot), "back on the slider");
            assertTrue(filled(range.lookup(".high-thumb")), "at its end thumb");
            assertEquals(range, tab(robot), "still on the slider");
            assertTrue(filled(range.lookup(".low-thumb")), "at its start thumb");
            assertEquals("clear-filters", tab(robot).getId(), "and on to Clear, not to the slider's box");
        } finally {
            robot.release(KeyCode.SHIFT);
        }
    }

    /** F1 opens the keyboard shortcuts from the time slider too, once it has been clicked (it had done nothing). */
    @Test
    void f1OpensTheShortcutsFromTheTimeSlider(FxRobot robot) {
        RangeSlider range = (RangeSlider) window.lookup("#filter-range");
        robot.clickOn(range.lookup(".high-thumb"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(range.isFocused(), "the slider has the keys");
        Fx.type(KeyCode.F1);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#shortcuts").tryQuery().map(Node::isVisible).orElse(false),
                "the shortcuts window shows");
        Fx.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        // A menu's shortcut as well: Ctrl+F goes to the search box.
        robot.clickOn(range.lookup(".high-thumb"));
        Fx.typeWith(KeyCode.CONTROL, KeyCode.F);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("search", range.getScene().getFocusOwner().getId(), "Ctrl+F from the slider");
        // The slider keeps its own keys.
        robot.clickOn(range.lookup(".high-thumb"));
        double high = range.getHighValue();
        Fx.type(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(range.getHighValue() < high, "Left moved the end thumb");
    }

    /** On the time slider, 0 fits the timeline to what the range shows, and + and − zoom it, as on the timeline. */
    @Test
    void zeroOnTheSliderFitsTheTimelineToTheRange(FxRobot robot) {
        RangeSlider range = (RangeSlider) window.lookup("#filter-range");
        org.summittimeline.ui.timeline.TimelineView timeline =
                (org.summittimeline.ui.timeline.TimelineView) window.lookup("#timeline");
        Fx.interact(() -> {
            range.setLowValue(range.getMin() + (range.getMax() - range.getMin()) * 0.6);
            range.requestFocus();
        });
        WaitForAsyncUtils.waitForFxEvents();
        double before = timeline.viewport().secondsPerPixel();
        Fx.type(KeyCode.DIGIT0);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(range.isFocused(), "the keys stay on the slider");
        assertTrue(timeline.viewport().secondsPerPixel() < before * 0.9,
                "fitted to the narrower range: " + before + " -> " + timeline.viewport().secondsPerPixel());
        double fitted = timeline.viewport().secondsPerPixel();
        Fx.type(KeyCode.MINUS);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(timeline.viewport().secondsPerPixel() > fitted, "and minus zooms out");
    }

    /** Shift+Tab onto the slider from the timeline marks the thumb the arrow keys then move, and only that one. */
    @Test
    void shiftTabOntoTheSliderMarksTheThumbTheKeysMove(FxRobot robot) {
        RangeSlider range = (RangeSlider) window.lookup("#filter-range");
        Fx.interact(() -> window.lookup("#timeline").requestFocus());
        robot.press(KeyCode.SHIFT);
        try {
            tab(robot);
        } finally {
            robot.release(KeyCode.SHIFT);
        }
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(range.isFocused(), "on the slider: " + window.getScene().getFocusOwner());
        boolean startFilled = filled(range.lookup(".low-thumb"));
        boolean endFilled = filled(range.lookup(".high-thumb"));
        assertTrue(startFilled != endFilled, "one thumb filled: start " + startFilled + ", end " + endFilled);
        double low = range.getLowValue();
        double high = range.getHighValue();
        robot.type(startFilled ? KeyCode.RIGHT : KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(startFilled ? range.getLowValue() > low : range.getHighValue() < high, "the filled thumb moved");
        assertEquals(startFilled ? high : low, startFilled ? range.getHighValue() : range.getLowValue(), 1e-9,
                "the other stayed");
        // Page Down moves it earlier and Page Up later, as the key table says.
        double before = startFilled ? range.getLowValue() : range.getHighValue();
        Fx.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        double earlier = startFilled ? range.getLowValue() : range.getHighValue();
        assertTrue(earlier < before, "Page Down: " + before + " -> " + earlier);
        Fx.type(KeyCode.PAGE_UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue((startFilled ? range.getLowValue() : range.getHighValue()) > earlier, "Page Up");
    }

    /**
     * Shift+Tab back from Clear through the filters: each box drawn gets a ring of the accent two pixels wide. The
     * check lists (ControlsFX's) take the focus while the box drawn is a combo box inside them, which the theme
     * marks only when it has the focus itself: four stops had no mark.
     */
    @Test
    void everyFilterBoxIsRingedWhenTabReachesIt(FxRobot robot) {
        Fx.interact(() -> window.lookup("#clear-filters").requestFocus());
        Paint accent = Color.web("#0969da"); // the light theme's -color-accent-emphasis
        robot.press(KeyCode.SHIFT);
        try {
            for (String id : List.of("filter-categories", "filter-kind", "filter-topics", "filter-actors",
                    "filter-speakers")) {
                Node stop = tab(robot);
                assertEquals(id, stop.getId());
                // The box drawn: a check list's combo box inside it, or the choice box itself.
                Region drawn = (Region) stop.lookupAll(".combo-box").stream().filter(n -> n != stop).findFirst()
                        .orElse(stop);
                List<BackgroundFill> f = fills(drawn);
                assertEquals(accent, f.get(0).getFill(), id + ": the ring in the accent");
                assertTrue(f.get(1).getInsets().getTop() >= 2, id + ": two pixels wide, " + f.get(1).getInsets());
            }
        } finally {
            robot.release(KeyCode.SHIFT);
        }
    }

    /** Where the thumbs meet, the one the keys move is drawn on top, whichever it is. */
    @Test
    void theThumbTheKeysMoveIsDrawnOverTheOther(FxRobot robot) {
        RangeSlider range = (RangeSlider) window.lookup("#filter-range");
        Fx.interact(() -> {
            double middle = (range.getMin() + range.getMax()) / 2;
            range.setHighValue(middle);
            range.setLowValue(middle);
            window.lookup("#clear-filters").requestFocus();
        });
        Node start = range.lookup(".low-thumb");
        Node end = range.lookup(".high-thumb");
        List<Node> drawn = start.getParent().getChildrenUnmodifiable();
        assertEquals(range, tab(robot));
        assertTrue(filled(start) && drawn.indexOf(start) > drawn.indexOf(end), "the start thumb on top");
        assertEquals(range, tab(robot));
        assertTrue(filled(end) && drawn.indexOf(end) > drawn.indexOf(start), "the end thumb on top");
    }

    /** A thumb drawn filled: its inside in its ring's colour. */
    private static boolean filled(Node thumb) {
        List<BackgroundFill> f = fills(thumb);
        return f.get(0).getFill().equals(f.get(f.size() - 1).getFill());
    }

    /**
     * In the dark theme, the thumb the keys move stands apart from the other as drawn: the theme's pale accent is
     * translucent there, and laid straight on the ring's colour it had drawn both thumbs solid.
     */
    @Test
    void inTheDarkThemeTheMovingThumbStandsApartOnScreen(FxRobot robot) {
        robot.clickOn("#dark");
        WaitForAsyncUtils.waitForFxEvents();
        try {
            RangeSlider range = (RangeSlider) window.lookup("#filter-range");
            Fx.interact(() -> window.lookup("#clear-filters").requestFocus());
            assertEquals(range, tab(robot));
            Color moving = middle(robot, range.lookup(".low-thumb"));
            Color other = middle(robot, range.lookup(".high-thumb"));
            assertTrue(Contrast.ratio(moving, other) >= 3,
                    "the start thumb " + moving + " against the end thumb " + other);
        } finally {
            Fx.interact(Theme.LIGHT::apply);
        }
    }

    /**
     * The thumb the keys move is ringed just outside its edge, as a focused button is; the other is not (its fill
     * alone had not read as where the keys were, to a new user going by keyboard only).
     */
    @Test
    void theMovingThumbIsRingedOutsideItsEdge(FxRobot robot) {
        RangeSlider range = (RangeSlider) window.lookup("#filter-range");
        Fx.interact(() -> window.lookup("#clear-filters").requestFocus());
        assertEquals(range, tab(robot));
        Color accent = (Color) fills(range.lookup(".low-thumb")).get(0).getFill();
        // Left of the start thumb and right of the end one, away from the range's bar between them.
        Color ringed = outside(robot, range.lookup(".low-thumb"), -3);
        Color plain = outside(robot, range.lookup(".high-thumb"), 3);
        assertTrue(Contrast.ratio(ringed, accent) < 1.2, "the start thumb's ring " + ringed + ", accent " + accent);
        assertTrue(Contrast.ratio(plain, accent) >= 3, "nothing round the end thumb: " + plain);
        // At the end thumb's right, the ring stands clear of the range's words.
        assertEquals(range, tab(robot));
        Node label = window.lookup("#range-label");
        Node thumb = range.lookup(".high-thumb");
        Fx.interact(() -> {
            double ringEnd = thumb.localToScene(thumb.getLayoutBounds()).getMaxX() + 0.286 * 14;
            Node text = label.lookup(".text");
            assertTrue(text.localToScene(text.getLayoutBounds()).getMinX() >= ringEnd + 2,
                    "the words at " + text.localToScene(text.getLayoutBounds()) + ", the ring to " + ringEnd);
        });
    }

    /**
     * The colour drawn {@code dx} pixels beyond a node's left edge (negative) or right edge (positive), at its middle's
     * height: three pixels out is in the ring, 2 to 4 px out.
     */
    private static Color outside(FxRobot robot, Node node, int dx) {
        WritableImage[] shot = new WritableImage[1];
        Fx.interact(() -> {
            Bounds b = node.localToScene(node.getLayoutBounds());
            SnapshotParameters where = new SnapshotParameters();
            double x = dx < 0 ? Math.round(b.getMinX()) + dx : Math.round(b.getMaxX()) + dx - 1;
            where.setViewport(new Rectangle2D(x, Math.round(b.getCenterY()), 1, 1));
            shot[0] = node.getScene().getRoot().snapshot(where, null);
        });
        return shot[0].getPixelReader().getColor(0, 0);
    }

    /** The colour drawn at a node's middle, its parents' backgrounds under it. */
    private static Color middle(FxRobot robot, Node node) {
        WritableImage[] shot = new WritableImage[1];
        Fx.interact(() -> {
            Bounds b = node.localToScene(node.getLayoutBounds());
            SnapshotParameters where = new SnapshotParameters();
            where.setViewport(new Rectangle2D(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight()));
            shot[0] = node.getScene().getRoot().snapshot(where, null);
        });
        return shot[0].getPixelReader().getColor((int) shot[0].getWidth() / 2, (int) shot[0].getHeight() / 2);
    }

    /** The dark theme's toggle, selected in the dark theme, keeps the theme's selected fill inside its ring. */
    @Test
    void theSelectedDarkToggleKeepsItsOwnFillInsideTheRing(FxRobot robot) {
        Node dark = robot.lookup("#dark").query();
        robot.clickOn(dark);
        WaitForAsyncUtils.waitForFxEvents();
        try {
            assertTrue(((javafx.scene.control.ToggleButton) dark).isSelected(), "the dark theme is on");
            javafx.scene.paint.Paint selected = fills(dark).get(fills(dark).size() - 1).getFill();
            Fx.interact(() -> window.lookup("#export").requestFocus());
            tab(robot);
            assertEquals(dark, window.getScene().getFocusOwner());
            assertTrue(dark.isFocusVisible());
            List<BackgroundFill> focused = fills(dark);
            assertEquals(2, focused.size(), "ring and fill: " + focused);
            assertEquals(selected, focused.get(1).getFill(), "the theme's selected fill inside the ring");
            assertNotEquals(selected, focused.get(0).getFill(), "and a ring apart from it");
        } finally {
            Fx.interact(Theme.LIGHT::apply);
        }
    }
}
