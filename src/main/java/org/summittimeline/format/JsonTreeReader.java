package org.summittimeline.format;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import java.io.EOFException;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one JSON document with Gson's strict streaming reader into {@link JsonNode}s that keep their
 * positions. Duplicate field names and over-long text are reported here; a syntax error ends the read,
 * because nothing after it can be trusted.
 */
final class JsonTreeReader {
    private static final Pattern LOCATION = Pattern.compile(" at line (\\d+) column (\\d+) ");

    private final LoadLimits limits;
    private final List<Problem> problems;
    static final String EMPTY = "the file is empty; a timeline file is a JSON object that starts with '{' "
            + "(see docs/FORMAT.md)";

    private boolean sawToken;
    private int tokenLine = 1;
    private int tokenColumn = 1;

    JsonTreeReader(LoadLimits limits, List<Problem> problems) {
        this.limits = limits;
        this.problems = problems;
    }

    /** Signals that reading stopped at a syntax or I/O error, already recorded as a problem. */
    static final class Stopped extends Exception {
        private static final long serialVersionUID = 1L;
        final transient CharacterCodingException encoding;

        Stopped(CharacterCodingException encoding) {
            super(null, null, false, false);
            this.encoding = encoding;
        }
    }

    /** Reads the document, or records why it cannot and throws {@link Stopped}. */
    JsonNode read(Reader input) throws Stopped, IOException {
        JsonReader reader = new JsonReader(input);
        reader.setStrictness(Strictness.STRICT);
        reader.setNestingLimit(limits.maxNesting());
        JsonNode root;
        try {
            root = value(reader);
        } catch (EOFException e) {
            if (!sawToken) {
                problems.add(new Problem(Severity.ERROR, 1, 1, "", EMPTY));
                throw new Stopped(null);
            }
            problems.add(JsonSyntaxProblem.from(e, tokenLine, tokenColumn));
            throw new Stopped(null);
        } catch (MalformedJsonException | IllegalStateException | NumberFormatException e) {
            problems.add(syntaxProblem(e));
            throw new Stopped(null);
        } catch (CharacterCodingException e) {
            throw new Stopped(e);
        }
        try {
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new MalformedJsonException("more");
            }
        } catch (CharacterCodingException e) {
            throw new Stopped(e);
        } catch (MalformedJsonException | IllegalStateException e) {
            int[] at = location(reader);
            problems.add(new Problem(Severity.ERROR, at[0], Math.max(1, at[1] - 1), "",
                    "unexpected text after the end of the document; a timeline file holds exactly one "
                            + "JSON object, so remove what follows its closing '}'"));
            throw new Stopped(null);
        }
        return root;
    }

    private Problem syntaxProblem(Exception e) {
        String msg = e.getMessage() == null ? "" : e.getMessage();
        Problem p = JsonSyntaxProblem.from(e, tokenLine, tokenColumn);
        if (msg.startsWith("Unterminated string") || msg.startsWith("Unescaped control")) {
            // Gson points past the text; its opening quote is where the writer must look.
            return new Problem(p.severity(), tokenLine, tokenColumn, p.path(), p.message());
        }
        return p;
    }

    private JsonNode value(JsonReader reader) throws IOException {
        JsonToken token = reader.peek();
        markToken(reader, token);
        int line = tokenLine;
        int column = tokenColumn;
        switch (token) {
            case BEGIN_OBJECT -> {
                reader.beginObject();
                Map<String, JsonNode.Member> members = new LinkedHashMap<>();
                while (reader.hasNext()) {
                    markToken(reader, reader.peek());
                    int nameLine = tokenLine;
                    int nameColumn = tokenColumn;
                    String name = reader.nextName();
                    JsonNode child = value(reader);
                    if (members.containsKey(name)) {
                        JsonNode.Member first = members.get(name);
                        problems.add(new Problem(Severity.ERROR, nameLine, nameColumn, "",
                                "the field \"" + name + "\" appears twice in one object (first at line "
                                        + first.line() + "); keep only one of them"));
                    } else {
                        members.put(name, new JsonNode.Member(name, nameLine, nameColumn, child));
                    }
                }
                reader.endObject();
                return new JsonNode.Obj(line, column, members);
            }
            case BEGIN_ARRAY -> {
                reader.beginArray();
                List<JsonNode> items = new ArrayList<>();
                while (reader.hasNext()) {
                    items.add(value(reader));
                }
                reader.endArray();
                return new JsonNode.Arr(line, column, items);
            }
            case STRING -> {
                String text = reader.nextString();
                if (text.length() > limits.maxStringChars()) {
                    problems.add(new Problem(Severity.ERROR, line, column, "",
                            "a text value of " + text.length() + " characters is longer than the "
                                    + limits.maxStringChars() + " this reader accepts; shorten it"));
                    text = text.substring(0, limits.maxStringChars());
                }
                return new JsonNode.Str(line, column, text);
            }
            case NUMBER -> {
                String literal = reader.nextString();
                int[] end = location(reader);
                return new JsonNode.Num(end[0], end[1] - literal.length(), literal);
            }
            case BOOLEAN -> {
                boolean value = reader.nextBoolean();
                int[] end = location(reader);
                return new JsonNode.Bool(end[0], end[1] - (value ? 4 : 5), value);
            }
            case NULL -> {
                reader.nextNull();
                int[] end = location(reader);
                return new JsonNode.Null(end[0], end[1] - 4);
            }
            default -> throw new IllegalStateException("Unexpected value where a value was expected");
        }
    }

    /**
     * Remembers where the token that was just peeked begins. Gson has already stepped over the first character
     * of strings, names, objects and lists; numbers and literals are placed once read, from where they end,
     * because Gson steps over some of them while peeking and not over others.
     */
    private void markToken(JsonReader reader, JsonToken token) {
        int[] at = location(reader);
        boolean consumedFirst = switch (token) {
            case STRING, NAME, BEGIN_OBJECT, BEGIN_ARRAY -> true;
            default -> false;
        };
        sawToken = true;
        tokenLine = at[0];
        tokenColumn = consumedFirst ? Math.max(1, at[1] - 1) : at[1];
    }

    /** Gson exposes its position only in {@code toString()}: "JsonReader at line 3 column 7 path $.a". */
    private static int[] location(JsonReader reader) {
        Matcher m = LOCATION.matcher(reader.toString());
        if (m.find()) {
            return new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))};
        }
        return new int[] {1, 1};
    }
}
