package org.summittimeline.format;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The plain reading of {@link JsonTreeReader}: a document of strict JSON from its UTF-8 bytes
 * ({@link PlainJsonScanner}) into the same nodes at the same places, with the same problems of duplicate names,
 * half characters and over-long texts, made by the tree reader's own node making. Throws
 * {@link PlainJsonScanner.NotPlain} at the first thing it is not sure of; the sink has then been told part of the
 * file and is to be thrown away, and the file read again with Gson ({@link JsonTreeReader#read}), which says what
 * is wrong.
 */
final class PlainTreeReader {
    private final JsonTreeReader tree;
    private final PlainJsonScanner s;

    PlainTreeReader(JsonTreeReader tree, PlainJsonScanner scanner) {
        this.tree = tree;
        this.s = scanner;
    }

    /** Field names found by their bytes; the format's own names come back as the binders' own instances. */
    private final ByteTexts plainNames = ByteTexts.of(JsonTreeReader.KNOWN_NAMES, JsonTreeReader.NAMES_MAX);
    /** Repeating short values found by their bytes, one instance each, as the tree reader keeps Gson's. */
    private final ByteTexts plainShared = new ByteTexts(JsonTreeReader.SHARED_MAX_ENTRIES);

    void read(JsonTreeReader.Sink sink) throws PlainJsonScanner.NotPlain, IOException {
        if (s.peek() != '{') {
            throw PlainJsonScanner.NotPlain.INSTANCE;
        }
        document(sink);
        if (s.peek() != -1) {
            throw PlainJsonScanner.NotPlain.INSTANCE;
        }
    }

    private void document(JsonTreeReader.Sink sink) throws IOException, PlainJsonScanner.NotPlain {
        sink.documentStart(s.line(), s.column());
        s.take();
        Map<String, Integer> seen = new HashMap<>();
        int c = s.peek();
        if (c == '}') {
            s.take();
            return;
        }
        while (true) {
            if (c != '"') {
                throw PlainJsonScanner.NotPlain.INSTANCE;
            }
            int nameLine = s.line();
            int nameColumn = s.column();
            String name = fieldName(nameLine, nameColumn);
            Integer firstLine = seen.putIfAbsent(name, nameLine);
            if (firstLine != null) {
                tree.duplicate(name, nameLine, nameColumn, firstLine);
                value(name, 1);
            } else if (tree.streamed.contains(name) && s.peek() == '[') {
                JsonNode.Arr empty = new JsonNode.Arr(s.line(), s.column(), List.of());
                sink.listStart(new JsonNode.Member(name, nameLine, nameColumn, empty));
                s.take();
                items(sink, name);
            } else {
                sink.field(new JsonNode.Member(name, nameLine, nameColumn, value(name, 1)));
            }
            c = s.peek();
            if (c == ',') {
                s.take();
                c = s.peek();
            } else if (c == '}') {
                s.take();
                return;
            } else {
                throw PlainJsonScanner.NotPlain.INSTANCE;
            }
        }
    }

    /** The items of a streamed list, its '[' taken. */
    private void items(JsonTreeReader.Sink sink, String name) throws IOException, PlainJsonScanner.NotPlain {
        if (s.peek() == ']') {
            s.take();
            return;
        }
        int index = 0;
        while (true) {
            NodeArena given = sink.arenaForItem();
            tree.arena = given != null ? given : tree.itemArena;
            JsonNode item = value(name, 2);
            tree.arena = null;
            sink.listItem(name, index++, item);
            if (given == null) {
                tree.itemArena.reset();
            }
            int c = s.peek();
            s.take();
            if (c == ']') {
                return;
            }
            if (c != ',') {
                throw PlainJsonScanner.NotPlain.INSTANCE;
            }
        }
    }

    /** A field name and the ':' after it; the format's names come back as the instances the binders ask with. */
    private String fieldName(int line, int column) throws IOException, PlainJsonScanner.NotPlain {
        String name = s.text(plainNames);
        if (s.lastHadEscape()) {
            tree.unpairedSurrogate(name, line, column);
            name = tree.sharedName(name);
        } else if (!s.lastShared()) {
            name = tree.sharedName(name);
        }
        if (s.peek() != ':') {
            throw PlainJsonScanner.NotPlain.INSTANCE;
        }
        s.take();
        return name;
    }

    /** One value, as the tree reader's Gson reading does; {@code depth} is how many objects and lists stand around it. */
    private JsonNode value(String field, int depth)
            throws IOException, PlainJsonScanner.NotPlain {
        int c = s.peek();
        int line = s.line();
        int column = s.column();
        switch (c) {
            case '{' -> {
                if (depth + 1 >= tree.limits.maxNesting()) {
                    throw PlainJsonScanner.NotPlain.INSTANCE; // Gson words the limit
                }
                s.take();
                JsonNode.Obj object = tree.arena != null ? tree.arena.object(line, column)
                        : new JsonNode.Obj(line, column, new ArrayList<>(8));
                List<JsonNode.Member> fields = object.fields();
                c = s.peek();
                if (c == '}') {
                    s.take();
                    return object;
                }
                while (true) {
                    if (c != '"') {
                        throw PlainJsonScanner.NotPlain.INSTANCE;
                    }
                    int nameLine = s.line();
                    int nameColumn = s.column();
                    String name = fieldName(nameLine, nameColumn);
                    JsonNode child = value(name, depth + 1);
                    tree.addField(fields, name, nameLine, nameColumn, child);
                    c = s.peek();
                    s.take();
                    if (c == '}') {
                        return object;
                    }
                    if (c != ',') {
                        throw PlainJsonScanner.NotPlain.INSTANCE;
                    }
                    c = s.peek();
                }
            }
            case '[' -> {
                if (depth + 1 >= tree.limits.maxNesting()) {
                    throw PlainJsonScanner.NotPlain.INSTANCE;
                }
                s.take();
                JsonNode.Arr list = tree.arena != null ? tree.arena.list(line, column)
                        : new JsonNode.Arr(line, column, new ArrayList<>(4));
                List<JsonNode> items = list.items();
                if (s.peek() == ']') {
                    s.take();
                    return list;
                }
                while (true) {
                    items.add(value(field, depth + 1));
                    c = s.peek();
                    s.take();
                    if (c == ']') {
                        return list;
                    }
                    if (c != ',') {
                        throw PlainJsonScanner.NotPlain.INSTANCE;
                    }
                }
            }
            case '"' -> {
                boolean repeating = field != null && JsonTreeReader.REPEATING.contains(field);
                String text = s.text(repeating ? plainShared : null);
                if (s.lastHadEscape()) {
                    tree.unpairedSurrogate(text, line, column);
                }
                JsonNode.Str node = tree.textNode(line, column, text, repeating && !s.lastShared());
                node.printable = s.lastPrintable();
                return node;
            }
            case 't', 'f' -> {
                boolean value = c == 't';
                s.word(value ? PlainJsonScanner.TRUE : PlainJsonScanner.FALSE);
                return new JsonNode.Bool(line, column, value);
            }
            case 'n' -> {
                s.word(PlainJsonScanner.NULL);
                return new JsonNode.Null(line, column);
            }
            default -> {
                if (c != '-' && (c < '0' || c > '9')) {
                    throw PlainJsonScanner.NotPlain.INSTANCE;
                }
                String literal = s.number();
                return tree.arena != null ? tree.arena.number(line, column, literal)
                        : new JsonNode.Num(line, column, literal);
            }
        }
    }
}
