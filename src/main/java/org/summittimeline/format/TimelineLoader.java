package org.summittimeline.format;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
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
            return read(in, name, file, new Suggestions(), size >= bindBesideFrom, eventsFirst, bytesRead);
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
            return read(in, name, null, suggestions, false, null, null);
        } catch (IOException e) {
            return fileProblem(name, unreadable(e));
        }
    }

    private LoadResult read(InputStream raw, String name, Path file, Suggestions suggestions, boolean bindBeside,
                            Consumer<Timeline> eventsFirst, LongConsumer bytesRead) throws IOException {
        List<Problem> problems = new ArrayList<>();
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        FileBytes.skipByteOrderMark(in, problems);
        FileBytes.Kind kind;
        try {
            kind = FileBytes.kind(in, name);
        } catch (IOException e) {
            problems.add(stoppedPartWay(e));
            return finish(name, null, problems);
        }
        if (kind == FileBytes.Kind.SHEET && !problems.isEmpty()) {
            problems.clear(); // spreadsheets write a byte-order mark as a rule; it is no fault of a CSV file
        }
        if (kind == FileBytes.Kind.SHEET) {
            return readSheet(decoding(in), name, file, problems);
        }
        if (bindBeside) {
            return readWithGson(in, name, file, kind, suggestions, eventsFirst, problems, true);
        }
        // A stream cannot be read twice: its bytes are kept for Gson's read should the plain one give up. Streams
        // are the bundled file and tests'; files of any size are opened again instead.
        byte[] whole = file == null ? in.readAllBytes() : null;
        Read plain = new Read(kind, new ArrayList<>(problems), suggestions, name, eventsFirst);
        long cellsBefore = suggestions.cellsFilled();
        try {
            new JsonTreeReader(limits, plain.problems, plain.streamed())
                    .readPlain(whole != null ? new ByteArrayInputStream(whole) : in, plain.sink());
            return plain.finish(file);
        } catch (PlainJsonScanner.NotPlain notPlain) {
            // Broken or unusual: Gson reads it again from the start and says what is wrong where.
            suggestions.rewindTo(cellsBefore);
        } catch (InterruptedIOException | ClosedByInterruptException e) {
            throw e;
        } catch (IOException e) {
            plain.problems.add(stoppedPartWay(e));
            return finish(name, null, plain.problems);
        }
        Consumer<Timeline> stillToTell = plain.toldEvents ? null : eventsFirst;
        if (whole != null) {
            return readWithGson(new ByteArrayInputStream(whole), name, null, kind, suggestions, stillToTell, problems,
                    false);
        }
        try (BufferedInputStream again = new BufferedInputStream(new Counting(Files.newInputStream(file), bytesRead),
                1 << 16)) {
            FileBytes.skipByteOrderMark(again, new ArrayList<>()); // said once already
            return readWithGson(again, name, file, kind, suggestions, stillToTell, problems, false);
        }
    }

    private static Reader decoding(InputStream in) {
        return new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    }

    private static Problem stoppedPartWay(IOException e) {
        return new Problem(Severity.ERROR, 0, 0, "", "reading stopped part way: " + reason(e)
                + "; check that the file is still there and try again");
    }

    /** One reading of a document: its problems, the sink that binds it, and whether it told the events first. */
    private final class Read {
        final List<Problem> problems;
        final TimelineBinder binder;
        final TimelineJsReader imported;
        final String name;
        boolean toldEvents;

        Read(FileBytes.Kind kind, List<Problem> problems, Suggestions suggestions, String name,
             Consumer<Timeline> eventsFirst) {
            this.problems = problems;
            this.name = name;
            binder = kind == FileBytes.Kind.OURS ? new TimelineBinder(problems, limits, suggestions) : null;
            if (binder != null && eventsFirst != null) {
                binder.tellEventsFirst(events -> {
                    toldEvents = true;
                    eventsFirst.accept(events);
                });
            }
            imported = kind == FileBytes.Kind.TIMELINE_JS ? new TimelineJsReader(problems, limits, name) : null;
        }

        JsonTreeReader.Sink sink() {
            return binder != null ? binder : imported;
        }

        java.util.Set<String> streamed() {
            return binder != null ? TimelineBinder.STREAMED : TimelineJsReader.STREAMED;
        }

        LoadResult finish(Path file) throws InterruptedIOException {
            if (file != null && Thread.currentThread().isInterrupted()) {
                // Cancelled after the last byte: checking references and resolving times is the rest of the wait.
                throw new InterruptedIOException("cancelled");
            }
            return TimelineLoader.finish(name, binder != null ? binder.finish() : imported.finish(), problems);
        }
    }

    private LoadResult readWithGson(InputStream in, String name, Path file, FileBytes.Kind kind,
                                    Suggestions suggestions, Consumer<Timeline> eventsFirst, List<Problem> problems,
                                    boolean bindBeside) throws IOException {
        Read read = new Read(kind, problems, suggestions, name, eventsFirst);
        JsonTreeReader.Sink sink = read.sink();
        BindingPipeline beside = bindBeside ? besideOrNull(sink, problems) : null;
        try {
            JsonTreeReader json = new JsonTreeReader(limits, beside != null ? beside.readerProblems() : problems,
                    read.streamed());
            try {
                json.read(decoding(in), beside != null ? beside : sink);
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
            problems.add(stoppedPartWay(e));
            return finish(name, null, problems);
        }
        return read.finish(file);
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
            problems.add(stoppedPartWay(e));
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
