package org.summittimeline.ui.shell;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How far the reading of one file has come, and whether the user asked to stop it. The reading thread writes it,
 * the window polls it for the status bar; no toolkit, so the loader service and its tests use it as they are.
 */
public final class ReadProgress {
    private final long size;
    private final AtomicLong read = new AtomicLong();
    private volatile boolean readToEnd;
    private volatile boolean cancelled;

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

    public void cancel() {
        cancelled = true;
    }

    public boolean isCancelled() {
        return cancelled;
    }
}
