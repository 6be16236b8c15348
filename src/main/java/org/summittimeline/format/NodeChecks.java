package org.summittimeline.format;

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
    final List<Problem> problems;

    NodeChecks(List<Problem> problems) {
        this.problems = problems;
    }

    static String child(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    static String item(String path, int index) {
        return path + "[" + index + "]";
    }

    void error(JsonNode at, String path, String message) {
        problems.add(new Problem(Severity.ERROR, at.line(), at.column(), path, message));
    }

    void warning(int line, int column, String path, String message) {
        problems.add(new Problem(Severity.WARNING, line, column, path, message));
    }

    JsonNode.Obj object(JsonNode node, String path, String what) {
        if (node instanceof JsonNode.Obj o) {
            return o;
        }
        error(node, path, "expected " + what + " as an object { \u2026 }, found " + node.describe());
        return null;
    }

    void missing(JsonNode.Obj o, String path, String field, String hint) {
        error(o, path, "the required field \"" + field + "\" is missing" + (hint.isEmpty() ? "" : "; " + hint));
    }

    String string(JsonNode.Obj o, String path, String field, boolean required) {
        JsonNode node = o.get(field);
        if (node == null || node instanceof JsonNode.Null) {
            if (required) {
                missing(o, path, field, "");
            }
            return null;
        }
        if (node instanceof JsonNode.Str s) {
            if (required && s.value().isBlank()) {
                error(node, child(path, field), "must not be empty");
            }
            return s.value();
        }
        error(node, child(path, field), "expected text in double quotation marks, found " + node.describe());
        return null;
    }

    /** A whole number; null (with a problem) for anything else. */
    Long integer(JsonNode node, String path) {
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

    List<JsonNode> list(JsonNode.Obj o, String path, String field, boolean required, int maxItems) {
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

    List<String> strings(JsonNode.Obj o, String path, String field, int maxItems) {
        List<String> out = new ArrayList<>();
        List<JsonNode> items = list(o, path, field, false, maxItems);
        for (int i = 0; i < items.size(); i++) {
            JsonNode n = items.get(i);
            if (n instanceof JsonNode.Str s && !s.value().isBlank()) {
                out.add(s.value());
            } else {
                error(n, item(child(path, field), i), "expected non-empty text, found " + n.describe());
            }
        }
        return out;
    }

    /** Warns about each field the format does not define; the load goes on without it. */
    void unknownFields(JsonNode.Obj o, String path, Set<String> known) {
        for (JsonNode.Member m : o.fields()) {
            if (!known.contains(m.name())) {
                String guess = closest(m.name(), known);
                warning(m.line(), m.column(), child(path, m.name()), "unknown field \"" + m.name()
                        + "\" is ignored" + (guess == null ? "; the fields here are " + String.join(", ",
                        new TreeSet<>(known)) : "; did you mean \"" + guess + "\"?"));
            }
        }
    }

    static String closest(String name, Collection<String> candidates) {
        String best = null;
        int bestDistance = 3;
        for (String c : candidates) {
            int d = distance(name.toLowerCase(), c.toLowerCase());
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
