package org.summittimeline.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The events of a timeline stand in {@link Timeline#TIME_ORDER}, however the sort gets there. */
@Tag("toolkit-free")
class TimelineOrderTest {

    private static Event event(String id, Instant earliest, Instant latest) {
        return new Event(id, id, null, List.of(), null, null,
                new TimeBound(earliest, latest, Precision.MINUTE, null, null, List.of(), List.of()), null, List.of());
    }

    private static List<Event> sortedByComparator(List<Event> events) {
        List<Event> copy = new ArrayList<>(events);
        copy.sort(Timeline.TIME_ORDER);
        return copy;
    }

    private static Timeline timeline(List<Event> events) {
        return new Timeline(1, "t", null, ZoneOffset.UTC, null, List.of(), List.of(), List.of(), events, List.of());
    }

    @Test
    void eventsSharingASecondAreOrderedByNanosThenLatestThenId() {
        Random random = new Random(11);
        List<Event> events = new ArrayList<>();
        Instant base = Instant.parse("2018-07-16T13:00:00Z");
        for (int i = 0; i < 5_000; i++) {
            // Few distinct seconds, so most events share theirs with others and the tie-breaks decide.
            Instant earliest = base.plusSeconds(random.nextInt(40)).plusNanos(random.nextInt(3) * 1_000_000L);
            Instant latest = earliest.plusSeconds(random.nextInt(3));
            events.add(event("e" + random.nextInt(100_000), earliest, latest));
        }
        assertEquals(sortedByComparator(events), timeline(events).events());
    }

    @Test
    void yearsBeforeTheCommonEraAndFarAheadSortAsTheComparatorDoes() {
        Random random = new Random(5);
        List<Event> events = new ArrayList<>();
        Instant earliestAllowed = Instant.parse("-9999-01-01T00:00:00Z");
        Instant latestAllowed = Instant.parse("9999-12-31T23:59:59Z");
        long span = latestAllowed.getEpochSecond() - earliestAllowed.getEpochSecond();
        for (int i = 0; i < 2_000; i++) {
            Instant at = earliestAllowed.plusSeconds((long) (random.nextDouble() * span));
            events.add(event("e" + i, at, at));
        }
        events.add(event("first", earliestAllowed, earliestAllowed));
        events.add(event("last", latestAllowed, latestAllowed));
        List<Event> sorted = timeline(events).events();
        assertEquals(sortedByComparator(events), sorted);
        assertEquals("first", sorted.get(0).id());
        assertEquals("last", sorted.get(sorted.size() - 1).id());
    }

    @Test
    void timesBeyondTheFileRangeStillSortInTimeOrder() {
        List<Event> events = List.of(
                event("late", Instant.MAX, Instant.MAX),
                event("middle", Instant.parse("2018-07-16T13:00:00Z"), Instant.parse("2018-07-16T13:00:00Z")),
                event("early", Instant.MIN, Instant.MIN));
        assertEquals(List.of("early", "middle", "late"), timeline(events).events().stream().map(Event::id).toList());
    }

    private static Quote quote(String id, String eventId) {
        return new Quote(id, "a", eventId, "words", QuoteKind.DIRECT, List.of(), null, List.of(), List.of(), null);
    }

    private static Timeline timeline(List<Event> events, List<Quote> quotes, int[] quoteEventIndex) {
        return new Timeline(1, "t", null, ZoneOffset.UTC, null, List.of(), List.of(), List.of(), events, quotes,
                List.of(), List.of(), List.of(), quoteEventIndex);
    }

    /** Each quote's event by looking its id up: what {@link Timeline#quoteEventPositions()} must agree with. */
    private static int[] lookedUp(Timeline t) {
        return t.quotes().stream().mapToInt(q -> t.eventPosition(q.eventId())).toArray();
    }

    @Test
    void theQuotesEventsGivenAsPlacesAmongTheEventsAsGivenComeOutAsPositionsInTimeOrder() {
        Random random = new Random(23);
        List<Event> events = new ArrayList<>();
        Instant base = Instant.parse("2018-07-16T13:00:00Z");
        for (int i = 0; i < 3_000; i++) {
            // Many events share a second, so the order within a second (sorted in full) moves them too.
            Instant earliest = base.plusSeconds(random.nextInt(200)).plusNanos(random.nextInt(3) * 1_000_000L);
            events.add(event("e" + i, earliest, earliest.plusSeconds(random.nextInt(3))));
        }
        List<Quote> quotes = new ArrayList<>();
        int[] given = new int[5_000];
        for (int q = 0; q < given.length; q++) {
            int e = random.nextInt(events.size());
            quotes.add(quote("q" + q, "e" + e));
            given[q] = q % 7 == 0 ? -1 : e; // some left to be looked up, as a loader does for quotes read first
        }
        Timeline t = timeline(events, quotes, given);
        assertEquals(sortedByComparator(events), t.events());
        assertArrayEquals(lookedUp(t), t.quoteEventPositions());
    }

    @Test
    void aDayOfEventsGivenByDateAloneIsOneRunSortedInFullAndTheQuotesFollowTheirEvents() {
        Random random = new Random(31);
        Instant day = Instant.parse("2018-07-16T00:00:00Z");
        List<Event> events = new ArrayList<>();
        List<Quote> quotes = new ArrayList<>();
        int[] given = new int[4_001];
        for (int i = 0; i < given.length; i++) {
            // One second for all (an odd count, so the halves differ): only nanos, latest ends and ids order them.
            Instant earliest = day.plusNanos(random.nextInt(2) * 1_000L);
            events.add(event("e" + random.nextInt(1_000_000) + "-" + i, earliest,
                    earliest.plusSeconds(random.nextInt(86_400))));
            quotes.add(quote("q" + i, events.get(i).id()));
            given[i] = i;
        }
        Timeline t = timeline(events, quotes, given);
        assertEquals(sortedByComparator(events), t.events());
        assertArrayEquals(lookedUp(t), t.quoteEventPositions());
    }

    @Test
    void withoutPlacesOrWithPlacesThatCannotBeUsedEveryQuotesEventIsLookedUp() {
        List<Event> events = List.of(
                event("late", Instant.MAX, Instant.MAX), // beyond the numbers' range: sorted by the comparator
                event("early", Instant.parse("2018-07-16T13:00:00Z"), Instant.parse("2018-07-16T13:00:00Z")));
        List<Quote> quotes = List.of(quote("q0", "early"), quote("q1", "late"), quote("q2", "nowhere"));
        int[] expected = {0, 1, -1};
        assertArrayEquals(expected, timeline(events, quotes, null).quoteEventPositions());
        assertArrayEquals(expected, timeline(events, quotes, new int[] {1, 0, -1}).quoteEventPositions());
        assertArrayEquals(expected, timeline(events, quotes, new int[] {1, 0}).quoteEventPositions(), "too short");
        List<Event> inRange = List.of(events.get(1), event("later", Instant.parse("2018-07-16T14:00:00Z"),
                Instant.parse("2018-07-16T14:00:00Z")));
        List<Quote> two = List.of(quote("q0", "later"), quote("q1", "early"));
        assertArrayEquals(new int[] {1, 0}, timeline(inRange, two, new int[] {1, 99}).quoteEventPositions(),
                "a place beyond the events is looked up");
    }
}
