package org.summittimeline.ui.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.model.Quote;
import org.summittimeline.query.TimelineQuery;
import org.summittimeline.ui.AppState;
import org.summittimeline.ui.Fx;
import org.summittimeline.ui.Theme;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Where the list of every quote stands while a search is typed: at its first match, and at its start once none. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class QuotePanelScrollTest {
    private final AppState state = new AppState();

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        QuotePanel panel = new QuotePanel(state);
        // Short, so that the bundled file's 29 quotes scroll.
        stage.setScene(new Scene(panel, 480, 400));
        stage.show();
        state.queryProperty().set(new TimelineQuery(new TimelineLoader()
                .load(Path.of("data", "helsinki-2018-summit.json")).timeline()));
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    private int firstRowShown(FxRobot robot) {
        ListView<Quote> list = robot.lookup("#quotes").queryListView();
        WaitForAsyncUtils.waitForFxEvents();
        return ((VirtualFlow<?>) list.lookup(".virtual-flow")).getFirstVisibleCell().getIndex();
    }

    private boolean isShown(FxRobot robot, Quote quote) {
        ListView<Quote> list = robot.lookup("#quotes").queryListView();
        WaitForAsyncUtils.waitForFxEvents();
        VirtualFlow<?> flow = (VirtualFlow<?>) list.lookup(".virtual-flow");
        int row = list.getItems().indexOf(quote);
        return row >= flow.getFirstVisibleCell().getIndex() && row <= flow.getLastVisibleCell().getIndex();
    }

    /** A wheel's notch moves the list twice the pixels it asks for: JavaFX's own 40 had moved a third of a quote. */
    @Test
    void aWheelsNotchMovesTheListTwiceItsPixels(FxRobot robot) {
        assertEquals(0, firstRowShown(robot));
        ListView<Quote> list = robot.lookup("#quotes").queryListView();
        VirtualFlow<?> flow = (VirtualFlow<?>) list.lookup(".virtual-flow");
        assertTrue(flow.getFirstVisibleCell().getHeight() > 100, "the first quote is taller than the move");
        Fx.interact(() -> javafx.event.Event.fireEvent(list, new javafx.scene.input.ScrollEvent(
                javafx.scene.input.ScrollEvent.SCROLL, 100, 100, 100, 100, false, false, false, false, false, false,
                0, -40, 0, -40, javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, flow.getFirstVisibleCell().getIndex());
        assertEquals(-40 * org.summittimeline.ui.ListWheel.FACTOR, flow.getFirstVisibleCell().getLayoutY(), 1);
    }

    /** The last row, held in view while its cards settle, gives way at once to a row shown after it. */
    @Test
    void aRowShownAfterTheLastHeldOneStays(FxRobot robot) {
        var t = state.query().timeline();
        Fx.interact(() -> state.quotesOfSelectionOnlyProperty().set(false));
        Fx.interact(() -> state.selectedEventProperty().set(t.event("protester-released").orElseThrow()));
        Quote last = t.quotes().stream().filter(q -> q.eventId().equals("would-wouldnt")).findFirst().orElseThrow();
        assertTrue(isShown(robot, last), "the next quote said, the list's last");
        Quote first = t.quotes().get(0);
        Fx.interact(() -> state.selectedEventProperty().set(t.event(first.eventId()).orElseThrow()));
        assertTrue(isShown(robot, first), "the list went to the event chosen after, first row " + firstRowShown(robot));
    }

    @Test
    void aSearchThatNoLongerMatchesLeavesTheListAtItsStart(FxRobot robot) {
        assertEquals(0, firstRowShown(robot));
        // The last quote of the day after: the list scrolls down to it while "double negative" is typed.
        Fx.interact(() -> state.search("double negative"));
        assertTrue(firstRowShown(robot) > 10, "the list shows the match, far down: " + firstRowShown(robot));
        // One letter more and nothing matches: every quote is shown alike, and the list starts at its start again.
        Fx.interact(() -> state.search("double negatives"));
        assertEquals(0, state.result().matchingQuoteCount());
        assertEquals(0, firstRowShown(robot));
    }

    /**
     * A quote chosen before the search that the search passes by gives way to the first match (typing "nons" kept
     * the chosen quote in view and the one match out of it); chosen again while the search stands, it is shown.
     */
    @Test
    void aSearchMovesPastAChosenQuoteItDoesNotMatch(FxRobot robot) {
        Quote first = state.query().timeline().quotes().get(0);
        Fx.interact(() -> {
            state.quotesOfSelectionOnlyProperty().set(false);
            state.selectedQuoteProperty().set(first);
        });
        assertTrue(isShown(robot, first));
        Fx.interact(() -> state.search("double negative"));
        assertTrue(firstRowShown(robot) > 10, "the list shows the match, far down: " + firstRowShown(robot));
        assertFalse(isShown(robot, first));
        assertEquals(first, state.selectedQuoteProperty().get(), "the choice stays");
        Fx.interact(() -> state.selectedQuoteProperty().set(null));
        Fx.interact(() -> state.selectedQuoteProperty().set(first));
        assertTrue(isShown(robot, first), "chosen while the search stands, it is shown");
        // The list shown again under the same search (a new result, as a reload gives) leaves it there.
        Fx.interact(() -> state.search("double negative"));
        assertTrue(isShown(robot, first), "the same search does not move it again");
        // A letter taken back is another search: it moves to its first match again.
        Fx.interact(() -> state.search("double negativ"));
        assertFalse(isShown(robot, first), "a new text moves to its match");
    }

    /** A card clicked where the list cuts it at its lower edge scrolls the little it takes to show it whole. */
    @Test
    void aCardClickedAtTheListsEdgeShowsWhole(FxRobot robot) {
        Fx.interact(() -> state.quotesOfSelectionOnlyProperty().set(false));
        ListView<Quote> list = robot.lookup("#quotes").queryListView();
        WaitForAsyncUtils.waitForFxEvents();
        VirtualFlow<?> flow = (VirtualFlow<?>) list.lookup(".virtual-flow");
        javafx.scene.control.IndexedCell<?> cut = flow.getLastVisibleCell();
        double height = flow.getHeight();
        assertTrue(cut.getLayoutY() + cut.getHeight() > height + 1, "the last card in view is cut");
        int first = firstRowShown(robot);
        javafx.geometry.Bounds at = cut.localToScreen(cut.getLayoutBounds());
        robot.clickOn(new javafx.geometry.Point2D(at.getCenterX(), (at.getMinY() + Math.min(at.getMaxY(),
                flow.localToScreen(flow.getLayoutBounds()).getMaxY())) / 2));
        WaitForAsyncUtils.waitForFxEvents();
        int row = cut.getIndex();
        assertEquals(list.getItems().get(row), state.selectedQuoteProperty().get());
        javafx.scene.control.IndexedCell<?> shown = flow.getVisibleCell(row);
        assertTrue(shown != null && shown.getLayoutY() >= -0.5 && shown.getLayoutY() + shown.getHeight() <= height + 0.5,
                "shown whole: " + (shown == null ? "not shown" : shown.getLayoutY() + " + " + shown.getHeight())
                        + " of " + height);
        assertTrue(firstRowShown(robot) - first <= 2, "scrolled a little, not to the card's top");
    }

    @Test
    void clearingTheSearchLeavesTheListAtItsStart(FxRobot robot) {
        Fx.interact(() -> state.search("double negative"));
        assertTrue(firstRowShown(robot) > 10);
        Fx.interact(() -> state.search(""));
        assertEquals(0, firstRowShown(robot));
    }
}
