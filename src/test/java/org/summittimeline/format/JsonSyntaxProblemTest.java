package org.summittimeline.format;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A missing comma is told where it must be typed, at the end of the value before it. */
@Tag("toolkit-free")
class JsonSyntaxProblemTest {
    private static Problem gson(int line, int column, String message) {
        return new Problem(Severity.ERROR, line, column, "", message);
    }

    @Test
    void betweenTwoFieldsOnOneLineThePlaceIsRightAfterTheFirstValue() {
        String line = "{\"title\": \"t\" \"timeZone\": \"UTC\"}";
        Problem refined = JsonSyntaxProblem.refine(gson(1, line.indexOf("\"timeZone") + 1, JsonSyntaxProblem.AFTER_FIELD),
                line, "", 0);
        assertEquals(new Problem(Severity.ERROR, 1, line.indexOf(" \"timeZone") + 1, "",
                JsonSyntaxProblem.MISSING_COMMA_FIELD), refined);
    }

    @Test
    void anItemEndingOnTheLineBeforeIsWhereTheCommaGoes() {
        String previous = "    {\"id\": \"a\"}   ";
        Problem refined = JsonSyntaxProblem.refine(gson(10, 5, JsonSyntaxProblem.AFTER_ITEM), "    {\"id\": \"b\"}",
                previous, 9);
        assertEquals(new Problem(Severity.ERROR, 9, "    {\"id\": \"a\"}".length() + 1, "",
                JsonSyntaxProblem.MISSING_COMMA_ITEM + " (the next begins on line 10)"), refined);
    }

    @Test
    void numbersAndLiteralsEndValuesToo() {
        for (String value : new String[] {"12", "true", "false", "null", "[1]"}) {
            String line = "[" + value + " 3]";
            assertEquals(JsonSyntaxProblem.MISSING_COMMA_ITEM, JsonSyntaxProblem.refine(
                    gson(1, line.indexOf(" 3") + 2, JsonSyntaxProblem.AFTER_ITEM), line, "", 0).message(), value);
        }
    }

    @Test
    void blankLinesBetweenTheTwoValuesLeadBackToTheFirst() {
        Problem refined = JsonSyntaxProblem.refine(gson(12, 5, JsonSyntaxProblem.AFTER_ITEM), "    {\"id\": \"b\"}",
                "    {\"id\": \"a\"}", 9);
        assertEquals(new Problem(Severity.ERROR, 9, "    {\"id\": \"a\"}".length() + 1, "",
                JsonSyntaxProblem.MISSING_COMMA_ITEM + " (the next begins on line 12)"), refined);
    }

    /** Not a second value after the first (a stray word, a colon): Gson's own words stay. */
    @Test
    void whatIsNotASecondValueKeepsTheGeneralMessage() {
        Problem stray = gson(1, 6, JsonSyntaxProblem.AFTER_ITEM);
        assertEquals(stray, JsonSyntaxProblem.refine(stray, "[\"a\" :]", "", 0));
        Problem afterComma = gson(2, 1, JsonSyntaxProblem.AFTER_ITEM);
        assertEquals(afterComma, JsonSyntaxProblem.refine(afterComma, "{\"b\": 1}", "[{\"a\": 1} (", 1));
        Problem first = gson(1, 3, JsonSyntaxProblem.AFTER_ITEM);
        assertEquals(first, JsonSyntaxProblem.refine(first, "  {\"b\": 1}", "", 0), "no line before the first");
    }

    /** The comma after a last item, wherever it stands: the line above (after a byte-order mark), or this one. */
    @Test
    void aTrailingCommaIsPlacedAtTheCommaItself() {
        String above = "\uFEFF[1, 2,\r";
        Problem onLineOne = JsonSyntaxProblem.refine(gson(3, 1, JsonSyntaxProblem.NOT_STRICT), "]", above, 1);
        assertEquals(new Problem(Severity.ERROR, 1, "[1, 2,".length(), "",
                "a comma stands before ']'; remove the comma after the last item"), onLineOne, "BOM and CR left out");
        String line = "  {\"a\": 1,   }";
        Problem inObject = JsonSyntaxProblem.refine(gson(1, line.indexOf('}') + 1, JsonSyntaxProblem.EXPECTED_NAME),
                line, "", 0);
        assertEquals(new Problem(Severity.ERROR, 1, line.indexOf(',') + 1, "",
                "a comma stands before '}'; remove the comma after the last item"), inObject);
    }

    /** A raw control character in a closed text: at itself, its letter counted with an escape as one letter. */
    @Test
    void aControlCharacterInAClosedTextIsPlacedAtItselfAndCountedAsTheTextReads() {
        String line = "  \"title\": \"a\\\"b\\u00e9\tc\",";
        int open = line.indexOf("\"a");
        Problem refined = JsonSyntaxProblem.refine(gson(1, open + 1, JsonSyntaxProblem.CONTROL_CHARACTER), line, "", 0);
        // a, ", b, é, then the tab: the fifth letter.
        assertEquals(new Problem(Severity.ERROR, 1, line.indexOf('\t') + 1, "", "this text holds a tab at character 5; "
                + "remove it (only a description, summary, text, context or notes may hold one, written \\t)"), refined);
        String unclosed = "  \"title\": \"a\tb";
        Problem general = gson(1, unclosed.indexOf("\"a") + 1, JsonSyntaxProblem.CONTROL_CHARACTER);
        assertEquals(general, JsonSyntaxProblem.refine(general, unclosed, "", 0), "not closed: it runs into the end");
    }
}
