package org.summittimeline.format;

import static org.summittimeline.format.TimelineLoader.finish;
import static org.summittimeline.format.TimelineLoader.reason;

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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.summittimeline.model.Timeline;

/**
 * Reads one document for {@link TimelineLoader}, which has opened it: tells its kind (ours, TimelineJS, a
 * sheet), reads ours and TimelineJS's plain from the bytes ({@link JsonTreeReader#readPlain}) and, should that
 * give up, again from the start with Gson, which words what is wrong; binds as it reads.
 */
final class DocumentReader {
    /** Opens the document once more, for Gson's reading after the plain one gave up. */
    interface Reopen {
        InputStream open() throws IOException;
    }

    private final LoadLimits limits;

    DocumentReader(LoadLimits limits) {
        this.limits = limits;
    }

    /**
     * Reads a document from {@code raw}; {@code file} is where it came from (null for a stream), {@code again}
     * opens it once more (null for a stream, whose bytes are then kept).
     */
    LoadResult read(InputStream raw, String name, Path file, Suggestions suggestions, boolean bindBeside,
                    Consumer<Timeline> eventsFirst, Reopen again) throws IOException {
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
        try (BufferedInputStream second = new BufferedInputStream(again.open(), 1 << 16)) {
            FileBytes.skipByteOrderMark(second, new ArrayList<>()); // said once already
            return readWithGson(second, name, file, kind, suggestions, stillToTell, problems, false);
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

        Set<String> streamed() {
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
            LoadResult result = finish(name, null, problems);
            // A syntax error ends the reading: mistakes after it show only once it is mended (a new user mended
            // three in three rounds, told of one at a time without a word that more might follow). An empty file
            // has no "after".
            return stopped.encoding == null && !problems.isEmpty()
                    && !JsonTreeReader.EMPTY.equals(problems.get(problems.size() - 1).message())
                    ? result.stoppedReading() : result;
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
}
