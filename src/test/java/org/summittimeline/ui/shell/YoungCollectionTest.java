package org.summittimeline.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.GarbageCollectorMXBean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.summittimeline.format.GeneratedTimelines;
import org.summittimeline.format.LoadResult;
import org.summittimeline.query.YoungCollection;
import org.summittimeline.ui.quotes.QuotePanel;
import org.summittimeline.ui.timeline.layout.LaneMode;

/**
 * The young collection a large file's opening runs before the window is given it: it does run one, and opening
 * asks for it from the size at which the first frame is drawn alone, not for a small file.
 */
class YoungCollectionTest {
    @Test
    @Timeout(60)
    void aYoungCollectionHasRunWhenItReturns() {
        GarbageCollectorMXBean young = YoungCollection.collector();
        // The build's JVMs use G1 (Serial on a small machine): both have a young generation. ZGC would not.
        assumeTrue(young != null, "the JVM's collector has no young generation");
        for (int i = 0; i < 3; i++) {
            long before = young.getCollectionCount();
            int runBefore = YoungCollection.run();
            assertTrue(YoungCollection.now(), "a collection within a young generation's worth of filler");
            assertTrue(young.getCollectionCount() > before, "the young collector ran");
            assertEquals(runBefore + 1, YoungCollection.run());
        }
    }

    @Test
    @Timeout(120)
    void openingALargeFileRunsOneAndASmallOneNone() {
        assumeTrue(YoungCollection.collector() != null, "the JVM's collector has no young generation");
        LoadResult large = GeneratedTimelines.loaded(QuotePanel.WAITS_FOR_FIRST_FRAME_FROM, 3);
        LoadResult small = GeneratedTimelines.loaded(QuotePanel.WAITS_FOR_FIRST_FRAME_FROM - 1, 3);

        int before = YoungCollection.run();
        assertNotNull(OpenedTimeline.of(small, LaneMode.CATEGORY).query());
        assertEquals(before, YoungCollection.run(), "a smaller file is shown without one");
        assertNotNull(OpenedTimeline.of(large, LaneMode.CATEGORY).query());
        assertEquals(before + 1, YoungCollection.run(), "a file whose first frame is drawn alone gets one");
    }
}
