package org.summittimeline.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.summittimeline.model.Event;

/** One instance per list of shared items, told apart by the items' instances and order. */
@Tag("toolkit-free")
class SharedListsTest {

    @Test
    void theSameItemsInTheSameOrderGiveTheFirstListEveryTime() {
        SharedLists lists = new SharedLists();
        String a = "a4";
        String b = "a13";
        List<String> first = lists.shared(new String[] {a, b});
        assertEquals(List.of("a4", "a13"), first);
        assertSame(first, lists.shared(new String[] {a, b}));
        assertNotSame(first, lists.shared(new String[] {b, a}));
        assertNotSame(first, lists.shared(new String[] {a}));
        assertNotSame(first, lists.shared(new String[] {a, b, a}));
        // Items are told apart by instance, as the binder shares each item before its list: an equal copy is another.
        assertNotSame(first, lists.shared(new String[] {new String(a), b}));
        assertEquals(5, lists.size());
    }

    @Test
    void listsWhoseHashesCollideAreToldApartByTheirItems() {
        SharedLists lists = new SharedLists();
        // "Aa" and "BB" hash alike, so these lists hash alike too.
        assertEquals("Aa".hashCode(), "BB".hashCode());
        List<String> aa = lists.shared(new String[] {"Aa"});
        List<String> bb = lists.shared(new String[] {"BB"});
        assertEquals(List.of("BB"), bb);
        assertNotSame(aa, bb);
        List<String> aaBb = lists.shared(new String[] {"Aa", "BB"});
        assertEquals(List.of("BB", "Aa"), lists.shared(new String[] {"BB", "Aa"}));
        assertSame(aaBb, lists.shared(new String[] {"Aa", "BB"}));
    }

    @Test
    void everyListIsFoundAgainAfterTheTableHasGrown() {
        SharedLists lists = new SharedLists();
        List<String> items = IntStream.range(0, 3000).mapToObj(i -> "t" + i).collect(Collectors.toList());
        List<List<String>> made = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            made.add(lists.shared(new String[] {items.get(i), items.get((i * 7) % items.size())}));
        }
        for (int i = 0; i < items.size(); i++) {
            assertSame(made.get(i), lists.shared(new String[] {items.get(i), items.get((i * 7) % items.size())}), "list " + i);
        }
        assertEquals(items.size(), lists.size());
        assertSame(List.of(), lists.shared(new String[0]));
    }

    @Test
    void eventsThatNameTheSameActorsAndSourcesShareTheirLists() {
        String json = """
                {"formatVersion": 1, "title": "t", "timeZone": "UTC",
                 "sources": [{"id": "s", "publisher": "p", "title": "r"}],
                 "actors": [{"id": "a", "name": "A"}, {"id": "b", "name": "B"}],
                 "categories": [{"id": "c", "label": "C"}],
                 "events": [
                  {"id": "e1", "title": "one", "category": "c", "actors": ["a", "b"], "start": "2018-07-16T10:00:00Z",
                   "sources": [{"source": "s", "paragraph": 3}]},
                  {"id": "e2", "title": "two", "category": "c", "actors": ["a", "b"], "start": "2018-07-16T11:00:00Z",
                   "sources": [{"source": "s", "paragraph": 3}]},
                  {"id": "e3", "title": "three", "category": "c", "actors": ["b", "a"], "start": "2018-07-16T12:00:00Z",
                   "sources": [{"source": "s", "paragraph": 4}]}]}
                """;
        LoadResult result = new TimelineLoader().load(new java.io.ByteArrayInputStream(
                json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "shared.json");
        assertEquals(List.of(), result.problems());
        Event one = result.timeline().event("e1").orElseThrow();
        Event two = result.timeline().event("e2").orElseThrow();
        Event three = result.timeline().event("e3").orElseThrow();
        assertSame(one.actorIds(), two.actorIds());
        assertSame(one.sources(), two.sources());
        assertEquals(List.of("b", "a"), three.actorIds());
        assertNotSame(one.sources(), three.sources());
    }
}
