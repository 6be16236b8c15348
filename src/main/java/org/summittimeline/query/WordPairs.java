package org.summittimeline.query;

import java.util.Arrays;

/**
 * For each common word, the documents in which it stands right before each other word: "the" then "president",
 * with exactly one space between them or with anything else. A phrase of two words is then answered from these
 * lists without reading a text, whatever the number of documents that merely hold both words.
 *
 * <p>Only words kept as bits in the word index (in more than one document in 32) have their pairs listed: a phrase
 * whose first word is rarer has few documents to read. Each list is Golomb–Rice coded gaps, all lists in one
 * array of bits. A pair can only stand in a document that holds both its words, so the gaps of a list with many
 * documents count those documents only (the word index has them as bits), not every document: about 6–7 bits a
 * pair in a document instead of 9, where a Bloom filter of letter pairs took 128 bits a document and still left
 * most of a common phrase's documents to read.
 */
final class WordPairs {
    /** Pairs of word x are entries [from[x], from[x + 1]); x and y are word numbers in the index's sorted order. */
    private final int[] from;
    /** Per entry: 2 y + 1 when something other than one space stands between the words, 2 y when one space does. */
    private final int[] second;
    private final int[] count;
    /** Per entry: the Rice parameter, plus {@link #RANKED} when the gaps count only the documents holding both words. */
    private final byte[] shift;
    private static final int RANKED = 64;
    /** The word index's bits per word, null for a word kept as numbers: the documents a ranked list counts. */
    private final long[][] common;
    private final long[] start;
    /**
     * The lists' bits in pages of {@link #PAGE} longs: one array of several megabytes would be a humongous object
     * to G1, given whole regions of its own (up to a third again of its size at 100,000 documents, unused).
     */
    private final long[][] bits;
    /** Longs a page: 2 to this power. */
    private final int pageBits;
    static final int PAGE_BITS = 15;

    private WordPairs(int[] from, int[] second, int[] count, byte[] shift, long[] start, long[][] bits, int pageBits,
                      long[][] common) {
        this.pageBits = pageBits;
        this.common = common;
        this.from = from;
        this.second = second;
        this.count = count;
        this.shift = shift;
        this.start = start;
        this.bits = bits;
    }

    /** Hands the pairs of neighbouring words in the texts of a document to a {@link Builder}. */
    interface Texts {
        /** Calls {@code builder.pair(x, y, oneSpace)} for each pair of neighbouring words of document doc. */
        void pairsOf(int doc, Builder builder);
    }

    /**
     * Reads the texts twice: once to count each pair's documents, which sizes every list before a bit is written
     * (growing lists would need up to twice the memory while building, which a million documents cannot spare),
     * then to write them.
     */
    static WordPairs build(long[][] common, int documents, Texts texts, int pageBits) {
        Builder builder = new Builder(common, documents, pageBits);
        for (int doc = 0; doc < documents; doc++) {
            builder.doc = doc;
            texts.pairsOf(doc, builder);
        }
        WordPairs pairs = builder.layOut(common.length);
        builder.writing = pairs;
        Arrays.fill(builder.last, -1);
        for (int doc = 0; doc < documents; doc++) {
            builder.doc = doc;
            texts.pairsOf(doc, builder);
        }
        return pairs;
    }

    /**
     * Sets in {@code docs} the documents where word x stands right before a word numbered in [yFrom, yTo), with
     * one space between (oneSpace) or with anything else between.
     */
    void addDocuments(int x, int yFrom, int yTo, boolean oneSpace, long[] docs) {
        int lo = from[x];
        int hi = from[x + 1];
        int at = Arrays.binarySearch(second, lo, hi, 2 * yFrom);
        for (int e = at < 0 ? -at - 1 : at; e < hi && second[e] < 2 * yTo; e++) {
            if ((second[e] & 1) == (oneSpace ? 0 : 1)) {
                decode(e, x, second[e] >>> 1, docs);
            }
        }
    }

