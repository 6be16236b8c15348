package org.summittimeline.ui.timeline.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.summittimeline.format.SyntheticTimeline;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.model.Timeline;
import org.summittimeline.query.TimelineQuery;

/**
 * The lanes the window counts from the query's prepared category numbers are those counted from the events
 * themselves, and an event's lanes are one shared array per lane, not an array of its own (a million events
 * arrive with a large file, and the lanes are counted on the UI thread).
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@Tag("toolkit-free")
class LanesTest {
    @Test
    void lanesFromTheQueryAreLanesFromTheEventsAndShareOneArrayPerLane() throws Exception {
        StringWriter json = new StringWriter();
        new SyntheticTimeline(20_000, 3, false).write(json);
        Timeline t = new TimelineLoader().load(new ByteArrayInputStream(json.toString().getBytes(StandardCharsets.UTF_8)),
                "lanes.json").timeline();
        TimelineQuery q = new TimelineQuery(t, work -> { });
        String first = t.events().get(0).categoryId();
        IntPredicate notTheFirstCategory = i -> !t.events().get(i).categoryId().equals(first);
        for (IntPredicate shown : new IntPredicate[] {null, i -> true, notTheFirstCategory}) {
            for (LaneMode mode : LaneMode.values()) {
                Lanes fromEvents = Lanes.of(t, mode, shown);
                Lanes fromQuery = Lanes.of(q, mode, shown);
                assertEquals(fromEvents.all(), fromQuery.all(), mode.toString());
                for (int i = 0; i < t.events().size(); i++) {
                    assertArrayEquals(fromEvents.of(i), fromQuery.of(i), mode + ", event " + i);
                }
                if (mode == LaneMode.CATEGORY) {
                    // Each event stands in its category's lane, and in none when that category has no lane.
                    List<String> laneIds = fromQuery.all().stream().map(Lanes.Lane::id).toList();
                    for (int i = 0; i < t.events().size(); i++) {
                        int lane = laneIds.indexOf(t.events().get(i).categoryId());
                        assertArrayEquals(lane < 0 ? new int[0] : new int[] {lane}, fromQuery.of(i), "event " + i);
                    }
                }
                Set<int[]> arrays = Collections.newSetFromMap(new IdentityHashMap<>());
                for (int i = 0; i < t.events().size(); i++) {
                    arrays.add(fromQuery.of(i));
                }
                long kinds = mode == LaneMode.CATEGORY ? fromQuery.size() + 1
                        : t.events().stream().map(e -> e.actorIds()).distinct().count();
                assertTrue(arrays.size() <= kinds, mode + ": " + arrays.size() + " arrays for " + t.events().size()
                        + " events");
            }
        }
        assertEquals(Lanes.of(t, LaneMode.CATEGORY, notTheFirstCategory).size() + 1,
                Lanes.of(t, LaneMode.CATEGORY, null).size(), "a filtered-out category leaves no lane");
    }

    @Test
    void aLaneKeepsItsColourWhenAFilterLeavesOtherLanesOut() throws Exception {
        StringWriter json = new StringWriter();
        new SyntheticTimeline(2_000, 3, false).write(json);
        Timeline t = new TimelineLoader().load(new ByteArrayInputStream(json.toString().getBytes(StandardCharsets.UTF_8)),
                "colours.json").timeline();
        for (LaneMode mode : LaneMode.values()) {
            Lanes every = Lanes.of(t, mode, i -> true);
            for (int l = 1; l < every.size(); l++) {
                String id = every.get(l).id();
                // Only the events of this lane: by category its one lane is left, by actor its actor's among others.
                IntPredicate onlyThis = mode == LaneMode.CATEGORY ? i -> t.events().get(i).categoryId().equals(id)
                        : i -> t.events().get(i).actorIds().contains(id);
                Lanes filtered = Lanes.of(t, mode, onlyThis);
                int at = filtered.all().stream().map(Lanes.Lane::id).toList().indexOf(id);
                assertTrue(at >= 0, mode + " " + id);
                if (mode == LaneMode.CATEGORY) {
                    assertEquals(0, at, id + " alone is left, first");
                }
                assertEquals(every.colourOf(l), filtered.colourOf(at), mode + ", lane " + id);
            }
            assertEquals(every.all().stream().map(x -> every.colourOf(every.all().indexOf(x))).distinct().count(),
                    Math.min(every.size(), Lanes.PALETTE.size()), mode + ": lanes in the palette's colours in turn");
        }
    }
}
