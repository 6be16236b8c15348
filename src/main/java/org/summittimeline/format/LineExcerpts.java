package org.summittimeline.format;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.SequenceInputStream;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

/**
 * The file's own words around the places its problems stand at, so that a reader sees "add ',' here" under the
 * line it means rather than counting lines in an editor. Places are the loader's (Gson's): lines split at \n only,
 * columns counted in UTF-16 units from 1.
 *
 * <p>The file is read once, as a stream, and only up to the last place's window; of each line only a window
 * around each place is kept, so a minified file of one long line costs no more than a short one up to there.
 */
public final class LineExcerpts {
    /**
     * Letters kept before the place, and from the place on (the place and 40 after it): most lines of a file written
     * out with indentation whole, the field's name with them, and about a hundred letters at most.
     */
    static final int BEFORE = 60;
    static final int AFTER = 41;
    /** More places than a list shows at once are not worth a longer read. */
    static final int MOST_PLACES = 500;

    /**
     * A piece of one line: {@code text} with the place at {@code caret} (0-based; it may stand just past the
     * text's end, as a missing comma does), an ellipsis written where the line was cut. The caret counts UTF-16
     * units, as the loader's columns do; the window places it by the drawn width of the letters before it.
     *
     * <p>{@code above} is the last line before it that is not blank, or null: given only where the place's line
     * holds no word, as a lone "," or "}" whose problem is about what the line above left open (a reader saw
     * "," and a caret and nothing to correct). The two keep their indentation relative to each other.
     */
    public record Excerpt(String text, int caret, String above) {
        /** A line whose own words say enough: no line above it. */
        public Excerpt(String text, int caret) {
            this(text, caret, null);
        }
    }

    private final Map<Long, Excerpt> byPlace;

    private LineExcerpts(Map<Long, Excerpt> byPlace) {
        this.byPlace = byPlace;
    }

    /** None at all: for a file that could not be read again, or problems without places. */
    public static LineExcerpts none() {
        return new LineExcerpts(Map.of());
    }

    /** The excerpt at the problem's place, or null (no place, a spreadsheet's row, or past the file's end). */
    public Excerpt at(Problem problem) {
        return problem.line() > 0 && problem.column() > 0 ? byPlace.get(key(problem.line(), problem.column())) : null;
    }

    public boolean isEmpty() {
        return byPlace.isEmpty();
    }

    private static long key(int line, int column) {
        return (long) line << 32 | column;
    }

    /**
     * Reads the excerpts of the problems' places (the first {@value #MOST_PLACES} in the file's order) from the file
     * as UTF-8; letters that are not UTF-8 show as U+FFFD. A file in UTF-16 gets none: its problem says so already.
     */
    public static LineExcerpts read(Path file, Collection<Problem> problems) throws IOException {
        return read(file, problems, () -> true);
    }

