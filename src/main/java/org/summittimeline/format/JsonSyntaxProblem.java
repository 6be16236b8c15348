package org.summittimeline.format;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns Gson's terse syntax errors ("Expected name at line 3 column 5 path $.x") into a problem that says
 * what is wrong in the reader's terms and how to fix it.
 */
final class JsonSyntaxProblem {
    private static final Pattern LOCATION = Pattern.compile(" at line (\\d+) column (\\d+) path (\\S*)");

    static final String NOT_STRICT = "this is not strict JSON: write names and text in double quotation marks, "
            + "without comments, single quotes or unquoted words";
    static final String UNQUOTED_WORD = "a word without quotation marks; write text in double quotation marks, "
            + "or true, false or null";
    static final String CONTROL_CHARACTER = "this text runs into a line break or other control character: close it "
            + "with \" before the end of its line, and write a tab or line break inside text as \\t or \\n";

    static final String NOT_JSON = "this is not a JSON timeline: such a file is one JSON object that starts with "
            + "'{' (see Help \u25b8 Timeline File Format, and File \u25b8 Open Example "
            + "for a whole one)";
    static final String EXPECTED_NAME = "expected a field name in double quotation marks; remove a comma that stands "
            + "before '}'";
    static final String AFTER_FIELD = "expected ',' or '}' after a field's value";
    static final String AFTER_ITEM = "expected ',' or ']' after a list item";
    static final String MISSING_COMMA_FIELD = "a comma is missing after this field's value: add ',' here, before "
            + "the next field";
    static final String UNESCAPED_QUOTE = "this quotation mark ends the text, but more words follow it: write a "
            + "quotation mark inside a text as \\\" (or use typographic ones, \u201c \u201d)";
    static final String MISSING_COMMA_ITEM = "a comma is missing after this list item: add ',' here, before the next "
            + "item";
    static final String UNCLOSED_BEFORE_OBJECT = "'{' cannot follow a field's value: the object before it is not "
            + "closed; add '}' here, then ',' before the next '{'";
    static final String UNCLOSED_BEFORE_LIST_END = "']' cannot end an object: the object before it is not closed; "
            + "add '}' here, after its last field";
    static final String UNCLOSED_BEFORE_COMMA = "the object before this ',' is not closed: add '}' before the ',' "
            + "(the '{' after it begins the next object)";

    private JsonSyntaxProblem() {
    }

    /**
     * Gson gives one message for several mistakes; the character at the problem's place tells them apart.
     * {@code lineText} is the problem's line of the file, or null when the file cannot be read again;
     * {@code previousText} the last line before it that holds more than white space (blank lines may stand between
     * two values), and {@code previousLine} its number (0 and "" when there is none).
     */
    static Problem refine(Problem p, String lineText, String previousText, int previousLine) {
        if (lineText == null || p.column() > lineText.length()) {
            return p;
        }
        if (p.message().equals(AFTER_ITEM) || p.message().equals(AFTER_FIELD)) {
            return missingComma(p, lineText, previousText, previousLine);
        }
        if (p.message().equals(CONTROL_CHARACTER)) {
            return controlCharacter(p, lineText);
        }
        if (p.message().equals(EXPECTED_NAME) && lineText.charAt(p.column() - 1) == '}'
                && (previousText + lineText.substring(0, p.column() - 1)).stripTrailing().endsWith(",")) {
            return trailingComma(p, '}', lineText, previousText, previousLine); // strict Gson's words for ",}"
        }
        if (!p.message().equals(NOT_STRICT)) {
            return p;
        }
        char c = lineText.charAt(p.column() - 1);
        String before = (previousText + lineText.substring(0, p.column() - 1)).stripTrailing();
        String message;
        if ((c == ']' || c == '}') && before.endsWith(",")) {
            return trailingComma(p, c, lineText, previousText, previousLine);
        } else if (c == '{' && before.endsWith(",")) {
            // A name is what Gson expected (a list takes '{' after a comma): an object left open above, its '}'
            // deleted with the comma kept. "Write names in double quotation marks" sent the reader the wrong way.
            return atComma(p, lineText, previousText, previousLine, UNCLOSED_BEFORE_COMMA);
        } else if (before.isEmpty() && (c == '#' && p.line() == 1 || Character.isLetter(c))) {
            // A heading, a shell or YAML comment, or a word as the very first thing: a note or another kind of
            // file. ("a word without quotation marks" read as if "hello" in quotation marks would do.)
            message = NOT_JSON;
        } else if (c == '/' || c == '#') {
            message = "JSON has no comments; remove the comment or move its text into a \"description\" field";
        } else if (c == '\'') {
            message = "text and names take double quotation marks (\"), not single ones (')";
        } else if (c == ',' && before.endsWith("[")) {
            message = "a comma stands before the list's first item; remove the comma";
        } else if (c == ',' && before.endsWith(",")) {
            // Between two fields of an object as between two items of a list: "where a list item should be"
            // misled a reader whose extra comma followed a title.
            message = "two commas stand together with nothing between them; remove the extra comma";
        } else if (isUnquoted(c)) {
            // An unquoted name: Gson has stepped over its first character, which is the place.
            message = UNQUOTED_WORD;
        } else if ((Character.isWhitespace(c) || c == ':' || c == ',' || c == '[') && p.column() < lineText.length()
                && isUnquoted(lineText.charAt(p.column()))) {
            // An unquoted value: Gson stops before its first character without stepping over it. A word that
            // begins the file after white space only: another kind of file, as at its very start.
            return new Problem(p.severity(), p.line(), p.column() + 1, p.path(),
                    before.isBlank() && Character.isLetter(lineText.charAt(p.column())) ? NOT_JSON : UNQUOTED_WORD);
        } else {
            return p;
        }
        return new Problem(p.severity(), p.line(), p.column(), p.path(), message);
    }

