package org.summittimeline.model;

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
}
