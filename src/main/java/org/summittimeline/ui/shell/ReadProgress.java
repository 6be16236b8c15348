package org.summittimeline.ui.shell;

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

    /**
     * Files from this size on are shown event first: their events are drawn while the quotes are still read. A
     * smaller file is read before a split showing would be seen (under a third of a second).
     */
    static final long EVENTS_FIRST_FROM = 8L * 1024 * 1024;

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

    /** Between 0 and 1 while reading a file of known size; -1 (no measure) before that is known or while indexing. */
    public double fraction() {
        if (readToEnd || size <= 0) {
            return -1;
        }
        return Math.min(1.0, (double) read.get() / size);
    }

    /** The bytes are all in; what remains is building the model and its indexes. */
    public boolean isReadToEnd() {
        return readToEnd;
    }

    /**
     * A progress for opening a file of {@code size} bytes afresh, asking for its events first when that is worth
     * it: the file is large enough for the wait to show, and small enough beside the heap that the window can
     * index its events twice for a moment (at a million events under -Xmx1g it cannot, and is shown whole).
     */
    public static ReadProgress forOpening(long size) {
        ReadProgress progress = new ReadProgress(size);
        progress.eventsFirstWanted = worthEventsFirst(size, Runtime.getRuntime().maxMemory());
        return progress;
    }

    static boolean worthEventsFirst(long size, long maxHeap) {
        return size >= EVENTS_FIRST_FROM && size <= maxHeap / 8;
    }

    /** Whether the reader is asked to tell the events before the quotes. */
    public boolean wantsEventsFirst() {
        return eventsFirstWanted;
    }

    /** The reading thread: the file's events, as a timeline without its quotes. Kept until someone listens. */
    public synchronized void eventsRead(Timeline events) {
        if (eventsFirstEnded) { // a cancel ends it too
            return;
        }
        if (eventsFirstListener != null) {
            eventsFirstListener.accept(events);
        } else {
            eventsFirst = events;
        }
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
    }

    public void cancel() {
        cancelled = true;
        endEventsFirst();
    }

    public boolean isCancelled() {
        return cancelled;
    }
}
