package org.summittimeline.format;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads one JSON document with Gson's strict streaming reader into {@link JsonNode}s that keep their
 * positions. The items of the two long lists (events and quotes) are handed over one at a time, so a file of a
 * million events never exists as one tree in memory. Duplicate field names and over-long text are reported
 * here; a syntax error ends the read, because nothing after it can be trusted.
 */
final class JsonTreeReader {
    static final String EMPTY = "the file is empty; a timeline file is a JSON object that starts with '{' "
            + "(see Help \u25b8 Timeline File Format, and File \u25b8 Open Example for a whole one)";

    /** Receives the document's top-level fields as they are read. */
    interface Sink {
        /** Where the document's opening brace stands. */
        void documentStart(int line, int column);

        /** The document is not an object at all; nothing else is delivered. */
        void notAnObject(JsonNode root);

        /** A top-level field that is not one of the streamed lists. */
        void field(JsonNode.Member field);

        /** A streamed list begins; {@code field} is its name. */
        void listStart(JsonNode.Member field);

        /** One item of a streamed list. */
        void listItem(String field, int index, JsonNode item);

        /**
         * Where the nodes of the next item of a streamed list are to be made; the sink resets it once the item
         * is bound. Null (the default): the reader's own arena, reset as soon as {@link #listItem} returns.
         */
        default NodeArena arenaForItem() {
            return null;
        }
    }

    final LoadLimits limits;
    final List<Problem> problems;
    final Set<String> streamed;
    /**
     * One instance per short text: ids, categories, topics and kinds repeat on every event and quote, and Gson
     * makes a new String each time. Sharing them more than halves the strings a large timeline keeps.
     */
    private final Map<String, String> shared = new HashMap<>();
    private static final int SHARED_MAX_LENGTH = ByteTexts.MAX_LENGTH;
    /**
     * The fields whose values repeat from item to item (references, categories, topics, kinds). Ids, titles and
     * times are each new: looking them up only filled the table with a quarter of a million entries, whose
     * cache misses were a tenth of a load. Nor is "event": a quote's or a lesson step's event read after the
     * event itself is swapped for the event's own id (IdRegistry.sharedReference), and a million events named at
     * random filled this table the same way; an anchor's event and a reference read before its event keep their
     * own string.
     */
    static final Set<String> REPEATING = Set.of("category", "actors", "topics", "source", "speaker",
            "quote", "quotes", "kind", "type", "basis", "precision", "point", "publisher", "location", "role",
            "colour", "section", "timecode", "phrase", "label", "name");
    static final int SHARED_MAX_ENTRIES = 1 << 18;
    /**
     * Gson makes a new string for every field name. Each is swapped here for the one instance the binders ask
     * with, whose hash is known: looking fields up and checking them against the format's names then compares
     * references instead of hashing and comparing letters, which was a fifth of binding.
     */
    private final Map<String, String> names = new HashMap<>(KNOWN_NAMES);
    static final Map<String, String> KNOWN_NAMES = knownNames();
    /** Names outside the format are shared too, up to this many (a file cannot grow the table without end). */
    static final int NAMES_MAX = 1 << 12;

    private static Map<String, String> knownNames() {
        Map<String, String> known = new HashMap<>();
        for (Set<String> fields : FormatFields.ALL) {
            for (String name : fields) {
                known.put(name, name);
            }
        }
        return Map.copyOf(known);
    }

    String sharedName(String name) {
        String known = names.get(name);
        if (known != null) {
            return known;
        }
        if (names.size() < NAMES_MAX) {
            names.put(name, name);
        }
        return name;
    }

    /** Non-null while an item of a streamed list is read: its nodes come from here and are reused. */
    NodeArena arena;
    final NodeArena itemArena = new NodeArena();
    private boolean sawToken;
    private int tokenLine = 1;
    private int tokenColumn = 1;

