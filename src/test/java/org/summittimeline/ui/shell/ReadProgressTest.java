package org.summittimeline.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.summittimeline.model.Timeline;

/**
 * Which files are opened events first, and the hand-over of those events between the reading thread and the
 * window: kept for a window that listens late (the launcher reads before the window exists), let go once the
 * read has ended or was cancelled; and the reader's pause until the window has drawn them.
 */
@Tag("toolkit-free")
class ReadProgressTest {
    private static final long MB = 1024 * 1024;
    private static final long WAIT_MS = 10_000;
    private static final Timeline EVENTS = new Timeline(1, "t", null, ZoneOffset.UTC, null, List.of(), List.of(),
            List.of(), List.of(), List.of());

    /** Long enough that a paused test thread cannot miss the reader's wait; a test of the bound sets its own. */
    @BeforeEach
    void onlyADrawingOrACancelEndsAWait() {
        ReadProgress.giveWayMillis = 10 * WAIT_MS;
    }

    @AfterEach
    void theBoundAsShipped() {
        ReadProgress.giveWayMillis = ReadProgress.GIVE_WAY_MILLIS;
    }

    @Test
    void onlyFilesLargeEnoughToWaitForThatLeaveRoomInTheHeapAreOpenedEventsFirst() {
        assertFalse(ReadProgress.worthEventsFirst(0, 1024 * MB), "the bundled copy, size unknown");
        assertFalse(ReadProgress.worthEventsFirst(ReadProgress.EVENTS_FIRST_FROM - 1, 1024 * MB));
        assertTrue(ReadProgress.worthEventsFirst(ReadProgress.EVENTS_FIRST_FROM, 1024 * MB));
        assertTrue(ReadProgress.worthEventsFirst(68 * MB, 1024 * MB), "100,000 events under -Xmx1g");
        // The files measured (--generate N --seed 7), in bytes, against -Xmx1g and -Xmx512m in bytes.
        assertTrue(ReadProgress.worthEventsFirst(687_007_001L, 1024 * MB), "a million events under -Xmx1g");
        assertTrue(ReadProgress.worthEventsFirst(687_007_001L, 6 * 1024 * MB), "the same with 6 GB");
        assertTrue(ReadProgress.worthEventsFirst(783_664_377L, 1024 * MB), "1,140,000 events under -Xmx1g");
        assertTrue(ReadProgress.worthEventsFirst(250_542_085L, 512 * MB), "365,000 events under -Xmx512m");
        assertFalse(ReadProgress.worthEventsFirst(384_522_547L, 512 * MB),
                "560,000 events under -Xmx512m: read events first, they ran out of memory");
        assertFalse(ReadProgress.worthEventsFirst(ReadProgress.EVENTS_FIRST_FROM, 256 * MB), "a heap with no room");
    }

    @Test
    void eventsToldBeforeAnyoneListensReachTheListenerOnce() throws InterruptedException {
        ReadProgress progress = new ReadProgress(100);
        Thread reader = reader(progress);
        waitUntil(progress::isGivingWay);
        List<Timeline> shown = new ArrayList<>();
        progress.onEventsRead(shown::add);
        assertEquals(1, shown.size());
        assertSame(EVENTS, shown.get(0));
        progress.onEventsRead(shown::add);
        assertEquals(1, shown.size(), "handed over once, not kept");
        progress.eventsDrawn();
        reader.join(WAIT_MS);
        assertFalse(reader.isAlive());
    }

    @Test
    void theReaderGoesOnWithTheQuotesOnlyOnceTheEventsItToldAreDrawn() throws InterruptedException {
        ReadProgress progress = new ReadProgress(100);
        List<Timeline> shown = new CopyOnWriteArrayList<>(); // filled on the reader's thread
        progress.onEventsRead(shown::add);
        Thread reader = reader(progress);
        waitUntil(() -> reader.getState() == Thread.State.TIMED_WAITING);
        assertEquals(List.of(EVENTS), shown);
        assertTrue(progress.isGivingWay());
        assertTrue(reader.isAlive(), "waits while the window prepares and draws the events");
        progress.eventsDrawn();
        reader.join(WAIT_MS);
        assertFalse(reader.isAlive(), "drawn: reads on");
        assertFalse(progress.isGivingWay());

        ReadProgress cancelled = new ReadProgress(100);
        cancelled.onEventsRead(shown::add);
        Thread stopped = reader(cancelled);
        waitUntil(() -> stopped.getState() == Thread.State.TIMED_WAITING);
        cancelled.cancel();
        stopped.join(WAIT_MS);
        assertFalse(stopped.isAlive(), "a cancel lets it go on to its next check, where it stops");
    }

    @Test
    void aWindowThatNeverDrawsTheEventsHoldsTheReaderBackOnlyForTheBound() throws InterruptedException {
        ReadProgress.giveWayMillis = 50;
        ReadProgress progress = new ReadProgress(100);
        progress.onEventsRead(events -> { });
        Thread reader = reader(progress);
        reader.join(WAIT_MS);
        assertFalse(reader.isAlive());
        assertFalse(progress.isGivingWay());
    }

    /** A reading thread that tells {@link #EVENTS} and ends. */
    private static Thread reader(ReadProgress progress) {
        Thread reader = new Thread(() -> progress.eventsRead(EVENTS), "test reader");
        reader.setDaemon(true);
        reader.start();
        return reader;
    }

    private static void waitUntil(BooleanSupplier condition) {
        long deadline = System.nanoTime() + WAIT_MS * 1_000_000;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + WAIT_MS + " ms");
            }
            Thread.onSpinWait();
        }
    }

    @Test
    void nothingIsToldOrKeptOnceTheReadHasEndedOrWasCancelled() throws InterruptedException {
        ReadProgress ended = new ReadProgress(100);
        List<Timeline> shown = new ArrayList<>();
        ended.onEventsRead(shown::add);
        ended.endEventsFirst();
        ended.eventsRead(EVENTS); // returns at once: nothing to give way to
        assertTrue(shown.isEmpty());

        ReadProgress cancelled = new ReadProgress(100);
        Thread reader = reader(cancelled);
        waitUntil(cancelled::isGivingWay);
        cancelled.cancel();
        reader.join(WAIT_MS);
        assertFalse(reader.isAlive());
        cancelled.onEventsRead(shown::add);
        assertTrue(shown.isEmpty(), "the events kept for a listener went with the cancel");
    }
}
