package org.summittimeline.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The file's words under each problem: the right line, the caret under the right letter, long lines cut. */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@Tag("toolkit-free")
class LineExcerptsTest {
    @TempDir
    Path dir;

    private static Problem at(int line, int column) {
        return new Problem(Severity.ERROR, line, column, "", "wrong");
    }

    private LineExcerpts read(String content, Problem... problems) throws IOException {
        Path file = dir.resolve("t.json");
        Files.write(file, content.getBytes(StandardCharsets.UTF_8));
        return LineExcerpts.read(file, List.of(problems));
    }

    @Test
    void aBrokenFilesPlaceShowsItsLineWithTheCaretUnderTheLetter() throws Exception {
        Path file = Path.of(getClass().getResource("/corpus/single-quotes.json").toURI());
        LoadResult loaded = new TimelineLoader().load(file);
        Problem problem = loaded.errors().get(0);
        LineExcerpts.Excerpt excerpt = LineExcerpts.read(file, loaded.problems()).at(problem);
        String line = Files.readAllLines(file).get(problem.line() - 1);
        assertEquals(line.strip(), excerpt.text());
        assertEquals('\'', excerpt.text().charAt(excerpt.caret()), excerpt.toString());
    }

    @Test
    void indentationGoesAndTheCaretMovesWithIt() throws Exception {
        LineExcerpts excerpts = read("{\n    \"title\": 'x',\n}\n", at(2, 14), at(3, 1));
        assertEquals(new LineExcerpts.Excerpt("\"title\": 'x',", 9), excerpts.at(at(2, 14)));
        // A line of punctuation alone brings the line above it, indented as in the file.
        assertEquals(new LineExcerpts.Excerpt("}", 0, "    \"title\": 'x',"), excerpts.at(at(3, 1)));
    }

    /**
     * An object left open before a ",": the "," alone said nothing to correct, so the last line that is not blank
     * comes above it, both without the indentation they share, and the caret stays under the ','.
     */
    @Test
    void aLoneCommaBringsTheLineAboveIt() throws Exception {
        String file = "[\n  {\n\t\"id\": \"a\",\n      \"url\": \"" + "u".repeat(200) + "\"\r\n\n    ,\n  {\"id\": 2}\n]\n";
        LineExcerpts excerpts = read(file, at(6, 5), at(7, 3), at(2, 3));
        LineExcerpts.Excerpt comma = excerpts.at(at(6, 5));
        assertEquals(",", comma.text(), "its four spaces are shared with the line above");
        assertEquals(0, comma.caret());
        assertEquals("  \"url\": \"" + "u".repeat(LineExcerpts.BEFORE + LineExcerpts.AFTER - 10) + "\u2026",
                comma.above(), "the blank line skipped, the long one cut, its CR not shown");
        assertNull(excerpts.at(at(7, 3)).above(), "a line with words needs none");
        // A '{' under a '[' indented less: the '{' keeps what it has more.
        assertEquals(new LineExcerpts.Excerpt("  {", 2, "["), excerpts.at(at(2, 3)));
    }

    /** A place near a long line's start keeps the letters after it that the room before it leaves unused. */
    @Test
    void aPlaceNearALinesStartShowsAsMuchOfItAsAPlaceFarIn() throws Exception {
        String line = "abcd" + "X" + "y".repeat(5_000);
        LineExcerpts.Excerpt excerpt = read(line, at(1, 5)).at(at(1, 5));
        assertEquals("abcdX" + "y".repeat(LineExcerpts.BEFORE + LineExcerpts.AFTER - 5) + "\u2026", excerpt.text());
        assertEquals('X', excerpt.text().charAt(excerpt.caret()));
    }

    @Test
    void aLongLineIsCutAroundThePlaceWithMarks() throws Exception {
        String line = "a".repeat(5_000) + "X" + "b".repeat(5_000);
        LineExcerpts.Excerpt excerpt = read(line, at(1, 5_001)).at(at(1, 5_001));
        assertEquals("\u2026" + "a".repeat(LineExcerpts.BEFORE) + "X" + "b".repeat(LineExcerpts.AFTER - 1) + "\u2026",
                excerpt.text());
        assertEquals('X', excerpt.text().charAt(excerpt.caret()));
    }

    @Test
    void placesOnOneLineEachGetTheirOwnWindow() throws Exception {
        String line = "x".repeat(200) + "A" + "y".repeat(200) + "B" + "z".repeat(10);
        LineExcerpts excerpts = read(line + "\n", at(1, 201), at(1, 402));
        assertEquals('A', excerpts.at(at(1, 201)).text().charAt(excerpts.at(at(1, 201)).caret()));
        assertEquals('B', excerpts.at(at(1, 402)).text().charAt(excerpts.at(at(1, 402)).caret()));
        assertTrue(excerpts.at(at(1, 402)).text().endsWith("z".repeat(10)));
    }