    JsonTreeReader(LoadLimits limits, List<Problem> problems, Set<String> streamed) {
        this.limits = limits;
        this.problems = problems;
        this.streamed = streamed;
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

    /** How many nodes the items of the long lists were read into, however many items there were. */
    int nodesMade() {
        return itemArena.made();
    }

    /** Reads the document into the sink, or records why it cannot and throws {@link Stopped}. */
    void read(Reader input, Sink sink) throws Stopped, IOException {
        JsonReader reader = new JsonReader(input);
        reader.setStrictness(Strictness.STRICT);
        reader.setNestingLimit(limits.maxNesting());
        try {
            if (reader.peek() == JsonToken.BEGIN_OBJECT) {
                document(reader, sink);
            } else {
                sink.notAnObject(value(reader, null));
            }
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
            problems.add(new Problem(Severity.ERROR, GsonPosition.line(reader),
                    Math.max(1, GsonPosition.column(reader) - 1), "",
                    "unexpected text after the end of the document; a timeline file holds exactly one "
                            + "JSON object, so remove what follows its closing '}'"));
            throw new Stopped(null);
        }
    }

    private void document(JsonReader reader, Sink sink) throws IOException {
        markToken(reader, JsonToken.BEGIN_OBJECT);
        sink.documentStart(tokenLine, tokenColumn);
        reader.beginObject();
        Map<String, Integer> seen = new HashMap<>();
        while (reader.hasNext()) {
            markToken(reader, JsonToken.NAME);
            int nameLine = tokenLine;
            int nameColumn = tokenColumn;
            String name = sharedName(reader.nextName());
            unpairedSurrogate(name, nameLine, nameColumn);
            Integer firstLine = seen.putIfAbsent(name, nameLine);
            if (firstLine != null) {
                duplicate(name, nameLine, nameColumn, firstLine);
                value(reader, name);
                continue;
            }
            if (streamed.contains(name) && reader.peek() == JsonToken.BEGIN_ARRAY) {
                markToken(reader, JsonToken.BEGIN_ARRAY);
                JsonNode.Arr empty = new JsonNode.Arr(tokenLine, tokenColumn, List.of());
                sink.listStart(new JsonNode.Member(name, nameLine, nameColumn, empty));
                reader.beginArray();
                int index = 0;
                while (reader.hasNext()) {
                    NodeArena given = sink.arenaForItem();
                    arena = given != null ? given : itemArena;
                    JsonNode item = value(reader, name);
                    arena = null;
                    sink.listItem(name, index++, item);
                    if (given == null) {
                        itemArena.reset();
                    }
                }
                reader.endArray();
            } else {
                sink.field(new JsonNode.Member(name, nameLine, nameColumn, value(reader, name)));
            }
        }
        reader.endObject();
    }

    /**
     * An escape such as \\uD83D without its second half passes Gson but is no character: it breaks every writer
     * that encodes the text (CSV export stopped half-way), so it is an error where the text starts.
     */
    void unpairedSurrogate(String text, int line, int column) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                problems.add(new Problem(Severity.ERROR, line, column, "", String.format(Locale.ROOT,
                        "a text holds half a character, the escape \\u%04X without its other half, at character %d; "
                                + "write the character itself (the file is UTF-8) or both halves of its escape",
                        (int) c, i + 1)));
                return;
            }
        }
    }

    void duplicate(String name, int line, int column, int firstLine) {
        problems.add(new Problem(Severity.ERROR, line, column, "", "the field \"" + name
                + "\" appears twice in one object (first at line " + firstLine + "); keep only one of them"));
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

    /** Reads one value; {@code field} is the name it stands under (list items: the list's), null at the top. */
    private JsonNode value(JsonReader reader, String field) throws IOException {
        JsonToken token = reader.peek();
        markToken(reader, token);
        int line = tokenLine;
        int column = tokenColumn;
        switch (token) {
            case BEGIN_OBJECT -> {
                reader.beginObject();
                JsonNode.Obj object = arena != null ? arena.object(line, column)
                        : new JsonNode.Obj(line, column, new ArrayList<>(8));
                List<JsonNode.Member> fields = object.fields();
                while (reader.hasNext()) {
                    markToken(reader, JsonToken.NAME);
                    int nameLine = tokenLine;
                    int nameColumn = tokenColumn;
                    String name = sharedName(reader.nextName());
                    unpairedSurrogate(name, nameLine, nameColumn);
                    JsonNode child = value(reader, name);
                    addField(fields, name, nameLine, nameColumn, child);
                }
                reader.endObject();
                return object;
            }
            case BEGIN_ARRAY -> {
                reader.beginArray();
                // Lists inside items are short (actors, citations, topics): ten slots each was a tenth of the garbage.
                JsonNode.Arr list = arena != null ? arena.list(line, column)
                        : new JsonNode.Arr(line, column, new ArrayList<>(4));
                List<JsonNode> items = list.items();
                while (reader.hasNext()) {
                    items.add(value(reader, field));
                }
                reader.endArray();
                return list;
            }
            case STRING -> {
                String text = reader.nextString();
                unpairedSurrogate(text, line, column);
                return textNode(line, column, text, field != null && REPEATING.contains(field));
            }
            case NUMBER -> {
                String literal = reader.nextString();
                int at = GsonPosition.column(reader) - literal.length();
                return arena != null ? arena.number(GsonPosition.line(reader), at, literal)
                        : new JsonNode.Num(GsonPosition.line(reader), at, literal);
            }
            case BOOLEAN -> {
                boolean value = reader.nextBoolean();
                return new JsonNode.Bool(GsonPosition.line(reader), GsonPosition.column(reader) - (value ? 4 : 5),
                        value);
            }
            case NULL -> {
                reader.nextNull();
                return new JsonNode.Null(GsonPosition.line(reader), GsonPosition.column(reader) - 4);
            }
            default -> throw new IllegalStateException("Unexpected value where a value was expected");
        }
    }

    /**
     * Reads a document of plain strict JSON from its UTF-8 bytes into the sink, as {@link #read} does from Gson's
     * tokens ({@link PlainTreeReader}); throws {@link PlainJsonScanner.NotPlain} at the first thing it is not sure
     * of, after which the sink is to be thrown away and the file read again with {@link #read}.
     */
    void readPlain(InputStream input, Sink sink) throws PlainJsonScanner.NotPlain, IOException {
        new PlainTreeReader(this, new PlainJsonScanner(input)).read(sink);
    }

    /** Adds a field to an object, or reports it as a duplicate of one it has. */
    void addField(List<JsonNode.Member> fields, String name, int nameLine, int nameColumn, JsonNode child) {
        for (int i = 0, n = fields.size(); i < n; i++) {
            JsonNode.Member m = fields.get(i);
            if (m.name().equals(name)) {
                duplicate(name, nameLine, nameColumn, m.line());
                return;
            }
        }
        fields.add(arena != null ? arena.member(name, nameLine, nameColumn, child)
                : new JsonNode.Member(name, nameLine, nameColumn, child));
    }

    /** A text's node: over-long texts reported and cut, repeating short ones shared. */
    JsonNode.Str textNode(int line, int column, String text, boolean repeating) {
        if (text.length() > limits.maxStringChars()) {
            problems.add(new Problem(Severity.ERROR, line, column, "",
                    "a text value of " + text.length() + " characters is longer than the "
                            + limits.maxStringChars() + " this reader accepts; shorten it"));
            text = text.substring(0, limits.maxStringChars());
        }
        if (repeating && text.length() <= SHARED_MAX_LENGTH) {
            String known = shared.get(text);
            if (known != null) {
                text = known;
            } else if (shared.size() < SHARED_MAX_ENTRIES) {
                shared.put(text, text);
            }
        }
        return arena != null ? arena.text(line, column, text) : new JsonNode.Str(line, column, text);
    }

    /**
     * Remembers where the token that was just peeked begins. Gson has already stepped over the first character
     * of strings, names, objects and lists; numbers and literals are placed once read, from where they end,
     * because Gson steps over some of them while peeking and not over others.
     */
    private void markToken(JsonReader reader, JsonToken token) {
        boolean consumedFirst = switch (token) {
            case STRING, NAME, BEGIN_OBJECT, BEGIN_ARRAY -> true;
            default -> false;
        };
        sawToken = true;
        tokenLine = GsonPosition.line(reader);
        int column = GsonPosition.column(reader);
        tokenColumn = consumedFirst ? Math.max(1, column - 1) : column;
    }
}
