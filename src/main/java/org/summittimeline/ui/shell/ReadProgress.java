package org.summittimeline.ui.shell;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.summittimeline.model.Timeline;

/**
 * How far the reading of one file has come, and whether the user asked to stop it. The reading thread writes it,
 * the window polls it for the status bar; no toolkit, so the loader service and its tests use it as they are.
 */
public final class ReadProgress {
    private final long size;
    private final AtomicLong read = new AtomicLong();
    private volatile boolean readToEnd;
    private volatile boolean cancelled;
    /** Whether the reader is to tell the events before the quotes are read ({@link #worthEventsFirst}). */
    private volatile boolean eventsFirstWanted;
    /** The events told before anyone listened (the launcher reads before the window exists); guarded by this. */
    private Timeline eventsFirst;
    private Consumer<Timeline> eventsFirstListener;
    private boolean eventsFirstEnded;
    /** Counted down when the events told first are drawn, or will not be (cancel, end, failure). */
    private final CountDownLatch eventsDrawn = new CountDownLatch(1);
    private volatile boolean givingWay;

    /**
     * Files from this size on are shown event first: their events are drawn while the quotes are still read. A
     * smaller file is read before a split showing would be seen (under a third of a second).
     */
    static final long EVENTS_FIRST_FROM = 8L * 1024 * 1024;

    /**
     * How long the reader waits, at most, for the events it told to be drawn before it reads the quotes. On two
     * cores the quotes' reading took a core from preparing and drawing the events (0.3-0.6 s at 100,000 events);
     * the reader sits idle while they are drawn instead, so the events show sooner and the whole file arrives
     * hardly later (the same work, done in another order). The bound keeps a window that never draws them (a
     * failed preparation nobody reported, a minimised window) from holding the file back; it is well under the
     * time after which a read that brings no byte is taken for stalled (FileDocuments.STALL).
     */
    static final long GIVE_WAY_MILLIS = 2_000;

    /** The bound in use: tests of the window raise it, so that only a drawing lets their reader go on. */
    static volatile long giveWayMillis = GIVE_WAY_MILLIS;

    /** {@code size}: the file's length in bytes, or 0 when it is not known (the bundled copy in the jar). */
    public ReadProgress(long size) {
        this.size = size;
    }

    /** The loader's count: bytes read so far, or -1 once the file is read to its end. */
    public void bytesRead(long bytes) {
        if (bytes < 0) {
            readToEnd = true;
        } else {
            read.set(bytes);
        }
    }

    public long bytesRead() {
        return read.get();
    }

    /**
     * Between 0 and 1 while reading a file of known size, and 1 once it is read and indexed: a bar emptied into a
     * moving one then seemed to go backwards (a new user's walk), for seconds at a million events. -1 (no measure)
     * for a file whose size is not known.
     */
    public double fraction() {
        if (size <= 0) {
            return -1;
        }
        return readToEnd ? 1 : Math.min(1.0, (double) read.get() / size);
    }

    /** The bytes are all in; what remains is building the model and its indexes. */
    public boolean isReadToEnd() {
        return readToEnd;
    }

    /**
     * The heap a file's size must leave free to be shown events first. The window indexes the events twice for a
     * moment (those told first, then the whole file's), beside what it holds itself. Measured with files the size
     * of the loader's cap (1/1.3 of the heap) from `--generate`: at -Xmx1g, 784 MB (1,140,000 events) opened events
     * first as it did whole; at -Xmx512m, 385 MB (560,000 events) ran out of memory events first and opened whole,
     * while 251 MB (365,000 events) opened events first with no pause over 100 ms. (Under -Xmx1g the files from
     * 806 MB to the cap, 826 MB, are read whole; none was measured events first.)
     */
    static final long EVENTS_FIRST_HEADROOM = 256L * 1024 * 1024;

    /**
     * A progress for opening a file of {@code size} bytes afresh, asking for its events first when that is worth
     * it: the file is large enough for the wait to show, and leaves {@link #EVENTS_FIRST_HEADROOM} of the heap
     * (a million events, 687 MB, under -Xmx1g are shown events first: the first frame in half the time).
     */
    public static ReadProgress forOpening(long size) {
        ReadProgress progress = new ReadProgress(size);
        progress.eventsFirstWanted = worthEventsFirst(size, Runtime.getRuntime().maxMemory());
        return progress;
    }

    static boolean worthEventsFirst(long size, long maxHeap) {
        return size >= EVENTS_FIRST_FROM && size <= maxHeap - EVENTS_FIRST_HEADROOM;
    }

    /** Whether the reader is asked to tell the events before the quotes. */
    public boolean wantsEventsFirst() {
        return eventsFirstWanted;
    }

    /**
     * The reading thread: the file's events, as a timeline without its quotes, kept until someone listens. Returns
     * when the window has drawn them, the read is cancelled or ended, or after {@link #GIVE_WAY_MILLIS}.
     */
    public void eventsRead(Timeline events) {
        synchronized (this) {
            if (eventsFirstEnded) { // a cancel ends it too
                return;
            }
            givingWay = true; // before a listener can ask
            if (eventsFirstListener != null) {
                eventsFirstListener.accept(events);
            } else {
                eventsFirst = events; // nobody shows them yet: the launcher reads before the window is up
            }
        }
        giveWay(); // while the window is built too, which then comes up sooner
    }

    /** Outside the lock: a cancel meanwhile ends the wait through {@link #endEventsFirst}. */
    private void giveWay() {
        try {
            eventsDrawn.await(giveWayMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the reader's owner stops it; it sees the flag at its next block
        } finally {
            givingWay = false;
        }
    }

    /** Whether the reader is waiting for the events it told to be drawn (not once it has stopped waiting). */
    boolean isGivingWay() {
        return givingWay && eventsDrawn.getCount() > 0;
    }

    /** The window has drawn the events told first, or will not draw them: the reader goes on with the quotes. */
    void eventsDrawn() {
        eventsDrawn.countDown();
    }

    /** Who shows the events told first; told at once when they came before it listened. */
    synchronized void onEventsRead(Consumer<Timeline> listener) {
        if (eventsFirstEnded) {
            return;
        }
        eventsFirstListener = listener;
        if (eventsFirst != null) {
            Timeline told = eventsFirst;
            eventsFirst = null;
            listener.accept(told);
        }
    }

    /** The read has ended or is dropped: events told from now on, or kept for a listener, are let go. */
    synchronized void endEventsFirst() {
        eventsFirstEnded = true;
        eventsFirst = null;
        eventsFirstListener = null;
        eventsDrawn.countDown();
    }

    public void cancel() {
        cancelled = true;
        endEventsFirst();
    }

    public boolean isCancelled() {
        return cancelled;
    }
}
