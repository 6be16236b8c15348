package org.summittimeline.format;

import java.util.AbstractCollection;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The ids of one kind read so far, each with the position of the item that first used it. A map of id to path
 * cost about 150 bytes an id (node, boxed or string value, the path text) and was the largest thing alive while
 * a million-event file loaded; this is two arrays, open-addressed, at most half full.
 */
final class IdTable {
    private String[] keys = new String[16];
    private int[] positions = new int[16];
    private int size;

    /** The position first recorded for the id, or -1 if it is new (and then it is recorded with this position). */
    int putIfAbsent(String id, int position) {
        int slot = slotOf(id);
        if (keys[slot] != null) {
            return positions[slot];
        }
        keys[slot] = id;
        positions[slot] = position;
        if (++size * 2 > keys.length) {
            grow();
        }
        return -1;
    }

    /** The position recorded for the id, or -1. */
    int positionOf(String id) {
        int slot = slotOf(id);
        return keys[slot] == null ? -1 : positions[slot];
    }

    /** The id recorded in a slot {@link #slotOf} gave, or null when the slot is empty. */
    String keyAt(int slot) {
        return keys[slot];
    }

    /** The position recorded with the id in a slot {@link #slotOf} gave (meaningless for an empty slot). */
    int positionAt(int slot) {
        return positions[slot];
    }

    /** The instance of the id that was recorded first, or null. */
    String canonical(String id) {
        return keys[slotOf(id)];
    }

    boolean contains(String id) {
        return canonical(id) != null;
    }

    /** The ids, in no particular order (for "did you mean"). */
    Collection<String> ids() {
        return new AbstractCollection<>() {
            @Override
            public Iterator<String> iterator() {
                return new Iterator<>() {
                    private int next = advance(0);

                    private int advance(int from) {
                        int i = from;
                        while (i < keys.length && keys[i] == null) {
                            i++;
                        }
                        return i;
                    }

                    @Override
                    public boolean hasNext() {
                        return next < keys.length;
                    }

                    @Override
                    public String next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        String id = keys[next];
                        next = advance(next + 1);
                        return id;
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }

    /** The slot of the id: where it is, or the empty slot it would take; see {@link #keyAt} and {@link #positionAt}. */
    int slotOf(String id) {
        int mask = keys.length - 1;
        int slot = spread(id.hashCode(), keys.length);
        while (keys[slot] != null && !keys[slot].equals(id)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /**
     * The home slot of a hash in a table of {@code length} slots (a power of two): the hash times the golden
     * ratio, top bits. Ids such as "e0".."e99999" have hashes in runs of ten with gaps; taking their low bits
     * packed them into runs that linear probing walked five slots on average, Fibonacci hashing a quarter.
     */
    static int spread(int hash, int length) {
        return (hash * 0x9E3779B9) >>> (32 - Integer.numberOfTrailingZeros(length));
    }

    private void grow() {
        String[] oldKeys = keys;
        int[] oldPositions = positions;
        // Each id is copied over without comparing: the ids in a table are distinct, and a String keeps its hash.
        // (Growing fourfold copied less but left a million ids in 4 million slots: 32 MB a table, twice the memory.)
        int length = oldKeys.length * 2;
        keys = new String[length];
        positions = new int[length];
        int mask = length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            String id = oldKeys[i];
            if (id != null) {
                int slot = spread(id.hashCode(), length);
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = id;
                positions[slot] = oldPositions[i];
            }
        }
    }

    @Override
    public String toString() {
        return "IdTable" + Arrays.toString(ids().toArray());
    }
}
