package org.summittimeline.model;

import java.util.List;
import java.util.function.Function;

/**
 * The position of each item of a list by its id. A hash map would hold a node and a boxed position per item
 * (about 60 bytes); this keeps only an open-addressed table of positions and compares against the items' own
 * ids, so 100,000 events cost one 1 MB array. The first item with an id wins, as the loader reports the rest.
 *
 * <p>The table is built at the first lookup, not with the timeline: a file's events shown before its quotes are
 * read, and a load that only validates, never look an id up, and building it was a third of the time those events
 * took to become a timeline (a cold pass over 100,000 ids). Safe to share between threads.
 */
final class IdIndex<T> {
    private final List<T> items;
    private final Function<T, String> idOf;
    /** Position + 1 of the item whose id hashes here; 0 is an empty slot. Null until the first lookup. */
    private volatile int[] slots;

    IdIndex(List<T> items, Function<T, String> idOf) {
        this.items = items;
        this.idOf = idOf;
    }

    /** Whether the table has been built: only by a lookup. */
    boolean isBuilt() {
        return slots != null;
    }

    /** Builds the table now, if no lookup has yet. */
    void build() {
        slots();
    }

    private int[] slots() {
        int[] built = slots;
        if (built == null) {
            synchronized (this) {
                built = slots;
                if (built == null) {
                    built = table();
                    slots = built;
                }
            }
        }
        return built;
    }

    private int[] table() {
        int[] table = new int[Integer.highestOneBit(Math.max(4, items.size()) * 2) * 2];
        for (int position = 0; position < items.size(); position++) {
            int slot = find(table, idOf.apply(items.get(position)));
            if (table[slot] == 0) {
                table[slot] = position + 1;
            }
        }
        return table;
    }

    /** The item's position, or -1 when no item has this id. */
    int positionOf(String id) {
        if (id == null) {
            return -1;
        }
        int[] table = slots();
        return table[find(table, id)] - 1;
    }

    /** The slot that holds this id, or the empty slot where it would go (linear probing; the table is at most half full). */
    private int find(int[] table, String id) {
        int mask = table.length - 1;
        // Golden-ratio hashing, top bits: ids numbered in sequence have hashes in runs that low bits crowd together.
        int slot = (id.hashCode() * 0x9E3779B9) >>> (32 - Integer.numberOfTrailingZeros(table.length));
        while (table[slot] != 0 && !idOf.apply(items.get(table[slot] - 1)).equals(id)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }
}
