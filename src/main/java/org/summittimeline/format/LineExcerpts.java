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

/**
 * The file's own words around the places its problems stand at, so that a reader sees "add ',' here" under the
 * line it means rather than counting lines in an editor. Places are the loader's (Gson's): lines split at \n only,
 * columns counted in UTF-16 units from 1.
 *
 * <p>The file is read once, as a stream, and only up to the last line asked for; of each line only a window
 * around each place is kept, so a minified file of one long line costs no more than a short one.
 */
public final class LineExcerpts {
    /** Letters kept before and after the place: a line of about 80 letters, readable in the problems' list. */
    static final int BEFORE = 40;
    static final int AFTER = 40;
    /** More places than a list shows at once are not worth a longer read. */
    static final int MOST_PLACES = 500;

    /**
     * A piece of one line: {@code text} with the place at {@code caret} (0-based; it may stand just past the
     * text's end, as a missing comma does), an ellipsis written where the line was cut.
     */
    public record Excerpt(String text, int caret) {
        /** The text, and under it a caret at the place, for a font whose letters are all as wide. */
        public String withCaret() {
            return text + "\n" + " ".repeat(caret) + "^";
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
            return new LineExcerpts(scan(reader, wanted));
        }
    }

    /** One pass over the letters, keeping each wanted place's window of its line. */
    private static Map<Long, Excerpt> scan(BufferedReader reader, TreeMap<Integer, List<Integer>> wanted)
            throws IOException {
        Map<Long, Excerpt> found = new HashMap<>();
        int line = 1;
        int column = 1;
        List<Integer> places = wanted.get(line);
        StringBuilder[] windows = windowsFor(places);
        char[] chunk = new char[1 << 14];
        int n;
        while ((n = reader.read(chunk)) > 0) {
            for (int i = 0; i < n; i++) {
                char c = chunk[i];
                if (c == '\n') {
                    finish(line, places, windows, false, found);
                    wanted.remove(line);
                    if (wanted.isEmpty()) {
                        return found;
                    }
                    line++;
                    column = 1;
                    places = wanted.get(line);
                    windows = windowsFor(places);
                    continue;
                }
                if (places != null) {
                    for (int w = 0; w < windows.length; w++) {
                        int at = places.get(w);
                        if (column >= at - BEFORE && column < at + AFTER) {
                            windows[w].append(shown(c));
                        } else if (column == at + AFTER) {
                            windows[w].append('\u2026');
                        }
                    }
                }
                column++;
            }
        }
        // The last line has no \n after it; a place past the file's last line gets nothing.
        finish(line, places, windows, true, found);
        return found;
    }

    private static StringBuilder[] windowsFor(List<Integer> places) {
        if (places == null) {
            return null;
        }
        StringBuilder[] windows = new StringBuilder[places.size()];
        for (int w = 0; w < windows.length; w++) {
            windows[w] = new StringBuilder(BEFORE + AFTER + 2);
        }
        return windows;
    }

    private static void finish(int line, List<Integer> places, StringBuilder[] windows, boolean last,
                               Map<Long, Excerpt> found) {
        if (places == null) {
            return;
        }
        for (int w = 0; w < windows.length; w++) {
            int at = places.get(w);
            String text = windows[w].toString();
            int caret = at - Math.max(1, at - BEFORE);
            if (at - BEFORE > 1) {
                text = "\u2026" + text;
                caret++;
            }
            // The line's indentation says nothing about the problem: dropped, and the caret moved with it.
            int indent = 0;
            while (indent < text.length() && indent < caret && text.charAt(indent) == ' ') {
                indent++;
            }
            text = text.substring(indent).stripTrailing();
            caret -= indent;
            if (text.isEmpty() && last) {
                continue;
            }
            found.put(key(line, at), new Excerpt(text, caret));
        }
    }

    /** A letter as the excerpt shows it: in a font of even widths, one column for one letter of the file. */
    private static char shown(char c) {
        if (c == '\t' || c == '\r') {
            return ' ';
        }
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029') {
            // A control character stands where it is, visible: it is often what the problem is about.
            return '\u00B7';
        }
        return c;
    }
}
