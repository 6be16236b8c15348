package org.summittimeline.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.summittimeline.format.SyntheticTimeline;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.model.Timeline;
import org.summittimeline.query.QueryResult;
import org.summittimeline.query.TimeIndex;

/** The overview's counts per column, found by searching the ordered starts, are those of visiting every event. */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@Tag("toolkit-free")
class OverviewCountTest {

    @Test
    void countsBySearchingTheStartsAreCountsByVisitingEveryEvent() throws Exception {
        Random random = new Random(17);
        for (boolean bursty : new boolean[] {false, true}) {
            StringWriter json = new StringWriter();
            new SyntheticTimeline(5_000, bursty ? 9 : 4, bursty).write(json);
            Timeline t = new TimelineLoader().load(new ByteArrayInputStream(
                    json.toString().getBytes(StandardCharsets.UTF_8)), "overview.json").timeline();
            TimeIndex index = new TimeIndex(t);
            QueryResult all = QueryResult.all(t);
            double span = index.last() - index.first();
            for (int k = 0; k < 200; k++) {
                // Windows that start before, on and after the first event, and end before or after the last.
                double origin = index.first() + span * (random.nextDouble() * 0.6 - 0.3);
                int columns = 1 + random.nextInt(2_000);
                double scale = columns / (span * (0.2 + random.nextDouble() * 1.5));
                int[] visited = OverviewStrip.countByVisiting(index, null, origin, scale, columns);
                String where = (bursty ? "bursty, " : "") + "window " + k;
                assertArrayEquals(visited, OverviewStrip.count(index, null, origin, scale, columns), where);
                assertArrayEquals(visited, OverviewStrip.count(index, all, origin, scale, columns), where);
            }
            // At the strip's own window every event is in some column.
            double origin = index.first() - span * 0.02;
            int[] counts = OverviewStrip.count(index, all, origin, 1_500 / (span * 1.04), 1_500);
            assertTrue(Arrays.stream(counts).sum() == t.events().size());
        }
    }
}
