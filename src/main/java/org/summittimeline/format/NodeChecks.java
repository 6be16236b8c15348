package org.summittimeline.format;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads typed values out of positioned JSON nodes and records a problem, with the value's position and path,
 * for every value that is missing or of the wrong kind. The binders build on it so that each check reads
 * as one line and every message has the same shape.
 */
class NodeChecks {
    /** The text fields that may run over several lines; every other text is one line. */
    static final Set<String> MULTI_LINE = Set.of("description", "summary", "text", "context", "notes");

    final List<Problem> problems;
    final Suggestions suggestions;
    /**
     * The last few unknown fields that look like a field their object lacks ("lable" for "label"), with the warning
     * each was given: when the field they look like is required, one message at the misspelt name takes the place
     * of both. (A new user's "lable" had an error at the object's brace and, apart from it, the warning that said
     * what to mend.) Few, so that no item's tree is kept past its read.
     */
    private final ArrayDeque<Misspelt> misspelt;

    private record Misspelt(JsonNode.Obj in, String field, JsonNode.Member written, Problem warning) {
    }

    NodeChecks(List<Problem> problems, Suggestions suggestions) {
        this.problems = problems;
        this.suggestions = suggestions;
        this.misspelt = new ArrayDeque<>();
    }

    /**
     * Checks that report with {@code sharing}'s problems and know the names it found misspelt: a field one of them
     * reads ("timeZone", by the readers of values) that the other warned about as unknown ("timeZon") is then told
     * once, at the misspelt name, not as missing at the file's first brace besides the warning.
     */
    NodeChecks(NodeChecks sharing) {
        this.problems = sharing.problems;
        this.suggestions = sharing.suggestions;
        this.misspelt = sharing.misspelt;
    }

    static JsonPath child(JsonPath path, String field) {
        return path.child(field);
    }

    static JsonPath item(JsonPath path, int index) {
        return path.item(index);
    }

    /** For paths that are already text (a resolved event's): the same shapes as {@link JsonPath} writes. */
    static String child(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    /** A node to keep past its item (see {@link JsonNode#kept()}); null stays null. */
    static JsonNode kept(JsonNode node) {
        return node == null ? null : node.kept();
    }

    void error(JsonNode at, JsonPath path, String message) {
        error(at, path.toString(), message);
    }

    void error(JsonNode at, String path, String message) {
        problems.add(new Problem(Severity.ERROR, at.line(), at.column(), path, message));
    }

    /** At the {@code index}th character of a text value written on one line without escapes before it. */
    void errorInside(JsonNode.Str at, int index, JsonPath path, String message) {
        problems.add(new Problem(Severity.ERROR, at.line(), at.column() + 1 + index, path.toString(), message));
    }

    void warning(int line, int column, JsonPath path, String message) {
        problems.add(new Problem(Severity.WARNING, line, column, path.toString(), message));
    }

    JsonNode.Obj object(JsonNode node, JsonPath path, String what) {
        if (node instanceof JsonNode.Obj o) {
            return o;
        }
        error(node, path, "expected " + what + " as an object { \u2026 }, found " + node.describe());
        return null;
    }

    void missing(JsonNode.Obj o, JsonPath path, String field, String hint) {
        String tail = hint.isEmpty() ? "" : "; " + hint;
        JsonNode given = o.get(field);
        if (given instanceof JsonNode.Null) {
            // The writer did name the field: point at its null, not at the object's opening brace lines above.
            error(given, child(path, field), "found null, but this field is required" + tail);
            return;
        }
        for (Misspelt m : misspelt) {
            // Still the name warned about, where it was: a long list's items are read into the same nodes.
            if (m.in() == o && m.field().equals(field) && m.written().line() == m.warning().line()
                    && m.written().column() == m.warning().column()) {
                problems.remove(m.warning());
                problems.add(new Problem(Severity.ERROR, m.written().line(), m.written().column(),
                        child(path, m.written().name()).toString(), "\"" + m.written().name()
                        + "\" looks like the required field \"" + field + "\" misspelt: write \"" + field + "\""
                        + tail));
                // Used once: the object it was found in is read again for the next item of a long list.
                misspelt.remove(m);
                return;
            }
        }
        error(o, path, "the required field \"" + field + "\" is missing" + tail);
    }

    String string(JsonNode.Obj o, JsonPath path, String field, boolean required) {
        JsonNode node = o.get(field);
        if (node == null || node instanceof JsonNode.Null) {
            if (required && node != null) {
                // As a number or a list in its place is told, with what to write.
                error(node, child(path, field), "expected text in double quotation marks, found null; this field "
                        + "is required");
            } else if (required) {
                missing(o, path, field, "");
            }
            return null;
        }
        if (node instanceof JsonNode.Str s) {
            if (required && s.value().isBlank()) {
                error(node, child(path, field), "must not be empty");
            }
            return s.printable || plainText(s, path, field, -1, MULTI_LINE.contains(field)) ? s.value() : null;
        }
        error(node, child(path, field), "expected text in double quotation marks, found " + node.describe()
                + asText(node));
        return null;
    }

    /** What to write for a number or true/false meant as text ("42" as "\"42\""): every message says what to do. */
    private static String asText(JsonNode node) {
        String written = node instanceof JsonNode.Num n ? n.literal()
                : node instanceof JsonNode.Bool b ? String.valueOf(b.value()) : null;
        return written == null ? "" : "; write it in quotation marks, \"" + written + "\", or the text meant";
    }

    /**
     * False (with a problem) when the text holds a control character: none at all in a one-line field (a title,
     * a name, an id), where a line break or NUL spills over the neighbouring lanes; in a multi-line one, only
     * tab and line breaks.
     */
    boolean plainText(JsonNode.Str node, JsonPath path, boolean multiLine) {
        return plainText(node, path, null, -1, multiLine);
    }

    /**
     * As above for the value at {@code parent.field} or {@code parent.field[index]} (index -1: the field
     * itself; field null: the parent itself), whose path is made only for a message.
     */
    boolean plainText(JsonNode.Str node, JsonPath parent, String field, int index, boolean multiLine) {
        return node.printable || controlFree(node, parent, field, index, multiLine);
    }

    /**
     * {@link #plainText} for a text the reader did not see as printable ASCII. Apart, so that the letters' loop and
     * the message are not copied into every binder that asks for a text: the optimising compiler inlined them
     * five or six times into each, and a large file's load waited on those long compilations.
     */
    private boolean controlFree(JsonNode.Str node, JsonPath parent, String field, int index, boolean multiLine) {
        String text = node.value();
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029';
            if (!control || (multiLine && (c == '\t' || c == '\n' || c == '\r'))) {
                continue;
            }
            String code = String.format(java.util.Locale.ROOT, "U+%04X", (int) c);
            JsonPath path = field == null ? parent : index < 0 ? parent.child(field) : parent.child(field).item(index);
            error(node, path, multiLine
                    ? "holds the control character " + code + " at character " + (i + 1)
                            + "; only tabs and line breaks may stand in this text, so remove it"
                    : "holds the control character " + code + " at character " + (i + 1)
                            + "; this field is one line of text, so remove it (line breaks belong in a summary)");
            return false;
        }
        return true;
    }

