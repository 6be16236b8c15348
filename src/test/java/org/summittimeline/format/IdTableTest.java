package org.summittimeline.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.summittimeline.model.SameHashIds;
import org.junit.jupiter.api.Test;

/** The loader's table of ids keeps every id with its first position, and its instance, as it grows. */
@Tag("toolkit-free")
class IdTableTest {

    @Test
    void everyIdKeepsItsFirstPositionAndInstanceThroughEveryGrowth() {
        IdTable table = new IdTable();
        List<String> ids = new ArrayList<>();
        // Past the sizes at which the table doubles and those at which it grows fourfold.
        for (int i = 0; i < 70_000; i++) {
            String id = (i % 3 == 0 ? "e" : "quote-") + i;
            ids.add(id);
            assertEquals(-1, table.putIfAbsent(id, i));
        }
        for (int i = 0; i < ids.size(); i++) {
            String copy = new String(ids.get(i));
            assertEquals(i, table.positionOf(copy));
            assertSame(ids.get(i), table.canonical(copy));
            assertEquals(i, table.putIfAbsent(copy, -5), "a second use answers the first position");
        }
        assertEquals(-1, table.positionOf("e1"));
        assertNull(table.canonical("nowhere"));
        assertEquals(ids.size(), table.ids().size());
        assertEquals(new HashSet<>(ids), new HashSet<>(table.ids()));
    }

    @Test
    void idsWithOneHashAreStillToldApart() {
        // "Aa" and "BB" hash alike, so every id made of them has one hash: the table may not take a hash for the id.
        List<String> ids = SameHashIds.endingInAa();
        IdTable table = new IdTable();
        for (int i = 0; i < ids.size(); i++) {
            assertEquals(ids.get(0).hashCode(), ids.get(i).hashCode());
            assertEquals(-1, table.putIfAbsent(ids.get(i), i), ids.get(i));
        }
        for (int i = 0; i < ids.size(); i++) {
            assertEquals(i, table.positionOf(new String(ids.get(i))));
        }
        assertEquals(ids.get(0).hashCode(), SameHashIds.ABSENT.hashCode());
        assertEquals(-1, table.positionOf(SameHashIds.ABSENT));
        assertEquals(ids.size(), new HashSet<>(table.ids()).size());
    }
}
