package org.summittimeline.format;

/**
 * Where a value stands in the document, such as {@code events[12].sources[0]}, kept as links to its parent and
 * turned into text only when a message needs it: a valid file of a million events needs no path text at all,
 * and building one for every value it read was a tenth of the load.
 */
final class JsonPath {
    /** The document itself; its text is empty. */
    static final JsonPath ROOT = new JsonPath(null, null, -1);

    private final JsonPath parent;
    /** The field's name, or null for an item of a list. */
    private final String field;
    private final int index;

    private JsonPath(JsonPath parent, String field, int index) {
        this.parent = parent;
        this.field = field;
        this.index = index;
    }

    JsonPath child(String name) {
        return new JsonPath(this, name, -1);
    }

    JsonPath item(int position) {
        return new JsonPath(this, null, position);
    }

    /** The position of this item in its list; -1 when this is a field. */
    int index() {
        return field == null ? index : -1;
    }

    /** The path of the list this item is in; this path itself when it is a field. */
    JsonPath list() {
        return field == null && parent != null ? parent : this;
    }

    boolean isRoot() {
        return parent == null;
    }

    @Override
    public String toString() {
        if (parent == null) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        append(text);
        return text.toString();
    }

    private void append(StringBuilder text) {
        if (parent == null) {
            return;
        }
        parent.append(text);
        if (field == null) {
            text.append('[').append(index).append(']');
        } else {
            if (text.length() > 0) {
                text.append('.');
            }
            text.append(field);
        }
    }
}
