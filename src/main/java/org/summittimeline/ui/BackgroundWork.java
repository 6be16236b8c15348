package org.summittimeline.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs slow work (reading a file) away from the UI thread and hands the finished result back on it. Views
 * depend on this interface; tests pass {@link #sameThread()} so that no waiting is needed.
 */
public interface BackgroundWork {

    <T> void run(Supplier<T> work, Consumer<T> onUiThread);

    /** Runs the work and the hand-back at once on the calling thread. */
    static BackgroundWork sameThread() {
        return new BackgroundWork() {
            @Override
            public <T> void run(Supplier<T> work, Consumer<T> onUiThread) {
                onUiThread.accept(work.get());
            }
        };
    }
}