    /**
     * A comma after a list's or an object's last item, at the comma: Gson points at the bracket after it, often on
     * the next line, where the line shown held only the bracket and not the comma to remove.
     */
    private static Problem trailingComma(Problem p, char bracket, String lineText, String previousText,
                                         int previousLine) {
        return atComma(p, lineText, previousText, previousLine,
                "a comma stands before '" + bracket + "'; remove the comma after the last item");
    }

    /** The problem placed at the comma before its place, on its line or at the end of the line above. */
    private static Problem atComma(Problem p, String lineText, String previousText, int previousLine,
                                   String message) {
        String here = lineText.substring(0, p.column() - 1).stripTrailing();
        if (here.endsWith(",")) {
            return new Problem(p.severity(), p.line(), here.length(), p.path(), message);
        }
        String above = (previousLine == 1 && previousText.startsWith("\uFEFF") ? previousText.substring(1)
                : previousText).stripTrailing();
        return new Problem(p.severity(), previousLine, above.length(), p.path(), message);
    }

    /**
     * Gson says the same for a text that runs into the end of its line and for one that holds a tab or another
     * control character and is closed after it; it points at the text's opening quotation mark. For the second the
     * advice to close the text was wrong, and in a long text the character stood past the line shown: the place is
     * the character itself, and the message counts from the text's first letter.
     */
    private static Problem controlCharacter(Problem p, String lineText) {
        int open = p.column() - 1;
        if (lineText.charAt(open) != '"') {
            return p;
        }
        int control = -1;
        // Counted as the text reads, an escape one letter, as the binders count a character's place in a text.
        int letters = 0;
        int letter = 0;
        for (int i = open + 1; i < lineText.length(); i++) {
            char c = lineText.charAt(i);
            letters++;
            if (c == '\\') {
                i += i + 1 < lineText.length() && lineText.charAt(i + 1) == 'u' ? 5 : 1;
            } else if (c == '"') {
                if (control < 0) {
                    return p; // closed before any control character: not the text Gson meant
                }
                char found = lineText.charAt(control);
                // An escaped control character is refused too, but for a tab in a text of several lines.
                String message = found == '\t'
                        ? "this text holds a tab at character " + letter + "; remove it (only a description, summary, "
                        + "text, context or notes may hold one, written \\t)"
                        : String.format(Locale.ROOT, "this text holds the control character U+%04X at character %d; "
                        + "remove it", (int) found, letter);
                return new Problem(p.severity(), p.line(), control + 1, p.path(), message);
            } else if (c < 0x20 && control < 0) {
                control = i;
                letter = letters;
            }
        }
        return p; // not closed on this line: it runs into the line's end, as the general message says
    }

