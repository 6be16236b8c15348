package org.summittimeline.ui.shell;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.summittimeline.app.FileDocuments;
import org.summittimeline.format.LoadResult;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.model.Event;
import org.summittimeline.model.Quote;
import org.summittimeline.query.TimelineQuery;
import org.summittimeline.ui.AppState;
import org.summittimeline.ui.BackgroundWork;
import org.summittimeline.ui.Fx;
import org.summittimeline.ui.RenderedPulse;
import org.summittimeline.ui.Settings;
import org.summittimeline.ui.TestStage;
import org.summittimeline.ui.Theme;
import org.summittimeline.ui.timeline.TimelineView;
import org.summittimeline.format.QuoteCsvWriter;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/** The viewer driven as a user drives it: clicks on the canvas, keys, the search field, the filters. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class MainWindowTest {
    private MainWindow window;
    private AppState state;
    private final List<String> opened = new ArrayList<>();
    private final Settings settings = Settings.inMemory();

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        window = new MainWindow(new FileDocuments(new TimelineLoader()), BackgroundWork.sameThread(), settings, opened::add);
        state = window.state();
        TestStage.show(stage, window);
        window.openBundled();
    }

    @AfterEach
    void closeWindows(FxRobot robot) throws TimeoutException {
        Fx.interact(() -> window.presentation().stop());
        FxToolkit.cleanupStages();
    }

    private TimelineView timeline(FxRobot robot) {
        return robot.lookup("#timeline").queryAs(TimelineView.class);
    }

    /** Clicks the event's mark where the canvas drew it. */
    private void clickEvent(FxRobot robot, String id) {
        RenderedPulse.await(robot, window.getScene());
        TimelineView view = timeline(robot);
        Point2D local = view.pointOf(id);
        if (local == null) {
            Fx.interact(() -> view.viewport().show(
                    state.query().index().startEarliest(state.query().positionOf(id)) - 1800,
                    state.query().index().endLatest(state.query().positionOf(id)) + 1800));
            RenderedPulse.await(robot, window.getScene());
            local = view.pointOf(id);
        }
        assertNotNull(local, id + " is drawn");
        robot.clickOn(view.localToScreen(local));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String selectedId() {
        Event e = state.selectedEvent();
        return e == null ? null : e.id();
    }

    @Test
    void theKeysGoToTheTimelineOnceItIsOpen(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(timeline(robot).isFocused());
        Fx.type(KeyCode.RIGHT);
        assertEquals("air-force-one-lands", selectedId());
    }

    @Test
    void clickingThePressConferenceShowsItsQuotes(FxRobot robot) {
        clickEvent(robot, "press-conference");
        assertEquals("press-conference", selectedId());
        ListView<Quote> quotes = robot.lookup("#quotes").queryListView();
        assertFalse(quotes.getItems().isEmpty());
        assertTrue(quotes.getItems().stream().allMatch(q -> q.eventId().equals("press-conference")));
        long expected = state.query().timeline().quotes().stream()
                .filter(q -> q.eventId().equals("press-conference")).count();
        assertEquals(expected, quotes.getItems().size());
        assertEquals("Joint press conference", robot.lookup("#details-title").queryAs(Label.class).getText());
    }

    @Test
    void selectingPutinsDenialSelectsThePressConference(FxRobot robot) {
        robot.clickOn("#quotes-all");
        ListView<Quote> quotes = robot.lookup("#quotes").queryListView();
        int denial = quotes.getItems().indexOf(state.query().timeline().quote("putin-denial").orElseThrow());
        Fx.interact(() -> quotes.scrollTo(denial));
        WaitForAsyncUtils.waitForFxEvents();
        Node words = robot.lookup(".quote-text").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().startsWith("\u201cI had to repeat")).findFirst().orElseThrow();
        robot.clickOn(words);
        assertEquals("putin-denial", state.selectedQuoteProperty().get().id());
        assertEquals("press-conference", selectedId());
    }

    /** A tab clicked shows its pane and leaves the keys where they were: Right steps to the next event. */
    @Test
    void rightAfterClickingTheEventsTabStillStepsThroughTheEvents(FxRobot robot) {
        clickEvent(robot, "one-on-one");
        robot.clickOn("#tab-events .tab-label");
        assertEquals("tab-events", side(robot).getSelectionModel().getSelectedItem().getId());
        Fx.type(KeyCode.RIGHT);
        assertEquals("expanded-talks", selectedId());
        assertEquals("tab-events", side(robot).getSelectionModel().getSelectedItem().getId(), "the tab stays");
    }

    /** A button clicked keeps the focus; Left and Right go on stepping through the events, not the focus. */
    @Test
    void rightAfterClickingAButtonStillStepsThroughTheEvents(FxRobot robot) {
        clickEvent(robot, "one-on-one");
        robot.clickOn("#quotes-all");
        Fx.type(KeyCode.RIGHT);
        assertEquals("expanded-talks", selectedId());
        Fx.type(KeyCode.LEFT);
        assertEquals("one-on-one", selectedId());
    }

    /**
     * A quote clicked gives the keys to the quote list, which uses Up and Down; Left and Right still step through
     * the events (they had done nothing, a new user's walk). Go ▸ Next Event chosen in its menu acts whatever has the
     * focus, the search box too.
     */
    @Test
    void rightAfterClickingAQuoteStillStepsThroughTheEvents(FxRobot robot) {
        clickEvent(robot, "press-conference");
        ListView<Quote> quotes = robot.lookup("#quotes").queryListView();
        robot.clickOn(robot.from(quotes).lookup(".quote-text").queryAs(Label.class));
        assertTrue(quotes.isFocused(), "the list has the keys");
        Fx.type(KeyCode.RIGHT);
        String next = selectedId();
        assertNotEquals("press-conference", next);
        Fx.type(KeyCode.LEFT);
        assertEquals("press-conference", selectedId());
        // With a menu open, Right goes to the next menu, as in the bar's own keys; the event stays.
        robot.clickOn(robot.from(quotes).lookup(".quote-text").queryAs(Label.class));
        robot.press(KeyCode.ALT, KeyCode.V).release(KeyCode.ALT).release(KeyCode.V);
        WaitForAsyncUtils.waitForFxEvents();
        Fx.type(KeyCode.RIGHT);
        javafx.scene.control.MenuBar bar = robot.lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        try {
            assertTrue(bar.getMenus().stream().anyMatch(m -> "menubar-go".equals(m.getId()) && m.isShowing()),
                    "Right moved from View to Go");
            assertEquals("press-conference", selectedId(), "the event stays");
        } finally {
            Fx.interact(() -> bar.getMenus().forEach(javafx.scene.control.Menu::hide));
        }
        // A key's press whose release went to another window (a dialog the key opened) does not keep the menu's
        // commands from acting.
        Fx.interact(() -> javafx.event.Event.fireEvent(quotes, new javafx.scene.input.KeyEvent(
                javafx.scene.input.KeyEvent.KEY_PRESSED, "", "", KeyCode.CONTROL, false, true, false, false)));
        robot.clickOn("#search");
        robot.clickOn("#menubar-go");
        robot.clickOn(robot.lookup("#menu-next").match(NodeQueryUtils.isVisible()).<Node>query());
        assertEquals(next, selectedId(), "chosen in the Go menu, with the search box focused");
    }

    /**
     * An event nobody is quoted at shows the next quote said, each time it is chosen: the second time, the rows above
     * it measured anew had left the last quote just below the list's view (a new user's walk).
     */
    @Test
    void anEventWithoutQuotesShowsTheNextQuoteEachTime(FxRobot robot) {
        clickEvent(robot, "protester-removed");
        ListView<Quote> quotes = robot.lookup("#quotes").queryListView();
        robot.clickOn(robot.from(quotes).lookup(".quote-text").queryAs(Label.class));
        Quote next = state.query().timeline().quotes().stream().filter(q -> q.eventId().equals("would-wouldnt"))
                .findFirst().orElseThrow();
        int visits = 0;
        for (KeyCode k : new KeyCode[] {KeyCode.RIGHT, KeyCode.RIGHT, KeyCode.LEFT, KeyCode.RIGHT, KeyCode.LEFT,
                KeyCode.RIGHT}) {
            Fx.type(k);
            RenderedPulse.await(robot, window.getScene());
            if ("protester-released".equals(selectedId())) {
                visits++;
                javafx.scene.control.skin.VirtualFlow<?> flow =
                        (javafx.scene.control.skin.VirtualFlow<?>) quotes.lookup(".virtual-flow");
                int row = quotes.getItems().indexOf(next);
                assertTrue(row >= flow.getFirstVisibleCell().getIndex() && row <= flow.getLastVisibleCell().getIndex(),
                        "visit " + visits + ": row " + row + " among " + flow.getFirstVisibleCell().getIndex() + "–"
                                + flow.getLastVisibleCell().getIndex());
            }
        }
        assertEquals(3, visits);
    }

    private static TabPane side(FxRobot robot) {
        return robot.lookup((Node n) -> n instanceof TabPane t && t.getTabs().stream()
                .anyMatch(tab -> "tab-events".equals(tab.getId()))).queryAs(TabPane.class);
    }

    @Test
    void rightFromTheOneOnOneTalksSelectsTheWorkingLunch(FxRobot robot) {
        clickEvent(robot, "one-on-one");
        assertEquals("one-on-one", selectedId());
        Fx.type(KeyCode.RIGHT);
        assertEquals("expanded-talks", selectedId());
        Fx.type(KeyCode.LEFT);
        Fx.type(KeyCode.LEFT);
        assertEquals("photo-opportunity", selectedId());
        Fx.type(KeyCode.END);
        assertEquals("would-wouldnt", selectedId());
        Fx.type(KeyCode.HOME);
        assertEquals("air-force-one-lands", selectedId());
    }

    @Test
    void enterOnASearchThatFindsNothingSaysSo(FxRobot robot) {
        robot.clickOn("#search").write("NONSENSE");
        Fx.type(KeyCode.ENTER);
        StatusBar status = robot.lookup("#status").queryAs(StatusBar.class);
        assertEquals("The only matching event: Joint press conference", status.getText());
        robot.write("xyzzy");
        Fx.type(KeyCode.ENTER);
        assertEquals("no matches", status.getText(), "not the match of the search before");
    }

    /** Where a step went is about that search: cleared with Escape, or changed, the bar no longer says it. */
    @Test
    void aSearchStepsMessageGoesWithTheSearch(FxRobot robot) {
        StatusBar status = robot.lookup("#status").queryAs(StatusBar.class);
        String resting = status.getText();
        assertEquals("helsinki-2018-summit.json", resting);
        robot.clickOn("#search").write("Palace");
        Fx.type(KeyCode.ENTER);
        assertTrue(status.getText().startsWith("Matching event 1 of "), status.getText());
        robot.write("s");
        assertEquals(resting, status.getText(), "a changed search");
        Fx.type(KeyCode.BACK_SPACE, KeyCode.ENTER);
        assertTrue(status.getText().startsWith("Matching event "), status.getText());
        Fx.type(KeyCode.ESCAPE);
        assertEquals("", robot.lookup("#search").queryAs(TextField.class).getText());
        assertEquals(resting, status.getText(), "a cleared search");
    }

    @Test
    void enterPastTheLastMatchSaysItGoesRoundToTheFirst(FxRobot robot) {
        robot.clickOn("#search").write("Presidential Palace");
        int count = state.result().matchingEventPositions().size();
        assertTrue(count >= 2, "several matches");
        Fx.typeWith(KeyCode.SHIFT, KeyCode.ENTER);
        StatusBar status = robot.lookup("#status").queryAs(StatusBar.class);
        assertTrue(status.getText().startsWith("Matching event " + count + " of " + count + ": "), status.getText());
        Fx.type(KeyCode.ENTER);
        assertTrue(status.getText().startsWith("Matching event 1 of " + count + ", from the first again: "),
                status.getText());
        Fx.type(KeyCode.ENTER);
        assertTrue(status.getText().startsWith("Matching event 2 of " + count + ": "), status.getText());
    }

    @Test
    void f3StepsThroughTheMatchesFromTheTimelineAndWithNoSearchGoesToTheBox(FxRobot robot) {
        Fx.type(KeyCode.F3);
        assertTrue(robot.lookup("#search").queryAs(TextField.class).isFocused(), "nothing searched: the box");
        robot.write("Presidential Palace");
        int count = state.result().matchingEventPositions().size();
        assertTrue(count >= 2, "several matches");
        Fx.type(KeyCode.F3);
        assertTrue(robot.lookup("#status").queryAs(StatusBar.class).getText()
                .startsWith("Matching event 1 of " + count + ": "), "F3 in the box too");
        // A click on the timeline takes the focus from the box; Enter there did nothing for the search.
        robot.clickOn("#timeline");
        assertFalse(robot.lookup("#search").queryAs(TextField.class).isFocused());
        Fx.type(KeyCode.F3);
        StatusBar status = robot.lookup("#status").queryAs(StatusBar.class);
        // The next match after the event the click chose, as Enter in the box steps from the selection.
        assertTrue(status.getText().matches("Matching event \\d+ of " + count + "(, from the first again)?: .*"),
                status.getText());
        assertTrue(state.result().matchingEventPositions().contains(state.query().positionOf(selectedId())));
        String first = selectedId();
        Fx.type(KeyCode.F3);
        assertNotEquals(first, selectedId(), "F3 again: the match after it");
        Fx.typeWith(KeyCode.SHIFT, KeyCode.F3);
        assertEquals(first, selectedId(), "Shift+F3 back to the first");
    }

    @Test
    void searchingNonsenseFindsTheCollusionQuote(FxRobot robot) {
        robot.clickOn("#search").write("NONSENSE");
        WaitForAsyncUtils.waitForFxEvents();
        var result = state.result();
        assertTrue(result.isSearching());
        int nonsense = state.query().quotePositionOf("putin-nonsense");
        assertTrue(result.quoteMatches(nonsense));
        assertTrue(state.query().timeline().quote("putin-nonsense").orElseThrow().topics().contains("collusion"));
        assertEquals(List.of(state.query().positionOf("press-conference")), result.matchingEventPositions());
        assertEquals("1 event \u00b7 1 quote", robot.lookup("#matches").queryAs(Label.class).getText());
        Fx.type(KeyCode.ENTER);
        assertEquals("press-conference", selectedId());
        StatusBar status = robot.lookup("#status").queryAs(StatusBar.class);
        assertEquals("The only matching event: Joint press conference", status.getText());
        // Enter again on the one match says so again, rather than seeming to do nothing.
        Fx.interact(() -> status.setText(""));
        Fx.type(KeyCode.ENTER);
        assertEquals("The only matching event: Joint press conference", status.getText());
        ListView<Quote> quotes = robot.lookup("#quotes").queryListView();
        Quote nonsenseQuote = state.query().timeline().quote("putin-nonsense").orElseThrow();
        Fx.interact(() -> quotes.scrollTo(nonsenseQuote));
        WaitForAsyncUtils.waitForFxEvents();
        var cells = robot.lookup(".quote-cell").queryAllAs(javafx.scene.control.ListCell.class);
        assertTrue(cells.stream().anyMatch(c -> c.getItem() == nonsenseQuote && c.getStyleClass().contains("match")),
                "the matching quote is highlighted");
        assertTrue(cells.stream().anyMatch(c -> c.getItem() != null && c.getItem() != nonsenseQuote
                && c.getStyleClass().contains("dimmed")), "the others are dimmed");
    }

    @Test
    void searchIgnoresAccentsAndCase(FxRobot robot) {
        robot.clickOn("#search").write("niinisto");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(state.query().positionOf("breakfast-niinisto")), state.result().matchingEventPositions());
    }

    @Test
    void filteringToTrumpHidesPutinsQuotes(FxRobot robot) {
        robot.clickOn("#quotes-all");
        robot.clickOn("#filter-speakers");
        // The name is also on quote cards: click the entry of the open list, in the popup's own scene.
        robot.clickOn(robot.lookup((Node n) -> n instanceof javafx.scene.control.ListCell<?> c
                && "Donald Trump".equals(c.getText()) && c.getScene() != window.getScene())
                .queryAs(javafx.scene.control.ListCell.class));
        Fx.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        ListView<Quote> quotes = robot.lookup("#quotes").queryListView();
        assertFalse(quotes.getItems().isEmpty());
        assertTrue(quotes.getItems().stream().allMatch(q -> q.speakerId().equals("trump")));
        String counts = robot.lookup("#counts").queryAs(Label.class).getText();
        // Speakers narrow the quotes, not the events: every event Trump took part in stays on the timeline.
        assertEquals("12 of 12 events \u00b7 " + quotes.getItems().size() + " of 29 quotes \u2014 quotes by speaker: Donald Trump",
                counts);
        robot.clickOn("#clear-filters");
        assertEquals(29, quotes.getItems().size());
    }

    @Test
    void switchingToUtcRelabelsTimes(FxRobot robot) {
        clickEvent(robot, "one-on-one");
        Label start = robot.lookup("#details-start").queryAs(Label.class);
        assertTrue(start.getText().startsWith("Start: \u2248 16 Jul 14:07\u201314:12 EEST"), start.getText());
        ChoiceBox<?> zones = robot.lookup("#zone").queryAs(ChoiceBox.class);
        robot.clickOn(zones);
        // Only among the open list's entries: "UTC" stands elsewhere in the window too.
        robot.clickOn(robot.from(robot.lookup("#choice-box-menu-item").queryAll())
                .lookup((Labeled l) -> "UTC".equals(l.getText())).match(NodeQueryUtils.isVisible()).queryAs(Labeled.class));
        WaitForAsyncUtils.waitForFxEvents();
        start = robot.lookup("#details-start").queryAs(Label.class);
        assertTrue(start.getText().startsWith("Start: \u2248 16 Jul 11:07\u201311:12 UTC"), start.getText());
        assertTrue(timeline(robot).isFocused(), "a zone chosen from the list gives the keys back to the timeline");
    }

    /**
     * Escape on the timeline lets go of the selected event, and the details pane shows the timeline's overview again:
     * once an event was chosen, nothing had led back to it.
     */
    @Test
    void escapeOnTheTimelineLetsGoOfTheSelection(FxRobot robot) {
        clickEvent(robot, "putin-lands");
        assertEquals("putin-lands", selectedId());
        assertTrue(timeline(robot).isFocused());
        Fx.type(KeyCode.ESCAPE);
        assertEquals(null, selectedId());
        assertTrue(robot.lookup("#details-timeline-title").tryQuery().isPresent(), "the overview again");
        // Right goes on from the view, as from no selection.
        Fx.type(KeyCode.RIGHT);
        assertNotNull(selectedId());
    }

    /**
     * A click on the lanes where no mark or title stands lets go of the selection, as Escape does and as in
     * vis-timeline; a click on a mark still selects it.
     */
    @Test
    void aClickOnEmptyLaneSpaceLetsGoOfTheSelection(FxRobot robot) {
        clickEvent(robot, "putin-lands");
        assertEquals("putin-lands", selectedId());
        TimelineView view = timeline(robot);
        Point2D empty = Fx.interact(() -> {
            var layout = view.currentLayout();
            for (double y = 4; y < view.getHeight(); y += 8) {
                for (double x = 4; x < view.getWidth(); x += 8) {
                    Point2D local = view.localOf(x, y);
                    boolean inLanes = local != null && local.getX() > view.laneNamesWidth() + 4
                            && local.getX() < view.getWidth() - 20 && local.getY() > view.lanesTop() + 4
                            && local.getY() < view.getHeight() - view.overviewHeight() - 20;
                    if (inLanes && layout.markAt(x, y) == null && layout.eventLabelledAt(x, y) < 0
                            && layout.markAt(x, y + 6) == null && layout.eventLabelledAt(x, y + 6) < 0) {
                        return local;
                    }
                }
            }
            return null;
        });
        assertNotNull(empty, "some lane space is empty");
        robot.clickOn(view.localToScreen(empty));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(null, selectedId(), "let go at " + empty);
        assertTrue(robot.lookup("#details-timeline-title").tryQuery().isPresent(), "the overview again");
        clickEvent(robot, "putin-lands");
        assertEquals("putin-lands", selectedId(), "a mark's click still selects");
        // A drag up or down from there, to scroll the lanes, is no click: the selection stays.
        robot.drag(view.localToScreen(empty), javafx.scene.input.MouseButton.PRIMARY).moveBy(0, 30)
                .release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("putin-lands", selectedId(), "kept after a drag down");
    }

    /**
     * A search whose count wraps the Events heading onto a second line keeps the selected row whole in the list's
     * smaller room: at 250 % the last event's row, whole before, had been cut at the list's foot.
     */
    @Test
    void theSelectedEventsRowStaysWholeWhenTheHeadingGrows(FxRobot robot) throws Exception {
        Fx.interact(() -> state.fontScaleProperty().set(2.5));
        try {
            robot.clickOn("#tab-events");
            ListView<Event> list = robot.lookup("#event-list").queryListView();
            // The row after the last in sight, chosen from the top: the list shows it at its foot, as little
            // scrolled as shows it whole.
            Fx.interact(() -> state.selectedEventProperty().set(list.getItems().get(0)));
            RenderedPulse.await(robot, window.getScene());
            int below = Fx.interact(() -> ((javafx.scene.control.skin.VirtualFlow<?>) list.lookup(".virtual-flow"))
                    .getLastVisibleCell().getIndex() + 1);
            assertTrue(below < list.getItems().size() - 1, "a row below the list's room: " + below);
            Fx.interact(() -> state.selectedEventProperty().set(list.getItems().get(below)));
            RenderedPulse.await(robot, window.getScene());
            assertTrue(Fx.interact(() -> selectedRowWhole(list)), "whole before the search");
            Label heading = robot.lookup("#events-heading").queryAs(Label.class);
            double oneLine = heading.getHeight();
            Fx.interact(() -> state.search("palace"));
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> state.result().isSearching()
                    && state.result().search() == org.summittimeline.query.QueryResult.Search.DONE);
            RenderedPulse.await(robot, window.getScene());
            assertTrue(heading.getHeight() > oneLine * 1.5, "the heading wrapped: " + heading.getHeight());
            assertTrue(Fx.interact(() -> selectedRowWhole(list)), "whole after the search");
        } finally {
            Fx.interact(() -> state.fontScaleProperty().set(1.0));
        }
    }

    private static boolean selectedRowWhole(ListView<Event> list) {
        javafx.scene.control.skin.VirtualFlow<?> flow = (javafx.scene.control.skin.VirtualFlow<?>) list
                .lookup(".virtual-flow");
        var cell = flow.getCell(list.getSelectionModel().getSelectedIndex());
        var first = flow.getFirstVisibleCell();
        var last = flow.getLastVisibleCell();
        int row = list.getSelectionModel().getSelectedIndex();
        return first != null && last != null && row >= first.getIndex() && row <= last.getIndex()
                && cell.getLayoutY() >= -0.5 && cell.getLayoutY() + cell.getHeight() <= flow.getHeight() + 0.5;
    }

    /** Clicks the Events list's row of event {@code id}, scrolled into view first as a reader would. */
    private static void clickRow(FxRobot robot, ListView<Event> list, String id) {
        Fx.interact(() -> {
            list.scrollTo(list.getItems().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow());
            list.layout();
        });
        robot.clickOn(robot.lookup("#event-list .list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(c -> c.getItem() instanceof Event e && e.id().equals(id)).findFirst().orElseThrow());
    }

    @Test
    void theEventsListFollowsAndDrivesTheSelection(FxRobot robot) {
        clickEvent(robot, "putin-lands");
        // The list joins the window when its tab is first opened; it has followed the selection before that.
        robot.clickOn("#tab-events");
        ListView<Event> list = robot.lookup("#event-list").queryListView();
        assertEquals("putin-lands", list.getSelectionModel().getSelectedItem().id());
        clickRow(robot, list, "protester-released");
        assertEquals("protester-released", selectedId());
        // Left and Right step through the events in the list too, as on the timeline and as the Go menu says.
        int at = list.getSelectionModel().getSelectedIndex();
        Fx.type(KeyCode.RIGHT);
        assertEquals(list.getItems().get(at + 1).id(), selectedId());
        Fx.type(KeyCode.LEFT, 2);
        assertEquals(list.getItems().get(at - 1).id(), selectedId());
        // A row the list cuts at its top edge, clicked, is scrolled into view whole.
        Fx.interact(() -> {
            list.scrollTo(0);
            list.layout();
            ((javafx.scene.control.skin.VirtualFlow<?>) list.lookup(".virtual-flow")).scrollPixels(12);
            list.layout();
        });
        javafx.scene.control.ListCell<?> cut = robot.lookup("#event-list .list-cell")
                .queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(c -> c.getIndex() == 0).findFirst().orElseThrow();
        javafx.geometry.Bounds cutAt = cut.localToScreen(cut.getLayoutBounds());
        robot.clickOn(new javafx.geometry.Point2D(cutAt.getCenterX(), cutAt.getMaxY() - 4));
        WaitForAsyncUtils.waitForFxEvents();
        Fx.interact(list::layout);
        assertEquals(list.getItems().get(0).id(), selectedId());
        javafx.scene.control.ListCell<?> shown = robot.lookup("#event-list .list-cell")
                .queryAllAs(javafx.scene.control.ListCell.class).stream()
                .filter(c -> c.getIndex() == 0 && c.isVisible()).findFirst().orElseThrow();
        assertTrue(shown.localToScene(shown.getLayoutBounds()).getMinY()
                >= list.localToScene(list.getLayoutBounds()).getMinY() - 0.5, "the first row whole");
        // With none selected, Left takes the last event and Right the first, as on the timeline.
        Fx.interact(() -> state.selectedEventProperty().set(null));
        Fx.interact(list::requestFocus);
        Fx.type(KeyCode.LEFT);
        assertEquals(list.getItems().get(list.getItems().size() - 1).id(), selectedId());
        Fx.interact(() -> state.selectedEventProperty().set(null));
        Fx.type(KeyCode.RIGHT);
        assertEquals(list.getItems().get(0).id(), selectedId());
    }

    /** A search marks the events list's rows as it marks the timeline: its matches with a bar, the rest muted. */
    @Test
    void theEventsListMarksWhatASearchMatches(FxRobot robot) throws Exception {
        robot.clickOn("#tab-events");
        Fx.interact(() -> state.search("interference"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> state.result() != null && state.result().isSearching()
                && state.result().search() == org.summittimeline.query.QueryResult.Search.DONE);
        List<String> wrong = WaitForAsyncUtils.asyncFx(() -> {
            robot.lookup("#event-list").queryListView().layout();
            List<String> found = new java.util.ArrayList<>();
            int matches = 0;
            int others = 0;
            for (javafx.scene.control.ListCell<?> cell : robot.lookup("#event-list .list-cell")
                    .queryAllAs(javafx.scene.control.ListCell.class)) {
                if (!(cell.getItem() instanceof Event e) || !cell.isVisible()) {
                    continue;
                }
                boolean matching = state.result().eventMatches(state.query().positionOf(e.id()));
                matches += matching ? 1 : 0;
                others += matching ? 0 : 1;
                if (cell.getStyleClass().contains("match") != matching
                        || cell.getStyleClass().contains("dimmed") == matching
                        || cell.getAccessibleText().endsWith(", matches the search") != matching) {
                    found.add(e.id() + " " + cell.getStyleClass());
                }
                // The others' titles in the regular weight: grey alone, bold as the matches, read as the same row.
                Label title = (Label) cell.lookup(".event-title");
                if (title.getFont().getStyle().contains("Bold") != matching) {
                    found.add(e.id() + " in " + title.getFont().getStyle());
                }
            }
            if (matches == 0 || others == 0) {
                found.add("rows seen: " + matches + " matching, " + others + " not");
            }
            return found;
        }).get();
        assertEquals(List.of(), wrong);
        Fx.interact(() -> state.search(""));
        assertTrue(robot.lookup("#event-list .list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .noneMatch(c -> c.getStyleClass().contains("match") || c.getStyleClass().contains("dimmed")),
                "no marks without a search");
    }

    /**
     * A matching row marks the search's words where its title holds them, as a quote card does; a row that matches
     * by its summary or its quotes keeps its plain title, and the marks go with the search.
     */
    @Test
    void theEventsListMarksTheSearchsWordsInTheTitles(FxRobot robot) throws Exception {
        robot.clickOn("#tab-events");
        Fx.interact(() -> state.search("palace"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> state.result() != null && state.result().isSearching()
                && state.result().search() == org.summittimeline.query.QueryResult.Search.DONE);
        List<String> marked = new ArrayList<>();
        List<String> plain = new ArrayList<>();
        Fx.interact(() -> {
            robot.lookup("#event-list").queryListView().layout();
            for (javafx.scene.control.ListCell<?> cell : robot.lookup("#event-list .list-cell")
                    .queryAllAs(javafx.scene.control.ListCell.class)) {
                if (!(cell.getItem() instanceof Event e) || !cell.getStyleClass().contains("match")) {
                    continue;
                }
                Node flow = cell.lookup(".marked-words");
                if (flow != null && flow.isVisible()) {
                    List<String> found = flow.lookupAll(".found").stream()
                            .map(t -> ((javafx.scene.text.Text) t).getText()).toList();
                    marked.add(e.id() + " " + found);
                } else {
                    plain.add(e.id());
                }
            }
        });
        assertEquals(List.of("putin-at-palace [Palace]", "trump-at-palace [Palace]"), marked);
        // The heading counts them, as the quote panel counts its quotes: the list had said nothing of a search.
        Label heading = robot.lookup("#events-heading").queryAs(Label.class);
        int events = state.query().timeline().events().size();
        assertEquals("All " + events + " events, " + state.result().matchingEventPositions().size() + "\u00a0matching",
                heading.getText());
        assertFalse(plain.isEmpty(), "rows that match by their summaries or quotes keep a plain title: " + plain);
        Fx.interact(() -> state.search(""));
        assertTrue(robot.lookup("#event-list .marked-words").queryAll().stream().noneMatch(Node::isVisible),
                "no marks without a search");
        assertEquals("All " + events + " events", heading.getText());
        // And of a filter: the events it leaves of all.
        Fx.interact(() -> state.filterProperty().set(org.summittimeline.query.QueryFilter.NONE
                .withCategories(java.util.Set.of("talks"))));
        assertEquals(robot.lookup("#event-list").queryListView().getItems().size() + " of " + events + " events",
                heading.getText());
        assertTrue(robot.lookup("#event-list").queryListView().getItems().size() < events);
        Fx.interact(() -> state.search("nothing-of-the-kind"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> state.result().isSearching()
                && state.result().search() == org.summittimeline.query.QueryResult.Search.DONE);
        assertTrue(heading.getText().endsWith(", none\u00a0matching"), heading.getText());
        // Of no event shown, no count of matches: the list's own words say that none is shown.
        Fx.interact(() -> state.filterProperty().set(org.summittimeline.query.QueryFilter.NONE
                .withCategories(java.util.Set.of("no-such-category")).withSearch("palace")));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> state.result().isSearching()
                && state.result().search() == org.summittimeline.query.QueryResult.Search.DONE);
        assertEquals("0 of " + events + " events", heading.getText());
    }

    @Test
    void theEventsListShowsANewTimelinesOwnEvents(FxRobot robot) {
        robot.clickOn("#tab-events");
        ListView<Event> list = robot.lookup("#event-list").queryListView();
        Event before = list.getItems().get(0);
        // The same file read again: equal events, other objects. Compared row by row, the rows were found equal and
        // kept, so the list went on showing (and selecting) the old timeline's events; at a million events, the
        // whole file after its events shown first, that comparison also stopped the window for 120 ms.
        Fx.interact(window::openBundled);
        Event now = state.query().timeline().events().get(0);
        assertEquals(before, now);
        assertSame(now, list.getItems().get(0), "the new timeline's own event");
        clickRow(robot, list, "protester-released");
        assertSame(state.query().timeline().event("protester-released").orElseThrow(), state.selectedEvent());
        // A search that shows the same events keeps the rows as they are.
        List<Event> rows = list.getItems();
        Fx.interact(() -> state.filterProperty().set(state.filterProperty().get().withSearch("summit")));
        assertSame(rows, list.getItems());
    }

    @Test
    void copyingAQuoteCopiesItsCitation(FxRobot robot) {
        clickEvent(robot, "press-conference");
        robot.clickOn(robot.lookup(".quote-text").queryAllAs(Label.class).stream()
                .filter(l -> l.getText().startsWith("\u201cI had to repeat")).findFirst().orElseThrow());
        Fx.typeWith(KeyCode.CONTROL, KeyCode.C);
        WaitForAsyncUtils.waitForFxEvents();
        String[] copied = new String[1];
        Fx.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertEquals("Vladimir Putin: \u201cI had to repeat that the Russian state never interfered, and does not "
                + "plan to interfere, in internal American electoral process.\u201d \u2014 Associated Press, "
                + "16 July 2018, \u00b63", copied[0]);
        // The citation first, where the bar does not cut it; then the words.
        assertEquals("Copied with its citation (Associated Press, 16 July 2018, \u00b63) \u00b7 Vladimir Putin: \u201cI had to "
                + "repeat that the Russian state never interfered, and does not plan to interfere, in internal American "
                + "electoral process.\u201d", robot.lookup("#status").queryAs(StatusBar.class).getText(),
                "Ctrl+C in the quote list says what it copied, as the menu's Copy does");
    }

    @Test
    void sourceLinksOpenOnlyWhenClicked(FxRobot robot) {
        clickEvent(robot, "putin-lands");
        assertTrue(opened.isEmpty());
        Hyperlink politico = robot.lookup(".details-source").queryAllAs(Node.class).stream()
                .filter(n -> n instanceof Hyperlink h && h.getText().startsWith("Politico"))
                .map(n -> (Hyperlink) n).findFirst().orElseThrow();
        Fx.interact(() -> robot.lookup("#details").queryAs(javafx.scene.control.ScrollPane.class).setVvalue(1));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(politico);
        assertEquals(List.of("https://www.politico.eu/article/putin-arrives-late-but-consensus-already-emerging-in-helsinki/"),
                opened);
    }

    @Test
    void zoomingWithTheWheelKeepsThePointersTimeUnderThePointer(FxRobot robot) {
        TimelineView view = timeline(robot);
        RenderedPulse.await(robot, window.getScene());
        double x = 420;
        double names = view.laneNamesWidth();
        double before = view.viewport().timeAt(x - names);
        double spp = view.viewport().secondsPerPixel();
        // Monocle's robot does not carry modifier keys into scroll events, so the event a mouse wheel with Ctrl
        // held would deliver is fired at the canvas under the pointer.
        Node canvas = view.lookup(".canvas") != null ? view.lookup(".canvas") : view.getChildrenUnmodifiable().get(0);
        Fx.interact(() -> javafx.event.Event.fireEvent(canvas, new javafx.scene.input.ScrollEvent(
                javafx.scene.input.ScrollEvent.SCROLL, x, 200, 0, 0, false, true, false, false, false, false,
                0, 40, 0, 40, javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));
        RenderedPulse.await(robot, window.getScene());
        // One notch of the wheel (40 pixels) zooms as much as a notch in a map: three had looked like nothing.
        assertTrue(view.viewport().secondsPerPixel() < spp / 1.2, "zoomed in " + spp / view.viewport().secondsPerPixel());
        assertEquals(before, view.viewport().timeAt(x - names), spp, "the time under the pointer stays put");
        robot.clickOn(view.localToScreen(new Point2D(x, 30)));
        Fx.type(KeyCode.DIGIT0);
        assertEquals(spp, view.viewport().secondsPerPixel(), 1e-6, "0 zooms back to fit");
    }

    @Test
    void shiftArrowsPanAndTheOverviewJumps(FxRobot robot) {
        TimelineView view = timeline(robot);
        RenderedPulse.await(robot, window.getScene());
        Fx.type(KeyCode.PLUS, 3);
        double start = view.viewport().start();
        Fx.typeWith(KeyCode.SHIFT, KeyCode.RIGHT);
        assertTrue(view.viewport().start() > start, "Shift+Right shows later times");
        assertEquals(null, selectedId(), "panning does not select");
        double before = view.viewport().start();
        RenderedPulse.await(robot, window.getScene());
        // The overview strip runs along the bottom; just right of the lane names is the start of the whole timeline.
        robot.clickOn(view.localToScreen(new Point2D(view.laneNamesWidth() + 10, view.getHeight() - view.overviewHeight() / 2)));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(view.viewport().start() < before, "a click near the overview's start jumps back");
        assertTrue(view.viewport().start() < state.query().index().first(), "the view now begins before the first event");
    }

    @Test
    void dividersAreRemembered(FxRobot robot) {
        javafx.scene.control.SplitPane split = robot.lookup(".split-pane").queryAllAs(javafx.scene.control.SplitPane.class)
                .stream().filter(p -> p.getOrientation() == javafx.geometry.Orientation.HORIZONTAL).findFirst().orElseThrow();
        Node divider = split.lookupAll(".split-pane-divider").stream().filter(d -> d.getParent() == split)
                .findFirst().orElseThrow();
        double before = split.getDividers().get(0).getPosition();
        robot.drag(divider).dropBy(-200, 0);
        double after = split.getDividers().get(0).getPosition();
        assertTrue(after < before - 0.1, before + " -> " + after);
        assertEquals(after, settings.number(Settings.Key.DIVIDER_QUOTES), 1e-9);
    }

    /** A quote whose words hold what CSV must escape: a comma, quotation marks and a line break. */
    private static final String TRICKY = "He said, \"no\",\nand left.";

    @Test
    void exportWritesTheShownQuotesAndNeverTheOpenFile(FxRobot robot, @TempDir Path dir) throws IOException {
        Path file = dir.resolve("open.json");
        Files.writeString(file, Files.readString(Path.of(getClass().getResource("/corpus/valid-minimal.json").getPath()))
                .replace("\"at length.\"", new com.google.gson.Gson().toJson(TRICKY)));
        Fx.interact(() -> window.open(file));
        assertEquals(TRICKY, state.query().timeline().quote("q1").orElseThrow().text());
        byte[] before = Files.readAllBytes(file);
        Files.createDirectory(dir.resolve("sub"));
        Path link = Files.createSymbolicLink(dir.resolve("link.csv"), file);
        Path hard = Files.createLink(dir.resolve("hard.csv"), file);
        for (Path same : List.of(file, dir.resolve("sub").resolve("..").resolve("open.json"), link, hard)) {
            Fx.interact(() -> window.findings().writeQuotes(same));
            assertArrayEquals(before, Files.readAllBytes(file), "the open timeline is never written: " + same);
            String said = robot.lookup("#status").queryAs(org.controlsfx.control.StatusBar.class).getText();
            assertTrue(said.startsWith("Not exported: refused to write ") && said.contains("it is the open timeline"), said);
        }
        Path csv = dir.resolve("quotes.csv");
        Fx.interact(() -> window.findings().writeQuotes(csv));
        String written = Files.readString(csv, StandardCharsets.UTF_8);
        assertTrue(written.startsWith("\ufeff"), "a byte-order mark, so that spreadsheets read the file as UTF-8");
        try (CSVParser parser = CSVParser.parse(written.substring(1),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            assertEquals(QuoteCsvWriter.HEADER, parser.getHeaderNames());
            List<CSVRecord> rows = parser.getRecords();
            assertEquals(1, rows.size());
            CSVRecord row = rows.get(0);
            assertEquals(List.of("q1", "Donald Trump", "direct", TRICKY, "talks", "Talks", "2018-07-16T11:07:00Z",
                    "2018-07-16T11:07:00Z", "", "ap", "AP", "Report", "", "\u00b613", ""), row.toList());
        }
    }

    @Test
    void aBrokenFileShowsItsProblemsInTheWindow(FxRobot robot) throws URISyntaxException {
        Path broken = Path.of(getClass().getResource("/corpus/many-errors.json").toURI());
        Fx.interact(() -> window.open(broken));
        // The timeline that was on screen stays, usable, with the failed file's problems beside it.
        assertEquals("many-errors.json could not be opened (4 errors); the timeline before it stays on screen.",
                robot.lookup("#problems-heading").queryAs(Label.class).getText());
        ListView<?> problems = robot.lookup("#problems").queryListView();
        assertEquals(4, problems.getItems().size());
        assertTrue(robot.lookup("#timeline").tryQuery().isPresent());
        assertNotNull(state.query());
        Fx.interact(window::openBundled);
        assertTrue(robot.lookup("#timeline").tryQuery().isPresent());
    }

    @Test
    void theTimelineTellsScreenReadersWhatIsSelected(FxRobot robot) {
        clickEvent(robot, "protester-removed");
        String text = timeline(robot).getAccessibleText();
        assertTrue(text.startsWith("Selected event: Apparent protester escorted out, \u2248 16 Jul"), text);
    }

    @Test
    void aTimelineOfAHundredThousandEventsStaysResponsive(FxRobot robot) throws Exception {
        LoadResult big = org.summittimeline.format.GeneratedTimelines.loaded(100_000, 3);
        TimelineView view = timeline(robot);
        long frames = view.framesDrawn();
        Fx.interact(() -> state.queryProperty().set(new org.summittimeline.query.TimelineQuery(big.timeline())));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> view.framesDrawn() > frames);
        assertTrue(view.marksDrawn() > 0);
        assertTrue(view.marksDrawn() < 6 * 3 * view.getWidth() / 6, "marks are bounded by the width: " + view.marksDrawn());
        Fx.interact(() -> view.viewport().zoomAround(view.viewport().width() / 2, 1.0 / 2000));
        RenderedPulse.await(robot, window.getScene());
        Event target = null;
        for (Event e : big.timeline().events()) {
            if (view.pointOf(e.id()) != null) {
                target = e;
                break;
            }
        }
        assertNotNull(target, "zoomed in, single events are drawn");
        // Six lanes, each at most five shapes (diamond, ring, three fades) and a disc per count up to "99+",
        // whatever the number of events.
        assertTrue(view.markImagesPrepared() > 0 && view.markImagesPrepared() <= 6 * (5 + 99),
                "mark images: " + view.markImagesPrepared());
        robot.clickOn(view.localToScreen(view.pointOf(target.id())));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(target.id(), selectedId());
        // 200,000 events and quotes: the search waits for a pause in typing rather than running per keystroke.
        javafx.scene.control.TextField field = robot.lookup("#search").queryAs(javafx.scene.control.TextField.class);
        String[] searchedWhileTyping = new String[1];
        Fx.interact(() -> {
            field.setText("nonsense");
            searchedWhileTyping[0] = state.filterProperty().get().search();
        });
        assertEquals("", searchedWhileTyping[0]);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> state.result() != null && state.result().isSearching());
        assertEquals("nonsense", state.filterProperty().get().search());
    }

    @Test
    void aFileReadBeforeTheWindowExistedIsShownAtOnce(FxRobot robot) throws Exception {
        // The launcher reads the file while JavaFX starts; the window takes the finished reading as it is.
        Path file = Path.of(getClass().getResource("/corpus/valid-minimal.json").toURI());
        OpenedTimeline read = OpenedTimeline.of(new TimelineLoader().load(file));
        Fx.interact(() -> window.open(file, java.util.concurrent.CompletableFuture.completedFuture(read), null));
        assertSame(read.query(), state.query(), "no second reading or indexing");
        assertSame(read.result(), window.loadedProperty().get());
        assertEquals("Minimal", state.query().timeline().title());
    }

    @Test
    void aSelectedEventNearTheRightEdgeShowsItsWholeTitleWithoutScrollingEmptyTime(FxRobot robot) {
        TimelineView view = timeline(robot);
        int position = state.query().positionOf("photo-opportunity");
        double last = state.query().index().endLatest(position);
        // The mark 60 px inside the right edge: visible, but a title right of it would be cut.
        Fx.interact(() -> view.viewport().pan(view.viewport().width() - 60 - view.viewport().xOf(last)));
        RenderedPulse.await(robot, window.getScene());
        double start = view.viewport().start();
        Fx.interact(() -> state.selectedEventProperty().set(state.query().index().event(position)));
        RenderedPulse.await(robot, window.getScene());
        assertEquals(start, view.viewport().start(), 1e-6, "the title goes left of the mark; the view stays");
        org.summittimeline.ui.timeline.layout.Plate plate = view.currentLayout().plates().get(0);
        assertEquals("Photo-op before the talks", plate.text());
        assertTrue(plate.left() >= 0 && plate.right() <= view.viewport().width(), "the plate is in view: " + plate);
    }
}
