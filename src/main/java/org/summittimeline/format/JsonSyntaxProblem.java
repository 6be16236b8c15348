package org.summittimeline.format;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Gson's terse syntax errors ("Expected name at line 3 column 5 path $.x") into a problem that says
 * what is wrong in the reader's terms and how to fix it.
 */
final class JsonSyntaxProblem {
    private static final Pattern LOCATION = Pattern.compile(" at line (\\d+) column (\\d+) path (\\S*)");

    private JsonSyntaxProblem() {
    }

    /** Builds the problem for a Gson exception; {@code fallbackLine/Column} are used when Gson gives none. */
    static Problem from(Exception e, int fallbackLine, int fallbackColumn) {
        String raw = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int line = fallbackLine;
        int column = fallbackColumn;
        Matcher m = LOCATION.matcher(raw);
        String head = raw;
        if (m.find()) {
            line = Integer.parseInt(m.group(1));
            column = Integer.parseInt(m.group(2));
            head = raw.substring(0, m.start());
        }
        int see = head.indexOf("\nSee ");
        if (see >= 0) {
            head = head.substring(0, see);
        }
        return new Problem(Severity.ERROR, line, column, "", explain(head.trim()));
    }

    static String explain(String gson) {
        if (gson.startsWith("Unterminated string")) {
            return "a text value is not closed: add the closing quotation mark \"";
        }
        if (gson.startsWith("Expected name")) {
            return "expected a field name in double quotation marks; remove a comma that stands before '}'";
        }
        if (gson.startsWith("Unexpected value")) {
            return "expected a value; remove a comma that stands before ']'";
        }
        if (gson.startsWith("Expected ':'")) {
            return "expected ':' between a field name and its value";
        }
        if (gson.startsWith("Unterminated object")) {
            return "expected ',' or '}' after a field's value";
        }
        if (gson.startsWith("Unterminated array")) {
            return "expected ',' or ']' after a list item";
        }
        if (gson.startsWith("End of input")) {
            return "the file ends before the document is complete: a closing '}' or ']' is missing";
        }
        if (gson.startsWith("Nesting limit")) {
            String limit = gson.replaceAll("\\D+", " ").trim().split(" ")[0];
            return "values are nested more than " + limit + " levels deep; a timeline never needs that many";
        }
        if (gson.startsWith("Use JsonReader.setStrictness") || gson.startsWith("Use JsonReader.setLenient")) {
            return "this is not strict JSON: write names and text in double quotation marks, "
                    + "without comments, single quotes or unquoted words";
        }
        if (gson.startsWith("Unescaped control characters")) {
            return "a text value contains a raw control character (such as a tab or line break); "
                    + "write it as \\t or \\n";
        }
        if (gson.startsWith("Invalid escape") || gson.startsWith("Malformed Unicode escape")
                || gson.startsWith("Invalid escaped character")) {
            return "a text value has an invalid escape after '\\'; use \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX";
        }
        return "the JSON is malformed (" + gson + ")";
    }
}
