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
 * <p>
 * Each slot's id hash and position are one {@code long} ({@link #entries}): a probe walks that array and opens an
 * id's string only when its hash is the one asked for. With a million ids the strings lie all over the heap, and
 * comparing each one a probe passed (and re-hashing each as the table grew) was a sixth of a load's reading
 * thread in cache misses. A slot costs 12 bytes instead of 8 (about 17 MB more for the two tables of a
 * million-item file while it is read): the whole hash is what lets {@link #grow} move entries without opening
 * their strings, and reading got 15 % faster. Beside the table, an array of the line each item begins on, by
 * position: 4 bytes an item (4 MB a million, twice that for a moment as it grows), for a duplicate's message.
 */
final class IdTable {
    private String[] keys = new String[16];
    /** Per slot: the id's hash in the high half, its position + 1 in the low half; 0 for an empty slot. */
    private long[] entries = new long[16];
    private int size;
    /**
     * Per position, the line its item begins on (0 where none was recorded), so that a second use can say where the
     * first is: "events[40211]" alone sent a reader counting items in a file of a hundred thousand.
     */
    private int[] lines = new int[16];

    /** The position first recorded for the id, or -1 if it is new (and then it is recorded with this position). */
    int putIfAbsent(String id, int position) {
        int slot = slotOf(id);
        if (entries[slot] != 0) {
            return positionAt(slot);
        }
        if (position < 0) {
            // Kept as position + 1: a -1 would read as an empty slot. (Only a position recorded must be one.)
            throw new IllegalArgumentException("an id's position is an item's place in its list, not " + position);
        }
        keys[slot] = id;
        entries[slot] = entry(id.hashCode(), position);
        if (++size * 2 > keys.length) {
            grow();
        }
        return -1;
    }

    private static long entry(int hash, int position) {
        return ((long) hash << 32) | (position + 1L);
    }

    /** Records the line the item at {@code position} begins on, once its id is recorded as new. */
    void lineAt(int position, int line) {
        if (position >= lines.length) {
            lines = Arrays.copyOf(lines, Math.max(position + 1, lines.length * 2));
        }
        lines[position] = line;
    }

    /** The line recorded for the item at {@code position}, or 0. */
    int lineOf(int position) {
        return position >= 0 && position < lines.length ? lines[position] : 0;
    }

    /** The position recorded for the id, or -1. */
    int positionOf(String id) {
        return positionAt(slotOf(id));
    }

    /** The id recorded in a slot {@link #slotOf} gave, or null when the slot is empty. */
    String keyAt(int slot) {
        return keys[slot];
    }

    /** The position recorded with the id in a slot {@link #slotOf} gave, or -1 for an empty slot. */
    int positionAt(int slot) {
        return (int) entries[slot] - 1;
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
        int hash = id.hashCode();
        int slot = spread(hash, keys.length);
        while (true) {
            long e = entries[slot];
            if (e == 0 || ((int) (e >>> 32) == hash && keys[slot].equals(id))) {
                return slot;
            }
            slot = (slot + 1) & mask;
        }
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
        long[] oldEntries = entries;
        // Each id is copied over without comparing or opening its string: the ids in a table are distinct, and
        // the entry holds the hash. (Growing fourfold copied less but left a million ids in 4 million slots.)
        int length = oldKeys.length * 2;
        keys = new String[length];
        entries = new long[length];
        int mask = length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            long e = oldEntries[i];
            if (e != 0) {
                int slot = spread((int) (e >>> 32), length);
                while (entries[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                entries[slot] = e;
            }
        }
    }

    @Override
    public String toString() {
        return "IdTable" + Arrays.toString(ids().toArray());
    }
}
