package org.summittimeline.format;

import java.util.ArrayList;
import java.util.List;

/**
 * A parsed JSON value that remembers where it started in the file, so every later check can point at the
 * exact line and column. Internal to the format layer.
 *
 * <p>The items of the long lists (events, quotes) are read into nodes that {@link NodeArena} hands out again for
 * the next item, because a new tree per item was a third of all the bytes a load allocated. Such a node is valid
 * only while its item is being bound; whatever keeps a node for later (a reference checked at the end, the
 * place of a relative time) keeps {@link #kept()}, a copy of its own.
 */
sealed interface JsonNode {

    int line();

    int column();

    /** How a message names this kind of value: "the number 42", "an object". */
    String describe();

    /** This node, or a copy of it when it will be reused for the next item of a long list. */
    JsonNode kept();

    /** Where a node starts, and whether it is one of an arena's, reused for the next item. */
    abstract sealed class Placed implements JsonNode permits Obj, Arr, Str, Num {
        int line;
        int column;
        final boolean reused;

        Placed(int line, int column, boolean reused) {
            this.line = line;
            this.column = column;
            this.reused = reused;
        }

        @Override
        public int line() {
            return line;
        }

        @Override
        public int column() {
            return column;
        }
    }

    /**
     * An object. Its fields are few (a dozen at most in this format), so a list searched in order is both
     * smaller and faster than a hash map per object, which matters at a million events.
     */
    final class Obj extends Placed {
        final List<Member> fields;

        Obj(int line, int column, List<Member> fields) {
            this(line, column, fields, false);
        }

        private Obj(int line, int column, List<Member> fields, boolean reused) {
            super(line, column, reused);
            this.fields = fields;
        }

        static Obj reusable() {
            return new Obj(0, 0, new ArrayList<>(8), true);
        }

        List<Member> fields() {
            return fields;
        }

        JsonNode get(String name) {
            Member m = member(name);
            return m == null ? null : m.value();
        }

        /**
         * The reader gives every field name of the format as the same instance the binders ask with (see
         * {@link JsonTreeReader}), so comparing references finds nearly every field; names compared by their
         * letters are the rest (names outside the format, names asked for that are not there).
         */
        Member member(String name) {
            for (int i = 0, n = fields.size(); i < n; i++) {
                Member m = fields.get(i);
                if (m.name == name) {
                    return m;
                }
            }
            for (int i = 0, n = fields.size(); i < n; i++) {
                Member m = fields.get(i);
                if (m.name.equals(name)) {
                    return m;
                }
            }
            return null;
        }

        @Override
        public String describe() {
            return "an object";
        }

        @Override
        public Obj kept() {
            if (!reused) {
                return this;
            }
            List<Member> copy = new ArrayList<>(fields.size());
            for (Member m : fields) {
                copy.add(new Member(m.name(), m.line(), m.column(), m.value().kept()));
            }
            return new Obj(line, column, copy);
        }
    }

    /** A field of an object with the position of its name, where unknown-field warnings point. */
    final class Member {
        String name;
        int line;
        int column;
        JsonNode value;

        Member(String name, int line, int column, JsonNode value) {
            this.name = name;
            this.line = line;
            this.column = column;
            this.value = value;
        }

        String name() {
            return name;
        }

        int line() {
            return line;
        }

        int column() {
            return column;
        }

        JsonNode value() {
            return value;
        }
    }

    final class Arr extends Placed {
        final List<JsonNode> items;

        Arr(int line, int column, List<JsonNode> items) {
            this(line, column, items, false);
        }

        private Arr(int line, int column, List<JsonNode> items, boolean reused) {
            super(line, column, reused);
            this.items = items;
        }

        static Arr reusable() {
            return new Arr(0, 0, new ArrayList<>(4), true);
        }

        List<JsonNode> items() {
            return items;
        }

        @Override
        public String describe() {
            return "a list";
        }

        @Override
        public Arr kept() {
            if (!reused) {
                return this;
            }
            List<JsonNode> copy = new ArrayList<>(items.size());
            for (JsonNode item : items) {
                copy.add(item.kept());
            }
            return new Arr(line, column, copy);
        }
    }

    final class Str extends Placed {
        String value;
        /**
         * Known to hold printable ASCII alone, as the byte scanner found while reading it: the binders' check for
         * control characters, a second pass over every letter of the file's texts, is then skipped.
         */
        boolean printable;

        Str(int line, int column, String value) {
            this(line, column, value, false);
        }

        private Str(int line, int column, String value, boolean reused) {
            super(line, column, reused);
            this.value = value;
        }

        static Str reusable() {
            return new Str(0, 0, null, true);
        }

        String value() {
            return value;
        }

        @Override
        public String describe() {
            String shown = value.length() > 40 ? value.substring(0, 40) + "\u2026" : value;
            return "the text \"" + shown + "\"";
        }

        @Override
        public Str kept() {
            if (!reused) {
                return this;
            }
            Str copy = new Str(line, column, value);
            copy.printable = printable;
            return copy;
        }
    }

    final class Num extends Placed {
        String literal;

        Num(int line, int column, String literal) {
            this(line, column, literal, false);
        }

        private Num(int line, int column, String literal, boolean reused) {
            super(line, column, reused);
            this.literal = literal;
        }

        static Num reusable() {
            return new Num(0, 0, null, true);
        }

        String literal() {
            return literal;
        }

        @Override
        public String describe() {
            return "the number " + literal;
        }

        @Override
        public Num kept() {
            return reused ? new Num(line, column, literal) : this;
        }
    }

    /** True and false are few enough not to be reused. */
    record Bool(int line, int column, boolean value) implements JsonNode {
        @Override
        public String describe() {
            return value ? "true" : "false";
        }

        @Override
        public Bool kept() {
            return this;
        }
    }

    record Null(int line, int column) implements JsonNode {
        @Override
        public String describe() {
            return "null";
        }

        @Override
        public Null kept() {
            return this;
        }
    }
}
