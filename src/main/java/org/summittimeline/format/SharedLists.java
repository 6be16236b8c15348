package org.summittimeline.format;

import java.util.List;

/**
 * One instance of each list of shared values read: an event's actors, a quote's topics, an event's sources. The
 * items are themselves shared instances (one string per actor id, one citation per place in a source), so two
 * lists are equal exactly when they hold the same instances in the same order, and a lookup compares references.
 * A map keyed by the lists had hashed each list through its interface and compared items with {@code equals};
 * while a large file's load was still cold, that was a tenth of binding (PERFORMANCE.md, session 27).
 *
 * <p>Open addressing over a power-of-two table, at most half full, with each list's hash and items kept beside it.
 * The table compares the items' arrays, never the lists: lists of one or two items and of more are of different
 * classes, and a look through a list made the optimising compiler throw away its code for the binders when quotes
 * with three topics followed events with two actors (JFR's deoptimisation events, session 27).
 */
final class SharedLists {
    /**
     * Typed as lists, so that a look needs no cast: a cast is checked against the classes seen so far, and lists of
     * one or two items (an event's actors) are of another class than longer ones (a quote's three topics), so the
     * compiled look was thrown away at the first such quote.
     */
    private List<?>[] lists = new List<?>[64];
    private Object[][] items = new Object[64][];
    private int[] hashes = new int[64];
    private int size;

    /**
     * The one list holding exactly {@code values}, in order: made from the array the first time, the same instance
     * every time after. Every item must be a shared instance and not null.
     */
    @SuppressWarnings("unchecked")
    <T> List<T> shared(T[] values) {
        if (values.length == 0) {
            return List.of();
        }
        int hash = 1;
        for (T value : values) {
            hash = 31 * hash + value.hashCode();
        }
        int mask = lists.length - 1;
        int slot = IdTable.spread(hash, lists.length);
        for (List<?> at = lists[slot]; at != null; at = lists[slot]) {
            if (hashes[slot] == hash && sameItems(items[slot], values)) {
                return (List<T>) at;
            }
            slot = (slot + 1) & mask;
        }
        return add(values, hash, slot);
    }

    /**
     * A list new to the table, put in its empty {@code slot}. Apart from {@link #shared}, which a large file asks
     * mostly for lists it holds already, so that the binders that inline that look do not inline this as well.
     */
    private <T> List<T> add(T[] values, int hash, int slot) {
        List<T> made = List.of(values);
        // A store into the array of lists is checked against the classes seen too, but here, once per new list,
        // the method stays cold: the look in shared() is what every item runs.
        lists[slot] = made;
        // Kept as an array of objects whatever the items' class, so that the store's type check sees one class.
        items[slot] = java.util.Arrays.copyOf(values, values.length, Object[].class);
        hashes[slot] = hash;
        if (++size * 2 > lists.length) {
            grow();
        }
        return made;
    }

    int size() {
        return size;
    }

    private static boolean sameItems(Object[] kept, Object[] values) {
        if (kept.length != values.length) {
            return false;
        }
        for (int i = 0; i < values.length; i++) {
            if (kept[i] != values[i]) {
                return false;
            }
        }
        return true;
    }

    private void grow() {
        List<?>[] oldLists = lists;
        Object[][] oldItems = items;
        int[] oldHashes = hashes;
        lists = new List<?>[oldLists.length * 2];
        items = new Object[lists.length][];
        hashes = new int[lists.length];
        int mask = lists.length - 1;
        for (int i = 0; i < oldLists.length; i++) {
            if (oldLists[i] != null) {
                int slot = IdTable.spread(oldHashes[i], lists.length);
                while (lists[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                lists[slot] = oldLists[i];
                items[slot] = oldItems[i];
                hashes[slot] = oldHashes[i];
            }
        }
    }
}
