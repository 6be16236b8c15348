package org.summittimeline.format;

import java.util.List;

/**
 * One instance of each list of shared values read: an event's actors, a quote's topics, an event's sources. The
 * items are themselves shared instances (one string per actor id, one citation per place in a source), so two
 * lists are equal exactly when they hold the same instances in the same order, and a lookup compares references.
 * A map keyed by the lists had hashed each list through its interface and compared items with {@code equals};
 * while a large file's load was still cold, that was a tenth of binding (PERFORMANCE.md, session 27).
 *
 * <p>Open addressing over a power-of-two table, at most half full, with each list's hash kept beside it.
 */
final class SharedLists {
    private List<?>[] lists = new List<?>[64];
    private int[] hashes = new int[64];
    private int size;

    /**
     * The one list holding exactly {@code items}, in order: made from the array the first time, the same instance
     * every time after. Every item must be a shared instance and not null.
     */
    @SuppressWarnings("unchecked")
    <T> List<T> shared(T[] items) {
        if (items.length == 0) {
            return List.of();
        }
        int hash = 1;
        for (T item : items) {
            hash = 31 * hash + item.hashCode();
        }
        int mask = lists.length - 1;
        int slot = IdTable.spread(hash, lists.length);
        for (List<?> at = lists[slot]; at != null; at = lists[slot]) {
            if (hashes[slot] == hash && sameItems(at, items)) {
                return (List<T>) at;
            }
            slot = (slot + 1) & mask;
        }
        List<T> made = List.of(items);
        lists[slot] = made;
        hashes[slot] = hash;
        if (++size * 2 > lists.length) {
            grow();
        }
        return made;
    }

    int size() {
        return size;
    }

    private static boolean sameItems(List<?> list, Object[] items) {
        if (list.size() != items.length) {
            return false;
        }
        for (int i = 0; i < items.length; i++) {
            if (list.get(i) != items[i]) {
                return false;
            }
        }
        return true;
    }

    private void grow() {
        List<?>[] oldLists = lists;
        int[] oldHashes = hashes;
        lists = new List<?>[oldLists.length * 2];
        hashes = new int[lists.length];
        int mask = lists.length - 1;
        for (int i = 0; i < oldLists.length; i++) {
            if (oldLists[i] != null) {
                int slot = IdTable.spread(oldHashes[i], lists.length);
                while (lists[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                lists[slot] = oldLists[i];
                hashes[slot] = oldHashes[i];
            }
        }
    }
}
