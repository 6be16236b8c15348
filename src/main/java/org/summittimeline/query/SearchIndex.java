package org.summittimeline.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A word index over texts, folded as they are read (see {@link TextMatch}), so that a search per keystroke looks only at the documents that can match.
 * Every word of a query must begin a word of the text (the last may still be being typed: "nonse" finds
 * "nonsense"); a query of several words must also appear as a phrase. Built once per timeline.
 *
 * <p>A word found in few documents keeps their numbers; a word found in more than one document in 32 keeps a
 * bit per document instead, which is smaller and is merged a word (64 documents) at a time. Common words
 * ("the", "said") are most of an index's size, so this halves it or better.
 */
final class SearchIndex {
    /**
     * {@code fields[f][doc]}: field f of each document as the file has it (an event's title, summary, place; a
     * quote's words), or null. Not kept folded: a folded copy of every text that has a capital letter was a fifth
     * of the heap; the few documents a phrase is checked in are folded when asked.
     */
    private final String[][] fields;
    /** {@code kinds[f][doc]}: how field f of each document folds ({@link TextMatch#kindOf}), for the phrase check. */
    private final byte[][] kinds;
    private final int documents;
    private final String[] words;
    /** Per word, in the order of {@link #words}: the documents as numbers, or null when {@link #dense} has them. */
    private final int[][] sparse;
    private final long[][] dense;
    /**
     * Per document two longs: a Bloom filter of its word pairs, each pair kept as the last two letters of one
     * word and the first two of the next. A phrase can stand in a document only if each of its pairs is there,
     * so most documents that hold both words of a common phrase are ruled out without reading their text
     * (at a million quotes, "the president" checked 110,000 texts). Letters rather than whole words, because a
     * phrase is matched as written: its first word may end a longer word and its last may begin one.
     */
    private final long[] pairs;

    /** One field per document; texts as written, not folded. */
    SearchIndex(String[] texts) {
        this(new String[][] {texts});
    }

    /** Several fields per document, given field by field: {@code fields[f][doc]}; every field is as long; nulls allowed. */
    SearchIndex(String[][] fields) {
        this.fields = fields;
        this.documents = fields.length == 0 ? 0 : fields[0].length;
        this.kinds = new byte[fields.length][documents];
        for (int f = 0; f < fields.length; f++) {
            for (int doc = 0; doc < documents; doc++) {
                kinds[f][doc] = fields[f][doc] == null ? TextMatch.LOWER_ASCII : TextMatch.kindOf(fields[f][doc]);
            }
        }
        Vocabulary vocabulary = new Vocabulary(documents);
        this.pairs = vocabulary.pairs;
        for (int doc = 0; doc < documents; doc++) {
            for (int f = 0; f < fields.length; f++) {
                vocabulary.addWordsOf(fields[f][doc], kinds[f][doc], doc);
            }
        }
        int count = vocabulary.size;
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        String[] found = vocabulary.words;
        Arrays.sort(order, (a, b) -> found[a].compareTo(found[b]));
        words = new String[count];
        sparse = new int[count][];
        dense = new long[count][];
        for (int i = 0; i < count; i++) {
            int w = order[i];
            words[i] = found[w];
            if (vocabulary.bits[w] != null) {
                dense[i] = vocabulary.bits[w];
            } else {
                sparse[i] = Arrays.copyOf(vocabulary.docs[w], vocabulary.sizes[w]);
            }
        }
    }

