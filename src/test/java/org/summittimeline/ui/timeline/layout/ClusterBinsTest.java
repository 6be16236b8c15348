package org.summittimeline.ui.timeline.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntPredicate;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.summittimeline.format.SyntheticTimeline;
import org.summittimeline.format.TimelineLoader;
import java.time.Instant;
import java.time.ZoneOffset;
import org.summittimeline.model.Event;
import org.summittimeline.model.Precision;
import org.summittimeline.model.TimeBound;
import org.summittimeline.model.Timeline;
import org.summittimeline.query.TimeIndex;

// A class-level timeout covers the tests but not @BeforeAll, which writes and loads 20,000 events: it has its own.
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@Tag("toolkit-free")
class ClusterBinsTest {
    private static TimeIndex index;
    private static int[][] lanesByEvent;
    private static Timeline timeline;

    @BeforeAll
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    static void load() throws IOException {
        StringWriter json = new StringWriter();
        new SyntheticTimeline(20_000, 11, true).write(json);
        Timeline t = new TimelineLoader().load(new ByteArrayInputStream(json.toString()
                .getBytes(StandardCharsets.UTF_8)), "bursty.json").timeline();
        timeline = t;
        index = new TimeIndex(t);
        Random random = new Random(5);
        lanesByEvent = new int[index.size()][];
        for (int i = 0; i < lanesByEvent.length; i++) {
            lanesByEvent[i] = random.nextInt(3) == 0 ? new int[] {random.nextInt(4), 4} : new int[] {random.nextInt(4)};
        }
    }

    @Test
    void summedBucketsCountExactlyWhatVisitingEveryEventCounts() {
        ClusterBins bins = new ClusterBins(index, i -> lanesByEvent[i], 5, i -> i % 7 != 0);
        Random random = new Random(9);
        double first = index.first();
        double span = index.last() - first;
        int compared = 0;
        for (int trial = 0; trial < 200; trial++) {
            double width = span * Math.pow(10, -random.nextDouble() * 2);
            double start = first - span * 0.05 + random.nextDouble() * (span * 1.1 - width);
            int columns = 40 + random.nextInt(80);
            double columnSeconds = width / columns;
            if (!bins.worthwhileFor(columnSeconds)) {
                continue;
            }
            compared++;
            ClusterBins.Cells summed = bins.fill(start, start + width, columnSeconds, columns);
            ClusterBins.Cells visited = bins.fillByVisiting(start, start + width, columnSeconds, columns);
            for (int lane = 0; lane < 5; lane++) {
                String where = "trial " + trial + ", lane " + lane;
                assertArrayEquals(visited.count[lane], summed.count[lane], where);
                assertArrayEquals(visited.firstEvent[lane], summed.firstEvent[lane], where);
            }
        }
        assertTrue(compared > 50, "windows wide enough to sum buckets: " + compared);
    }

    @Test
    void eachEventStandsInTheBucketOfItsStart() {
        // A start every second or so, some seconds shared: a third of the events on a bucket's first second.
        List<Event> events = new ArrayList<>();
        Instant from = Instant.parse("2018-07-16T00:00:00Z");
        Random random = new Random(3);
        for (int i = 0; i < 49_000; i++) {
            Instant at = from.plusSeconds(i - random.nextInt(2));
            events.add(new Event("e" + i, "e", null, List.of(), null, null,
                    TimeBound.exact(at, Precision.SECOND), null, List.of()));
        }
        TimeIndex seconds = new TimeIndex(new Timeline(1, "t", null, ZoneOffset.UTC, null, List.of(),
                List.of(), List.of(), events, List.of()));
        for (TimeIndex each : new TimeIndex[] {seconds, index}) {
            ClusterBins bins = new ClusterBins(each, i -> new int[] {0}, 1, null);
            assertEquals(each.size(), bins.firstIn(ClusterBins.BUCKETS));
            for (int i = 0; i < each.size(); i++) {
                int b = bins.bucketOf(each.startEarliest(i));
                assertTrue(bins.firstIn(b) <= i && i < bins.firstIn(b + 1), "event " + i + " in bucket " + b);
            }
        }
    }

    @Test
    void byCategoryTheLanesReadFromArraysCountAsTheLanesAsked() {
        String left = timeline.categories().get(0).id();
        // The first category filtered out of the lanes: its events stand in none, and are counted in none.
        Lanes lanes = Lanes.of(timeline, LaneMode.CATEGORY, i -> !left.equals(index.event(i).categoryId()));
        IntPredicate shown = i -> i % 3 != 0;
        ClusterBins read = new ClusterBins(index, lanes, shown);
        ClusterBins asked = new ClusterBins(index, lanes::of, lanes.size(), shown);
        Random random = new Random(17);
        double first = index.first();
        double span = index.last() - first + 1;
        long counted = 0;
        for (int trial = 0; trial < 100; trial++) {
            double width = trial == 0 ? span : span * Math.pow(10, -random.nextDouble() * 2);
            double start = trial == 0 ? first : first + random.nextDouble() * (span - width);
            int columns = 40 + random.nextInt(80);
            ClusterBins.Cells fromArrays = read.fill(start, start + width, width / columns, columns);
            ClusterBins.Cells fromLanes = asked.fill(start, start + width, width / columns, columns);
            for (int lane = 0; lane < lanes.size(); lane++) {
                assertArrayEquals(fromLanes.count[lane], fromArrays.count[lane], "trial " + trial + ", lane " + lane);
                assertArrayEquals(fromLanes.firstEvent[lane], fromArrays.firstEvent[lane], "trial " + trial);
                for (int c : fromArrays.count[lane]) {
                    counted += c;
                }
            }
        }
        assertTrue(counted > 0);
        assertTrue(lanes.size() < timeline.categories().size(), "a category without a lane");
    }

    @Test
    void aClustersLatestEndIsThatOfItsLastingEvent() {
        ClusterBins bins = new ClusterBins(index, i -> lanesByEvent[i], 5, null);
        long from = index.startEarliest(100);
        long to = index.startEarliest(400);
        long expected = from;
        for (int i = 0; i < index.size(); i++) {
            if (index.startEarliest(i) >= from && index.startEarliest(i) <= to && lanesByEvent[i][0] == lanesByEvent[100][0]) {
                expected = Math.max(expected, index.endLatest(i));
            }
        }
        assertEquals(expected, bins.lastEnd(lanesByEvent[100][0], from, to));
    }

    @Test
    void theWholeSpanCountsEveryShownEventOncePerLane() {
        ClusterBins bins = new ClusterBins(index, i -> lanesByEvent[i], 5, null);
        double first = index.first();
        double span = index.last() - first + 1;
        ClusterBins.Cells cells = bins.fill(first, first + span, span / 70, 70);
        long counted = 0;
        for (int[] lane : cells.count) {
            for (int c : lane) {
                counted += c;
            }
        }
        long expected = 0;
        for (int[] lanes : lanesByEvent) {
            expected += lanes.length;
        }
        assertEquals(expected, counted);
    }
}
