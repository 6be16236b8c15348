package org.summittimeline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * An event gives back the times it was made with, whether it keeps them as bounds or, for plain instants, as
 * numbers; and its seconds agree with those bounds.
 */
@Tag("toolkit-free")
class EventTimesTest {
    private static final Citation CITED = new Citation("s1", new Locator(Locator.Kind.PARAGRAPH, "3"));

    private static Event event(TimeBound start, TimeBound end) {
        return new Event("e", "Talks", "talks", List.of("a1"), "Helsinki", "Our words", start, end, List.of(CITED));
    }

    /** Times of every kind an event can be given: plain, with a fraction, a range, a phrase, an anchor, sources. */
    private static List<TimeBound> times() {
        List<TimeBound> times = new ArrayList<>();
        Random random = new Random(5);
        List<Instant> instants = new ArrayList<>(List.of(Instant.EPOCH, Instant.MIN, Instant.MAX,
                Instant.ofEpochSecond(-1), Instant.parse("2018-07-16T13:39:00Z"), Instant.parse("-9999-01-01T00:00:00Z")));
        for (int i = 0; i < 200; i++) {
            instants.add(Instant.ofEpochSecond(random.nextLong() % 300_000_000_000L));
        }
        for (Instant at : instants) {
            for (Precision p : Precision.values()) {
                times.add(TimeBound.exact(at, p));
            }
        }
        Instant at = Instant.parse("2018-07-16T13:39:00Z");
        times.add(TimeBound.exact(at.plusNanos(500_000_000), Precision.SECOND));
        times.add(new TimeBound(at, at.plusSeconds(600), Precision.MINUTE, null, null, List.of(), List.of()));
        times.add(new TimeBound(at, at, Precision.MINUTE, "about then", null, List.of(), List.of()));
        times.add(new TimeBound(at, at, Precision.MINUTE, null,
                new Anchor("e0", Anchor.Point.START, Duration.ofMinutes(-15), Duration.ofMinutes(-1)), List.of(),
                List.of()));
        times.add(new TimeBound(at, at, Precision.MINUTE, null, null,
                List.of(new TimeAccount(at, at, "at noon", List.of(CITED))), List.of()));
        times.add(new TimeBound(at, at, Precision.MINUTE, null, null, List.of(), List.of(CITED)));
        return times;
    }

    @Test
    void aMomentGivesBackItsStartAndNoEnd() {
        for (TimeBound start : times()) {
            Event e = event(start, null);
            assertEquals(start, e.start());
            assertNull(e.end());
            assertFalse(e.isRange());
            assertEquals(start.isExact(), e.startIsExact(), start::toString);
            assertEquals(start.earliest().getEpochSecond(), e.startEarliestSecond(), start::toString);
            assertEquals(start.latest().getEpochSecond(), e.startLatestSecond(), start::toString);
            assertEquals(start.earliest().getEpochSecond(), e.lastEarliestSecond(), start::toString);
            assertEquals(start.latest().getEpochSecond(), e.lastLatestSecond(), start::toString);
        }
    }

    @Test
    void aSpanGivesBackBothOfItsTimes() {
        List<TimeBound> times = times();
        for (int i = 0; i < times.size(); i++) {
            TimeBound start = times.get(i);
            TimeBound end = times.get((i * 7 + 3) % times.size());
            Event e = event(start, end);
            assertEquals(start, e.start());
            assertEquals(end, e.end());
            assertTrue(e.isRange());
            assertEquals(end.earliest().getEpochSecond(), e.lastEarliestSecond(), end::toString);
            assertEquals(end.latest().getEpochSecond(), e.lastLatestSecond(), end::toString);
        }
    }

    @Test
    void eventsAreEqualExactlyWhenTheirPartsAre() {
        Instant at = Instant.parse("2018-07-16T13:39:00Z");
        TimeBound minute = TimeBound.exact(at, Precision.MINUTE);
        assertEquals(event(minute, null), event(TimeBound.exact(at, Precision.MINUTE), null));
        assertEquals(event(minute, null).hashCode(), event(TimeBound.exact(at, Precision.MINUTE), null).hashCode());
        assertNotEquals(event(minute, null), event(TimeBound.exact(at, Precision.SECOND), null));
        assertNotEquals(event(minute, null), event(minute, minute));
        assertNotEquals(event(minute, null), event(TimeBound.exact(at.plusSeconds(1), Precision.MINUTE), null));
        assertNotEquals(event(minute, null),
                event(new TimeBound(at, at, Precision.MINUTE, "at noon", null, List.of(), List.of()), null));
    }
}
