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
 *
 * <p>Each slot also keeps eight bits of its id's hash above the position, so that a probe opens an item (and its
 * id's string) only when those bits match. With a million items spread over the heap, opening every item a probe
 * passed was most of building the table: a cache miss for the item, its id and the id's letters.
 */
final class IdIndex<T> {
    private final List<T> items;
    private final Function<T, String> idOf;
    /** Whether positions leave room for the hash bits (below 2^24 items, all a loader accepts). */
    private final boolean tagged;
    /**
     * Position + 1 of the item whose id hashes here, with {@link #TAG_BITS} of the hash above it while positions
     * leave room; 0 is an empty slot. Null until the first lookup.
     */
    private volatile int[] slots;
    private static final int TAG_BITS = 8;
    private static final int POSITION_BITS = 32 - TAG_BITS;

    IdIndex(List<T> items, Function<T, String> idOf) {
        this(items, idOf, items.size() < (1 << POSITION_BITS) - 1);
    }

    /** With {@code tagged} false, as beyond 2^24 items: the slots hold positions alone (for tests of that path). */
    IdIndex(List<T> items, Function<T, String> idOf, boolean tagged) {
        this.items = items;
        this.idOf = idOf;
        this.tagged = tagged;
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
            String id = idOf.apply(items.get(position));
            int slot = find(table, id);
            if (table[slot] == 0) {
                table[slot] = tag(mixed(id)) | (position + 1);
            }
        }
        return table;
    }

    private static int mixed(String id) {
        // Golden-ratio hashing: ids numbered in sequence have hashes in runs that low bits crowd together.
        return id.hashCode() * 0x9E3779B9;
    }

    /** The hash's bits kept in a slot: the lowest of the mixed hash, as its top bits choose the slot. */
    private int tag(int mixed) {
        return tagged ? mixed << POSITION_BITS : 0;
    }

    private int positionAt(int entry) {
        return (tagged ? entry & ((1 << POSITION_BITS) - 1) : entry) - 1;
    }

    /** The item's position, or -1 when no item has this id. */
    int positionOf(String id) {
        if (id == null) {
            return -1;
        }
        int[] table = slots();
        return positionAt(table[find(table, id)]);
    }

    /** The slot that holds this id, or the empty slot where it would go (linear probing; the table is at most half full). */
    private int find(int[] table, String id) {
        int mask = table.length - 1;
        int mixed = mixed(id);
        int tag = tag(mixed);
        int tagMask = tag(-1);
        int slot = mixed >>> (32 - Integer.numberOfTrailingZeros(table.length));
        while (true) {
            int entry = table[slot];
            if (entry == 0 || ((entry & tagMask) == tag && idOf.apply(items.get(positionAt(entry))).equals(id))) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
    }
}
