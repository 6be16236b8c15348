package org.summittimeline.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The ids of a file and the references to them: each id read with where its item stands (a second use is a
 * duplicate), each reference kept until every list is read, then checked, with "did you mean" for a near miss.
 */
final class IdRegistry extends NodeChecks {
    /** An id used somewhere that must name an existing item of {@code kind}, checked once all lists are read. */
    private record Reference(String kind, String id, JsonNode at, JsonPath path) {
    }

    private final List<Reference> deferred = new ArrayList<>();
    /** Per kind, each id read so far with the position of its item; references take the id's own instance. */
    private final Map<String, IdTable> ids = new HashMap<>();
    /** Per kind, the list its items are in ("events"), to name where an id was first used. */
    private final Map<String, JsonPath> listOfKind = new HashMap<>();
    /** Kinds whose list could not be read; references to them would only repeat that one error. */
    private final Set<String> unreadableKinds = new HashSet<>();
    private int lastPosition = -1;

    IdRegistry(List<Problem> problems, Suggestions suggestions) {
        super(problems, suggestions);
    }

    /** A list that could not be read: references to its kind are not reported one by one. */
    void unreadable(String kind) {
        unreadableKinds.add(kind);
    }

    /** Letters, digits and . _ : - , starting with a letter or digit; by hand, as it runs once per item. */
    static boolean isUsableId(String id) {
        if (id.isEmpty() || !Character.isLetterOrDigit(id.charAt(0)) || id.charAt(0) > 127) {
            return false;
        }
        for (int i = 1; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '.' || c == '_' || c == ':' || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    String id(JsonNode.Obj o, JsonPath path, String kind) {
        String id = string(o, path, "id", true);
        if (id == null || id.isBlank()) {
            return id;
        }
        if (!isUsableId(id)) {
            error(o.get("id"), child(path, "id"), "\"" + id + "\" is not a usable id; use letters, digits and "
                    + ". _ : - only, starting with a letter or digit (e.g. \"press-conference\")");
            return id;
        }
        // Only the list, the item's number and the line it begins on are kept per id.
        IdTable table = tableOf(kind, path);
        int first = table.putIfAbsent(id, path.index());
        if (first >= 0) {
            int firstLine = table.lineOf(first);
            error(o.get("id"), child(path, "id"), "duplicate id \"" + id + "\": " + item(listOfKind.get(kind), first)
                    + " already uses it" + (firstLine > 0 ? " (the item that begins at line " + firstLine + ")" : "")
                    + "; give each " + kind + " its own id");
        } else {
            // The item's own line, a field of its node (the message says so): looking up its id's node again for every
            // item cost time.
            table.lineAt(path.index(), o.line());
        }
        return id;
    }

    /**
     * Makes the table of a kind's ids as its list begins, so that the first id is not what makes it. The first quote
     * id made the quotes' table inside {@link #id}, a branch the compiled code of a large file's events had never
     * taken: the optimising compiler threw that code away there and compiled it again while the quotes were read.
     */
    void listStarts(String kind, JsonPath list) {
        if (!ids.containsKey(kind)) {
            ids.put(kind, new IdTable());
            listOfKind.putIfAbsent(kind, list);
        }
    }

    /**
     * The table of a kind's ids, made at its first id with the list that id's item is in (the events' and the
     * quotes' as their lists begin, {@link #listStarts}). A look and, once per
     * kind, a put: the maps' general insertions, run for every item, were compiled into each binder that reads ids.
     */
    private IdTable tableOf(String kind, JsonPath path) {
        IdTable table = ids.get(kind);
        if (table == null) {
            table = new IdTable();
            ids.put(kind, table);
            listOfKind.putIfAbsent(kind, path.list());
        }
        return table;
    }

    /**
     * A reference in one look at the table: the id's own instance when it is already read, else the id itself,
     * kept to be checked at the end as {@link #reference(String, JsonNode.Obj, JsonPath, String, String)} keeps it.
     * {@link #lastPosition()} then tells the position of the item it names, or -1 when that is not read yet.
     */
    String sharedReference(String kind, JsonNode.Obj o, JsonPath path, String field, String id) {
        lastPosition = -1;
        if (id == null) {
            return null;
        }
        IdTable known = ids.get(kind);
        if (known != null) {
            int slot = known.slotOf(id);
            String first = known.keyAt(slot);
            if (first != null) {
                lastPosition = known.positionAt(slot);
                return first;
            }
        }
        if (!id.isBlank()) {
            defer(kind, o, path, field, id);
        }
        return id;
    }

    /** The position of the item the last {@link #sharedReference} named, or -1 when it was not read by then. */
    int lastPosition() {
        return lastPosition;
    }

    void reference(String kind, JsonNode.Obj o, JsonPath path, String field, String id) {
        // The node is looked up only for a reference kept for the end: most name something already read.
        if (id != null && !id.isBlank() && !isKnown(kind, id)) {
            defer(kind, o, path, field, id);
        }
    }

    /** Keeps a reference not read yet, with its node and path, to be checked once every list is read. */
    private void defer(String kind, JsonNode.Obj o, JsonPath path, String field, String id) {
        deferred.add(new Reference(kind, id, kept(o.get(field)), child(path, field)));
    }

    private boolean isKnown(String kind, String id) {
        IdTable known = ids.get(kind);
        return known != null && known.contains(id);
    }

    /** Most references name something already read; only the others are kept (with their path) for the end. */
    void reference(String kind, String id, JsonNode at, JsonPath parentPath, String field) {
        if (!isKnown(kind, id)) {
            deferred.add(new Reference(kind, id, kept(at), field == null ? parentPath : child(parentPath, field)));
        }
    }

    void check() {
        for (Reference r : deferred) {
            if (unreadableKinds.contains(r.kind())) {
                continue;
            }
            IdTable known = ids.getOrDefault(r.kind(), new IdTable());
            if (!known.contains(r.id())) {
                String guess = closest(r.id(), known.ids());
                error(r.at(), r.path(), "no " + r.kind() + " has the id \"" + r.id() + "\""
                        + (guess != null ? "; did you mean \"" + guess + "\"?"
                        : "; add it to the " + plural(r.kind()) + " or correct the id"));
            }
        }
    }

    /** The ids of one kind with the position of each item in its list; null when none was read nor its list begun. */
    IdTable table(String kind) {
        return ids.get(kind);
    }

    /** Forgets the ids and references once {@link #check()} has run; the load needs them no more. */
    void release() {
        ids.clear();
        deferred.clear();
    }

    private static String plural(String kind) {
        return switch (kind) {
            case "category" -> "categories";
            default -> kind + "s";
        };
    }

    /**
     * References each id {@code strings()} kept of the list {@code field}, each at its own entry: the entries it
     * left out (empty, not text, with control characters) can equal none of the kept ones, so matching in order
     * finds each kept id's place.
     */
    void referenceEach(String kind, JsonNode.Obj o, JsonPath path, String field, List<String> kept) {
        if (!(o.get(field) instanceof JsonNode.Arr listed)) {
            return;
        }
        List<JsonNode> items = listed.items();
        for (int i = 0, k = 0; i < items.size() && k < kept.size(); i++) {
            if (items.get(i) instanceof JsonNode.Str s && s.value().equals(kept.get(k))) {
                // The entry's path only for a reference kept to the end: most name an id already read.
                if (!isKnown(kind, kept.get(k))) {
                    reference(kind, kept.get(k), s, item(child(path, field), i), null);
                }
                k++;
            }
        }
    }
}
