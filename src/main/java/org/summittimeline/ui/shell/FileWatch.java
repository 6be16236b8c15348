package org.summittimeline.ui.shell;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * Watches the folder of the open file and tells once the file has been quiet for a moment after a change: an
 * editor's save is often several writes, or a new file moved over the old one, and the reader wants one reload
 * after the last of them. It asks the system's watch service on the UI thread a few times a second, without
 * waiting: the service gathers the changes meanwhile, so no thread of ours waits for them, and the callback
 * runs where the window can act on it. Ended by {@link #close()}.
 */
final class FileWatch implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(FileWatch.class.getName());
    private static final double POLL_MS = 100;

    private final long quietMs;
    private Timeline ticker;
    private WatchService service;
    private WatchKey key;
    private Path target;
    private Runnable onChange;
    private boolean pending;
    private long lastChange;

    FileWatch(java.time.Duration quiet) {
        this.quietMs = quiet.toMillis();
    }

    /** Watches {@code file} from now on (null: nothing), in place of whatever was watched before. */
    void watch(Path file, Runnable changed) {
        if (key != null) {
            key.cancel();
            key = null;
        }
        target = null;
        onChange = null;
        pending = false;
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
        } catch (IOException | UnsupportedOperationException | ClosedWatchServiceException e) {
            LOG.log(Level.WARNING, "cannot watch " + absolute.getParent() + " for changes", e);
            return;
        }
        target = absolute;
        onChange = changed;
        if (ticker == null) {
            ticker = new Timeline(new KeyFrame(Duration.millis(POLL_MS), e -> check()));
            ticker.setCycleCount(Animation.INDEFINITE);
        }
        ticker.play();
    }

    boolean isWatching() {
        return target != null;
    }

    /** Takes what the service gathered since the last look; tells once the file has been quiet long enough. */
    private void check() {
        if (service == null) {
            return;
        }
        try {
            for (WatchKey k = service.poll(); k != null; k = service.poll()) {
                if (concernsTarget(k)) {
                    pending = true;
                    lastChange = System.nanoTime();
                }
                k.reset();
            }
        } catch (ClosedWatchServiceException e) {
            return; // closed with the window
        }
        if (pending && (System.nanoTime() - lastChange) / 1_000_000 >= quietMs) {
            pending = false;
            if (onChange != null) {
                onChange.run();
            }
        }
    }

    private boolean concernsTarget(WatchKey k) {
        boolean concerns = false;
        for (WatchEvent<?> e : k.pollEvents()) {
            if (target != null && k == key && e.context() instanceof Path name && target.getFileName().equals(name)) {
                concerns = true;
            } else if (e.kind() == StandardWatchEventKinds.OVERFLOW && k == key) {
                concerns = true; // events were lost; the file may have changed
            }
        }
        return concerns;
    }

    @Override
    public void close() {
        target = null;
        onChange = null;
        if (ticker != null) {
            ticker.stop();
        }
        try {
            if (service != null) {
                service.close();
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "closing the file watch", e);
        }
    }
}
