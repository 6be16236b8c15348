package org.summittimeline.format;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.channels.ClosedByInterruptException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import org.summittimeline.model.Timeline;

/**
 * Loads a timeline file: reads it as strict UTF-8 JSON, checks it against format v1 and resolves its times.
 * It never throws for bad input and never writes to the file; everything wrong is in the result's problems.
 */
public final class TimelineLoader {
    private static final Comparator<Problem> FILE_ORDER =
            Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column);

    /** The message of a load that was cancelled by interrupting its thread. */
    public static final String CANCELLED = "opening was cancelled; open the file again to read it";

    private final LoadLimits limits;
    /**
     * Files from this size on may be bound on a second thread while they are read ({@link BindingPipeline}); below
     * it starting the thread costs more than it saves.
     */
    static final long BIND_BESIDE_FROM = 2L << 20;
    /**
     * Off unless asked for with -Dsummittimeline.bindBeside=true: on this project's two-core machine the second
     * thread took the core the JIT compilers and the collector need, and a cold load of 100,000 events was a
     * tenth slower with it (a million: the same); see PERFORMANCE.md. Kept, tested, for measuring on more cores.
     */
    private long bindBesideFrom = "true".equals(System.getProperty("summittimeline.bindBeside"))
            && Runtime.getRuntime().availableProcessors() > 1 ? BIND_BESIDE_FROM : Long.MAX_VALUE;

    public TimelineLoader() {
        this(LoadLimits.DEFAULT);
    }

    /** The loader the program uses: default limits, with a file cap sized to the memory this JVM may use. */
    public static TimelineLoader sizedToMemory() {
        return new TimelineLoader(LoadLimits.forMemory(Runtime.getRuntime().maxMemory()));
    }

    public TimelineLoader(LoadLimits limits) {
        this.limits = limits;
    }

    /** For tests: bind on a second thread from files of {@code bytes} on (0: always, Long.MAX_VALUE: never). */
    TimelineLoader bindingBesideFrom(long bytes) {
        this.bindBesideFrom = bytes;
        return this;
    }

    /** The format versions this build reads. */
    public static List<Integer> readableVersions() {
        return TimelineBinder.READABLE_VERSIONS;
    }

    public LoadResult load(Path file) {
        return load(file, bytes -> { });
    }

    /**
     * Loads a file and tells {@code bytesRead} how far reading has come: the bytes read so far after each read,
     * and -1 once the file is read to its end. A caller that sees no progress for a while may abandon the read.
     * Interrupting the reading thread cancels the load within one buffer of the file (64 KB): the result then
     * holds the one problem {@link #CANCELLED} and nothing read is kept.
     */
    public LoadResult load(Path file, LongConsumer bytesRead) {
        return load(file, bytesRead, null);
    }

    /**
     * As {@link #load(Path, LongConsumer)}, and tells {@code eventsFirst} (on the reading thread) the file's events
     * as a timeline without quotes as soon as they are read and the quotes begin, while the file has no error so
     * far; the timeline returned at the end holds the same events. Null: nothing is told. A file whose quotes come
     * before its events, or that has none, tells nothing.
     */
    public LoadResult load(Path file, LongConsumer bytesRead, Consumer<Timeline> eventsFirst) {
        String name = file.toString();
        String refused = notReadable(file, "timeline", ".json");
        long size;
        if (refused != null) {
            return fileProblem(name, refused);
        }
        try {
            size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                return fileProblem(name, "the file is " + megabytes(size) + ", larger than the "
                        + megabytes(limits.maxFileBytes()) + " this reader accepts; split it into smaller timelines"
                        + (size > LoadLimits.DEFAULT.maxFileBytes() ? ", or give Java more memory (java -Xmx"
                        + Math.max(2, (size * 13 / 10 >> 30) + 1) + "g -jar summit-timeline.jar \u2026)" : ""));
            }
        } catch (IOException e) {
            return fileProblem(name, unreadable(e));
        }
        try (InputStream in = new Counting(Files.newInputStream(file), bytesRead)) {
            return new DocumentReader(limits).read(in, name, file, new Suggestions(), size >= bindBesideFrom,
                    eventsFirst, () -> new Counting(Files.newInputStream(file), bytesRead));
        } catch (InterruptedIOException | ClosedByInterruptException e) {
            if (e instanceof InterruptedIOException && !Thread.currentThread().isInterrupted()) {
                // A timeout of a network file system, not a cancel.
                return fileProblem(name, unreadable(e));
            }
            Thread.currentThread().interrupt();
            return fileProblem(name, CANCELLED);
        } catch (IOException e) {
            return fileProblem(name, unreadable(e));
        } catch (OutOfMemoryError e) {
            // Everything the reading held is unreachable once we are here, so there is memory again to say so.
            return fileProblem(name, outOfMemory());
        }
    }

    /**
     * Why {@code file} is not to be read at all, or null when it may be: a folder, a missing file, or a device, a
     * pipe or a socket. A FIFO blocks forever waiting for a writer, and /dev/zero never ends: neither is opened.
     * {@code what} names what the reader expected ("timeline", "lesson"), {@code suffix} its file names' ending.
     */
    static String notReadable(Path file, String what, String suffix) {
        if (Files.isDirectory(file)) {
            return "is a folder, not a " + what + " file; name a " + suffix + " file inside it";
        }
        if (!Files.exists(file) && !Files.isSymbolicLink(file)) {
            return noSuchFile(file.toString());
        }
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            return "is not a regular file but a device, a pipe or a socket, which may never end or never answer; "
                    + "name a " + what + " file saved on disk";
        }
        return null;
    }

    /** Passes on every read and tells how many bytes have come so far, and -1 at the end. */
    private static final class Counting extends java.io.FilterInputStream {
        private final LongConsumer progress;
        private long count;

        Counting(InputStream in, LongConsumer progress) {
            super(in);
            this.progress = progress;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            tell(b < 0 ? -1 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            tell(n);
            return n;
        }

        private void tell(int n) throws InterruptedIOException {
            if (Thread.currentThread().isInterrupted()) {
                // Checked once a buffer, so a cancelled load of a large file stops at once and frees its memory.
                throw new InterruptedIOException("cancelled");
            }
            if (n < 0) {
                progress.accept(-1);
            } else {
                count += n;
                progress.accept(count);
            }
        }
    }

    /** What to say when a file did not fit in the memory Java was given. */
    public static String outOfMemory() {
        return outOfMemory(Runtime.getRuntime().maxMemory());
    }

    /**
     * As {@link #outOfMemory()} for a JVM that may use {@code maxMemory} bytes: the suggestion is twice that, in
     * whole gigabytes and at least 2, so that it is always more than Java has already.
     */
    static String outOfMemory(long maxMemory) {
        long gigabyte = 1L << 30;
        long suggested = Math.max(2, (Math.min(maxMemory, 1L << 50) * 2 + gigabyte - 1) / gigabyte);
        return "the timeline does not fit in the memory Java may use (" + megabytes(maxMemory) + "); start the "
                + "program with more, e.g. java -Xmx" + suggested + "g -jar summit-timeline.jar, or split the file "
                + "into smaller timelines";
    }

    /** Loads from a stream, e.g. a resource; {@code name} is what problems and titles call it. */
    public LoadResult load(InputStream in, String name) {
        return load(in, name, new Suggestions());
    }

    /** As {@link #load(InputStream, String)}, with the "did you mean" meter a test can read afterwards. */
    LoadResult load(InputStream in, String name, Suggestions suggestions) {
        try {
            return new DocumentReader(limits).read(in, name, null, suggestions, false, null, null);
        } catch (IOException e) {
            return fileProblem(name, unreadable(e));
        }
    }

    static LoadResult finish(String name, Timeline timeline, List<Problem> problems) {
        problems.sort(FILE_ORDER);
        return new LoadResult(name, timeline, problems);
    }

    private static LoadResult fileProblem(String name, String message) {
        return new LoadResult(name, null, List.of(new Problem(Severity.ERROR, 0, 0, "", message)));
    }

    private static String unreadable(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "cannot be read: permission denied; ask for read access or copy the file somewhere you can read";
        }
        if (e instanceof NoSuchFileException missing && missing.getFile() != null) {
            return noSuchFile(missing.getFile());
        }
        return "cannot be read: " + reason(e);
    }

    /**
     * Names the whole path looked for: a name given from the command line or a recent-files list said only
     * "nope.json" or "files/nope.json", which does not tell which folder was searched.
     */
    private static String noSuchFile(String file) {
        return "no such file as " + Path.of(file).toAbsolutePath().normalize() + "; check the name and the folder";
    }

    static String reason(IOException e) {
        String reason = e.getMessage();
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
            reason = fse.getReason();
        }
        return reason == null ? e.getClass().getSimpleName() : reason;
    }

    static String megabytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        if (bytes < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
        }
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }
}
