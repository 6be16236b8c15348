package org.summittimeline.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs slow work (reading a file) away from the UI thread and hands the finished result, or what went wrong,
 * back on it. Views depend on this interface; tests pass {@link #sameThread()} so that no waiting is needed.
 */
public interface BackgroundWork {

    /** Runs {@code work}; then, on the UI thread, {@code onSuccess} with its result or {@code onFailure} with its throwable. */
    <T> void run(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** Runs the work and the hand-back at once on the calling thread. */
    static BackgroundWork sameThread() {
        return new BackgroundWork() {
            @Override
            public <T> void run(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                T result;
                try {
                    result = work.get();
                } catch (RuntimeException | Error e) {
                    onFailure.accept(e);
                    return;
                }
                onSuccess.accept(result);
            }
        };
    }
}