    /** A whole number; null (with a problem) for anything else. */
    Long integer(JsonNode node, JsonPath path) {
        if (node instanceof JsonNode.Num n) {
            try {
                return Long.parseLong(n.literal());
            } catch (NumberFormatException e) {
                error(node, path, "expected a whole number, found " + node.describe());
                return null;
            }
        }
        error(node, path, "expected a whole number, found " + node.describe());
        return null;
    }

    List<JsonNode> list(JsonNode.Obj o, JsonPath path, String field, boolean required, int maxItems) {
        JsonNode node = o.get(field);
        if (node == null || node instanceof JsonNode.Null) {
            if (required) {
                missing(o, path, field, "write [] when there are none");
            }
            return List.of();
        }
        if (node instanceof JsonNode.Arr a) {
            if (a.items().size() > maxItems) {
                error(node, child(path, field), "holds " + a.items().size() + " items, more than the "
                        + maxItems + " this reader accepts");
                return a.items().subList(0, maxItems);
            }
            return a.items();
        }
        error(node, child(path, field), "expected a list [ \u2026 ], found " + node.describe());
        return List.of();
    }

    List<String> strings(JsonNode.Obj o, JsonPath path, String field, int maxItems) {
        List<JsonNode> items = list(o, path, field, false, maxItems);
        // Sized to the list: a million quotes' topics each grew a list of ten from nothing.
        List<String> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            JsonNode n = items.get(i);
            if (n instanceof JsonNode.Str s && !s.value().isBlank()) {
                if (plainText(s, path, field, i, false)) {
                    out.add(s.value());
                }
            } else {
                error(n, item(child(path, field), i), "expected non-empty text, found " + n.describe());
            }
        }
        return out;
    }

    /** Warns about each field the format does not define; the load goes on without it. */
    void unknownFields(JsonNode.Obj o, JsonPath path, Set<String> known) {
        // Counted, not iterated: an iterator per object was 15 MB of a large file's garbage before the JIT's
        // last tier, which alone removes it.
        List<JsonNode.Member> fields = o.fields();
        for (int i = 0, n = fields.size(); i < n; i++) {
            JsonNode.Member m = fields.get(i);
            if (!known.contains(m.name())) {
                String guess = closest(m.name(), known);
                warning(m.line(), m.column(), child(path, m.name()), "unknown field \"" + m.name()
                        + "\" is ignored" + (guess == null ? "; the fields here are " + String.join(", ",
                        new TreeSet<>(known)) : "; did you mean \"" + guess + "\"?"));
                if (guess != null && o.get(guess) == null) {
                    if (misspelt.size() == 8) {
                        misspelt.removeFirst();
                    }
                    misspelt.addLast(new Misspelt(o, guess, m, problems.get(problems.size() - 1)));
                }
            }
        }
    }

    /** A known name close to {@code name}, within this load's budget for suggestions; null when none. */
    String closest(String name, Collection<String> candidates) {
        return suggestions.closest(name, candidates);
    }
}