    @Test
    void columnsCountAsTheLoaderCountsThem() throws Exception {
        // A byte-order mark is not a column; CR stands on its line as a column; a letter beyond the BMP is two.
        LineExcerpts excerpts = read("\uFEFF{\"a\": \"\uD83D\uDE00\", \"b\": 1 2}\r\n\tz\u0007!\n",
                at(1, 20), at(2, 3));
        LineExcerpts.Excerpt first = excerpts.at(at(1, 20));
        assertEquals('2', first.text().charAt(first.caret()), first.toString());
        assertEquals(new LineExcerpts.Excerpt("z\u00B7!", 1), excerpts.at(at(2, 3)), "tab dropped as indentation");
    }

    @Test
    void aPlaceAtTheLinesEndStandsJustPastItsText() throws Exception {
        LineExcerpts.Excerpt excerpt = read("{\"a\": 1\n\"b\": 2}", at(1, 8)).at(at(1, 8));
        assertEquals("{\"a\": 1", excerpt.text());
        assertEquals(7, excerpt.caret());
    }

    @Test
    void rowsPlacesPastTheEndAndUtf16FilesGetNone() throws Exception {
        LineExcerpts excerpts = read("{}\n", new Problem(Severity.ERROR, 4, 0, "", "row"), at(9, 1), at(0, 0));
        assertTrue(excerpts.isEmpty());
        Path utf16 = dir.resolve("u.json");
        Files.write(utf16, "\uFEFF{}".getBytes(StandardCharsets.UTF_16BE));
        assertNull(LineExcerpts.read(utf16, List.of(at(1, 1))).at(at(1, 1)));
    }

    @Test
    void bytesThatAreNotUtf8ShowAsReplacements() throws Exception {
        Path file = dir.resolve("latin1.json");
        Files.write(file, new byte[] {'{', '"', 'n', (byte) 0xE9, '"', '}'});
        LineExcerpts.Excerpt excerpt = LineExcerpts.read(file, List.of(at(1, 4))).at(at(1, 4));
        assertEquals("{\"n\uFFFD\"}", excerpt.text());
        assertEquals(3, excerpt.caret());
    }

    @Test
    void aLetterBeyondTheBmpCountsTwoUnitsAsTheLoaderCountsIt() throws Exception {
        LineExcerpts.Excerpt excerpt = read("{\"a\": \"\uD83D\uDE00\", \"b\": 1 2}", at(1, 20)).at(at(1, 20));
        assertEquals(19, excerpt.caret(), "the loader's units: two for the emoji");
        assertEquals('2', excerpt.text().charAt(excerpt.caret()));
    }

    @Test
    void aWindowsLineEndIsNotTakenForMoreOfTheLine() throws Exception {
        String line = "x".repeat(LineExcerpts.BEFORE) + "P" + "y".repeat(LineExcerpts.AFTER - 1);
        int p = LineExcerpts.BEFORE + 1;
        LineExcerpts excerpts = read(line + "\r\n" + line + "z\r\n", at(1, p), at(2, p));
        assertEquals('P', excerpts.at(at(1, p)).text().charAt(excerpts.at(at(1, p)).caret()));
        assertTrue(excerpts.at(at(1, p)).text().endsWith("y"), excerpts.at(at(1, p)).text());
        assertTrue(excerpts.at(at(2, p)).text().endsWith("y\u2026"), "the z is more: " + excerpts.at(at(2, p)).text());
    }

    @Test
    void aLongLineIsReadOnlyUpToTheLastWindowAndNotAtAllOnceUnwanted() throws Exception {
        Path file = dir.resolve("minified.json");
        Files.write(file, ("{\"a\": " + "1, ".repeat(2_000_000) + "}").getBytes(StandardCharsets.UTF_8));
        int[] chunks = {0};
        LineExcerpts excerpts = LineExcerpts.read(file, List.of(at(1, 10)), () -> ++chunks[0] > 0);
        assertEquals('1', excerpts.at(at(1, 10)).text().charAt(excerpts.at(at(1, 10)).caret()));
        assertTrue(chunks[0] <= 2, "a piece or two of the 6 MB line read, not all of it: " + chunks[0]);
        assertTrue(LineExcerpts.read(file, List.of(at(1, 5_000_000)), () -> false).isEmpty(), "given up at once");
    }

    @Test
    void onlyTheFirstPlacesInTheFilesOrderAreRead() throws Exception {
        List<Problem> problems = new java.util.ArrayList<>();
        StringBuilder content = new StringBuilder();
        for (int line = 1; line <= LineExcerpts.MOST_PLACES + 100; line++) {
            content.append("line ").append(line).append('\n');
            problems.add(at(LineExcerpts.MOST_PLACES + 101 - line, 1));
        }
        Path file = dir.resolve("many.json");
        Files.writeString(file, content);
        LineExcerpts excerpts = LineExcerpts.read(file, problems);
        assertEquals("line " + LineExcerpts.MOST_PLACES, excerpts.at(at(LineExcerpts.MOST_PLACES, 1)).text());
        assertNull(excerpts.at(at(LineExcerpts.MOST_PLACES + 1, 1)));
    }
}
