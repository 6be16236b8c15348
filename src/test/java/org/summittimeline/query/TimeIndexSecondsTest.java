package org.summittimeline.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.summittimeline.model.Event;
import org.summittimeline.model.Precision;
import org.summittimeline.model.TimeBound;
import org.summittimeline.model.Timeline;

/**
 * The time index gives every event's seconds exactly, whether they fit as offsets in an int (a timeline within
 * decades) or one of them does not (a timeline over millennia, where the index turns to longs part way).
 */
@Tag("toolkit-free")
class TimeIndexSecondsTest {

    private static Event event(String id, Instant start, Instant end) {
        TimeBound s = new TimeBound(start, start.plusSeconds(30), Precision.MINUTE, null, null, List.of(), List.of());
        TimeBound e = end == null ? null : TimeBound.exact(end, Precision.MINUTE);
        return new Event(id, id, null, List.of(), null, null, s, e, List.of());
    }

    private static void assertSecondsOfEveryEvent(List<Event> given) {
        Timeline t = new Timeline(1, "t", null, ZoneOffset.UTC, null, List.of(), List.of(), List.of(), given, List.of());
        TimeIndex index = new TimeIndex(t);
        long running = Long.MIN_VALUE;
        for (int i = 0; i < index.size(); i++) {
            Event e = t.events().get(i);
            TimeBound end = e.end() == null ? e.start() : e.end();
            assertEquals(e.start().earliest().getEpochSecond(), index.startEarliest(i));
            assertEquals(e.start().latest().getEpochSecond(), index.startLatest(i));
            assertEquals(end.earliest().getEpochSecond(), index.endEarliest(i));
            long last = Math.max(end.latest().getEpochSecond(), e.start().latest().getEpochSecond());
            assertEquals(last, index.endLatest(i));
            running = Math.max(running, last);
        }
        assertEquals(t.events().get(0).start().earliest().getEpochSecond(), index.first());
        assertEquals(running, index.last());
        long from = index.startEarliest(index.size() / 3);
        long to = index.endLatest(index.size() / 2);
        List<Integer> found = new ArrayList<>();
        index.visit(from, to, found::add);
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < index.size(); i++) {
            if (index.endLatest(i) >= from && index.startEarliest(i) <= to) {
                expected.add(i);
            }
        }
        assertEquals(expected, found);
    }

    @Test
    void withinDecadesAndOverMillenniaEverySecondIsExact() {
        Random random = new Random(8);
        List<Event> decades = new ArrayList<>();
        Instant base = Instant.parse("2018-07-16T13:00:00Z");
        for (int i = 0; i < 2_000; i++) {
            Instant start = base.plusSeconds(random.nextInt(1_000_000_000));
            decades.add(event("d" + i, start, i % 3 == 0 ? start.plusSeconds(random.nextInt(90_000)) : null));
        }
        assertSecondsOfEveryEvent(decades);
        List<Event> millennia = new ArrayList<>(decades);
        // Later than an int's reach from the first start, reached part way through the index.
        millennia.add(event("far", Instant.parse("2500-01-01T00:00:00Z"), null));
        millennia.add(event("ends far", base.plusSeconds(500), Instant.parse("9999-12-31T23:59:59Z")));
        millennia.add(event("early", Instant.parse("-9999-01-01T00:00:00Z"), null));
        assertSecondsOfEveryEvent(millennia);
    }
}