    /** As above, giving up (with the excerpts read so far) once {@code stillWanted} says false. */
    public static LineExcerpts read(Path file, Collection<Problem> problems, BooleanSupplier stillWanted)
            throws IOException {
        TreeMap<Integer, List<Integer>> wanted = new TreeMap<>();
        problems.stream().filter(p -> p.line() > 0 && p.column() > 0)
                .map(p -> key(p.line(), p.column())).distinct().sorted().limit(MOST_PLACES)
                .forEach(k -> wanted.computeIfAbsent((int) (k >>> 32), l -> new ArrayList<>()).add((int) (long) k));
        if (wanted.isEmpty()) {
            return none();
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(3);
            boolean utf16 = head.length >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF
                    || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE);
            if (utf16) {
                return none();
            }
            boolean bom = head.length == 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
                    && (head[2] & 0xFF) == 0xBF;
            BufferedReader reader = new BufferedReader(new InputStreamReader(new SequenceInputStream(
                    new ByteArrayInputStream(bom ? new byte[0] : head), in),
                    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                            .onUnmappableCharacter(CodingErrorAction.REPLACE)), 1 << 16);
            return new LineExcerpts(scan(reader, wanted, stillWanted));
        }
    }

    /**
     * One pass over the letters up to the last place's window, keeping each wanted place's window of its line;
     * stops early (with what it has) when {@code stillWanted} turns false, as when the list is closed.
     */
    private static Map<Long, Excerpt> scan(BufferedReader reader, TreeMap<Integer, List<Integer>> wanted,
                                           BooleanSupplier stillWanted) throws IOException {
        Map<Long, Excerpt> found = new HashMap<>();
        int lastLine = wanted.lastKey();
        int line = 1;
        int column = 1;
        Windows windows = Windows.of(wanted.get(line));
        Heads heads = new Heads();
        char[] chunk = new char[1 << 14];
        int n;
        while ((n = reader.read(chunk)) > 0) {
            if (!stillWanted.getAsBoolean()) {
                return found;
            }
            for (int i = 0; i < n; i++) {
                char c = chunk[i];
                if (c == '\n') {
                    if (windows != null) {
                        windows.finish(line, false, found, heads);
                    }
                    if (line == lastLine) {
                        return found;
                    }
                    heads.endLine();
                    line++;
                    column = 1;
                    windows = Windows.of(wanted.get(line));
                    continue;
                }
                heads.take(c);
                if (windows != null && windows.take(column, c) && line == lastLine) {
                    // Past the last window of the last line wanted: a minified file is not read to its end.
                    windows.finish(line, false, found, heads);
                    return found;
                }
                column++;
            }
        }
        // The last line has no \n after it; a place past the file's last line gets nothing.
        if (windows != null) {
            windows.finish(line, true, found, heads);
        }
        return found;
    }

    /**
     * The beginning of the line being read and of the last line before it that was not blank, in two buffers used
     * in turn: a long file with its problem near the end makes no string per line.
     */
    private static final class Heads {
        static final int KEPT = 256;
        char[] current = new char[KEPT];
        int currentLength;
        boolean currentLong;
        boolean currentBlank = true;
        char[] previous = new char[KEPT];
        int previousLength;
        boolean previousLong;

        void take(char c) {
            if (currentLength < KEPT) {
                current[currentLength++] = c;
            } else {
                currentLong = true;
            }
            if (c != ' ' && c != '\t' && c != '\r') {
                currentBlank = false;
            }
        }

        void endLine() {
            if (currentLength > 0 && current[currentLength - 1] == '\r' && !currentLong) {
                currentLength--; // a Windows line end is not part of the line
            }
            if (!currentBlank) {
                char[] swap = previous;
                previous = current;
                current = swap;
                previousLength = currentLength;
                previousLong = currentLong;
            }
            currentLength = 0;
            currentLong = false;
            currentBlank = true;
        }

        int previousIndent() {
            int indent = 0;
            while (indent < previousLength && (previous[indent] == ' ' || previous[indent] == '\t')) {
                indent++;
            }
            return indent;
        }

        /** The last line not blank, from {@code from} on, cut as a window is and without its line end. */
        String previous(int from) {
            StringBuilder text = new StringBuilder(BEFORE + AFTER + 1);
            int end = Math.min(previousLength, from + BEFORE + AFTER);
            int indent = previousIndent();
            for (int i = from; i < end; i++) {
                // A tab of the indentation is room, as the place's own indentation is; within the text it shows.
                text.append(i < indent ? ' ' : shown(previous[i]));
            }
            String shown = text.toString().stripTrailing();
            return end < previousLength || previousLong && end == previousLength ? shown + "\u2026" : shown;
        }
    }

    /** A line's text that holds no word: punctuation alone, as a lone "," or "}" is. */
    private static boolean wordless(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '"' || c == '\'' || c == '\u2026') {
                return false;
            }
        }
        return !text.isEmpty();
    }

    /** The windows of one line's places, in the order of their columns. */
    private static final class Windows {
        final int[] places;
        final StringBuilder[] texts;
        /** The first window not yet past: each letter is offered only to the windows around it. */
        int open;

        private Windows(List<Integer> places) {
            this.places = places.stream().mapToInt(Integer::intValue).toArray();
            this.texts = new StringBuilder[this.places.length];
            for (int w = 0; w < texts.length; w++) {
                texts[w] = new StringBuilder(BEFORE + AFTER + 2);
            }
        }

        static Windows of(List<Integer> places) {
            return places == null ? null : new Windows(places);
        }

        /** Adds the letter at {@code column} to the windows it falls in; true once every window is past. */
        boolean take(int column, char c) {
            while (open < places.length && column > places[open] + after(places[open])) {
                open++;
            }
            for (int w = open; w < places.length && places[w] - BEFORE <= column; w++) {
                if (column < places[w] + after(places[w])) {
                    texts[w].append(shown(c));
                } else if (c != '\r') {
                    // More of the line follows the window (a CR there is the end of a Windows line, not more).
                    texts[w].append('\u2026');
                }
            }
            return column >= places[places.length - 1] + after(places[places.length - 1]);
        }

        /**
         * How many letters from the place on a window keeps: {@link #AFTER}, and the room a place near the line's
         * start leaves unused before it. At column 5 "{"id": "a", "title": "First", "start": "2…" had been cut with
         * most of a wide list empty beside it (a new user's walk).
         */
        private static int after(int place) {
            return AFTER + Math.max(0, BEFORE - (place - 1));
        }

        void finish(int line, boolean lastOfFile, Map<Long, Excerpt> found, Heads heads) {
            for (int w = 0; w < places.length; w++) {
                int at = places[w];
                String text = texts[w].toString();
                int caret = at - Math.max(1, at - BEFORE);
                if (at - BEFORE > 1) {
                    text = "\u2026" + text;
                    caret++;
                }
                // The line's indentation says nothing about the problem: dropped, and the caret moved with it.
                int indent = 0;
                while (at - BEFORE <= 1 && indent < text.length() && indent < caret
                        && (text.charAt(indent) == ' ' || text.charAt(indent) == TAB)) {
                    indent++;
                }
                text = text.substring(indent).stripTrailing();
                caret -= indent;
                if (text.isEmpty() && lastOfFile) {
                    continue;
                }
                String above = null;
                if (at - BEFORE <= 1 && heads.previousLength > 0 && wordless(text)) {
                    // Both lose the indentation they share, so that a "," under a field's line stands where the
                    // '}' it lacks would.
                    int shared = Math.min(indent, heads.previousIndent());
                    above = heads.previous(shared);
                    text = " ".repeat(indent - shared) + text;
                    caret += indent - shared;
                }
                found.put(key(line, at), new Excerpt(text, caret, above));
            }
        }
    }

    /** How a tab shows: seen, as it is often what is wrong in a text (JSON takes it only as \t there). */
    static final char TAB = '\u2192';

    /** A letter as the excerpt shows it: one letter of the file for one letter shown. */
    private static char shown(char c) {
        if (c == '\t') {
            return TAB;
        }
        if (c == '\r') {
            return ' ';
        }
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029') {
            // A control character stands where it is, visible: it is often what the problem is about.
            return '\u00B7';
        }
        return c;
    }
}