    private void decode(int e, int x, int y, long[] docs) {
        long p = start[e];
        int b = shift[e] & (RANKED - 1);
        boolean ranked = (shift[e] & RANKED) != 0;
        long mask = (1L << b) - 1;
        int doc = -1;
        // Ranked: the documents holding both words not yet passed, of the word of them at k.
        int k = 0;
        long both = ranked ? both(x, y, 0) : 0;
        for (int left = count[e]; left > 0; left--) {
            // The quotient in unary: zeros, then a one.
            long word = word(p >>> 6) >>> (p & 63);
            int quotient = 0;
            while (word == 0) {
                quotient += 64 - (int) (p & 63);
                p = (p | 63) + 1;
                word = word(p >>> 6);
            }
            int zeros = Long.numberOfTrailingZeros(word);
            quotient += zeros;
            p += zeros + 1;
            long remainder = 0;
            if (b > 0) {
                int offset = (int) (p & 63);
                remainder = word(p >>> 6) >>> offset;
                if (offset + b > 64) {
                    remainder |= word((p >>> 6) + 1) << (64 - offset);
                }
                remainder &= mask;
                p += b;
            }
            long gap = ((long) quotient << b | remainder) + 1;
            if (!ranked) {
                doc += (int) gap;
            } else {
                // The gap-th document holding both words after the last one.
                for (int here = Long.bitCount(both); gap > here; here = Long.bitCount(both)) {
                    gap -= here;
                    both = both(x, y, ++k);
                }
                for (; gap > 1; gap--) {
                    both &= both - 1;
                }
                doc = k << 6 | Long.numberOfTrailingZeros(both);
                both &= both - 1;
            }
            docs[doc >>> 6] |= 1L << doc;
        }
    }

    /** Word k of the bits of the documents holding x and y (x alone when y is kept as numbers). */
    private long both(int x, int y, int k) {
        return common[y] == null ? common[x][k] : common[x][k] & common[y][k];
    }

    /** How many documents in [fromDoc, toDoc) hold x and y (x alone when y is kept as numbers). */
    private int countBoth(int x, int y, int fromDoc, int toDoc) {
        if (fromDoc >= toDoc) {
            return 0;
        }
        int first = fromDoc >>> 6;
        int last = (toDoc - 1) >>> 6;
        long firstMask = -1L << fromDoc;
        long lastMask = -1L >>> (63 - ((toDoc - 1) & 63));
        if (first == last) {
            return Long.bitCount(both(x, y, first) & firstMask & lastMask);
        }
        int n = Long.bitCount(both(x, y, first) & firstMask);
        for (int k = first + 1; k < last; k++) {
            n += Long.bitCount(both(x, y, k));
        }
        return n + Long.bitCount(both(x, y, last) & lastMask);
    }

    private long word(long index) {
        return bits[(int) (index >>> pageBits)][(int) index & ((1 << pageBits) - 1)];
    }

    private void or(long index, long value) {
        bits[(int) (index >>> pageBits)][(int) index & ((1 << pageBits) - 1)] |= value;
    }

    /** Counts, then writes, the pairs handed to it document by document. */
    static final class Builder {
        private final long[][] common;
        private final int documents;
        int doc;
        WordPairs writing;
        /** Open addressing: key + 1 of each entry's pair, 0 when empty; entry numbers in {@link #entries}. */
        private long[] keys = new long[1024];
        private int[] entries = new int[1024];
        private int size;
        private int[] counts = new int[256];
        int[] last = new int[256];
        /** While writing: the entry in the laid-out order, and the next bit to write of each. */
        private int[] placed;
        private long[] next;

        private final int pageBits;

        Builder(long[][] common, int documents, int pageBits) {
            this.common = common;
            this.documents = documents;
            this.pageBits = pageBits;
            Arrays.fill(last, -1);
        }

        /** Word x stands right before word y, with exactly one space between them or not. */
        void pair(int x, int y, boolean oneSpace) {
            if (common[x] == null) {
                return;
            }
            long key = (long) x << 32 | (2L * y + (oneSpace ? 0 : 1));
            int entry = entryOf(key);
            if (last[entry] == doc) {
                return;
            }
            if (writing == null) {
                counts[entry]++;
            } else {
                int e = placed[entry];
                int gap = (writing.shift[e] & RANKED) == 0 ? doc - last[entry]
                        : 1 + writing.countBoth(x, y, last[entry] + 1, doc);
                write(e, gap);
            }
            last[entry] = doc;
        }

