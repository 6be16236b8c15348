package org.summittimeline.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;

/**
 * The one place that hops threads: the given executor does the work, {@code Platform.runLater} hands back the
 * result or the failure. Give it an executor that starts a new thread when its threads are busy, so that one
 * stuck read (a file on a hung network share) never keeps the next open waiting.
 */
public final class FxBackgroundWork implements BackgroundWork, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(FxBackgroundWork.class.getName());

    private final ExecutorService executor;
    /** Set by {@link #close}: work asked for after it is dropped, not an error. */
    private volatile boolean closed;

    public FxBackgroundWork(ExecutorService executor) {
        this.executor = executor;
    }

    @Override
    public <T> void run(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        try {
            execute(work, onSuccess, onFailure);
        } catch (RejectedExecutionException e) {
            // Asked for once the window has closed (a pulse listener left by an open that had not finished): there
            // is no one to give its result to, and thrown on, the rejection surfaced as an error of the UI thread. An
            // executor shut down by someone else than close() is not expected, so that one is logged as a warning.
            Level level = closed ? Level.FINE : Level.WARNING;
            LOG.log(level, "background work asked for after its threads stopped: not done", e);
        }
    }

    private <T> void execute(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        executor.execute(() -> {
            T result;
            try {
                result = work.get();
            } catch (RuntimeException | Error e) {
                LOG.log(Level.WARNING, "background work failed", e);
                onUiThread(() -> onFailure.accept(e));
                return;
            }
            onUiThread(() -> onSuccess.accept(result));
        });
    }

    /** Hands a piece of work to the UI thread; for the few callers outside a background task (an uncaught error). */
    public static void onUiThread(Runnable task) {
        if (Platform.isFxApplicationThread()) {
            task.run();
        } else {
            Platform.runLater(task);
        }
    }

    @Override
    public void close() {
        closed = true;
        executor.shutdownNow();
    }
}
