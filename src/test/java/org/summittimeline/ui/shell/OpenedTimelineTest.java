package org.summittimeline.ui.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.summittimeline.format.GeneratedTimelines;
import org.summittimeline.model.Timeline;
import org.summittimeline.ui.quotes.QuotePanel;
import org.summittimeline.ui.timeline.layout.LaneMode;

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

    @Test
    @Timeout(120)
    void eventsShownFirstHaveTheirLanesMadeAheadAsAWholeFileDoes() {
        // Made on the UI thread in the first frame instead, the lanes and counts of a million events were 30-40 ms
        // of that pulse.
        Timeline events = GeneratedTimelines.loaded(2_000, 3).timeline();
        for (LaneMode mode : LaneMode.values()) {
            OpenedTimeline first = OpenedTimeline.eventsFirst(Path.of("big.json"), events, mode);
            assertTrue(first.query().areQuotesStillReading());
            assertNotNull(first.layout(), mode.name());
            assertTrue(first.layout().fits(first.query(), mode), mode.name());
        }
        assertNull(OpenedTimeline.eventsFirst(null, events, null).layout(), "no lane mode asked, none made");
    }
}
