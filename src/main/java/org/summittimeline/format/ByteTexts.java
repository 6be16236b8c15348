package org.summittimeline.format;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * One instance per short ASCII text, found by its bytes: looking up a field name or a category here makes no
 * string. Open addressing over a power-of-two table; once {@code max} texts are in, new ones are made but not
 * kept, so a file cannot grow the table without end.
 */
final class ByteTexts {
    static final int MAX_LENGTH = 32;
    private final int max;
    private byte[][] keys;
    private String[] values;
    private int[] hashes;
    private int size;

    ByteTexts(int max) {
        this.max = max;
        this.keys = new byte[64][];
        this.values = new String[64];
        this.hashes = new int[64];
    }

    /** A table that starts with these texts, each its own instance (the format's field names). */
    static ByteTexts of(Map<String, String> known, int max) {
        ByteTexts t = new ByteTexts(max);
        for (String s : known.values()) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            if (b.length == s.length() && b.length <= MAX_LENGTH) {
                t.put(b, hash(b, 0, b.length), s);
            }
        }
        return t;
    }

    private static int hash(byte[] b, int from, int length) {
        int h = 0;
        for (int i = from; i < from + length; i++) {
            h = 31 * h + b[i];
        }
        return h;
    }

    /** The table's string for these bytes, made (and kept while there is room) when it has none. */
    String get(byte[] b, int from, int length) {
        int hash = hash(b, from, length);
        int mask = keys.length - 1;
        for (int slot = mix(hash) & mask; ; slot = (slot + 1) & mask) {
            byte[] key = keys[slot];
            if (key == null) {
                String made = new String(b, from, length, StandardCharsets.ISO_8859_1);
                if (size < max) {
                    put(Arrays.copyOfRange(b, from, from + length), hash, made);
                }
                return made;
            }
            if (hashes[slot] == hash && key.length == length
                    && Arrays.equals(key, 0, length, b, from, from + length)) {
                return values[slot];
            }
        }
    }

    private static int mix(int h) {
        return h ^ (h >>> 16) ^ (h >>> 7);
    }

    private void put(byte[] key, int hash, String value) {
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int slot = mix(hash) & mask;
        while (keys[slot] != null) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        values[slot] = value;
        hashes[slot] = hash;
        size++;
    }

    private void grow() {
        byte[][] oldKeys = keys;
        String[] oldValues = values;
        int[] oldHashes = hashes;
        keys = new byte[oldKeys.length * 2][];
        values = new String[oldKeys.length * 2];
        hashes = new int[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                put(oldKeys[i], oldHashes[i], oldValues[i]);
            }
        }
    }
}
