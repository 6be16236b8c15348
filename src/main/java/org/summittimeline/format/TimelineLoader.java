package org.summittimeline.format;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.io.Reader;
import java.nio.channels.ClosedByInterruptException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
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
            return read(in, name, file, new Suggestions(), size >= bindBesideFrom, eventsFirst);
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
            return "no such file; check the name and the folder";
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
            return read(in, name, null, suggestions, false, null);
        } catch (IOException e) {
            return fileProblem(name, unreadable(e));
        }
    }

    private LoadResult read(InputStream raw, String name, Path file, Suggestions suggestions, boolean bindBeside,
                            Consumer<Timeline> eventsFirst) throws IOException {
        List<Problem> problems = new ArrayList<>();
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        FileBytes.skipByteOrderMark(in, problems);
        FileBytes.Kind kind;
        try {
            kind = FileBytes.kind(in, name);
        } catch (IOException e) {
            problems.add(new Problem(Severity.ERROR, 0, 0, "", "reading stopped part way: " + reason(e)
                    + "; check that the file is still there and try again"));
            return finish(name, null, problems);
        }
        if (kind == FileBytes.Kind.SHEET && !problems.isEmpty()) {
            problems.clear(); // spreadsheets write a byte-order mark as a rule; it is no fault of a CSV file
        }
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
        if (kind == FileBytes.Kind.SHEET) {
            return readSheet(reader, name, file, problems);
        }
        TimelineBinder binder = kind == FileBytes.Kind.OURS ? new TimelineBinder(problems, limits, suggestions) : null;
        if (binder != null) {
            binder.tellEventsFirst(eventsFirst);
        }
        TimelineJsReader imported = kind == FileBytes.Kind.TIMELINE_JS
                ? new TimelineJsReader(problems, limits, name) : null;
        JsonTreeReader.Sink sink = binder != null ? binder : imported;
        BindingPipeline beside = bindBeside ? besideOrNull(sink, problems) : null;
        try {
            JsonTreeReader json = new JsonTreeReader(limits, beside != null ? beside.readerProblems() : problems,
                    binder != null ? TimelineBinder.STREAMED : TimelineJsReader.STREAMED);
            try {
                json.read(reader, beside != null ? beside : sink);
            } finally {
                if (beside != null) {
                    beside.drain();
                }
            }
        } catch (BindingPipeline.Cancelled cancelled) {
            throw new InterruptedIOException("cancelled");
        } catch (JsonTreeReader.Stopped stopped) {
            if (stopped.encoding != null) {
                problems.add(FileBytes.notUtf8(file, stopped.encoding));
            } else if (file != null && !problems.isEmpty()) {
                Problem last = problems.remove(problems.size() - 1);
                problems.add(FileBytes.refineSyntax(file, last));
            }
            return finish(name, null, problems);
        } catch (InterruptedIOException | ClosedByInterruptException e) {
            throw e;
        } catch (IOException e) {
            problems.add(new Problem(Severity.ERROR, 0, 0, "", "reading stopped part way: " + reason(e)
                    + "; check that the file is still there and try again"));
            return finish(name, null, problems);
        }
        if (file != null && Thread.currentThread().isInterrupted()) {
            // Cancelled after the last byte: checking references and resolving times is the rest of the wait.
            throw new InterruptedIOException("cancelled");
        }
        return finish(name, binder != null ? binder.finish() : imported.finish(), problems);
    }

    /** A second thread for binding, or null (bind as it is read) when the system will not start another thread. */
    private static BindingPipeline besideOrNull(JsonTreeReader.Sink sink, List<Problem> problems) {
        try {
            return new BindingPipeline(sink, problems);
        } catch (OutOfMemoryError noThread) {
            return null;
        }
    }

    private LoadResult readSheet(Reader reader, String name, Path file, List<Problem> problems) {
        try {
            Timeline timeline = new TimelineJsSheet(problems, name).read(reader, limits.maxEvents());
            return finish(name, timeline, problems);
        } catch (CharacterCodingException e) {
            problems.add(FileBytes.notUtf8(file, e));
        } catch (IOException e) {
            problems.add(new Problem(Severity.ERROR, 0, 0, "", "reading stopped part way: " + reason(e)
                    + "; check that the file is still there and try again"));
        }
        return finish(name, null, problems);
    }

    private static LoadResult finish(String name, Timeline timeline, List<Problem> problems) {
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
        if (e instanceof NoSuchFileException) {
            return "no such file; check the name and the folder";
        }
        return "cannot be read: " + reason(e);
    }

    private static String reason(IOException e) {
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
