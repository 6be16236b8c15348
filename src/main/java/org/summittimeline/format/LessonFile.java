package org.summittimeline.format;

import com.google.gson.stream.JsonWriter;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.summittimeline.model.Lesson;
import org.summittimeline.model.PresentationStep;

/**
 * Reads and writes a teacher's lesson ({@code *.lesson.json}, docs/FORMAT.md "Lessons"). Reading is strict and
 * reports problems with line and column as the timeline loader does; writing goes through {@link SafeWrite}, so
 * a lesson is never written over the timeline it refers to, nor half.
 */
public final class LessonFile {
    public static final int VERSION = 1;
    /** The ending a lesson file's name has, so that it is told apart from a timeline. */
    public static final String SUFFIX = ".lesson.json";
    /** The largest lesson read: thousands of steps with notes take a few hundred KB. */
    public static final long MAX_BYTES = 16L << 20;

    /** What reading gave: the lesson (null when it has errors) and the problems, warnings included. */
    public record Read(Lesson lesson, List<Problem> problems) {
        public Read {
            problems = List.copyOf(problems);
        }

        public boolean hasErrors() {
            return problems.stream().anyMatch(Problem::isError);
        }
    }

    private LessonFile() {
    }

    /**
     * Reads a lesson file. What the timeline loader refuses unread (a folder, a FIFO or a device, which may never
     * end or never answer) is refused here too, and so is a file larger than {@link #MAX_BYTES}, before or while
     * it is read: a lesson is a list of steps, never that large.
     */
    public static Read read(Path file) {
        String refused = TimelineLoader.notReadable(file, "lesson", SUFFIX);
        if (refused != null) {
            return failed(refused);
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                return failed(tooLarge(Files.size(file)));
            }
        } catch (IOException e) {
            return failed("cannot read " + file + ": " + e.getMessage() + "; check that the file exists and is readable");
        }
        try (InputStream in = new Capped(Files.newInputStream(file), MAX_BYTES)) {
            return read(in);
        } catch (IOException e) {
            return failed("cannot read " + file + ": " + e.getMessage() + "; check that the file exists and is readable");
        }
    }

    private static String tooLarge(long size) {
        return "the file is " + TimelineLoader.megabytes(size) + ", larger than the "
                + TimelineLoader.megabytes(MAX_BYTES) + " a lesson can be; a lesson lists steps, so check that this "
                + "is the lesson file";
    }

    /** Ends a read with an error once more than {@code cap} bytes came: a file that grows while it is read. */
    private static final class Capped extends FilterInputStream {
        private final long cap;
        private long count;

        Capped(InputStream in, long cap) {
            super(in);
            this.cap = cap;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) throws IOException {
            count += n;
            if (count > cap) {
                throw new IOException("more than " + TimelineLoader.megabytes(cap) + " came, and it is still "
                        + "growing; a file this large is not one to read here");
            }
        }
    }

    public static Read read(InputStream in) {
        List<Problem> problems = new ArrayList<>();
        List<JsonNode.Member> fields = new ArrayList<>();
        Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        boolean[] notObject = {false};
        try {
            new JsonTreeReader(LoadLimits.DEFAULT, problems, Set.of()).read(reader, new JsonTreeReader.Sink() {
                @Override
                public void documentStart(int line, int column) {
                }

                @Override
                public void notAnObject(JsonNode root) {
                    notObject[0] = true;
                    problems.add(new Problem(Severity.ERROR, root.line(), root.column(), "",
                            "a lesson file is a JSON object that starts with '{' (see Help \u25b8 Timeline File Format, "
                            + "Lessons)"));
                }

                @Override
                public void field(JsonNode.Member field) {
                    fields.add(field);
                }

                @Override
                public void listStart(JsonNode.Member field) {
                }

                @Override
                public void listItem(String field, int index, JsonNode item) {
                }
            });
        } catch (JsonTreeReader.Stopped stopped) {
            if (stopped.encoding != null) {
                problems.add(new Problem(Severity.ERROR, 0, 0, "", "the file is not UTF-8 text; save it as UTF-8"));
            }
            return new Read(null, problems);
        } catch (IOException e) {
            return failed("cannot read the lesson: " + e.getMessage());
        }
        if (notObject[0]) {
            return new Read(null, problems);
        }
        Lesson lesson = new LessonBinder(problems).bind(fields);
        return new Read(problems.stream().anyMatch(Problem::isError) ? null : lesson, problems);
    }

    private static Read failed(String message) {
        return new Read(null, List.of(new Problem(Severity.ERROR, 0, 0, "", message)));
    }

    /**
     * Writes {@code lesson} to {@code target}; refuses {@code timelineFile} (the open timeline) by any name, so the
     * timeline is never written.
     */
    public static void write(Path target, Path timelineFile, Lesson lesson) throws IOException {
        SafeWrite.to(target, timelineFile, out -> {
            JsonWriter w = new JsonWriter(out);
            w.setIndent("  ");
            w.setHtmlSafe(false);
            w.beginObject();
            w.name("lessonVersion").value(VERSION);
            if (lesson.title() != null) {
                w.name("title").value(lesson.title());
            }
            w.name("timeline").beginObject();
            w.name("file").value(lesson.timelineFile());
            if (lesson.timelineSha256() != null) {
                w.name("sha256").value(lesson.timelineSha256());
            }
            w.endObject();
            w.name("steps").beginArray();
            for (PresentationStep s : lesson.steps()) {
                w.beginObject();
                w.name("event").value(s.eventId());
                if (s.quoteIds() != null) {
                    w.name("quotes").beginArray();
                    for (String q : s.quoteIds()) {
                        w.value(q);
                    }
                    w.endArray();
                }
                if (s.notes() != null && !s.notes().isBlank()) {
                    w.name("notes").value(s.notes());
                }
                w.endObject();
            }
            w.endArray();
            w.endObject();
            w.flush();
            out.write(System.lineSeparator());
        });
    }

    /**
     * The SHA-256 of a file's bytes, in lower-case hex: how a lesson recognises its timeline. Only a regular file
     * no larger than the program's loader reads ({@link TimelineLoader#sizedToMemory}) is hashed; anything else
     * (a FIFO put in the timeline's place, a file grown beyond it) is an {@code IOException}, which leaves the
     * lesson without its check.
     */
    public static String sha256(Path file) throws IOException {
        String refused = TimelineLoader.notReadable(file, "timeline", ".json");
        if (refused != null) {
            throw new IOException(file + " " + refused);
        }
        long cap = LoadLimits.forMemory(Runtime.getRuntime().maxMemory()).maxFileBytes();
        if (Files.size(file) > cap) {
            throw new IOException(file + " is larger than the " + TimelineLoader.megabytes(cap) + " this program reads");
        }
        try (InputStream in = new Capped(Files.newInputStream(file), cap)) {
            return sha256(in);
        }
    }

    public static String sha256(InputStream in) throws IOException {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            try (DigestInputStream d = new DigestInputStream(in, digest)) {
                d.transferTo(OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
