package org.summittimeline.format;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loader never throws and always explains itself, whatever the bytes: seeded corruptions of the bundled file
 * (flipped, deleted, duplicated and truncated bytes), read from a stream and from a file (which has its own
 * syntax refinement), each give either a timeline or problems that stand at a real place in the corrupted bytes
 * and say one of the loader's own messages. A cheap stand-in for a fuzzer that runs in every build.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@Tag("toolkit-free")
class MutatedFilesTest {
    /**
     * Every message the loader writes, as a pattern: a stub with one generic error, or a new message that slips
     * out without words of our own, fails here.
     */
    private static final List<Pattern> KNOWN = compile(
            // reading and syntax
            "the file is empty; a timeline file is a JSON object that starts with '\\{' \\(see Help \u25b8 Timeline File Format, and File \u25b8 Open Example for a whole one\\)",
            "the file starts with a UTF-8 byte-order mark; .*",
            "the byte 0x[0-9A-F]{2} here is not UTF-8; save the file as UTF-8 \\(in most editors: Save As, Encoding UTF-8\\)",
            "the file is not UTF-8 text; save it as UTF-8 \\(in most editors: Save As, Encoding UTF-8\\)",
            "unexpected text after the end of the document; a timeline file holds exactly one JSON object, so remove what follows its closing '\\}'",
            "the field \".*\" appears twice in one object \\(first at line \\d+\\); keep only one of them",
            "a text value of \\d+ characters is longer than the \\d+ this reader accepts; shorten it",
            "a text value is not closed: add the closing quotation mark \"",
            "expected a field name in double quotation marks; remove a comma that stands before '\\}'",
            "expected a value; remove a comma that stands before '\\]'",
            "expected a value here: text in double quotation marks, a number, true, false, null, a list \\[ \u2026 \\] or an object \\{ \u2026 \\}",
            "expected ':' between a field name and its value",
            "expected ',' or '\\}' after a field's value",
            "expected ',' or '\\]' after a list item",
            Pattern.quote(JsonSyntaxProblem.NOT_JSON),
            Pattern.quote(JsonSyntaxProblem.MISSING_COMMA_FIELD) + "( \\(the next begins on line \\d+\\))?",
            Pattern.quote(JsonSyntaxProblem.MISSING_COMMA_ITEM) + "( \\(the next begins on line \\d+\\))?",
            Pattern.quote(JsonSyntaxProblem.UNESCAPED_QUOTE),
            Pattern.quote(JsonSyntaxProblem.UNCLOSED_BEFORE_OBJECT) + "( \\(the '\\{' is on line \\d+\\))?",
            Pattern.quote(JsonSyntaxProblem.UNCLOSED_BEFORE_COMMA),
            Pattern.quote(JsonSyntaxProblem.UNCLOSED_BEFORE_LIST_END) + "( \\(the '\\]' is on line \\d+\\))?",
            "the file ends before the document is complete: a closing '\\}' or '\\]' is missing",
            "values are nested more than \\d+ levels deep; a timeline never needs that many",
            Pattern.quote(JsonSyntaxProblem.NOT_STRICT),
            Pattern.quote(JsonSyntaxProblem.CONTROL_CHARACTER),
            "this text holds a tab at character \\d+; remove it \\(only a description, summary, text, context or notes "
                    + "may hold one, written \\\\t\\)",
            "this text holds the control character U\\+[0-9A-F]{4} at character \\d+; remove it",
            "a text value has an invalid escape after '\\\\'; .*",
            "a comma stands before '[\\]}]'; remove the comma after the last item",
            "two commas stand together with nothing between them; remove the extra comma",
            "a comma stands before the list's first item; remove the comma",
            "JSON has no comments; remove the comment or move its text into a \"description\" field",
            "text and names take double quotation marks \\(\"\\), not single ones \\('\\)",
            Pattern.quote(JsonSyntaxProblem.UNQUOTED_WORD),
            "the JSON is malformed \\((Unterminated escape sequence)\\)",
            // fields and values
            "the required field \"\\w+\" is missing(; .*)?",
            "\".+\" looks like the required field \"\\w+\" misspelt: write \"\\w+\"(; .*)?",
            "expected .* as an object \\{ \u2026 \\}, found .*",
            "expected text in double quotation marks, found .*",
            "must not be empty",
            "holds the control character U\\+[0-9A-F]{4} at character \\d+; .*",
            "expected a whole number, found .*",
            "holds \\d+ items, more than the \\d+ this reader accepts",
            "expected a list \\[ \u2026 \\], found .*",
            "expected non-empty text, found .*",
            "unknown field \".*\" is ignored; .*",
            "a timeline file holds one JSON object \\{ \u2026 \\}, but this file holds .*",
            "this file is written in format version -?\\d+, but this build reads format version 1; .*",
            "\".*\" is a fixed offset, not a time zone; .*",
            "unknown time zone \".*\"; write an IANA name such as .*",
            "\".*\" is not an? (date|usable id|colour|web address|timecode|kind of quote|basis|relation|duration|precision"
                    + "|ISO-8601 time with an offset); .*",
            "\".*\" is not a time that exists: .*",
            "duplicate id \".*\": \\w+\\[\\d+\\] already uses it \\(the item that begins at line \\d+\\); give each \\w+ its own id",
            "no \\w+ has the id \".*\"(; did you mean \".*\"\\?|; add it to the \\w+ or correct the id)",
            "cite at least one source",
            "[\\d,]+ events? cites? no source \\((this one|the first is here)\\); .*",
            "a citation names one place in its source, but this one has .*; keep one",
            "paragraphs are counted from 1, found -?\\d+",
            "a quote cannot relate to itself",
            // times
            "a time needs one of .*",
            "a time takes exactly one form, but this one has .*; keep one",
            "expected an ISO-8601 time in quotation marks, found .*",
            "the latest time .* is before the earliest .*; swap them",
            "expected \"start\" or \"end\", found \".*\"",
            "give either \"offset\" or \"earliestOffset\" and \"latestOffset\", not both",
            "the latest offset .* is before the earliest offset .*; swap them",
            "expected a duration in quotation marks, found .*",
            "list at least one account",
            "an account is a clock time: .*",
            "the end \\(.*\\) is before the start \\(.*\\); swap them or correct one",
            "no event has the id \".*\" to count this time from(; did you mean \".*\"\\?)?",
            "the event \".*\" has no end to count from; .*",
            "counted from \".*\" this time lies between .*; correct the offsets or the limits",
            "relative times form a cycle: .*; anchor one of them to a clock time");

