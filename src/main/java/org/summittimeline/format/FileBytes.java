package org.summittimeline.format;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * What a file's bytes say before and after the loader reads them: which kind of file it is, a byte-order mark
 * at its start, the first byte that is not UTF-8, and the line of a syntax error read again to tell Gson's
 * look-alike errors apart.
 */
final class FileBytes {
    private FileBytes() {
    }

    /** What a file holds: our format, a TimelineJS JSON file or a TimelineJS spreadsheet. */
    enum Kind { OURS, TIMELINE_JS, SHEET }

    /**
     * Tells the kinds apart by their beginning (the first 64 KB), which is left unread: a JSON object without
     * our "formatVersion" that speaks of start_date, headline or media is TimelineJS; text whose first line names
     * the columns Year and Headline, or a file named .csv, is a TimelineJS sheet; anything else is read as ours,
     * whose checks then say what is wrong.
     */
    static Kind kind(BufferedInputStream in, String name) throws IOException {
        in.mark(1 << 16);
        byte[] head = in.readNBytes(1 << 16);
        in.reset();
        String text = new String(head, StandardCharsets.UTF_8);
        String start = text.stripLeading();
        if (start.startsWith("{")) {
            boolean ours = text.contains("\"formatVersion\"");
            boolean timelineJs = text.contains("\"start_date\"") || text.contains("\"headline\"")
                    || text.contains("\"media\"");
            return !ours && timelineJs ? Kind.TIMELINE_JS : Kind.OURS;
        }
        if (start.startsWith("[")) {
            return Kind.OURS;
        }
        int end = text.indexOf('\n');
        String firstLine = end < 0 ? text : text.substring(0, end);
        return TimelineJsSheet.looksLikeSheet(firstLine) || name.toLowerCase(Locale.ROOT).endsWith(".csv")
                ? Kind.SHEET : Kind.OURS;
    }

    /**
     * The longest line read back whole to word a syntax problem. The problem's own line, when longer, is read around
     * the place ({@link #aroundColumn}); a longer line above it, which would be the line before, is not read, and a
     * problem that needs that line keeps Gson's place and words.
     */
    static final int REFINED_LINE_MAX = 1 << 20;

    /**
     * Reads the problem's line (and the last line before it that is not blank) again to tell Gson's look-alike
     * errors apart. Lines are split
     * at \n only and decoded leniently, as Gson counts them: a \r or a bad byte further on must not shift or hide
     * the line.
     */
    static Problem refineSyntax(Path file, Problem p) {
        if (p.line() < 1) {
            return p;
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            // The last line before the problem's that is not blank: a missing comma may stand lines above.
            java.io.ByteArrayOutputStream previous = new java.io.ByteArrayOutputStream();
            int previousLine = 0;
            java.io.ByteArrayOutputStream current = new java.io.ByteArrayOutputStream();
            boolean blank = true;
            int line = 1;
            long offset = 0;
            long lineStart = 0;
            for (int b = in.read(); b != -1; b = in.read()) {
                offset++;
                if (b != '\n') {
                    if (current.size() >= REFINED_LINE_MAX) {
                        // A file of one huge line (minified, as generated files are): not copied whole; the
                        // problem is told apart from the text around its place.
                        return line == p.line() ? aroundColumn(file, lineStart, p) : p;
                    }
                    current.write(b);
                    blank &= b == ' ' || b == '\t' || b == '\r';
                } else if (line == p.line()) {
                    break;
                } else {
                    if (!blank) {
                        previous = current;
                        previousLine = line;
                    }
                    current = new java.io.ByteArrayOutputStream();
                    blank = true;
                    line++;
                    lineStart = offset;
                }
            }
            if (line < p.line()) {
                return p;
            }
            String text = current.toString(StandardCharsets.UTF_8);
            if (p.line() == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            return JsonSyntaxProblem.refine(p, text, previous.toString(StandardCharsets.UTF_8), previousLine);
        } catch (IOException e) {
            return p;
        }
    }

    /** How much of a huge line around a problem's place is read to tell the problem apart, each side. */
    static final int AROUND = 4096;

    /**
     * {@link #refineSyntax} for a line too long to copy: the {@link #AROUND} characters before the problem's place and
     * after it, decoded as the whole line would be. Only a problem placed on that line is taken; one that would
     * move to a line above (the window holds no line above) keeps Gson's place and words.
     */
    private static Problem aroundColumn(Path file, long lineStart, Problem p) throws IOException {
        try (BufferedInputStream bytes = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
             Reader in = new InputStreamReader(bytes, StandardCharsets.UTF_8)) {
            bytes.skipNBytes(lineStart);
            if (lineStart == 0) {
                skipByteOrderMark(bytes, new java.util.ArrayList<>()); // Gson's columns count from after it
            }
            long skip = Math.max(0, p.column() - 1L - AROUND);
            for (long left = skip; left > 0; ) {
                long skipped = in.skip(left);
                if (skipped <= 0) {
                    return p;
                }
                left -= skipped;
            }
            char[] window = new char[(int) (p.column() - 1 - skip) + AROUND];
            int n = 0;
            while (n < window.length) {
                int read = in.read(window, n, window.length - n);
                if (read < 0) {
                    break;
                }
                n += read;
            }
            String text = new String(window, 0, n);
            int end = text.indexOf('\n');
            Problem local = new Problem(p.severity(), p.line(), (int) (p.column() - skip), p.path(), p.message());
            Problem refined = JsonSyntaxProblem.refine(local, end < 0 ? text : text.substring(0, end), "", 0);
            if (refined == local || refined.line() != p.line()) {
                return p;
            }
            return new Problem(refined.severity(), refined.line(), (int) (refined.column() + skip), refined.path(),
                    refined.message());
        }
    }

    static void skipByteOrderMark(BufferedInputStream in, List<Problem> problems) throws IOException {
        in.mark(3);
        byte[] head = in.readNBytes(3);
        if (head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            problems.add(new Problem(Severity.WARNING, 1, 1, "", "the file starts with a UTF-8 byte-order mark; "
                    + "it is skipped here, but other JSON tools reject it, so save the file as UTF-8 without BOM"));
        } else {
            in.reset();
        }
    }

    static Problem notUtf8(Path file, CharacterCodingException e) {
        String what = "the file is not UTF-8 text; save it as UTF-8 (in most editors: Save As, Encoding UTF-8)";
        if (file != null) {
            try (InputStream again = Files.newInputStream(file)) {
                Utf8Scan.Malformed bad = Utf8Scan.firstMalformed(again);
                if (bad != null) {
                    return new Problem(Severity.ERROR, bad.line(), bad.column(), "", String.format(Locale.ROOT,
                            "the byte 0x%02X here is not UTF-8; save the file as UTF-8 (in most editors: "
                                    + "Save As, Encoding UTF-8)", bad.value()));
                }
            } catch (IOException ignored) {
                // the first failure is the one to report; a second read adds nothing
            }
        }
        return new Problem(Severity.ERROR, 0, 0, "", what);
    }
}
