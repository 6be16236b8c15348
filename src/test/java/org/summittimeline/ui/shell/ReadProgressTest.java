package org.summittimeline.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.summittimeline.model.Timeline;

/**
 * Which files are opened events first, and the hand-over of those events between the reading thread and the
 * window: kept for a window that listens late (the launcher reads before the window exists), and let go once the
 * read has ended or was cancelled.
 */
@Tag("toolkit-free")
class ReadProgressTest {
    private static final long MB = 1024 * 1024;
    private static final Timeline EVENTS = new Timeline(1, "t", null, ZoneOffset.UTC, null, List.of(), List.of(),
            List.of(), List.of(), List.of());

    @Test
    void onlyFilesLargeEnoughToWaitForAndSmallEnoughBesideTheHeapAreOpenedEventsFirst() {
        assertFalse(ReadProgress.worthEventsFirst(0, 1024 * MB), "the bundled copy, size unknown");
        assertFalse(ReadProgress.worthEventsFirst(ReadProgress.EVENTS_FIRST_FROM - 1, 1024 * MB));
        assertTrue(ReadProgress.worthEventsFirst(ReadProgress.EVENTS_FIRST_FROM, 1024 * MB));
        assertTrue(ReadProgress.worthEventsFirst(68 * MB, 1024 * MB), "100,000 events under -Xmx1g");
        assertFalse(ReadProgress.worthEventsFirst(687 * MB, 1024 * MB), "a million events under -Xmx1g");
        assertTrue(ReadProgress.worthEventsFirst(687 * MB, 6 * 1024 * MB), "the same with 6 GB");
    }

    @Test
    void eventsToldBeforeAnyoneListensReachTheListenerOnce() {
        ReadProgress progress = new ReadProgress(100);
        progress.eventsRead(EVENTS);
        List<Timeline> shown = new ArrayList<>();
        progress.onEventsRead(shown::add);
        assertEquals(1, shown.size());
        assertSame(EVENTS, shown.get(0));
        progress.onEventsRead(shown::add);
        assertEquals(1, shown.size(), "handed over once, not kept");
    }

    @Test
    void nothingIsToldOrKeptOnceTheReadHasEndedOrWasCancelled() {
        ReadProgress ended = new ReadProgress(100);
        List<Timeline> shown = new ArrayList<>();
        ended.onEventsRead(shown::add);
        ended.endEventsFirst();
        ended.eventsRead(EVENTS);
        assertTrue(shown.isEmpty());

        ReadProgress cancelled = new ReadProgress(100);
        cancelled.eventsRead(EVENTS);
        cancelled.cancel();
        cancelled.onEventsRead(shown::add);
        assertTrue(shown.isEmpty(), "the events kept for a listener went with the cancel");
    }
}