    private static List<Pattern> compile(String... patterns) {
        return Arrays.stream(patterns).map(p -> Pattern.compile(p, Pattern.DOTALL)).toList();
    }

    @Test
    void everyCorruptionReadFromAStreamIsExplainedAtARealPlace() throws IOException {
        Set<Integer> kinds = fuzz(new SplittableRandom(20180716), 2000, (bytes, name) ->
                new TimelineLoader().load(new ByteArrayInputStream(bytes), name), false);
        assertTrue(kinds.size() >= 12, "kinds of message met: " + kinds);
    }

    @Test
    void everyCorruptionReadFromAFileIsExplainedAtARealPlace(@TempDir Path dir) throws IOException {
        Set<Integer> kinds = fuzz(new SplittableRandom(16072018), 1000, (bytes, name) -> {
            Path file = dir.resolve(name);
            Files.write(file, bytes);
            return new TimelineLoader().load(file);
        }, true);
        assertTrue(kinds.size() >= 12, "kinds of message met: " + kinds);
    }

    private interface Load {
        LoadResult load(byte[] bytes, String name) throws IOException;
    }

    /** Loads {@code rounds} corruptions and checks each; returns which of {@link #KNOWN} were met. */
    private static Set<Integer> fuzz(SplittableRandom random, int rounds, Load load, boolean fromFile)
            throws IOException {
        byte[] original = Files.readAllBytes(BundledDataTest.BUNDLED);
        Set<Integer> kinds = new TreeSet<>();
        int broken = 0;
        for (int round = 0; round < rounds; round++) {
            byte[] bytes = mutate(original, random);
            LoadResult result = load.load(bytes, "mutated-" + round + ".json");
            assertNotNull(result);
            if (!result.hasErrors()) {
                assertNotNull(result.timeline(), "round " + round);
            } else {
                broken++;
            }
            List<String> lines = lines(bytes);
            for (Problem p : result.problems()) {
                String where = "round " + round + ": " + p;
                kinds.add(kindOf(p.message(), where));
                boolean wholeFile = !fromFile && p.message().startsWith("the file is not UTF-8 text");
                if (!wholeFile) {
                    assertTrue(p.line() >= 1 && p.line() <= lines.size(), where + " (" + lines.size() + " lines)");
                    assertTrue(p.column() >= 1 && p.column() <= lines.get(p.line() - 1).length() + 1, where);
                }
                if (fromFile) {
                    assertRefined(p, lines.get(p.line() - 1), p.line() > 1 ? lines.get(p.line() - 2) : "", where);
                }
            }
        }
        assertTrue(broken > rounds / 2, "most corruptions are caught: " + broken + " of " + rounds);
        return kinds;
    }

    private static int kindOf(String message, String where) {
        assertFalse(message.isBlank(), where);
        for (int i = 0; i < KNOWN.size(); i++) {
            if (KNOWN.get(i).matcher(message).matches()) {
                return i;
            }
        }
        return fail("not one of the loader's messages: " + where);
    }

    /**
     * Read from a file, Gson's one message for several mistakes is told apart by the character at its place: a
     * comment, a single quote, an unquoted word or a comma before a closing bracket must not stay "not strict".
     */
    private static void assertRefined(Problem p, String line, String previous, String where) {
        if (!p.message().equals(JsonSyntaxProblem.NOT_STRICT) || p.column() > line.length()) {
            return;
        }
        char at = line.charAt(p.column() - 1);
        char next = p.column() < line.length() ? line.charAt(p.column()) : ' ';
        String before = (previous + line.substring(0, p.column() - 1)).stripTrailing();
        boolean specific = at == '/' || at == '#' || at == '\'' || Character.isLetter(at) || Character.isLetter(next)
                || ((at == ']' || at == '}') && before.endsWith(","));
        assertFalse(specific, "a specific message exists for '" + at + "': " + where);
    }

    /** The lines as Gson counts them (split at \n), each decoded leniently so that columns can be bounded. */
    private static List<String> lines(byte[] bytes) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                out.add(new String(bytes, start, i - start, StandardCharsets.UTF_8));
                start = i + 1;
            }
        }
        return out;
    }

    private static byte[] mutate(byte[] original, SplittableRandom random) {
        byte[] bytes = original.clone();
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(4)) {
                case 0 -> bytes[at] = (byte) random.nextInt(256);
                case 1 -> {
                    byte[] shorter = new byte[bytes.length - 1];
                    System.arraycopy(bytes, 0, shorter, 0, at);
                    System.arraycopy(bytes, at + 1, shorter, at, bytes.length - at - 1);
                    bytes = shorter;
                }
                case 2 -> {
                    byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
                    System.arraycopy(bytes, at, longer, at + 1, bytes.length - at);
                    bytes = longer;
                }
                default -> bytes = Arrays.copyOf(bytes, Math.max(1, at));
            }
        }
        return bytes;
    }
}
