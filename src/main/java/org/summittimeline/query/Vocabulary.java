package org.summittimeline.query;

import java.util.Arrays;

/**
 * The words met while building, each with the documents it is in. Looked up by a stretch of the text rather
 * than a substring, so that the millions of words of a large file do not each become a String: only the
 * first meeting of each distinct word does.
 */
final class Vocabulary {
    String[] words = new String[1024];
    int[][] docs = new int[1024][];
    /** A word's documents as bits, once it is in more than one in 32 (its list is then dropped). */
    long[][] bits = new long[1024][];
    int[] sizes = new int[1024];
    int size;
    private final int documents;

    Vocabulary(int documents) {
        this.documents = documents;
    }
    /** Word number + 1 in each slot; 0 is empty. Kept at most half full. */
    private int[] slots = new int[2048];

    void addWordsOf(String text, byte kind, int doc) {
        if (text == null) {
            return;
        }
        // Folding may drop or split characters; the folded copy lives only while its words are read.
        eachWord(kind == TextMatch.OTHER ? TextMatch.fold(text) : text,
                (t, start, end, hash) -> add(t, start, end, hash, doc));
    }

    /**
     * Hands each pair of neighbouring words of a text to the builder, as word numbers in sorted order, with
     * whether exactly one space stands between them. The words are those {@link #addWordsOf} reads, by the same
     * loop.
     */
    void pairsOf(String text, byte kind, int[] rank, WordPairs.Builder builder) {
        if (text == null) {
            return;
        }
        boolean ascii = kind == TextMatch.ASCII;
        int[] previous = {-1, 0}; // the word before, and where it ended
        eachWord(kind == TextMatch.OTHER ? TextMatch.fold(text) : text, (t, start, end, hash) -> {
            int word = rank[find(t, ascii, start, end, hash)];
            if (previous[0] >= 0) {
                builder.pair(previous[0], word, start == previous[1] + 1 && t.charAt(previous[1]) == ' ');
            }
            previous[0] = word;
            previous[1] = end;
        });
    }

    /** Receives each word of a text: where it stands in the text and the hash of its lower-cased letters. */
    private interface WordVisitor {
        void word(String text, int start, int end, int hash);
    }

    private static void eachWord(String text, WordVisitor visitor) {
        int start = -1;
        int hash = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? lowered(text.charAt(i)) : ' ';
            boolean wordChar = c < 128 ? isAsciiWordChar(c) : Character.isLetterOrDigit(c);
            if (wordChar) {
                if (start < 0) {
                    start = i;
                    hash = 0;
                }
                hash = 31 * hash + c;
            } else if (start >= 0) {
                visitor.word(text, start, i, hash);
                start = -1;
            }
        }
    }

    private static char lowered(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    private static boolean isAsciiWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    }

    /** The number of a word met while building, found by the stretch of text it was met in. */
    private int find(String text, boolean capitals, int from, int to, int hash) {
        int mask = slots.length - 1;
        int slot = (hash ^ (hash >>> 16)) & mask;
        int length = to - from;
        while (true) {
            int w = slots[slot] - 1;
            String word = words[w];
            // A text without capitals (folded ones have none) compares as it stands, which is quicker.
            if (word.length() == length
                    && (capitals ? isLoweredRegion(text, from, word) : text.regionMatches(from, word, 0, length))) {
                return w;
            }
            slot = (slot + 1) & mask;
        }
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
