package org.summittimeline.ui.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.css.PseudoClass;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.summittimeline.format.SyntheticTimeline;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.model.Actor;
import org.summittimeline.model.Event;
import org.summittimeline.model.Quote;
import org.summittimeline.model.Timeline;
import org.summittimeline.query.QueryFilter;
import org.summittimeline.query.TimelineQuery;
import org.summittimeline.ui.AppState;
import org.summittimeline.ui.Fx;
import org.summittimeline.ui.Theme;
import org.summittimeline.ui.timeline.layout.Lanes;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The quote panel on its own, over a small timeline with variants, relations and a correction. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class QuotePanelTest {
    private final AppState state = new AppState();
    private Timeline timeline;

    @Start
    void start(Stage stage) throws URISyntaxException {
        Theme.LIGHT.apply();
        timeline = new TimelineLoader().load(Path.of(getClass().getResource("/ui/quotes-and-details.json").toURI()))
                .timeline();
        QuotePanel panel = new QuotePanel(state);
        stage.setScene(new Scene(panel, 520, 700));
        stage.show();
        // At the screen's top, so that growing back to 700 px it stays within the headless screen: past its edge,
        // Monocle's painter logs overflowing its buffer.
        stage.setY(0);
        state.queryProperty().set(new TimelineQuery(timeline));
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    private void select(FxRobot robot, String eventId) {
        Fx.interact(() -> state.selectedEventProperty().set(timeline.event(eventId).orElseThrow()));
    }

    private String heading(FxRobot robot) {
        return robot.lookup("#quotes-heading").queryAs(Label.class).getText();
    }

    private ListView<Quote> list(FxRobot robot) {
        return robot.lookup("#quotes").queryListView();
    }

    private List<String> shownIds(FxRobot robot) {
        return list(robot).getItems().stream().map(Quote::id).toList();
    }

    private String placeholder(FxRobot robot) {
        return ((Label) list(robot).getPlaceholder()).getText();
    }

    /** The card of a quote, once its cell is laid out in the rendered scene. */
    private ListCell<?> cell(FxRobot robot, String quoteId) {
        WaitForAsyncUtils.waitForFxEvents();
        Fx.interact(() -> list(robot).layout());
        return robot.lookup("#quotes .quote-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() instanceof Quote q && q.id().equals(quoteId)).findFirst().orElseThrow();
    }

    private static List<String> texts(ListCell<?> cell, String styleClass) {
        // A card keeps parts a quote lacks unseen, for the next quote it shows: only what is seen, and takes room,
        // counts.
        return cell.lookupAll("." + styleClass).stream().filter(n -> n instanceof Label && shown(n, cell))
                .map(n -> ((Label) n).getText()).toList();
    }

    private static boolean shown(Node n, Node upTo) {
        for (Node at = n; at != null && at != upTo; at = at.getParent()) {
            if (!at.isVisible() || !at.isManaged()) {
                return false;
            }
        }
        return true;
    }

    /**
     * The This event / All toggles stand beside the heading's first line and its note's, however many lines the note
     * wraps to: centred on the whole heading, they moved 10 px down and back as Left stepped between an event whose
     * long title wrapped "No quotes of …" to two lines and one whose did not.
     */
    @Test
    void theTogglesKeepTheirPlaceWhenTheHeadingsNoteWraps(FxRobot robot) {
        Timeline summit = org.summittimeline.BundledTimeline.helsinki();
        // As narrow as the panel stands beside the timeline in a 1280-pixel window.
        Fx.interact(() -> {
            state.queryProperty().set(new TimelineQuery(summit));
            robot.lookup("#quotes-heading").query().getScene().getWindow().setWidth(470);
        });
        double[] at = new double[2];
        double[] noteHeight = new double[2];
        String[] events = {"putin-lands", "breakfast-niinisto"};
        for (int i = 0; i < 2; i++) {
            String id = events[i];
            Fx.interact(() -> state.selectedEventProperty().set(summit.event(id).orElseThrow()));
            int k = i;
            Fx.interact(() -> {
                Node toggle = robot.lookup("#quotes-this-event").query();
                at[k] = toggle.localToScene(toggle.getLayoutBounds()).getMinY();
                noteHeight[k] = robot.lookup("#quotes-heading-note").queryAs(Label.class).getHeight();
            });
        }
        assertTrue(noteHeight[1] > 1.5 * noteHeight[0], "the second note wraps: " + noteHeight[0] + ", "
                + noteHeight[1]);
        assertEquals(at[0], at[1], 0.5, "the toggles stay put");
    }

    @Test
    void theHeadingCountsTheQuotesShownAndSaysWhose(FxRobot robot) {
        assertEquals("All 4 quotes", heading(robot));
        robot.clickOn("#quotes-this-event");
        select(robot, "presser");
        assertEquals("2 quotes of \u201c" + state.selectedEvent().title() + "\u201d", heading(robot));
        assertEquals(List.of("q3", "q4"), shownIds(robot));
        robot.clickOn("#quotes-all");
        assertEquals("All 4 quotes", heading(robot));
        assertEquals(List.of("q1", "q2", "q3", "q4"), shownIds(robot));
    }

    /**
     * A card is laid out no wider than the width its cell was measured at: measured wider, a line that wraps in the
     * card went uncounted and the card ran into its cell's padding (its citation or link touching the line below).
     * The widths swept cross the wrap edges of every card's lines.
     */
    @Test
    void everyCardFitsInsideItsCellAtEveryWidth(FxRobot robot) {
        ListView<Quote> list = list(robot);
        StringBuilder overflowing = new StringBuilder();
        // Resized and laid out in one go, with no pulse between: the window's own size stays.
        Fx.interact(() -> {
            for (int w = 160; w <= 420; w++) {
                list.resize(w, list.getHeight());
                list.layout();
                for (Node node : list.lookupAll(".quote-cell")) {
                    ListCell<?> cell = (ListCell<?>) node;
                    Node card = cell.getGraphic();
                    // The list's own measuring cell is never shown: only the cells seen count.
                    if (cell.isEmpty() || card == null || !shown(card, list)) {
                        continue;
                    }
                    double bottom = card.getBoundsInParent().getMaxY();
                    double room = cell.getHeight() - cell.snappedBottomInset();
                    if (bottom > room + 0.5) {
                        overflowing.append(String.format("%n%s at %d px: the card ends at %.1f, the cell's room at %.1f",
                                ((Quote) cell.getItem()).id(), w, bottom, room));
                    }
                }
            }
        });
        assertEquals("", overflowing.toString());
    }

    /** A quote clicked, then the next one reached with Down, among all quotes: the list stays the list of all. */
    @Test
    void aQuoteChosenAmongAllKeepsEveryQuoteListed(FxRobot robot) {
        assertTrue(robot.lookup("#quotes-all").queryAs(ToggleButton.class).isSelected(), "nothing selected: All");
        List<String> every = shownIds(robot);
        assertTrue(every.size() >= 3, "the test needs three quotes: " + every);
        robot.clickOn(cell(robot, every.get(1)));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(every.get(1), state.selectedQuoteProperty().get().id());
        assertEquals(state.selectedQuoteProperty().get().eventId(), state.selectedEvent().id());
        assertEquals(every, shownIds(robot), "the list did not shrink to the quote's event");
        assertTrue(robot.lookup("#quotes-all").queryAs(ToggleButton.class).isSelected(), "All stays lit");
        Fx.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(every.get(2), state.selectedQuoteProperty().get().id(), "Down goes to the next quote of all");
        assertEquals(every, shownIds(robot));
        // An event chosen elsewhere (the timeline) shows its own quotes, as it did before the list was walked.
        select(robot, "talks");
        assertTrue(robot.lookup("#quotes-this-event").queryAs(ToggleButton.class).isSelected(), "This event again");
        assertEquals(List.of("q1", "q2"), shownIds(robot));
    }

    /** "All" keeps the chosen event's quote in view, also when it is among the last rows, below cards of all heights. */
    @Test
    void allQuotesShowTheChosenEventsQuoteAmongTheLastRows(FxRobot robot) {
        Timeline bundled = new TimelineLoader().load(Path.of("data", "helsinki-2018-summit.json")).timeline();
        Fx.interact(() -> state.queryProperty().set(new TimelineQuery(bundled)));
        robot.clickOn("#quotes-this-event");
        Fx.interact(() -> state.selectedEventProperty().set(bundled.event("would-wouldnt").orElseThrow()));
        robot.clickOn("#quotes-all");
        WaitForAsyncUtils.waitForFxEvents();
        ListView<Quote> list = list(robot);
        Fx.interact(list::layout);
        ListCell<?> card = robot.lookup("#quotes .quote-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.isVisible() && c.getItem() instanceof Quote q && q.id().equals("trump-would-wouldnt"))
                .findFirst().orElseThrow(() -> new AssertionError("the event's quote is not among the cards in view"));
        var shown = list.localToScreen(list.getLayoutBounds());
        var at = card.localToScreen(card.getLayoutBounds());
        assertTrue(card.isVisible() && at.getMinY() >= shown.getMinY() - 0.5 && at.getMaxY() <= shown.getMaxY() + 0.5,
                "the card at " + at.getMinY() + " to " + at.getMaxY() + ", the list " + shown.getMinY() + " to "
                        + shown.getMaxY());
    }

    @Test
    void anEventNobodyIsQuotedAtShowsEveryQuoteAndSaysSo(FxRobot robot) {
        robot.clickOn("#quotes-this-event");
        select(robot, "walk");
        assertEquals(List.of("q1", "q2", "q3", "q4"), shownIds(robot), "no empty pane: every quote in its place");
        assertEquals("All 4 quotes", heading(robot));
        Label note = robot.lookup("#quotes-heading-note").queryAs(Label.class);
        assertEquals("No quotes of \u201c" + timeline.event("walk").orElseThrow().title() + "\u201d", note.getText());
        assertTrue(note.isVisible() && note.getHeight() > 0, "the note shows under the heading");
        assertTrue(note.localToScene(0, 0).getY() >= robot.lookup("#quotes-heading").queryAs(Label.class)
                .localToScene(0, 0).getY() + robot.lookup("#quotes-heading").queryAs(Label.class).getHeight() - 0.5,
                "under the heading");
        assertTrue(robot.lookup("#quotes-this-event").queryAs(ToggleButton.class).isDisabled());
        assertTrue(robot.lookup("#quotes-all").queryAs(ToggleButton.class).isSelected());
        // Quotes of other events: each card names its event, as in "All" (they stood unnamed, as if the walk's).
        assertEquals(List.of(timeline.event(timeline.quote("q3").orElseThrow().eventId()).orElseThrow().title()),
                texts(cell(robot, "q3"), "quote-event"));
        select(robot, "presser");
        assertEquals(List.of("q3", "q4"), shownIds(robot), "an event with quotes shows its own again");
        assertFalse(robot.lookup("#quotes-heading-note").queryAs(Label.class).isVisible(), "no note then");
        assertEquals(List.of(), texts(cell(robot, "q3"), "quote-event"), "one event's list names none");
        assertFalse(robot.lookup("#quotes-this-event").queryAs(ToggleButton.class).isDisabled());
    }

    @Test
    void anEventNobodyIsQuotedAtShowsWhatWasSaidNextInTime(FxRobot robot) throws IOException {
        StringWriter json = new StringWriter();
        new SyntheticTimeline(300, 5, false).write(json);
        Timeline full = new TimelineLoader().load(new ByteArrayInputStream(json.toString().getBytes(
                StandardCharsets.UTF_8)), "generated.json").timeline();
        Event silent = full.events().get(200);
        Event next = full.events().get(201);
        List<Quote> quotes = full.quotes().stream().filter(q -> !q.eventId().equals(silent.id())).toList();
        Timeline t = new Timeline(1, full.title(), null, full.zone(), null, full.sources(), full.actors(),
                full.categories(), full.events(), quotes);
        Fx.interact(() -> {
            state.queryProperty().set(new TimelineQuery(t));
            state.quotesOfSelectionOnlyProperty().set(true);
            state.selectedEventProperty().set(silent);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Fx.interact(() -> list(robot).layout());
        assertEquals(quotes.size(), shownIds(robot).size());
        List<String> inView = robot.lookup("#quotes .quote-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.isVisible() && c.getItem() instanceof Quote)
                .map(c -> ((Quote) c.getItem()).eventId()).toList();
        assertTrue(inView.contains(next.id()), "the quotes of the event after it are in view: " + inView);
        assertFalse(inView.contains(full.events().get(0).id()), "not the list's start: " + inView);
        // The first of them at the top of the list, where reading starts.
        ListCell<?> top = robot.lookup("#quotes .quote-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.isVisible() && c.getItem() instanceof Quote q && q.eventId().equals(next.id()))
                .min(java.util.Comparator.comparingInt(ListCell::getIndex)).orElseThrow();
        double listTop = list(robot).localToScene(list(robot).getLayoutBounds()).getMinY();
        assertEquals(listTop, top.localToScene(top.getLayoutBounds()).getMinY(), 3, "the first said after it at the top");
    }

    @Test
    void anEmptyListSaysWhyItIsEmpty(FxRobot robot) {
        robot.clickOn("#quotes-this-event");
        select(robot, "presser");
        Fx.interact(() -> state.filterProperty().set(QueryFilter.NONE.withSpeakers(Set.of("no-such-speaker"))));
        assertEquals(List.of(), shownIds(robot));
        assertEquals("The filters hide this event's quotes. Clear them to read them.", placeholder(robot));
        assertEquals("0 of 2 quotes of \u201c" + timeline.event("presser").orElseThrow().title() + "\u201d",
                heading(robot));
        robot.clickOn("#quotes-all");
        Fx.interact(() -> state.filterProperty().set(QueryFilter.NONE.withTopics(Set.of("no-such-topic"))));
        assertEquals(List.of(), shownIds(robot));
        assertEquals("No quotes match the filters. Clear them to see every quote.", placeholder(robot));
        assertEquals("0 of 4 quotes", heading(robot));
    }

    /** A card opened at the list's foot scrolls up to show its new lines (they were below the edge). */
    @Test
    void aCardOpenedAtTheListsFootShowsWhatItOpened(FxRobot robot) {
        ListView<Quote> list = list(robot);
        Fx.interact(() -> list.getScene().getWindow().setHeight(320));
        int at = shownIds(robot).indexOf("q3");
        Fx.interact(() -> {
            list.layout();
            ((javafx.scene.control.skin.VirtualFlow<?>) list.lookup(".virtual-flow")).scrollTo(at);
        });
        ListCell<?> corrected = cell(robot, "q3");
        double viewBottom = list.localToScene(list.getLayoutBounds()).getMaxY();
        assertTrue(corrected.localToScene(corrected.getLayoutBounds()).getMaxY() <= viewBottom + 1,
                "the card stands at the list's foot before it opens");
        robot.clickOn(corrected.lookup(".expand"));
        ListCell<?> opened = cell(robot, "q3");
        assertEquals(2, texts(opened, "relation").size(), "opened");
        Label line = (Label) opened.lookupAll(".relation").stream().reduce((a, b) -> b).orElseThrow();
        double lineBottom = line.localToScene(line.getLayoutBounds()).getMaxY();
        assertTrue(lineBottom <= viewBottom + 1, "the opened line ends at " + lineBottom + ", the list at "
                + viewBottom);
    }

    @Test
    void otherRenderingsAndLinksShowOnlyWhenAskedFor(FxRobot robot) {
        ListCell<?> first = cell(robot, "q1");
        assertEquals(List.of(), texts(first, "variant"));
        Hyperlink more = (Hyperlink) first.lookup(".expand");
        // Its own rendering, and Putin's answer to it: what links to a quote is shown with it, not only what it links to.
        assertEquals("Show 1 other rendering and 1 link", more.getText());
        robot.clickOn(more);
        first = cell(robot, "q1");
        assertEquals(List.of("As The Hill renders it: \u201cIt went really well.\u201d"), texts(first, "variant"));
        assertEquals(List.of("Answered by Vladimir Putin: \u201cthe talks were useful\u201d"), texts(first, "relation"));
        assertEquals("Hide 1 other rendering and 1 link", ((Hyperlink) first.lookup(".expand")).getText());

        ListCell<?> reported = cell(robot, "q2");
        assertTrue(texts(reported, "paraphrase-text").contains("the talks were useful"), "reported speech unquoted");
        assertTrue(texts(reported, "kind-reported").contains("reported"));
        robot.clickOn(reported.lookup(".expand"));
        // A link a source makes reads as it is; one the timeline's author makes says so.
        assertEquals(List.of("Answers Donald Trump: \u201cIt went very well.\u201d",
                "Contradicts Donald Trump: \u201cI see no reason why it would be.\u201d (our reading, not a source's)"),
                texts(cell(robot, "q2"), "relation"));

        ListCell<?> corrected = cell(robot, "q3");
        robot.clickOn(corrected.lookup(".expand"));
        // Contradicted and corrected, each as its link says, the author's links marked as such.
        assertEquals(List.of("Contradicted by Vladimir Putin: \u201cthe talks were useful\u201d (our reading, not a source's)",
                "Corrected by Vladimir Putin: \u201cHe meant wouldn't.\u201d (our reading, not a source's)"),
                texts(cell(robot, "q3"), "relation"));
        assertEquals(List.of("Corrects Donald Trump: \u201cI see no reason why it would be.\u201d (our reading, not a source's)"),
                texts(expanded(robot, "q4"), "relation"));
    }

    private ListCell<?> expanded(FxRobot robot, String quoteId) {
        robot.clickOn(cell(robot, quoteId).lookup(".expand"));
        return cell(robot, quoteId);
    }

    @Test
    void thisEventWithAFilterSetShowsOnlyTheEventsQuotesTheFilterLetsThrough(FxRobot robot) {
        robot.clickOn("#quotes-this-event");
        select(robot, "talks");
        assertEquals(List.of("q1", "q2"), shownIds(robot));
        Fx.interact(() -> state.filterProperty().set(QueryFilter.NONE.withSpeakers(Set.of("putin"))));
        assertEquals("talks", state.selectedEvent().id(), "the event stays selected");
        assertEquals(List.of("q2"), shownIds(robot));
        assertEquals("1 of 2 quotes of \u201c" + state.selectedEvent().title() + "\u201d", heading(robot));
        robot.clickOn("#quotes-all");
        assertEquals(List.of("q2", "q4"), shownIds(robot));
        assertFalse(shownIds(robot).contains("q1"));
    }

    /** A cell's card is made once and filled again: choosing events in the list of all quotes remakes no node. */
    @Test
    void aCardKeepsItsNodesWhileEventsAreChosen(FxRobot robot) {
        robot.clickOn("#quotes-all");
        ListCell<?> first = cell(robot, "q1");
        Node card = first.getGraphic();
        Node speaker = first.lookup(".speaker");
        select(robot, "presser");
        select(robot, "talks");
        ListCell<?> again = cell(robot, "q1");
        assertSame(card, again.getGraphic());
        assertSame(speaker, again.lookup(".speaker"));
        assertEquals(List.of("Talks"), texts(again, "quote-event"));
    }

    /** A card filled again for another quote shows that quote's parts only, not what the one before it had. */
    @Test
    void aCardFilledForAnotherQuoteShowsOnlyItsOwnParts(FxRobot robot) {
        Fx.interact(() -> state.filterProperty().set(QueryFilter.NONE.withSpeakers(Set.of("putin"))));
        ListCell<?> top = cell(robot, "q2");
        assertEquals(List.of("reported"), texts(top, "kind-reported"));
        assertEquals(List.of("the talks were useful"), texts(top, "paraphrase-text"));
        assertEquals(List.of(), texts(top, "chip"));
        Fx.interact(() -> state.filterProperty().set(QueryFilter.NONE));
        ListCell<?> reused = cell(robot, "q1");
        assertSame(top, reused, "the top row's cell shows the new top quote");
        assertEquals(List.of(), texts(reused, "kind-reported"));
        assertEquals(List.of(), texts(reused, "paraphrase-text"));
        assertEquals(List.of("\u201cIt went very well.\u201d"), texts(reused, "quote-text"));
        assertEquals(List.of("summit"), texts(reused, "chip"));
    }

    /**
     * While a file's quotes are still read, the list's empty rows hold their cards styled and unseen, so that the
     * pulse in which a large file's quotes arrive fills cards rather than styling them for the first time (at a
     * million events that pulse held the window for over 100 ms at a busy moment). They are made a few a pulse, not
     * all in the pulse in which the list empties, and an empty row is no taller for its card.
     */
    @Test
    void whileQuotesAreReadTheEmptyRowsHoldTheirCardsStyledAndUnseen(FxRobot robot) throws Exception {
        cell(robot, "q1");
        Timeline events = new Timeline(timeline.formatVersion(), timeline.title(), timeline.description(),
                timeline.zone(), timeline.date(), timeline.sources(), timeline.actors(), timeline.categories(),
                timeline.events(), List.of());
        ListView<Quote> list = list(robot);
        List<Integer> cardsAtEachPulse = new ArrayList<>();
        Runnable count = () -> cardsAtEachPulse.add((int) list.lookupAll(".quote-cell").stream()
                .filter(c -> ((ListCell<?>) c).getGraphic() != null).count());
        Fx.interact(() -> {
            list.getScene().addPostLayoutPulseListener(count);
            state.queryProperty().set(new TimelineQuery(events).quotesStillReading());
        });
        // A few a pulse: wait until every empty row holds a styled card, or fail after the timeout.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> {
            List<ListCell<?>> rows = emptyRows(robot);
            return rows.size() >= 3 && rows.stream().allMatch(QuotePanelTest::holdsStyledCard);
        }).get());
        List<Integer> counts = WaitForAsyncUtils.asyncFx(() -> {
            list.getScene().removePostLayoutPulseListener(count);
            return List.copyOf(cardsAtEachPulse);
        }).get();
        for (int i = 1; i < counts.size(); i++) {
            assertTrue(counts.get(i) - counts.get(i - 1) <= QuoteCards.CARDS_PREPARED_A_PULSE,
                    "cards made in one pulse: " + counts);
        }
        assertTrue(WaitForAsyncUtils.asyncFx(() -> emptyRows(robot).stream()
                .noneMatch(row -> row.getGraphic().isVisible())).get(), "an empty row shows no card");
        Fx.interact(() -> state.queryProperty().set(new TimelineQuery(timeline)));
        assertEquals(List.of("\u201cIt went very well.\u201d"), texts(cell(robot, "q1"), "quote-text"));
        // Rows emptied under a shorter list are a line high again, not the height of the card they held.
        Fx.interact(() -> state.filterProperty().set(QueryFilter.NONE.withSpeakers(Set.of("putin"))));
        cell(robot, "q2");
        List<String> tall = WaitForAsyncUtils.asyncFx(() -> {
            List<ListCell<?>> below = emptyRows(robot);
            assertFalse(below.isEmpty(), "empty rows under Putin's two quotes");
            return below.stream().filter(row -> row.getGraphic() != null && row.getGraphic().isVisible()
                    || row.getHeight() >= 60).map(row -> row.getIndex() + ": " + row.getHeight()).toList();
        }).get();
        assertEquals(List.of(), tall, "emptied rows that show a card or are taller than a line");
    }

    /**
     * A speaker the file gives no colour has the colour of its lane on the timeline (the palette's for its place
     * among the actors), not grey beside a coloured lane.
     */
    @Test
    void aSpeakerWithoutAColourHasTheColourOfItsLane(FxRobot robot) {
        List<Actor> plain = timeline.actors().stream().map(a -> new Actor(a.id(), a.name(), a.role(), null)).toList();
        Timeline uncoloured = new Timeline(timeline.formatVersion(), timeline.title(), timeline.description(),
                timeline.zone(), timeline.date(), timeline.sources(), plain, timeline.categories(),
                timeline.events(), timeline.quotes());
        Fx.interact(() -> state.queryProperty().set(new TimelineQuery(uncoloured)));
        for (String id : List.of("q1", "q2")) {
            Quote q = uncoloured.quote(id).orElseThrow();
            Actor speaker = uncoloured.actor(q.speakerId()).orElseThrow();
            Circle dot = (Circle) ((Label) cell(robot, id).lookup(".speaker")).getGraphic();
            assertEquals(Color.web(Lanes.PALETTE.get(plain.indexOf(speaker))), dot.getFill(), id);
        }
    }

    private List<ListCell<?>> emptyRows(FxRobot robot) {
        return robot.lookup("#quotes .quote-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.isVisible() && c.isEmpty() && c.getParent().isVisible()).<ListCell<?>>map(c -> c)
                .toList();
    }

    private static boolean holdsStyledCard(ListCell<?> row) {
        Node card = row.getGraphic();
        return card != null && card.getParent() == row
                && card.lookupAll(".label").stream().allMatch(l -> ((Label) l).getSkin() != null);
    }

    /** Cards name their quote's event in the list of all quotes, not in the list of one event's. */
    @Test
    void cardsNameTheirEventOnlyAmongAllQuotes(FxRobot robot) {
        robot.clickOn("#quotes-all");
        select(robot, "talks");
        // Under this filter the list of all quotes and the talks' own list hold the same quote: the rows stay, and
        // only the card's setting changes.
        Fx.interact(() -> state.filterProperty().set(QueryFilter.NONE.withTopics(Set.of("summit"))));
        List<Quote> rows = list(robot).getItems();
        assertEquals(List.of("q1"), shownIds(robot));
        assertEquals(List.of("Talks"), texts(cell(robot, "q1"), "quote-event"));
        robot.clickOn("#quotes-this-event");
        assertSame(rows, list(robot).getItems(), "the same rows");
        assertEquals(List.of(), texts(cell(robot, "q1"), "quote-event"));
        robot.clickOn("#quotes-all");
        assertSame(rows, list(robot).getItems(), "the same rows");
        assertEquals(List.of("Talks"), texts(cell(robot, "q1"), "quote-event"));
    }

    /** Among all quotes the selected event's stand out; in its own list, and with nothing selected, none does. */
    @Test
    void theSelectedEventsQuotesStandOutAmongAllQuotes(FxRobot robot) {
        PseudoClass marked = PseudoClass.getPseudoClass("of-selected-event");
        robot.clickOn("#quotes-all");
        select(robot, "presser");
        for (String id : List.of("q1", "q2", "q3", "q4")) {
            assertEquals(id.equals("q3") || id.equals("q4"), cell(robot, id).getPseudoClassStates().contains(marked), id);
        }
        // Drawn on a tint of its own, unlike a quote of another event.
        Node q3 = cell(robot, "q3");
        Node q1 = cell(robot, "q1");
        assertNotEquals(((Region) q1).getBackground(), ((Region) q3).getBackground());
        select(robot, "talks");
        assertTrue(cell(robot, "q1").getPseudoClassStates().contains(marked));
        assertFalse(cell(robot, "q3").getPseudoClassStates().contains(marked));
        robot.clickOn("#quotes-this-event");
        assertFalse(cell(robot, "q1").getPseudoClassStates().contains(marked), "its own list marks none");
        robot.clickOn("#quotes-all");
        Fx.interact(() -> state.selectedEventProperty().set(null));
        assertFalse(cell(robot, "q1").getPseudoClassStates().contains(marked), "nothing selected");
    }

    /** In large type the heading stands above the toggles rather than wrapping a word a line beside them. */
    @Test
    void inLargeTypeTheHeadingStandsAboveTheTogglesInsteadOfAWordALine(FxRobot robot) {
        select(robot, "presser");
        Label heading = robot.lookup("#quotes-heading").queryAs(Label.class);
        Node toggles = robot.lookup("#quotes-all").queryAs(Node.class).getParent();
        Fx.interact(() -> heading.getScene().getRoot().layout());
        Bounds beside = heading.localToScene(heading.getBoundsInLocal());
        assertTrue(beside.getMinY() < toggles.localToScene(toggles.getBoundsInLocal()).getMaxY(), "beside at first");
        Fx.interact(() -> {
            heading.getScene().getRoot().setStyle("-fx-font-size: 32px;");
            heading.getScene().getRoot().applyCss();
            heading.getScene().getRoot().layout();
        });
        Bounds above = heading.localToScene(heading.getBoundsInLocal());
        Bounds under = toggles.localToScene(toggles.getBoundsInLocal());
        try {
            assertTrue(above.getMaxY() <= under.getMinY(), "above the toggles: " + above + " / " + under);
            assertTrue(heading.getWidth() >= heading.getFont().getSize() * HeadingBar.LEAST_EMS,
                    heading.getWidth() + " px for " + heading.getFont().getSize() + " px type");
        } finally {
            Fx.interact(() -> heading.getScene().getRoot().setStyle(""));
        }
    }

    /**
     * In large type in a narrow panel the heading takes three lines at most and its note two, each cut with "…" and
     * whole in its tooltip: at 250 % an event's long title had filled the panel, and no quote showed under them.
     */
    @Test
    void aLongHeadingAndItsNoteLeaveTheQuotesRoom(FxRobot robot) {
        for (String event : List.of("presser", "walk")) {
            select(robot, event);
            Label label = robot.lookup(event.equals("walk") ? "#quotes-heading-note" : "#quotes-heading").queryAs(Label.class);
            int lines = event.equals("walk") ? HeadingBar.NOTE_LINES : HeadingBar.HEADING_LINES;
            Fx.interact(() -> {
                // Words enough for a line more than each may take (the panel's least width grows with the type).
                label.getScene().getRoot().setStyle("-fx-font-size: 48px;");
                if (event.equals("walk")) {
                    label.setText("No quotes of \u201cWalk\u201d, and a note long enough for a third line at this size");
                }
                label.getScene().getWindow().setWidth(230);
                label.getScene().getRoot().applyCss();
                label.getScene().getRoot().layout();
            });
            try {
                javafx.scene.text.Text drawn = (javafx.scene.text.Text) label.lookup(".text");
                assertTrue(drawn.getText().endsWith("\u2026"), event + ": cut, " + drawn.getText());
                // Every line it may take is filled before the cut: JavaFX's wrapped ellipsis had cut the note to one
                // line of the two (the limit was measured in other text bounds than the label's).
                javafx.scene.text.Text one = new javafx.scene.text.Text("X");
                one.setFont(label.getFont());
                double line = one.getLayoutBounds().getHeight();
                assertTrue(drawn.getLayoutBounds().getHeight() > (lines - 0.5) * line,
                        event + ": " + lines + " lines, drawn " + drawn.getLayoutBounds().getHeight() + " px of " + line);
                assertTrue(label.getHeight() <= lines * 1.5 * label.getFont().getSize(),
                        event + ": " + label.getHeight() + " px at " + label.getFont().getSize() + " px type");
                assertEquals(label.getText(), label.getTooltip().getText(), event + ": whole in its tooltip");
            } finally {
                Fx.interact(() -> {
                    label.getScene().getRoot().setStyle("");
                    label.getScene().getWindow().setWidth(520);
                });
            }
        }
    }

    /**
     * Larger type keeps the card read at the top of the list there, from its speaker: the flow kept its offset in
     * pixels, and after Ctrl+plus the chosen card began mid-quote.
     */
    @Test
    void largerTypeKeepsTheCardAtTheTopWhole(FxRobot robot) {
        robot.clickOn("#quotes-all");
        int read = 1;
        String id = list(robot).getItems().get(read).id();
        Fx.interact(() -> {
            list(robot).getScene().getWindow().setHeight(320);
            list(robot).getScene().getRoot().setStyle("-fx-font-size: 20px;");
        });
        WaitForAsyncUtils.waitForFxEvents();
        Fx.interact(() -> list(robot).scrollTo(read));
        WaitForAsyncUtils.waitForFxEvents();
        try {
            for (String size : new String[] {"20px", "26px", "32px", "23px"}) {
                Fx.interact(() -> list(robot).getScene().getRoot().setStyle("-fx-font-size: " + size + ";"));
                WaitForAsyncUtils.waitForFxEvents();
                ListCell<?> top = cell(robot, id);
                Fx.interact(() -> {
                    Bounds row = top.localToScene(top.getBoundsInLocal());
                    Bounds view = list(robot).localToScene(list(robot).getLayoutBounds());
                    assertEquals(view.getMinY(), row.getMinY(), 2, size + ": the card's top at the list's top");
                });
            }
        } finally {
            Fx.interact(() -> {
                list(robot).getScene().getRoot().setStyle("");
                list(robot).getScene().getWindow().setHeight(700);
            });
        }
    }

    /** A card taller than the list is shown from its top when its event is chosen, speaker and first words first. */
    @Test
    void aCardTallerThanTheListIsShownFromItsTop(FxRobot robot) {
        Fx.interact(() -> {
            list(robot).getScene().getRoot().setStyle("-fx-font-size: 40px;");
            list(robot).getScene().getWindow().setHeight(320);
        });
        try {
            robot.clickOn("#quotes-all");
            select(robot, "presser");
            ListCell<?> first = cell(robot, "q3");
            Fx.interact(() -> {
                Bounds row = first.localToScene(first.getBoundsInLocal());
                Bounds view = list(robot).localToScene(list(robot).getBoundsInLocal());
                assertTrue(row.getHeight() > view.getHeight(), "the card is taller than the list: " + row + " / " + view);
                assertTrue(row.getMinY() >= view.getMinY() - 1, "its top is in view: " + row + " / " + view);
            });
        } finally {
            Fx.interact(() -> {
                list(robot).getScene().getRoot().setStyle("");
                list(robot).getScene().getWindow().setHeight(700);
            });
        }
    }

    /**
     * An event nobody is quoted at, chosen at large type, shows what was said next from its top, speaker first: at
     * 250 % the list showed the last lines of the card, its chips and citation, under the heading's note.
     */
    @Test
    void theCardAfterAnEventWithoutQuotesIsShownFromItsTop(FxRobot robot) throws IOException {
        Fx.interact(() -> {
            list(robot).getScene().getRoot().setStyle("-fx-font-size: 40px;");
            list(robot).getScene().getWindow().setHeight(320);
        });
        try {
            // Two events before the talks that nobody is quoted at: stepped from one to the next, as the walk did
            // from "Expanded talks" to "One-on-one talks", the list is already where the card is shown.
            String json = new String(getClass().getResourceAsStream("/ui/quotes-and-details.json").readAllBytes(),
                    StandardCharsets.UTF_8).replace("\"events\": [", "\"events\": ["
                    + "{\"id\": \"early\", \"title\": \"Early\", \"category\": \"talks\","
                    + " \"start\": \"2018-07-16T09:00+03:00\", \"sources\": [{\"source\": \"ap\"}]},"
                    + "{\"id\": \"later\", \"title\": \"Later\", \"category\": \"talks\","
                    + " \"start\": \"2018-07-16T10:00+03:00\", \"sources\": [{\"source\": \"ap\"}]},");
            Timeline wider = new TimelineLoader().load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                    "wider.json").timeline();
            Fx.interact(() -> state.queryProperty().set(new TimelineQuery(wider)));
            for (String id : List.of("presser", "later", "early")) {
                Fx.interact(() -> state.selectedEventProperty().set(wider.event(id).orElseThrow()));
                if (!id.equals("presser")) {
                    assertEquals(List.of("q1", "q2", "q3", "q4"), shownIds(robot), id + ": every quote");
                    assertAtTheTop(robot, cell(robot, "q1"), id);
                }
            }
        } finally {
            Fx.interact(() -> {
                list(robot).getScene().getRoot().setStyle("");
                list(robot).getScene().getWindow().setHeight(700);
            });
        }
    }

    /**
     * A search's first match, on a card taller than the list, is shown from its top as the search is typed, letter
     * by letter: at 250 % the list had shown the middle of the first match's card, its speaker out of sight.
     */
    @Test
    void aSearchsFirstMatchTallerThanTheListIsShownFromItsTop(FxRobot robot) {
        Fx.interact(() -> {
            list(robot).getScene().getRoot().setStyle("-fx-font-size: 40px;");
            list(robot).getScene().getWindow().setHeight(320);
        });
        try {
            robot.clickOn("#quotes-all");
            String word = "useful";
            for (int n = 1; n <= word.length(); n++) {
                String typed = word.substring(0, n);
                Fx.interact(() -> state.search(typed));
                assertAtTheTop(robot, cell(robot, "q2"), typed);
            }
        } finally {
            Fx.interact(() -> {
                state.search("");
                list(robot).getScene().getRoot().setStyle("");
                list(robot).getScene().getWindow().setHeight(700);
            });
        }
    }

    private void assertAtTheTop(FxRobot robot, ListCell<?> card, String when) {
        Fx.interact(() -> {
            Bounds row = card.localToScene(card.getBoundsInLocal());
            Bounds view = list(robot).localToScene(list(robot).getBoundsInLocal());
            assertTrue(row.getHeight() > view.getHeight(), "the card is taller than the list: " + row + " / " + view);
            assertEquals(view.getMinY(), row.getMinY(), 1.5, when + ": its top at the list's: " + row + " / " + view);
        });
    }

    /** The speaker's dot and the gap after it grow with the type: fixed, at 250 % the dot touched the name. */
    @Test
    void theSpeakersDotGrowsWithTheType(FxRobot robot) {
        try {
            for (int size : new int[] {14, 35}) {
                Fx.interact(() -> list(robot).getScene().getRoot().setStyle("-fx-font-size: " + size + "px;"));
                ListCell<?> card = cell(robot, "q2");
                Fx.interact(() -> {
                    Label name = (Label) card.lookup(".speaker");
                    javafx.scene.shape.Circle dot = (javafx.scene.shape.Circle) name.getGraphic();
                    Node text = name.lookup(".text");
                    double gap = text.localToScene(text.getLayoutBounds()).getMinX()
                            - dot.localToScene(dot.getLayoutBounds()).getMaxX();
                    assertEquals(size * 0.36, dot.getRadius(), 0.5, "the dot at " + size + " px");
                    assertTrue(gap >= size * 0.4 - 1, "the gap at " + size + " px: " + gap);
                });
            }
        } finally {
            Fx.interact(() -> list(robot).getScene().getRoot().setStyle(""));
        }
    }

    /**
     * The "reported" mark stands within its card at any type: beside the name where both fit, else under it. Beside it
     * in a box, the German mark ran past the card's edge at 250 % ("wiedergeg").
     */
    @Test
    void theReportedMarkStandsWithinItsCardAtAnyType(FxRobot robot) {
        try {
            boolean wentBelow = false;
            for (int size = 14; size <= 56; size += 6) {
                String style = "-fx-font-size: " + size + "px;";
                Fx.interact(() -> list(robot).getScene().getRoot().setStyle(style));
                ListCell<?> card = cell(robot, "q2");
                boolean[] below = new boolean[1];
                Fx.interact(() -> {
                    Label mark = (Label) card.lookup(".kind-reported");
                    Label name = (Label) card.lookup(".speaker");
                    Bounds m = mark.localToScene(mark.getBoundsInLocal());
                    Bounds n = name.localToScene(name.getBoundsInLocal());
                    Bounds c = card.localToScene(card.getBoundsInLocal());
                    Bounds l = list(robot).localToScene(list(robot).getBoundsInLocal());
                    assertTrue(mark.isVisible() && m.getMaxX() <= Math.min(c.getMaxX(), l.getMaxX()) + 0.5,
                            style + ": the mark " + m + " in " + c + " in " + l);
                    below[0] = m.getMinY() >= n.getMaxY() - 1;
                    // Beside the name on its baseline, or under it at its left edge.
                    assertTrue(below[0] ? Math.abs(m.getMinX() - n.getMinX()) < 1
                            : Math.abs(mark.localToScene(0, mark.getBaselineOffset()).getY()
                                    - name.localToScene(0, name.getBaselineOffset()).getY()) < 1, style + ": " + m + " / " + n);
                });
                wentBelow |= below[0];
            }
            assertTrue(wentBelow, "at some size the mark goes under the name");
        } finally {
            Fx.interact(() -> list(robot).getScene().getRoot().setStyle(""));
        }
    }

    /**
     * In large type an event's title on a card stands whole on one line beside the name, or below it with the card's
     * width: not as a narrow column of short lines beside an empty space under the name.
     */
    @Test
    void inLargeTypeACardsEventTitleIsNeverSqueezedBesideTheName(FxRobot robot) {
        robot.clickOn("#quotes-all");
        try {
            for (int size = 14; size <= 32; size += 2) {
                String style = "-fx-font-size: " + size + "px;";
                Fx.interact(() -> list(robot).getScene().getRoot().setStyle(style));
                for (String id : List.of("q1", "q3")) {
                    ListCell<?> card = cell(robot, id);
                    Fx.interact(() -> {
                        card.applyCss();
                        card.layout();
                        Label title = (Label) card.lookup(".quote-event");
                        Label name = (Label) card.lookup(".speaker");
                        Bounds t = title.localToScene(title.getBoundsInLocal());
                        Bounds n = name.localToScene(name.getBoundsInLocal());
                        assertTrue(t.getMinY() >= n.getMaxY() - 1 || title.getHeight() < 1.6 * title.getFont().getSize(),
                                id + " at " + style + ": the title " + t + " beside the name " + n);
                        assertTrue(t.getMaxX() <= card.localToScene(card.getBoundsInLocal()).getMaxX() + 1, id + " within its card");
                        // The "·" stands between the name and a title beside it, and never begins the title's line.
                        boolean below = t.getMinY() >= n.getMaxY() - 1;
                        Label dot = (Label) card.lookup(".quote-event-dot");
                        assertEquals(!below, dot.isVisible(), id + " at " + style + ": the dot, the title "
                                + (below ? "below" : "beside"));
                        if (!below) {
                            Bounds d = dot.localToScene(dot.getBoundsInLocal());
                            assertTrue(d.getMinX() >= n.getMaxX() && d.getMaxX() <= t.getMinX(), id + ": " + d);
                        }
                        // Below, "at" begins its line: alone there, the title was read as the quote's first words.
                        Label at = (Label) card.lookup(".quote-event-at");
                        assertEquals(below, at.isVisible(), id + " at " + style + ": \"at\"");
                        if (below) {
                            Bounds a = at.localToScene(at.getBoundsInLocal());
                            assertTrue(a.getMaxX() <= t.getMinX() && a.getMinY() >= n.getMaxY() - 1, id + ": " + a);
                        }
                    });
                }
            }
        } finally {
            Fx.interact(() -> list(robot).getScene().getRoot().setStyle(""));
        }
    }

    /** A card with both names both, each with its own count. */
    @Test
    void renderingsAndLinksTogetherAreNamedTogether(FxRobot robot) {
        String[] said = new String[3];
        Fx.interact(() -> {
            ListedQuoteCard card = new ListedQuoteCard(() -> { });
            card.extras(1, 2, false, false, List.of());
            said[0] = ((Hyperlink) card.lookup(".expand")).getText();
            card.extras(0, 1, false, false, List.of());
            said[1] = ((Hyperlink) card.lookup(".expand")).getText();
            card.extras(3, 0, true, false, List.of());
            said[2] = ((Hyperlink) card.lookup(".expand")).getText();
        });
        assertEquals("Show 1 other rendering and 2 links", said[0]);
        assertEquals("Show 1 link with another quote", said[1]);
        assertEquals("Hide 3 other renderings", said[2]);
    }

    /** An open card shown again for another quote is closed, and its link is not marked as visited. */
    @Test
    void anOpenCardFilledForAnotherQuoteIsClosed(FxRobot robot) {
        robot.clickOn("#quotes-all");
        ListCell<?> first = cell(robot, "q1");
        robot.clickOn(first.lookup(".expand"));
        assertEquals(1, texts(cell(robot, "q1"), "variant").size());
        Fx.interact(() -> state.filterProperty().set(QueryFilter.NONE.withSpeakers(Set.of("putin"))));
        ListCell<?> now = cell(robot, "q2");
        assertSame(first, now, "the top row's cell shows the new top quote");
        assertEquals(List.of(), texts(now, "variant"));
        Hyperlink more = (Hyperlink) now.lookup(".expand");
        // Links alone are named so: "renderings and links" over two links read as a promise of renderings.
        assertEquals("Show 2 links with other quotes", more.getText());
        assertFalse(more.isVisited(), "a quote never opened");
    }

    /** A search showing the same quotes marks the cards it matches and dims the rest; an empty one clears both. */
    @Test
    void aSearchMarksTheCardsShownWithoutChangingTheRows(FxRobot robot) {
        cell(robot, "q1");
        List<Quote> rows = list(robot).getItems();
        javafx.scene.text.Font plain = ((Label) cell(robot, "q2").lookup(".paraphrase-text")).getFont();
        Fx.interact(() -> state.search("useful"));
        assertSame(rows, list(robot).getItems(), "the same rows");
        assertTrue(cell(robot, "q2").getStyleClass().contains("match"));
        // Where it matched is marked in its words, which keep their size and slant.
        ListCell<?> matched = cell(robot, "q2");
        List<javafx.scene.text.Text> found = matched.lookupAll(".found").stream()
                .filter(n -> n instanceof javafx.scene.text.Text && shown(n, matched))
                .map(n -> (javafx.scene.text.Text) n).toList();
        assertEquals(List.of("useful"), found.stream().map(javafx.scene.text.Text::getText).toList());
        assertEquals(List.of(), texts(matched, "paraphrase-text"), "the words shown once, marked");
        javafx.scene.text.Text before = (javafx.scene.text.Text) matched.lookup(".run");
        assertEquals("the talks were ", before.getText());
        assertEquals(plain, before.getFont(), "the words keep the label's type");
        assertNotEquals(before.getFill(), found.get(0).getFill(), "the place found stands out");
        // A topic found is outlined among the chips.
        Fx.interact(() -> state.search("summit"));
        Label topic = (Label) cell(robot, "q1").lookup(".chip");
        assertEquals("summit", topic.getText());
        assertTrue(topic.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("found")));
        Fx.interact(() -> state.search("useful"));
        assertFalse(topic.getPseudoClassStates().contains(javafx.css.PseudoClass.getPseudoClass("found")));
        ListCell<?> dimmed = cell(robot, "q1");
        assertTrue(dimmed.getStyleClass().contains("dimmed"));
        // Its link steps back with it, in the citation's muted colour.
        Hyperlink more = (Hyperlink) dimmed.lookup(".expand");
        assertEquals(((Label) dimmed.lookup(".citation")).getTextFill(), more.getTextFill());
        // The citation's date stays on one line in a narrow card ("16 / July 2018" had broken after the day).
        assertEquals("AP, 16\u00a0July\u00a02018,\u00a0\u00b62", ((Label) dimmed.lookup(".citation")).getText());
        Fx.interact(() -> state.search(""));
        assertFalse(cell(robot, "q2").getStyleClass().contains("match"));
        assertEquals(List.of("the talks were useful"), texts(cell(robot, "q2"), "paraphrase-text"), "unmarked again");
        assertFalse(cell(robot, "q1").getStyleClass().contains("dimmed"));
    }

    /**
     * Words found only in another rendering: the closed card's link says so, in the marks' colour, and the open card
     * marks them in that rendering, not in whose rendering it is.
     */
    @Test
    void wordsFoundInAnotherRenderingAloneAreSaidOnTheLinkAndMarkedInIt(FxRobot robot) {
        robot.clickOn("#quotes-all");
        javafx.scene.paint.Paint plainLink = ((Hyperlink) cell(robot, "q1").lookup(".expand")).getTextFill();
        Fx.interact(() -> state.search("really"));
        ListCell<?> matched = cell(robot, "q1");
        assertTrue(matched.getStyleClass().contains("match"));
        Hyperlink more = (Hyperlink) matched.lookup(".expand");
        assertEquals("Show 1 other rendering and 1 link \u00b7 found in a rendering", more.getText());
        javafx.css.PseudoClass found = javafx.css.PseudoClass.getPseudoClass("found");
        assertTrue(more.getPseudoClassStates().contains(found));
        assertNotEquals(plainLink, more.getTextFill(), "in the marks' colour, not a link's");
        robot.clickOn(more);
        ListCell<?> open = cell(robot, "q1");
        List<String> marked = open.lookupAll(".found").stream()
                .filter(n -> n instanceof javafx.scene.text.Text && shown(n, open))
                .map(n -> ((javafx.scene.text.Text) n).getText()).toList();
        assertEquals(List.of("really"), marked);
        Hyperlink hide = (Hyperlink) open.lookup(".expand");
        assertEquals("Hide 1 other rendering and 1 link", hide.getText(), "open, the rendering itself shows where");
        assertFalse(hide.getPseudoClassStates().contains(found));
        // A word of whose rendering it is ("… renders it: “It went …”") is not searched, and is not marked.
        Fx.interact(() -> state.search("it"));
        Node rendering = cell(robot, "q1").lookup(".variant");
        assertTrue(rendering.getStyleClass().contains("marked-words"), rendering.getStyleClass().toString());
        assertEquals(List.of("It"), rendering.lookupAll(".found").stream()
                .map(n -> ((javafx.scene.text.Text) n).getText()).toList());
        Fx.interact(() -> state.search(""));
        assertFalse(((Hyperlink) cell(robot, "q1").lookup(".expand")).getPseudoClassStates().contains(found));
        // Found in its own words too ("went"), the closed card marks them there, and its link says nothing more.
        robot.clickOn(cell(robot, "q1").lookup(".expand"));
        Fx.interact(() -> state.search("went"));
        Hyperlink closed = (Hyperlink) cell(robot, "q1").lookup(".expand");
        assertEquals("Show 1 other rendering and 1 link", closed.getText());
        assertFalse(closed.getPseudoClassStates().contains(found));
    }

    /** The same file read again has equal quotes of another timeline: the cells take the new timeline's own. */
    @Test
    void aTimelineReadAgainIsShownWithItsOwnQuotes(FxRobot robot) throws URISyntaxException {
        cell(robot, "q1");
        Timeline again = new TimelineLoader().load(Path.of(getClass().getResource("/ui/quotes-and-details.json")
                .toURI())).timeline();
        Fx.interact(() -> state.queryProperty().set(new TimelineQuery(again)));
        for (String id : List.of("q1", "q2", "q3", "q4")) {
            assertSame(again.quote(id).orElseThrow(), cell(robot, id).getItem(), id);
        }
    }
}
