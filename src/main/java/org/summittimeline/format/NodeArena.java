package org.summittimeline.format;

import java.util.ArrayList;
import java.util.List;

/**
 * The nodes of one item of a long list, handed out again for the next item. After the first few items a
 * million-event file is read without a single new node: only the texts the timeline keeps are new.
 */
final class NodeArena {
    private final List<JsonNode.Obj> objects = new ArrayList<>();
    private final List<JsonNode.Member> members = new ArrayList<>();
    private final List<JsonNode.Arr> lists = new ArrayList<>();
    private final List<JsonNode.Str> texts = new ArrayList<>();
    private final List<JsonNode.Num> numbers = new ArrayList<>();
    private int objectsUsed;
    private int membersUsed;
    private int listsUsed;
    private int textsUsed;
    private int numbersUsed;

    JsonNode.Obj object(int line, int column) {
        if (objectsUsed == objects.size()) {
            objects.add(JsonNode.Obj.reusable());
        }
        JsonNode.Obj o = objects.get(objectsUsed++);
        o.line = line;
        o.column = column;
        o.fields.clear();
        return o;
    }

    JsonNode.Member member(String name, int line, int column, JsonNode value) {
        if (membersUsed == members.size()) {
            members.add(new JsonNode.Member(null, 0, 0, null));
        }
        JsonNode.Member m = members.get(membersUsed++);
        m.name = name;
        m.line = line;
        m.column = column;
        m.value = value;
        return m;
    }

    JsonNode.Arr list(int line, int column) {
        if (listsUsed == lists.size()) {
            lists.add(JsonNode.Arr.reusable());
        }
        JsonNode.Arr a = lists.get(listsUsed++);
        a.line = line;
        a.column = column;
        a.items.clear();
        return a;
    }

    JsonNode.Str text(int line, int column, String value) {
        if (textsUsed == texts.size()) {
            texts.add(JsonNode.Str.reusable());
        }
        JsonNode.Str s = texts.get(textsUsed++);
        s.line = line;
        s.column = column;
        s.value = value;
        s.printable = false;
        return s;
    }

    JsonNode.Num number(int line, int column, String literal) {
        if (numbersUsed == numbers.size()) {
            numbers.add(JsonNode.Num.reusable());
        }
        JsonNode.Num n = numbers.get(numbersUsed++);
        n.line = line;
        n.column = column;
        n.literal = literal;
        return n;
    }

    /**
     * Makes every node handed out so far free for the next item. Their positions are set to line 0 first, so a
     * binder that kept one without {@link JsonNode#kept()} reports at line 0, which every test of a message's
     * position catches, instead of quietly pointing at another item; their texts are dropped so that the
     * arena keeps none of the timeline alive.
     */
    void reset() {
        for (int i = 0; i < objectsUsed; i++) {
            objects.get(i).line = 0;
        }
        for (int i = 0; i < membersUsed; i++) {
            JsonNode.Member m = members.get(i);
            m.line = 0;
            m.value = null;
        }
        for (int i = 0; i < listsUsed; i++) {
            lists.get(i).line = 0;
        }
        for (int i = 0; i < textsUsed; i++) {
            JsonNode.Str s = texts.get(i);
            s.line = 0;
            s.value = null;
        }
        for (int i = 0; i < numbersUsed; i++) {
            numbers.get(i).line = 0;
        }
        objectsUsed = 0;
        membersUsed = 0;
        listsUsed = 0;
        textsUsed = 0;
        numbersUsed = 0;
    }

    /** How many nodes this arena has made in all; stays at one item's worth however many items are read. */
    int made() {
        return objects.size() + members.size() + lists.size() + texts.size() + numbers.size();
    }
}
