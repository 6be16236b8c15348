package org.summittimeline.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Ids to positions: the first item with an id wins, and nothing is hashed until someone looks an id up. */
@Tag("toolkit-free")
class IdIndexTest {

    /** Each table both ways: with hash bits in its slots, and with positions alone as beyond 2^24 items. */
    @ParameterizedTest(name = "hash bits kept: {0}")
    @ValueSource(booleans = {true, false})
    void findsEachIdsFirstPositionAndNothingForAnIdNotThere(boolean tagged) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            ids.add("e" + i);
        }
        ids.add("e17"); // a duplicate: the loader reports it, the index keeps the first
        IdIndex<String> index = new IdIndex<>(ids, Function.identity(), tagged);
        for (int i = 0; i < 5_000; i++) {
            assertEquals(i, index.positionOf("e" + i));
        }
        assertEquals(17, index.positionOf("e17"));
        assertEquals(-1, index.positionOf("e5000"));
        assertEquals(-1, index.positionOf(""));
        assertEquals(-1, index.positionOf(null));
    }

    @Test
    void theTableIsBuiltAtTheFirstLookupNotWithTheTimeline() {
        AtomicInteger idsRead = new AtomicInteger();
        List<String> ids = List.of("a", "b", "c");
        IdIndex<String> index = new IdIndex<>(ids, id -> {
            idsRead.incrementAndGet();
            return id;
        });
        assertFalse(index.isBuilt());
        assertEquals(0, idsRead.get(), "an index nobody asks costs nothing");
        assertEquals(1, index.positionOf("b"));
        assertTrue(index.isBuilt());
        int afterFirst = idsRead.get();
        assertEquals(2, index.positionOf("c"));
        assertTrue(idsRead.get() - afterFirst <= 2, "built once: a later lookup reads only the ids it compares");
    }

    @Test
    void aProbeOpensOnlyTheItemsWhoseHashBitsMatch() {
        // A million items lie all over the heap; opening one to compare its id is a cache miss, so the table keeps
        // a few bits of each hash and opens an item only when they match.
        int n = 50_000;
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add("q" + i);
        }
        AtomicInteger idsRead = new AtomicInteger();
        IdIndex<String> index = new IdIndex<>(ids, id -> {
            idsRead.incrementAndGet();
            return id;
        });
        index.build();
        assertTrue(idsRead.get() <= n + n / 100, "building read " + idsRead.get() + " ids for " + n + " items");
        idsRead.set(0);
        for (int i = 0; i < n; i++) {
            assertEquals(i, index.positionOf("q" + i));
        }
        assertTrue(idsRead.get() <= n + n / 100, n + " lookups read " + idsRead.get() + " ids");
    }

    @ParameterizedTest(name = "hash bits kept: {0}")
    @ValueSource(booleans = {true, false})
    void idsSharingOneHashAreStillToldApart(boolean tagged) {
        // "Aa" and "BB" hash alike, so all these ids share one hash and so the same kept bits.
        List<String> ids = SameHashIds.endingInAa();
        IdIndex<String> index = new IdIndex<>(ids, Function.identity(), tagged);
        for (int i = 0; i < ids.size(); i++) {
            assertEquals(i, index.positionOf(new String(ids.get(i))));
        }
        assertEquals(ids.get(0).hashCode(), SameHashIds.ABSENT.hashCode());
        assertEquals(-1, index.positionOf(SameHashIds.ABSENT));
    }
}
