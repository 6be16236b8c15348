package org.summittimeline.format;

import java.util.List;
import java.util.Map;

/**
 * A parsed JSON value that remembers where it started in the file, so every later check can point at the
 * exact line and column. Internal to the format layer.
 */
sealed interface JsonNode {

    int line();

    int column();

    /** How a message names this kind of value: "the number 42", "an object". */
    String describe();

    record Obj(int line, int column, Map<String, Member> members) implements JsonNode {
        JsonNode get(String name) {
            Member m = members.get(name);
            return m == null ? null : m.value();
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