    /**
     * A value where a comma or the end was expected, right after another value: the comma between them is missing.
     * The mistake is at the end of the first, which is where the reader must type; Gson points at the second, often
     * on the next line, and said only what it expected.
     */
    private static Problem missingComma(Problem p, String lineText, String previousText, int previousLine) {
        char next = lineText.charAt(p.column() - 1);
        if (Character.isLetterOrDigit(next) && p.column() >= 2 && lineText.charAt(p.column() - 2) == '"') {
            // A word right against the quotation mark that closed a text: that mark was meant inside the text
            // ("he called it "fake news" today"), and no comma would mend it.
            return new Problem(p.severity(), p.line(), p.column() - 1, p.path(), UNESCAPED_QUOTE);
        }
        // ']' beginning its line after a field's value: the last object of a list left open, its '}' deleted (a
        // new user's walk had been told to add a ',' before the ']'). On the value's own line ("["a"]]") it may as
        // well be a ']' too many, which the general message leaves open.
        boolean listEnds = next == ']' && p.message().equals(AFTER_FIELD)
                && lineText.substring(0, p.column() - 1).isBlank();
        if (!listEnds && "{[\"-0123456789tfn".indexOf(next) < 0) {
            return p;
        }
        String ended = lineText.substring(0, p.column() - 1).stripTrailing();
        int line = p.line();
        if (ended.isEmpty()) {
            line = previousLine;
            ended = (line == 1 && previousText.startsWith("\uFEFF") ? previousText.substring(1) : previousText)
                    .stripTrailing();
        }
        // A value ends in a bracket, a quotation mark, a digit or the last letter of true, false or null.
        if (ended.isEmpty() || "}]\"0123456789el".indexOf(ended.charAt(ended.length() - 1)) < 0) {
            return p;
        }
        // An object cannot be a field: after a field's value, '{' means the object above was left open (its '}' and
        // ',' deleted together), or a field lacks its name. A comma added there would not mend it.
        String message = (p.message().equals(AFTER_ITEM) ? MISSING_COMMA_ITEM : listEnds ? UNCLOSED_BEFORE_LIST_END
                : next == '{' ? UNCLOSED_BEFORE_OBJECT : MISSING_COMMA_FIELD)
                + (line == p.line() ? "" : (next == '{' || listEnds) && p.message().equals(AFTER_FIELD)
                ? " (the '" + next + "' is on line " + p.line() + ")" : " (the next begins on line " + p.line() + ")");
        return new Problem(p.severity(), line, ended.length() + 1, p.path(), message);
    }

    /** A character that Gson's lenient mode would take as part of an unquoted word. */
    private static boolean isUnquoted(char c) {
        return !Character.isWhitespace(c) && "/\\;#={}[]:,'\"".indexOf(c) < 0;
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
            // Gson reports the place just after the character it stumbled on; point at the character.
            // "Expected value" is raised before Gson steps over the character, so there its place is right.
            boolean atCharacter = raw.startsWith("End of input") || raw.startsWith("Expected value");
            column = Math.max(1, Integer.parseInt(m.group(2)) - (atCharacter ? 0 : 1));
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
            return EXPECTED_NAME;
        }
        if (gson.startsWith("Expected value")) {
            return "expected a value here: text in double quotation marks, a number, true, false, null, a list [ \u2026 ] "
                    + "or an object { \u2026 }";
        }
        if (gson.startsWith("Unexpected value")) {
            return "expected a value; remove a comma that stands before ']'";
        }
        if (gson.startsWith("Expected ':'")) {
            return "expected ':' between a field name and its value";
        }
        if (gson.startsWith("Unterminated object")) {
            return AFTER_FIELD;
        }
        if (gson.startsWith("Unterminated array")) {
            return AFTER_ITEM;
        }
        if (gson.startsWith("End of input")) {
            return "the file ends before the document is complete: a closing '}' or ']' is missing";
        }
        if (gson.startsWith("Nesting limit")) {
            String limit = gson.replaceAll("\\D+", " ").trim().split(" ")[0];
            return "values are nested more than " + limit + " levels deep; a timeline never needs that many";
        }
        if (gson.startsWith("Use JsonReader.setStrictness") || gson.startsWith("Use JsonReader.setLenient")) {
            return NOT_STRICT;
        }
        if (gson.startsWith("Unescaped control characters")) {
            return CONTROL_CHARACTER;
        }
        if (gson.startsWith("Invalid escape") || gson.startsWith("Malformed Unicode escape")
                || gson.startsWith("Invalid escaped character")) {
            return "a text value has an invalid escape after '\\'; use \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX";
        }
        return "the JSON is malformed (" + gson + ")";
    }
}
