package org.summittimeline.format;

import java.util.List;

/**
 * A parsed JSON value that remembers where it started in the file, so every later check can point at the
 * exact line and column. Internal to the format layer.
 */
sealed interface JsonNode {

    int line();

    int column();

    /** How a message names this kind of value: "the number 42", "an object". */
    String describe();

    /**
     * An object. Its fields are few (a dozen at most in this format), so a list searched in order is both
     * smaller and faster than a hash map per object, which matters at a million events.
     */
    record Obj(int line, int column, List<Member> fields) implements JsonNode {

        JsonNode get(String name) {
            Member m = member(name);
            return m == null ? null : m.value();
        }

        Member member(String name) {
            for (int i = 0, n = fields.size(); i < n; i++) {
                Member m = fields.get(i);
                if (m.name().equals(name)) {
                    return m;
                }
            }
            return null;
        }

        @Override
        public String describe() {
            return "an object";
        }
    }

    /** A field of an object with the position of its name, where unknown-field warnings point. */
    record Member(String name, int line, int column, JsonNode value) {
    }

    record Arr(int line, int column, List<JsonNode> items) implements JsonNode {
        @Override
        public String describe() {
            return "a list";
        }
    }

    record Str(int line, int column, String value) implements JsonNode {
        @Override
        public String describe() {
            String shown = value.length() > 40 ? value.substring(0, 40) + "\u2026" : value;
            return "the text \"" + shown + "\"";
        }
    }

    record Num(int line, int column, String literal) implements JsonNode {
        @Override
        public String describe() {
            return "the number " + literal;
        }
    }

    record Bool(int line, int column, boolean value) implements JsonNode {
        @Override
        public String describe() {
            return value ? "true" : "false";
        }
    }

    record Null(int line, int column) implements JsonNode {
        @Override
        public String describe() {
            return "null";
        }
    }
}
