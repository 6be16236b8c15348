package org.summittimeline.ui.details;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.summittimeline.BundledTimeline;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.model.Source;
import org.summittimeline.model.Timeline;
import org.summittimeline.query.QueryFilter;
import org.summittimeline.query.TimelineQuery;
import org.summittimeline.ui.AppState;
import org.summittimeline.ui.Fx;
import org.summittimeline.ui.Texts;
import org.summittimeline.ui.Theme;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The details of the selected event: how long it lasted, and which source addresses may be opened. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class EventDetailsTest {
    private final AppState state = new AppState();
    private final List<String> opened = new ArrayList<>();
    private Timeline timeline;

    @Start
    void start(Stage stage) throws URISyntaxException {
        Theme.LIGHT.apply();
        timeline = new TimelineLoader().load(Path.of(getClass().getResource("/ui/quotes-and-details.json").toURI()))
                .timeline();
        EventDetails details = new EventDetails(state, opened::add);
        // Within the headless screen (800 px high): a window past its edge logs Monocle's painter overflowing its
        // buffer.
        stage.setScene(new Scene(details, 600, 780));
        stage.show();
        stage.setY(0);
        state.queryProperty().set(new TimelineQuery(timeline));
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    private void select(FxRobot robot, Timeline t, String eventId) {
        Fx.interact(() -> state.selectedEventProperty().set(t.event(eventId).orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private List<String> durations(FxRobot robot) {
        return robot.lookup("#details .details-time").queryAllAs(Label.class).stream().map(Label::getText)
                .filter(t -> t.startsWith("Duration: ")).toList();
    }

    private List<Labeled> sources(FxRobot robot) {
        return robot.lookup("#details .details-source").queryAllAs(Node.class).stream()
                .map(n -> (Labeled) n).toList();
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /**
     * With nothing selected the pane says what each mark means, as the exported picture's legend does: a new user
     * found nothing on screen that told a diamond from a ring. Each entry's words whole, the rings hollow in the
     * page's colour of either theme, and the key gone once an event is selected.
     */
    @Test
    void withNothingSelectedThePaneSaysWhatTheMarksMean(FxRobot robot) {
        Node key = robot.lookup("#details-legend").query();
        List<String> words = key.lookupAll(".details-note").stream().map(n -> ((Label) n).getText()).toList();
        assertEquals(List.of(Texts.get("export.legend.0"), Texts.get("export.legend.1"), Texts.get("export.legend.2"),
                Texts.get("export.legend.3"), Texts.get("details.legend.4")), words);
        Fx.interact(() -> {
            for (Node n : key.lookupAll(".details-note")) {
                Label label = (Label) n;
                assertEquals(label.getText(), ((javafx.scene.text.Text) label.lookup(".text")).getText(), "whole");
            }
        });
        for (Theme theme : Theme.values()) {
            Fx.interact(theme::apply);
            WaitForAsyncUtils.waitForFxEvents();
            Fx.interact(() -> key.getScene().getRoot().applyCss());
            for (Node inside : key.lookupAll(".mark-key-inside")) {
                assertEquals(theme.background(), ((javafx.scene.shape.Shape) inside).getFill(), theme + ": hollow");
            }
            // Rings and ticks in the timeline's colour for the theme: the lane's blue darker on white, lighter on dark.
            Color lane = Color.web("#4e79a7");
            Color ring = theme == Theme.DARK ? lane.brighter() : lane.darker();
            for (Node outline : key.lookupAll(".mark-key-outline")) {
                Color fill = (Color) ((javafx.scene.shape.Shape) outline).getFill();
                assertEquals(ring.getRed(), fill.getRed(), 0.01, theme + ": " + fill);
                assertEquals(ring.getBlue(), fill.getBlue(), 0.01, theme + ": " + fill);
            }
            // The cluster's disc, or the ring round it, stands out from the page as a mark must (3:1): the dark
            // theme's disc alone is 2.4:1 on its page, and a reader hardly saw it.
            javafx.scene.shape.Shape disc = (javafx.scene.shape.Shape) key.lookup(".mark-key-disc");
            Color stroke = disc.getStroke() instanceof Color c ? c : Color.TRANSPARENT;
            double seen = Math.max(org.summittimeline.ui.Contrast.ratio((Color) disc.getFill(), theme.background()),
                    stroke.getOpacity() > 0.9 ? org.summittimeline.ui.Contrast.ratio(stroke, theme.background()) : 1);
            assertTrue(seen >= 3, theme + ": the disc at " + seen);
        }
        Fx.interact(Theme.LIGHT::apply);
        // The samples grow with the type, as the words beside them do.
        Node sample = key.lookupAll(".mark-key-outline").iterator().next().getParent().getParent();
        double small = sample.getBoundsInParent().getHeight();
        Fx.interact(() -> key.setStyle("-fx-font-size: 26px"));
        Fx.interact(() -> key.getScene().getRoot().applyCss());
        Fx.interact(() -> key.getScene().getRoot().layout());
        assertTrue(sample.getBoundsInParent().getHeight() > 1.5 * small,
                "at twice the type: " + sample.getBoundsInParent().getHeight() + " against " + small);
        // In a narrow pane each entry's words wrap beside the grown sample, within the pane, never cut.
        Fx.interact(() -> key.getScene().getWindow().setWidth(360));
        WaitForAsyncUtils.waitForFxEvents();
        Fx.interact(() -> {
            key.getScene().getRoot().layout();
            double right = key.localToScene(key.getLayoutBounds()).getMaxX();
            for (Node n : key.lookupAll(".details-note")) {
                Label label = (Label) n;
                assertTrue(label.localToScene(label.getLayoutBounds()).getMaxX() <= right + 0.5,
                        label.getText() + " ends past the pane's edge " + right);
                assertEquals(label.getText(), ((javafx.scene.text.Text) label.lookup(".text")).getText(), "whole");
            }
        });
        Timeline summit = new TimelineLoader().load(Path.of("data", "helsinki-2018-summit.json")).timeline();
        Fx.interact(() -> state.queryProperty().set(new TimelineQuery(summit)));
        select(robot, summit, "press-conference");
        assertTrue(robot.lookup("#details-legend").tryQuery().isEmpty(), "a selected event takes its place");
    }

    @Test
    void withNothingSelectedThePaneIntroducesTheTimeline(FxRobot robot) {
        assertEquals("Panels", text(robot, "#details-timeline-title"));
        assertEquals("3 events \u00b7 4 quotes \u00b7 3 sources", text(robot, "#details-timeline-holds"));
        assertTrue(robot.lookup("#details-timeline-description").tryQuery().isEmpty(), "this file has no description");
        assertTrue(robot.lookup("#details-hint").tryQuery().isPresent());
        Timeline summit = new TimelineLoader().load(Path.of("data", "helsinki-2018-summit.json")).timeline();
        Fx.interact(() -> state.queryProperty().set(new TimelineQuery(summit)));
        assertEquals(summit.description(), text(robot, "#details-timeline-description"));
        assertEquals(summit.title(), text(robot, "#details-timeline-title"));
        select(robot, summit, "press-conference");
        assertTrue(robot.lookup("#details-timeline-title").tryQuery().isEmpty(), "a selected event takes its place");
        Fx.interact(() -> state.selectedEventProperty().set(null));
        assertEquals(summit.events().size() + " events \u00b7 " + summit.quotes().size() + " quotes \u00b7 "
                + summit.sources().size() + " sources", text(robot, "#details-timeline-holds"));
        assertTrue(robot.lookup("#details-timeline-shown").tryQuery().isEmpty(), "no filter, nothing to say");
        // Under filters the file's counts stand, and what the filters show is said beside them: the counts alone
        // read as what the window showed.
        Fx.interact(() -> state.filterProperty().set(QueryFilter.NONE.withCategories(java.util.Set.of("talks", "press"))));
        int events = state.result().shownEvents().size();
        int quotes = state.result().shownQuotes().size();
        assertTrue(events > 1 && events < summit.events().size() && quotes > 1, "the filter hides events: " + events);
        assertEquals("With the filters: " + events + " events and " + quotes + " quotes shown",
                text(robot, "#details-timeline-shown"));
        // Another filter says it anew in the same line, the pane not built again (a drag of the time slider brings
        // a result at each move).
        Node line = robot.lookup("#details-timeline-shown").query();
        Fx.interact(() -> state.filterProperty().set(QueryFilter.NONE.withCategories(java.util.Set.of("press"))));
        assertEquals("With the filters: 1 event and " + state.result().shownQuotes().size() + " quotes shown",
                text(robot, "#details-timeline-shown"));
        assertTrue(line == robot.lookup("#details-timeline-shown").query(), "the same line");
        Fx.interact(() -> state.filterProperty().set(QueryFilter.NONE));
        assertTrue(robot.lookup("#details-timeline-shown").tryQuery().isEmpty(), "gone with the filter");
    }

    /**
     * A search marks where it found its words in the selected event's title, summary and place, as a quote card marks
     * them. The words around keep the label's own colour, and with the search gone the plain labels stand again.
     */
    @Test
    void theSearchsWordsAreMarkedInTheTitleSummaryAndPlace(FxRobot robot) {
        Timeline summit = BundledTimeline.helsinki();
        Fx.interact(() -> state.queryProperty().set(new TimelineQuery(summit)));
        select(robot, summit, "air-force-one-lands");
        Fx.interact(() -> state.filterProperty().set(QueryFilter.NONE.withSearch("helsinki")));
        assertEquals(List.of("Helsinki"), found(robot, "#details-title"));
        assertEquals(List.of("Helsinki"), found(robot, "#details .details-location"));
        Label summary = robot.lookup("#details .details-summary").queryAs(Label.class);
        // Our summary stands above the times and their accounts, which had pushed it below a 720-line window's fold.
        assertTrue(summary.localToScene(summary.getLayoutBounds()).getMaxY()
                <= robot.lookup("#details-start").query().localToScene(0, 0).getY(), "the summary before the start");
        // A filter's change with the same search keeps the marks.
        Fx.interact(() -> state.filterProperty().set(QueryFilter.NONE.withSearch("helsinki")
                .withSpeakers(java.util.Set.of("trump"))));
        assertEquals(List.of("Helsinki"), found(robot, "#details-title"));

        Fx.interact(() -> state.filterProperty().set(QueryFilter.NONE.withSearch("motorcade")));
        assertEquals(List.of("motorcade"), found(robot, "#details .details-summary"));
        assertTrue(robot.lookup("#details-title").query() instanceof Label, "no motorcade in the title");
        Text around = robot.lookup("#details .details-summary").query().lookupAll(".run").stream()
                .map(Text.class::cast).findFirst().orElseThrow();
        Text place = (Text) robot.lookup("#details .details-summary").query().lookup(".found");
        assertEquals(summary.getTextFill(), around.getFill(), "the words around the place in the summary's colour");
        assertFalse(around.getFill().equals(place.getFill()), "the place stands out");
        // Another event chosen while the search stands: its words marked, the last one's gone.
        Fx.interact(() -> state.filterProperty().set(QueryFilter.NONE.withSearch("palace")));
        select(robot, summit, "putin-at-palace");
        assertEquals(List.of("Palace"), found(robot, "#details-title"));

        Fx.interact(() -> state.filterProperty().set(QueryFilter.NONE));
        assertTrue(robot.lookup("#details .details-summary").query() instanceof Label, "no search, no marks");
        assertTrue(robot.lookup("#details .marked-words").tryQuery().isEmpty());
    }

    private static List<String> found(FxRobot robot, String query) {
        return robot.lookup(query).query().lookupAll(".found").stream().map(n -> ((Text) n).getText()).toList();
    }

    @Test
    void aYearFromTimelineJsReadsAsTheYearAndAnEventWithoutSourcesSaysSo(FxRobot robot) throws URISyntaxException {
        Timeline moon = new TimelineLoader().load(Path.of(getClass().getResource("/timelinejs/moon.json").toURI()))
                .timeline();
        Fx.interact(() -> state.queryProperty().set(new TimelineQuery(moon)));
        select(robot, moon, "backwards");
        assertEquals("At: 1975", robot.lookup("#details-start").queryAs(Label.class).getText());
        List<String> notes = robot.lookup("#details .details-note").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertTrue(notes.contains("uncertain: somewhere in these days; no source gives the day"), notes.toString());
        assertEquals("No source is cited for this event.",
                robot.lookup("#details-no-sources").queryAs(Label.class).getText());
        select(robot, timeline, "talks");
        assertTrue(robot.lookup("#details-no-sources").tryQuery().isEmpty(), "an event with sources lists them");
    }

    @Test
    void aTimeIsAlsoGivenInTheZoneItsSourceTellsTimesIn(FxRobot robot) {
        Timeline summit = new TimelineLoader().load(Path.of("data", "helsinki-2018-summit.json")).timeline();
        Fx.interact(() -> {
            state.queryProperty().set(new TimelineQuery(summit));
            state.zoneProperty().set(java.time.ZoneId.of("Europe/Helsinki"));
        });
        // Trump's correction: the American Presidency Project's record of the White House meeting, in New York's zone.
        select(robot, summit, "would-wouldnt");
        assertTrue(text(robot, "#details-start").contains("EEST"), text(robot, "#details-start"));
        assertEquals("New York time: \u2248 17 Jul 14:00\u201315:02 EDT",
                text(robot, "#details-start-told-in"));
        select(robot, summit, "press-conference");
        assertTrue(robot.lookup("#details-start-told-in").tryQuery().isEmpty(), "the AP tells no zone of its own");
        Fx.interact(() -> state.zoneProperty().set(java.time.ZoneId.of("America/New_York")));
        select(robot, summit, "would-wouldnt");
        assertTrue(robot.lookup("#details-start-told-in").tryQuery().isEmpty(), "shown in that zone already");
    }

    @Test
    void anEventWithExactEndsLastsOneSpan(FxRobot robot) {
        select(robot, timeline, "talks");
        assertEquals(List.of("Duration: 1 h 30 min"), durations(robot));
    }

    @Test
    void anUncertainStartGivesTheShortestAndLongestDuration(FxRobot robot) {
        select(robot, timeline, "presser");
        assertEquals(List.of("Duration: between 50 min and 1 h"), durations(robot));
    }

    /**
     * The press conference ends "46 min" after its disputed start: the duration is that span in both languages,
     * said once (German writes the span "46 Min.", which a comparison of the words took for another duration).
     */
    @Test
    void aSpanAfterTheStartIsTheDurationSaidOnceInBothLanguages() {
        Timeline summit = new TimelineLoader().load(Path.of("data", "helsinki-2018-summit.json")).timeline();
        org.summittimeline.model.Event press = summit.event("press-conference").orElseThrow();
        org.summittimeline.query.CitationText cite = new org.summittimeline.query.CitationText(summit);
        try {
            String english = EventDetails.durationText(press, cite);
            assertTrue(english.startsWith("Duration: \u201c46 min\u201d, per ") && !english.contains("times given"), english);
            org.summittimeline.ui.Texts.use(java.util.Locale.GERMAN);
            String german = EventDetails.durationText(press, cite);
            assertTrue(german.startsWith("Dauer: \u201e46 min\u201c, laut ") && !german.contains("Zeiten"), german);
        } finally {
            org.summittimeline.ui.Texts.use(java.util.Locale.ENGLISH);
        }
    }

    /**
     * A relative time the clock times given with it narrow says what its anchor alone allows and what narrows it:
     * 46 min after a start at 18:05–18:35 would reach 19:21, and the end stops at 19:00 (a new user's walk took that
     * for a wrong sum). A relative time nothing narrows says nothing more.
     */
    @Test
    void aRelativeTimeNarrowedByTheTimesGivenSaysBy(FxRobot robot) {
        Timeline summit = new TimelineLoader().load(Path.of("data", "helsinki-2018-summit.json")).timeline();
        Fx.interact(() -> state.queryProperty().set(new TimelineQuery(summit)));
        select(robot, summit, "press-conference");
        assertTrue(notes(robot).contains("by that count alone: \u2248 16 Jul 18:51\u201319:21 EEST; the clock time "
                + "given with it says no later than 16 Jul 19:00 EEST"), notes(robot).toString());
        select(robot, summit, "protester-removed");
        assertTrue(notes(robot).contains("by that count alone: \u2248 16 Jul 17:50\u201318:34 EEST; the clock time "
                + "given with it says no later than 16 Jul 18:12 EEST"), notes(robot).toString());
        select(robot, summit, "breakfast-niinisto");
        assertTrue(notes(robot).stream().anyMatch(n -> n.startsWith("relative: ")), notes(robot).toString());
        assertFalse(notes(robot).stream().anyMatch(n -> n.startsWith("by that count alone")), notes(robot).toString());
    }

    /**
     * Each way clock times narrow what the count allows (from below, from above, both) is said as it is; a count
     * they leave whole, or one from an event the timeline lacks, says nothing.
     */
    @Test
    void eachNarrowingIsSaidAndNoneWhereNothingNarrows() {
        Timeline summit = new TimelineLoader().load(Path.of("data", "helsinki-2018-summit.json")).timeline();
        org.summittimeline.query.TimeText times = new org.summittimeline.query.TimeText(summit.zone());
        org.summittimeline.model.Anchor after = new org.summittimeline.model.Anchor("press-conference",
                org.summittimeline.model.Anchor.Point.START, java.time.Duration.ZERO, java.time.Duration.ofMinutes(10));
        java.time.Instant from = summit.event("press-conference").orElseThrow().start().earliest();
        java.time.Instant to = summit.event("press-conference").orElseThrow().start().latest().plusSeconds(600);
        java.util.function.BiFunction<java.time.Instant, java.time.Instant, String> said = (a, b) ->
                EventDetails.narrowed(new org.summittimeline.model.TimeBound(a, b,
                        org.summittimeline.model.Precision.MINUTE, null, after, List.of(), List.of()), summit, times);
        assertEquals(null, said.apply(from, to), "nothing narrows it");
        assertTrue(said.apply(from.plusSeconds(300), to).contains("says no earlier than 16 Jul 18:10 EEST"),
                said.apply(from.plusSeconds(300), to));
        assertTrue(said.apply(from, to.minusSeconds(300)).contains("says no later than 16 Jul 18:40 EEST"),
                said.apply(from, to.minusSeconds(300)));
        assertTrue(said.apply(from.plusSeconds(300), to.minusSeconds(300)).endsWith(
                "say between 16 Jul 18:10 EEST and 16 Jul 18:40 EEST"), said.apply(from.plusSeconds(300), to.minusSeconds(300)));
        org.summittimeline.model.Anchor missing = new org.summittimeline.model.Anchor("no-such-event",
                org.summittimeline.model.Anchor.Point.START, java.time.Duration.ZERO, java.time.Duration.ZERO);
        assertEquals(null, EventDetails.narrowed(new org.summittimeline.model.TimeBound(from, to,
                org.summittimeline.model.Precision.MINUTE, null, missing, List.of(), List.of()), summit, times));
    }

    private List<String> notes(FxRobot robot) {
        return robot.lookup("#details .details-note").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    @Test
    void anEventWithoutAnEndHasNoDuration(FxRobot robot) {
        select(robot, timeline, "walk");
        assertEquals(List.of(), durations(robot));
        assertTrue(robot.lookup("#details-start").tryQuery().isPresent());
    }

    @Test
    void onlyWebAddressesBecomeLinksAndOpenOnlyWhenClicked(FxRobot robot) {
        // The loader refuses other schemes, so a timeline built in code carries them to the panel.
        List<Source> sources = timeline.sources().stream().map(s -> s.id().equals("kremlin")
                ? new Source(s.id(), s.publisher(), s.title(), s.date(), "file:///etc/passwd") : s).toList();
        Timeline unsafe = new Timeline(1, timeline.title(), null, timeline.zone(), null, sources, timeline.actors(),
                timeline.categories(), timeline.events(), timeline.quotes());
        Fx.interact(() -> state.queryProperty().set(new TimelineQuery(unsafe)));
        select(robot, unsafe, "talks");
        List<Labeled> shown = sources(robot);
        assertEquals(List.of("AP, 16\u00a0July\u00a02018,\u00a0\u00b61 \u2014 Report", "The Hill \u2014 Live blog",
                "Kremlin \u2014 Transcript"), shown.stream().map(Labeled::getText).toList());
        assertFalse(shown.get(0) instanceof Hyperlink, "no address, no link");
        assertTrue(shown.get(1) instanceof Hyperlink, "https is a link");
        assertFalse(shown.get(2) instanceof Hyperlink, "file: is shown, never opened");
        assertTrue(opened.isEmpty());
        robot.clickOn(shown.get(1));
        assertEquals(List.of("https://thehill.com/live"), opened);
        robot.clickOn(shown.get(2));
        assertEquals(List.of("https://thehill.com/live"), opened);
    }

    @Test
    void theWebCheckAcceptsHttpAndHttpsInAnyCaseAndNothingElse() {
        for (String web : List.of("http://x.org", "https://x.org/a?b", "HTTPS://X.ORG", "Http://x")) {
            assertTrue(EventDetails.isWeb(web), web);
        }
        for (String other : List.of("file:///etc/passwd", "javascript:alert(1)", "ftp://x.org", "mailto:a@b.c",
                "httpx://x", "//x.org", "")) {
            assertFalse(EventDetails.isWeb(other), other);
        }
    }
}
