package org.summittimeline.ui.timeline.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.summittimeline.format.SyntheticTimeline;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.model.Timeline;
import org.summittimeline.query.TimeIndex;

// A class-level timeout covers the tests but not @BeforeAll, which writes and loads 20,000 events: it has its own.
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@Tag("toolkit-free")
class ClusterBinsTest {
    private static TimeIndex index;
    private static int[][] lanesByEvent;

    @BeforeAll
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    static void load() throws IOException {
        StringWriter json = new StringWriter();
        new SyntheticTimeline(20_000, 11, true).write(json);
        Timeline t = new TimelineLoader().load(new ByteArrayInputStream(json.toString()
                .getBytes(StandardCharsets.UTF_8)), "bursty.json").timeline();
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
