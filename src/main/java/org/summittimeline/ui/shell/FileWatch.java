package org.summittimeline.ui.shell;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Watches the folder of the open file and tells once the file has been quiet for a moment after a change: an
 * editor's save is often several writes, or a new file moved over the old one, and the reader wants one reload
 * after the last of them. One thread, owned by the window and ended by {@link #close()}. No toolkit: the window
 * says how its callback reaches the UI thread.
 */
final class FileWatch implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(FileWatch.class.getName());
    private static final long IDLE_POLL_MS = 250;

    private final Duration quiet;
    private final Consumer<Runnable> toUi;
    private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "timeline-file-watch");
        t.setDaemon(true);
        return t;
    });
    private final Object lock = new Object();
    private WatchService service;
    private WatchKey key;
    private Path target;
    private Runnable onChange;
    private boolean started;

    FileWatch(Duration quiet, Consumer<Runnable> toUi) {
        this.quiet = quiet;
        this.toUi = toUi;
    }

    /** Watches {@code file} from now on (null: nothing), in place of whatever was watched before. */
    void watch(Path file, Runnable changed) {
        synchronized (lock) {
            if (key != null) {
                key.cancel();
                key = null;
            }
            target = null;
            onChange = null;
            if (file == null) {
                return;
            }
            Path absolute = file.toAbsolutePath().normalize();
            try {
                if (service == null) {
                    service = FileSystems.getDefault().newWatchService();
                }
                key = absolute.getParent().register(service, StandardWatchEventKinds.ENTRY_CREATE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
            } catch (IOException | UnsupportedOperationException e) {
                LOG.log(Level.WARNING, "cannot watch " + absolute.getParent() + " for changes", e);
                return;
            }
            target = absolute;
            onChange = changed;
            if (!started) {
                started = true;
                WatchService s = service;
                thread.execute(() -> loop(s));
            }
        }
    }

    boolean isWatching() {
        synchronized (lock) {
            return target != null;
        }
    }

    private void loop(WatchService s) {
        long lastChange = 0;
        boolean pending = false;
        try {
            while (!Thread.currentThread().isInterrupted()) {
                long wait = pending ? Math.max(1, quiet.toMillis() - millisSince(lastChange)) : IDLE_POLL_MS;
                WatchKey k = s.poll(wait, TimeUnit.MILLISECONDS);
                if (k != null) {
                    if (concernsTarget(k)) {
                        pending = true;
                        lastChange = System.nanoTime();
                    }
                    k.reset();
                }
                if (pending && millisSince(lastChange) >= quiet.toMillis()) {
                    pending = false;
                    Runnable changed;
                    synchronized (lock) {
                        changed = onChange;
                    }
                    if (changed != null) {
                        toUi.accept(changed);
                    }
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed with the window
        }
    }

    private boolean concernsTarget(WatchKey k) {
        boolean concerns = false;
        synchronized (lock) {
            for (WatchEvent<?> e : k.pollEvents()) {
                if (target != null && k == key && e.context() instanceof Path name
                        && target.getFileName().equals(name)) {
                    concerns = true;
                } else if (e.kind() == StandardWatchEventKinds.OVERFLOW && k == key) {
                    concerns = true; // events were lost; the file may have changed
                }
            }
        }
        return concerns;
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    @Override
    public void close() {
        synchronized (lock) {
            target = null;
            onChange = null;
            try {
                if (service != null) {
                    service.close();
                }
            } catch (IOException e) {
                LOG.log(Level.FINE, "closing the file watch", e);
            }
        }
        thread.shutdownNow();
    }
}