        private int entryOf(long key) {
            int mask = keys.length - 1;
            long h = key * 0x9E3779B97F4A7C15L;
            int slot = (int) (h >>> 32) & mask;
            while (keys[slot] != 0) {
                if (keys[slot] == key + 1) {
                    return entries[slot];
                }
                slot = (slot + 1) & mask;
            }
            if (writing != null) {
                throw new IllegalStateException("a pair not met while counting");
            }
            keys[slot] = key + 1;
            entries[slot] = size;
            if (size == counts.length) {
                counts = Arrays.copyOf(counts, size * 2);
                int old = last.length;
                last = Arrays.copyOf(last, size * 2);
                Arrays.fill(last, old, last.length, -1);
            }
            size++;
            if (size * 2 > keys.length) {
                grow();
            }
            return size - 1;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldEntries = entries;
            keys = new long[oldKeys.length * 2];
            entries = new int[oldKeys.length * 2];
            int mask = keys.length - 1;
            for (int s = 0; s < oldKeys.length; s++) {
                if (oldKeys[s] != 0) {
                    long h = (oldKeys[s] - 1) * 0x9E3779B97F4A7C15L;
                    int slot = (int) (h >>> 32) & mask;
                    while (keys[slot] != 0) {
                        slot = (slot + 1) & mask;
                    }
                    keys[slot] = oldKeys[s];
                    entries[slot] = oldEntries[s];
                }
            }
        }

        /**
         * Orders the entries by pair, chooses each list's Rice parameter from its mean gap and gives it as many bits
         * as its gaps can take at most: the gaps sum to the number of documents counted up to the last, so the bound
         * is exact to within a bit a document. A list with one document in 1,024 or more counts only the documents
         * holding both words; counting them costs a pass over the two words' bits, which a rarer pair does not repay.
         */
        WordPairs layOut(int words) {
            long[] order = new long[size];
            int[] entryAt = new int[size];
            int filled = 0;
            for (int s = 0; s < keys.length; s++) {
                if (keys[s] != 0) {
                    order[filled] = keys[s] - 1;
                    entryAt[filled++] = entries[s];
                }
            }
            Integer[] byKey = new Integer[size];
            for (int i = 0; i < size; i++) {
                byKey[i] = i;
            }
            Arrays.sort(byKey, (a, b) -> Long.compare(order[a], order[b]));
            int[] from = new int[words + 1];
            int[] second = new int[size];
            int[] count = new int[size];
            byte[] shift = new byte[size];
            long[] start = new long[size + 1];
            WordPairs counting = new WordPairs(from, second, count, shift, start, null, pageBits, common);
            placed = new int[size];
            int rankedFrom = Math.max(16, documents >>> 10);
            for (int i = 0; i < size; i++) {
                long key = order[byKey[i]];
                int entry = entryAt[byKey[i]];
                int x = (int) (key >>> 32);
                int y = (int) key >>> 1;
                placed[entry] = i;
                from[x + 1]++;
                second[i] = (int) key;
                int n = counts[entry];
                count[i] = n;
                boolean ranked = n >= rankedFrom;
                long gaps = ranked ? counting.countBoth(x, y, 0, last[entry] + 1) : last[entry] + 1L;
                // The best parameter is about log2 of the mean gap times ln 2.
                int b = Math.max(0, 63 - Long.numberOfLeadingZeros(Math.max(1, gaps * 69 / (100L * n))));
                shift[i] = (byte) (b | (ranked ? RANKED : 0));
                start[i + 1] = start[i] + (long) n * (1 + b) + ((gaps - n) >> b);
            }
            for (int x = 0; x < words; x++) {
                from[x + 1] += from[x];
            }
            next = Arrays.copyOf(start, size);
            long words64 = (start[size] >>> 6) + 2;
            int page = 1 << pageBits;
            long[][] bits = new long[(int) ((words64 + page - 1) >>> pageBits)][];
            for (int k = 0; k < bits.length; k++) {
                bits[k] = new long[(int) Math.min(page, words64 - (long) k * page)];
            }
            return new WordPairs(from, second, count, shift, start, bits, pageBits, common);
        }

        private void write(int e, int gap) {
            int b = writing.shift[e] & (RANKED - 1);
            long value = gap - 1L;
            long p = next[e] + (value >>> b);
            writing.or(p >>> 6, 1L << p);
            p++;
            if (b > 0) {
                long remainder = value & ((1L << b) - 1);
                int offset = (int) (p & 63);
                writing.or(p >>> 6, remainder << offset);
                if (offset + b > 64) {
                    writing.or((p >>> 6) + 1, remainder >>> (64 - offset));
                }
                p += b;
            }
            next[e] = p;
        }
    }
}
