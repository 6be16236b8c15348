package org.summittimeline.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.logging.Logger;
import org.summittimeline.format.LoadResult;
import org.summittimeline.format.Problem;
import org.summittimeline.format.Severity;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.model.Timeline;
import org.summittimeline.ui.shell.ReadProgress;
import org.summittimeline.ui.shell.TimelineDocuments;

/**
 * The loader service the windows use: files through the loader, and the bundled timeline from the class path
 * (the jar carries a copy of data/), so the program opens it from any folder. Each file is read on a thread
 * of its own that is abandoned when the read makes no progress for a while (a stalled network share), so one
 * stuck read never holds up the next open.
 */
public final class FileDocuments implements TimelineDocuments {
    private static final Logger LOG = Logger.getLogger(FileDocuments.class.getName());
    static final String BUNDLED = "/data/helsinki-2018-summit.json";
    /** How long a read may go without a single new byte before it is given up. */
    static final Duration STALL = Duration.ofSeconds(10);
    /** How often the watch looks at a read: a Cancel takes effect within this. */
    private static final Duration POLL = Duration.ofMillis(100);

    /**
     * Reads one file, telling its progress (bytes read, -1 at the end) and, when {@code eventsFirst} is not null,
     * its events before its quotes; the loader in the program.
     */
    interface Reader {
        LoadResult read(Path file, LongConsumer bytesRead, Consumer<Timeline> eventsFirst);
    }

    private final TimelineLoader loader;
    private final Reader reader;
    private final Duration stall;

    public FileDocuments(TimelineLoader loader) {
        this(loader, loader::load, STALL);
    }

    FileDocuments(TimelineLoader loader, Reader reader, Duration stall) {
        this.loader = loader;
        this.reader = reader;
        this.stall = stall;
    }

    @Override
    public LoadResult open(Path file) {
        return open(file, new ReadProgress(0));
    }

    @Override
    public LoadResult open(Path file, ReadProgress progress) {
        LOG.info(() -> "opening " + file.toAbsolutePath());
        return logged(read(file, progress));
    }

    /**
     * Reads on a thread of its own and watches it: a cancel interrupts the read (the file channel then stops at
     * its next block), and a read that brings no new byte for the stall time is abandoned.
     */
    private LoadResult read(Path file, ReadProgress progress) {
        AtomicLong bytes = new AtomicLong();
        FutureTask<LoadResult> read = new FutureTask<>(() -> reader.read(file, n -> {
            bytes.set(n);
            progress.bytesRead(n);
        }, progress.wantsEventsFirst() ? progress::eventsRead : null));
        Thread thread = new Thread(read, "timeline-read " + file.getFileName());
        thread.setDaemon(true);
        thread.start();
        long seen = 0;
        long lastChange = System.nanoTime();
        long poll = Math.max(1, Math.min(stall.toMillis(), POLL.toMillis()));
        while (true) {
            try {
                return read.get(poll, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                if (progress.isCancelled()) {
                    read.cancel(true);
                    return problem(file, "opening was cancelled; the timeline before it stays on screen");
                }
                long now = bytes.get();
                if (now != seen || now == -1) {
                    seen = now;
                    lastChange = System.nanoTime();
                } else if (System.nanoTime() - lastChange >= stall.toNanos()) {
                    // The thread may stay blocked in the read; it is a daemon and holds nothing anyone waits for.
                    read.cancel(true);
                    return problem(file, "reading stalled: no data came for " + stall.toSeconds()
                            + " s after " + now + " bytes; check that the disk or network share answers and "
                            + "open the file again");
                }
            } catch (InterruptedException e) {
                read.cancel(true);
                Thread.currentThread().interrupt();
                return problem(file, "opening was interrupted; open the file again");
            } catch (ExecutionException e) {
                // The loader reports bad input as problems; what reaches here is a defect, for the window to show.
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException("reading " + file + " failed", e.getCause());
            }
        }
    }

    private static LoadResult problem(Path file, String message) {
        return new LoadResult(file.toString(), null, List.of(new Problem(Severity.ERROR, 0, 0, "", message)));
    }

    /** The log names what was opened and, for a file that could not be, its first problem. */
    private static LoadResult logged(LoadResult result) {
        if (result.hasErrors()) {
            LOG.warning(() -> result.fileName() + ": could not be opened, " + result.errors().size() + " errors; first: "
                    + result.errors().get(0).format(result.fileName()));
        } else {
            LOG.info(() -> result.fileName() + ": opened, " + result.timeline().events().size() + " events, "
                    + result.timeline().quotes().size() + " quotes, " + result.warnings().size() + " warnings");
        }
        return result;
    }

    @Override
    public LoadResult openBundled() {
        LOG.info("opening the bundled timeline");
        try (InputStream in = FileDocuments.class.getResourceAsStream(BUNDLED)) {
            if (in != null) {
                return logged(loader.load(in, "helsinki-2018-summit.json"));
            }
        } catch (IOException e) {
            // the copy in the jar is unreadable; the data folder beside the program is the fallback
        }
        return logged(loader.load(Path.of("data", "helsinki-2018-summit.json")));
    }
}
