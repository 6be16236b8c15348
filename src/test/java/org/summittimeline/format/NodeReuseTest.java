package org.summittimeline.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The items of the long lists are read into nodes that are used again for the next item: the reader makes one
 * item's worth of nodes, however many items the file holds, and what a binder keeps stays right.
 */
@Tag("toolkit-free")
class NodeReuseTest {

    private static String synthetic(int events) throws IOException {
        StringWriter out = new StringWriter();
        new SyntheticTimeline(events, 7, false).write(out);
        return out.toString();
    }

    /** Reads a document and answers the nodes' identities and count made for the items of the long lists. */
    private static final class Items extends IgnoringSink {
        final Set<JsonNode> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
        final List<String> firstIds = new ArrayList<>();
        int count;

        @Override
        public void listItem(String field, int index, JsonNode item) {
            count++;
            distinct.add(item);
            JsonNode.Obj o = (JsonNode.Obj) item;
            for (JsonNode.Member m : o.fields()) {
                distinct.add(m.value());
            }
            if (index < 3 && field.equals("events")) {
                firstIds.add(((JsonNode.Str) o.get("id")).value());
            }
        }
    }

    private static JsonTreeReader read(String json, Items sink) throws Exception {
        JsonTreeReader reader = new JsonTreeReader(LoadLimits.DEFAULT, new ArrayList<>(), TimelineBinder.STREAMED);
        reader.read(new StringReader(json), sink);
        return reader;
    }

    @Test
    void readingTenTimesAsManyItemsMakesNoMoreNodes() throws Exception {
        Items few = new Items();
        int madeForFew = read(synthetic(200), few).nodesMade();
        Items many = new Items();
        int madeForMany = read(synthetic(2_000), many).nodesMade();
        assertEquals(4_000, many.count, "an event and a quote per generated event");
        assertEquals(madeForFew, madeForMany, "nodes made for 400 items and for 4,000");
        assertTrue(many.distinct.size() < 50, "the items' nodes are the same few objects: " + many.distinct.size());
        assertEquals(List.of("e0", "e1", "e2"), many.firstIds);
    }

    @Test
    void whatABinderKeepsOfAnItemStillPointsAtThatItem() throws Exception {
        // The second event names a category that does not exist; the check runs after 500 more items were read.
        String json = synthetic(500).replaceFirst("(\"id\":\"e1\",[^}]*?\"category\":\")[a-z]+\"", "$1nowhere\"");
        assertFalse(json.equals(synthetic(500)), "the category was replaced");
        List<Problem> problems = new ArrayList<>();
        TimelineBinder binder = new TimelineBinder(problems, LoadLimits.DEFAULT, new Suggestions());
        new JsonTreeReader(LoadLimits.DEFAULT, problems, TimelineBinder.STREAMED).read(new StringReader(json), binder);
        binder.finish();
        Problem unknown = problems.stream().filter(p -> p.message().contains("nowhere")).findFirst().orElseThrow();
        int offset = json.indexOf("\"nowhere\"");
        String before = json.substring(0, offset);
        int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
        int column = offset - before.lastIndexOf('\n');
        assertEquals("events[1].category", unknown.path());
        assertEquals(line, unknown.line());
        assertEquals(column, unknown.column());
    }
}
