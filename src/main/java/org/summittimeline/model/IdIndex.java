package org.summittimeline.model;

import java.util.List;
import java.util.function.Function;

/**
 * The position of each item of a list by its id. A hash map would hold a node and a boxed position per item
 * (about 60 bytes); this keeps only an open-addressed table of positions and compares against the items' own
 * ids, so 100,000 events cost one 1 MB array. The first item with an id wins, as the loader reports the rest.
 */
final class IdIndex<T> {
    private final List<T> items;
    private final Function<T, String> idOf;
    /** Position + 1 of the item whose id hashes here; 0 is an empty slot. */
    private final int[] slots;

    IdIndex(List<T> items, Function<T, String> idOf) {
        this.items = items;
        this.idOf = idOf;
        int capacity = Integer.highestOneBit(Math.max(4, items.size()) * 2) * 2;
        this.slots = new int[capacity];
        for (int position = 0; position < items.size(); position++) {
            String id = idOf.apply(items.get(position));
            int slot = find(id);
            if (slots[slot] == 0) {
                slots[slot] = position + 1;
            }
        }
    }

    /** The item's position, or -1 when no item has this id. */
    int positionOf(String id) {
        if (id == null) {
            return -1;
        }
        return slots[find(id)] - 1;
    }

    /** The slot that holds this id, or the empty slot where it would go (linear probing; the table is at most half full). */
    private int find(String id) {
        int mask = slots.length - 1;
        // Golden-ratio hashing, top bits: ids numbered in sequence have hashes in runs that low bits crowd together.
        int slot = (id.hashCode() * 0x9E3779B9) >>> (32 - Integer.numberOfTrailingZeros(slots.length));
        while (slots[slot] != 0 && !idOf.apply(items.get(slots[slot] - 1)).equals(id)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }
}
