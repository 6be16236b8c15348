package org.summittimeline.ui;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/** The one place that hops threads: a daemon worker for the work, {@code Platform.runLater} for the result. */
public final class FxBackgroundWork implements BackgroundWork, AutoCloseable {
    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "timeline-loader");
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> void run(Supplier<T> work, Consumer<T> onUiThread) {
        executor.execute(() -> {
            T result = work.get();
            Platform.runLater(() -> onUiThread.accept(result));
        });
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
