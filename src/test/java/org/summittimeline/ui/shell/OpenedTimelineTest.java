package org.summittimeline.ui.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.summittimeline.format.GeneratedTimelines;
import org.summittimeline.ui.quotes.QuotePanel;

/** Which files' reads end with a young collection ahead of the window (the collection: YoungCollectionTest). */
@Tag("toolkit-free")
class OpenedTimelineTest {
    @Test
    @Timeout(120)
    void aFileWhoseFirstFrameIsDrawnAloneIsCollectedAheadASmallerOneIsNot() {
        int alone = QuotePanel.WAITS_FOR_FIRST_FRAME_FROM;
        assertTrue(OpenedTimeline.collectsAhead(GeneratedTimelines.loaded(alone, 3).timeline()), alone + " events");
        assertFalse(OpenedTimeline.collectsAhead(GeneratedTimelines.loaded(alone - 1, 3).timeline()),
                (alone - 1) + " events: little for the collection to copy, and a pause of its own");
    }
}
