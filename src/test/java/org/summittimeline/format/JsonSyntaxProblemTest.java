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
}
