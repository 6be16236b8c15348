package org.summittimeline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.summittimeline.BundledTimeline;
import org.summittimeline.model.Event;
import org.summittimeline.model.QuoteKind;
import org.summittimeline.model.Timeline;
import org.summittimeline.query.QueryFilter;
import org.summittimeline.query.TimelineQuery;

/** The view-model on its own: no toolkit, no window. */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@Tag("toolkit-free")
class AppStateTest {
    private static Timeline helsinki;
    private AppState state;

    @BeforeAll
    static void readTheBundledTimeline() {
        helsinki = BundledTimeline.helsinki();
    }

    @BeforeEach
    void open() {
        state = new AppState();
        state.queryProperty().set(new TimelineQuery(helsinki, Runnable::run));
    }

    private String selected() {
        Event e = state.selectedEvent();
        return e == null ? null : e.id();
    }

    private void select(String id) {
        state.selectedEventProperty().set(helsinki.event(id).orElseThrow());
    }

    /**
     * A search typed while a window still holds the word indexes back builds them then, on the thread that waits for
     * them: with the work done on the calling thread, the UI thread had waited for indexes it was itself yet to start
     * building (a window test hung there for good). The held build, run later, builds nothing twice.
     */
    @Test
    void aSearchBeforeTheIndexesAreBegunBuildsThemRatherThanWaitingForThem() {
        Runnable[] held = new Runnable[1];
        AppState waiting = new AppState(BackgroundWork.sameThread());
        TimelineQuery query = new TimelineQuery(helsinki, work -> held[0] = work);
        waiting.queryProperty().set(query);
        assertFalse(query.searchReady(), "held back");
        waiting.search("Putin");
        assertEquals(org.summittimeline.query.QueryResult.Search.DONE, waiting.result().search());
        assertTrue(waiting.result().eventMatches(query.positionOf("putin-lands")), "the search answered");
        org.summittimeline.query.QueryResult answered = waiting.result();
        held[0].run();
        assertTrue(query.searchReady());
        assertTrue(answered == waiting.result(), "nothing built or searched again");
    }

    @Test
    void openingATimelineShowsItInItsOwnZoneWithNothingSelected() {
        assertEquals(ZoneId.of("Europe/Helsinki"), state.zoneProperty().get());
        assertNull(state.selectedEvent());
        assertEquals(12, state.result().shownEventCount());
    }

    @Test
    void selectingAQuoteSelectsItsEvent() {
        state.selectedQuoteProperty().set(helsinki.quote("putin-denial").orElseThrow());
        assertEquals("press-conference", selected());
    }

    @Test
    void selectingAnotherEventDropsTheQuoteOfTheOldOne() {
        state.selectedQuoteProperty().set(helsinki.quote("putin-denial").orElseThrow());
        select("one-on-one");
        assertNull(state.selectedQuoteProperty().get());
    }

    @Test
    void stepsGoInTimeOrderOverShownEventsOnly() {
        select("one-on-one");
        step(1);
        assertEquals("expanded-talks", selected());
        state.filterProperty().set(QueryFilter.NONE.withCategories(Set.of("talks", "press")));
        step(1);
        assertEquals("press-conference", selected(), "the hidden protester event is skipped");
        step(1);
        assertEquals("press-conference", selected(), "the last shown event stays selected");
        assertEquals("one-on-one", state.query().steps().from(null, state.result(), 1).id(), "from none, the first shown");
        assertEquals("press-conference", state.query().steps().from(null, state.result(), -1).id(), "or the last");
    }

    private void step(int step) {
        var next = state.query().steps().from(state.selectedEvent(), state.result(), step);
        if (next != null) {
            state.selectedEventProperty().set(next);
        }
    }

    @Test
    void aFilterThatHidesTheSelectionClearsIt() {
        select("putin-lands");
        state.filterProperty().set(QueryFilter.NONE.withCategories(Set.of("talks")));
        assertNull(state.selectedEvent());
    }

    @Test
    void aKindNarrowsQuotesAndEventsASpeakerOnlyTheQuotes() {
        state.filterProperty().set(QueryFilter.NONE.withSpeakers(Set.of("trump")).withKinds(Set.of(QuoteKind.DIRECT)));
        var shown = state.result().shownQuotes();
        assertFalse(shown.isEmpty());
        assertTrue(shown.stream().allMatch(q -> q.speakerId().equals("trump") && q.kind() == QuoteKind.DIRECT));
        // The events with a direct quote by anyone: the speaker narrows only the quotes, as when chosen alone.
        long direct = state.query().timeline().events().stream().filter(e -> state.query().timeline().quotes().stream()
                .anyMatch(q -> q.eventId().equals(e.id()) && q.kind() == QuoteKind.DIRECT)).count();
        assertEquals(3, direct, "the bundled file's events with a direct quote");
        assertEquals(direct, state.result().shownEventCount());
        state.clearFilters();
        assertEquals(29, state.result().shownQuoteCount());
    }

    @Test
    void searchStepsThroughMatchesAndWraps() {
        state.search("Presidential Palace");
        var matches = state.result().matchingEventPositions();
        assertTrue(matches.size() >= 2, matches.toString());
        AppState.MatchStep first = state.selectMatch(1);
        assertEquals(1, first.number(), "the number of the match stepped to, from 1");
        assertFalse(first.wrapped(), "the first step from no selection goes round nothing");
        assertEquals(matches.size(), first.of());
        assertEquals(matches.get(0), state.query().positionOf(selected()));
        assertEquals(first.event().id(), selected());
        assertEquals(2, state.selectMatch(1).number());
        assertEquals(matches.get(1), state.query().positionOf(selected()));
        assertFalse(state.selectMatch(-1).wrapped());
        AppState.MatchStep round = state.selectMatch(-1);
        assertEquals(matches.size(), round.number());
        assertTrue(round.wrapped(), "back from the first to the last");
        assertEquals(matches.get(matches.size() - 1), state.query().positionOf(selected()), "wraps round");
        assertTrue(state.selectMatch(1).wrapped(), "on from the last to the first");
        assertEquals(matches.get(0), state.query().positionOf(selected()));
        // From an event that does not match, the next match after it, numbered among the matches.
        int outside = java.util.stream.IntStream.range(0, state.query().timeline().events().size())
                .filter(p -> !matches.contains(p)).findFirst().orElseThrow();
        int next = matches.stream().filter(p -> p > outside).findFirst().orElse(matches.get(0));
        state.selectedEventProperty().set(state.query().timeline().events().get(outside));
        assertEquals(matches.indexOf(next) + 1, state.selectMatch(1).number());
        assertEquals(next, state.query().positionOf(selected()));
        state.search("no such words anywhere");
        assertNull(state.selectMatch(1), "nothing to step to");
    }

    @Test
    void clearingFiltersKeepsTheSearch() {
        state.search("nonsense");
        state.filterProperty().set(state.filterProperty().get().withSpeakers(Set.of("putin")));
        state.clearFilters();
        assertEquals("nonsense", state.filterProperty().get().search());
        assertTrue(state.filterProperty().get().isEmpty());
    }
}