    /** The words of a folded text: runs of letters and digits. */
    static List<String> tokens(String folded) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean wordChar = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
            if (wordChar && start < 0) {
                start = i;
            } else if (!wordChar && start >= 0) {
                out.add(folded.substring(start, i));
                start = -1;
            }
        }
        return out;
    }

    /** The documents that match a folded, trimmed query. */
    BitSet matching(String needle) {
        List<String> queryWords = tokens(needle);
        if (queryWords.isEmpty()) {
            // Punctuation alone: nothing to look up, so compare the texts themselves.
            BitSet result = new BitSet(documents);
            for (int doc = 0; doc < documents; doc++) {
                if (contains(doc, needle)) {
                    result.set(doc);
                }
            }
            return result;
        }
        BitSet result = null;
        for (String w : queryWords) {
            BitSet docs = withPrefix(w);
            if (result == null) {
                result = docs;
            } else {
                result.and(docs);
            }
        }
        if (queryWords.size() > 1) {
            long[] wanted = wantedPairs(queryWords);
            if (result.cardinality() < PARALLEL_CHECKS_FROM) {
                return phrases(result, needle, wanted, 0, documents);
            }
            // Reading the texts is most of a phrase search on a large file; the second half goes to another core.
            int middle = result.nextSetBit(result.length() / 2);
            middle = middle < 0 ? documents : middle;
            BitSet candidates = result;
            int split = middle;
            CompletableFuture<BitSet> upper = CompletableFuture.supplyAsync(
                    () -> phrases(candidates, needle, wanted, split, documents));
            BitSet found = phrases(candidates, needle, wanted, 0, split);
            found.or(upper.join());
            return found;
        }
        return result;
    }

    /** Below this many documents to read, a second thread costs more than it saves. */
    private static final int PARALLEL_CHECKS_FROM = 4096;

    /** The candidates in [from, to) whose pairs fit and whose text holds the phrase. */
    private BitSet phrases(BitSet candidates, String needle, long[] wanted, int from, int to) {
        BitSet found = new BitSet(documents);
        for (int doc = candidates.nextSetBit(from); doc >= 0 && doc < to; doc = candidates.nextSetBit(doc + 1)) {
            if ((pairs[2 * doc] & wanted[0]) == wanted[0] && (pairs[2 * doc + 1] & wanted[1]) == wanted[1]
                    && contains(doc, needle)) {
                found.set(doc);
            }
        }
        return found;
    }

    /** The pair bits every document holding the phrase has; pairs with a one-letter word are not known. */
    private static long[] wantedPairs(List<String> queryWords) {
        long[] wanted = new long[2];
        for (int i = 0; i + 1 < queryWords.size(); i++) {
            String a = queryWords.get(i);
            String b = queryWords.get(i + 1);
            if (a.length() >= 2 && b.length() >= 2) {
                setPair(wanted, 0, pairKey(ends(a, a.length()), starts(b, 0)));
            }
        }
        return wanted;
    }

    /** The last two letters of a word ending before {@code to}, as one number. */
    static int ends(CharSequence word, int to) {
        return word.charAt(to - 2) << 16 | word.charAt(to - 1);
    }

    /** The first two letters of a word starting at {@code from}, as one number. */
    static int starts(CharSequence word, int from) {
        return word.charAt(from) << 16 | word.charAt(from + 1);
    }

    /** The four letters mixed so that each of them moves every bit (MurmurHash3's finaliser). */
    static long pairKey(int end, int start) {
        long h = (long) end << 32 | (start & 0xFFFFFFFFL);
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        return h ^ (h >>> 33);
    }

    /** Two bits of the 128 at {@code at}, {@code at + 1}, chosen by the pair's key. */
    static void setPair(long[] bits, int at, long key) {
        int first = (int) (key & 127);
        int second = (int) ((key >>> 7) & 127);
        bits[at + (first >>> 6)] |= 1L << first;
        bits[at + (second >>> 6)] |= 1L << second;
    }

    private boolean contains(int doc, String needle) {
        for (int f = 0; f < fields.length; f++) {
            String text = fields[f][doc];
            if (text != null && TextMatch.containsFolded(text, kinds[f][doc], needle)) {
                return true;
            }
        }
        return false;
    }

    private BitSet withPrefix(String prefix) {
        long[] bits = new long[(documents + 63) >>> 6];
        int from = Arrays.binarySearch(words, prefix);
        if (from < 0) {
            from = -from - 1;
        }
        for (int i = from; i < words.length && words[i].startsWith(prefix); i++) {
            if (dense[i] != null) {
                long[] word = dense[i];
                for (int k = 0; k < word.length; k++) {
                    bits[k] |= word[k];
                }
            } else {
                for (int doc : sparse[i]) {
                    bits[doc >>> 6] |= 1L << doc;
                }
            }
        }
        return BitSet.valueOf(bits);
    }

    /**
     * The words met while building, each with the documents it is in. Looked up by a stretch of the text rather
     * than a substring, so that the millions of words of a large file do not each become a String: only the
     * first meeting of each distinct word does.
     */
    private static final class Vocabulary {
        String[] words = new String[1024];
        int[][] docs = new int[1024][];
        /** A word's documents as bits, once it is in more than one in 32 (its list is then dropped). */
        long[][] bits = new long[1024][];
        int[] sizes = new int[1024];
        int size;
        private final int documents;
        final long[] pairs;

        Vocabulary(int documents) {
            this.documents = documents;
            this.pairs = new long[2 * documents];
        }
        /** Word number + 1 in each slot; 0 is empty. Kept at most half full. */
        private int[] slots = new int[2048];

        void addWordsOf(String text, byte kind, int doc) {
            if (text == null) {
                return;
            }
            if (kind == TextMatch.OTHER) {
                // Folding may drop or split characters; the folded copy lives only while its words are read.
                text = TextMatch.fold(text);
            }
            int start = -1;
            int hash = 0;
            // The last two letters of the word before (lowered); -1 when it had fewer or there was none.
            int previousEnd = -1;
            char before = 0;
            int wordStart = 0;
            for (int i = 0; i <= text.length(); i++) {
                char c = i < text.length() ? text.charAt(i) : ' ';
                if (c >= 'A' && c <= 'Z') {
                    c += 'a' - 'A';
                }
                boolean wordChar = c < 128 ? isAsciiWordChar(c) : Character.isLetterOrDigit(c);
                if (wordChar) {
                    if (start < 0) {
                        start = i;
                        hash = 0;
                    } else if (i == start + 1) {
                        wordStart = before << 16 | c;
                    }
                    hash = 31 * hash + c;
                } else if (start >= 0) {
                    add(text, start, i, hash, doc);
                    if (i - start >= 2) {
                        if (previousEnd >= 0) {
                            setPair(pairs, 2 * doc, pairKey(previousEnd, wordStart));
                        }
                        previousEnd = lowered(text.charAt(i - 2)) << 16 | before;
                    } else {
                        previousEnd = -1;
                    }
                    start = -1;
                }
                before = c;
            }
        }

        private static char lowered(char c) {
            return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }

        private static boolean isAsciiWordChar(char c) {
            return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        }

        private void add(String text, int from, int to, int hash, int doc) {
            int mask = slots.length - 1;
            int slot = (hash ^ (hash >>> 16)) & mask;
            int length = to - from;
            while (slots[slot] != 0) {
                int w = slots[slot] - 1;
                String word = words[w];
                if (word.length() == length && isLoweredRegion(text, from, word)) {
                    addDocument(w, doc);
                    return;
                }
                slot = (slot + 1) & mask;
            }
            if (size == words.length) {
                words = Arrays.copyOf(words, size * 2);
                docs = Arrays.copyOf(docs, size * 2);
                bits = Arrays.copyOf(bits, size * 2);
                sizes = Arrays.copyOf(sizes, size * 2);
            }
            words[size] = lowered(text, from, to);
            docs[size] = new int[4];
            slots[slot] = ++size;
            addDocument(size - 1, doc);
            if (size * 2 > slots.length) {
                rehash();
            }
        }

        /** Capital A–Z lowered: the rest of folding was done before, so only plain-ASCII texts still have capitals. */
        private static String lowered(String text, int from, int to) {
            char[] word = new char[to - from];
            for (int k = 0; k < word.length; k++) {
                char c = text.charAt(from + k);
                word[k] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            }
            return new String(word);
        }

        private static boolean isLoweredRegion(String text, int from, String word) {
            for (int k = 0; k < word.length(); k++) {
                char c = text.charAt(from + k);
                if ((c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) != word.charAt(k)) {
                    return false;
                }
            }
            return true;
        }

        private void addDocument(int w, int doc) {
            if (bits[w] != null) {
                bits[w][doc >>> 6] |= 1L << doc;
                return;
            }
            int n = sizes[w];
            int[] list = docs[w];
            if (n > 0 && list[n - 1] == doc) {
                return;
            }
            if (n == list.length) {
                docs[w] = list = Arrays.copyOf(list, n * 2);
            }
            list[n] = doc;
            sizes[w] = n + 1;
            if (n + 1 > documents / 32) {
                long[] set = new long[(documents + 63) >>> 6];
                for (int k = 0; k <= n; k++) {
                    set[list[k] >>> 6] |= 1L << list[k];
                }
                bits[w] = set;
                docs[w] = null;
            }
        }

        private void rehash() {
            slots = new int[slots.length * 2];
            int mask = slots.length - 1;
            for (int w = 0; w < size; w++) {
                int h = words[w].hashCode();
                int slot = (h ^ (h >>> 16)) & mask;
                while (slots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = w + 1;
            }
        }
    }
}
