package org.summittimeline.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A word index over texts, folded as they are read (see {@link TextMatch}), so that a search per keystroke looks only at the documents that can match.
 * Every word of a query must begin a word of the text (the last may still be being typed: "nonse" finds
 * "nonsense"); a query of several words must also appear as a phrase. Built once per timeline.
 *
 * <p>A word found in few documents keeps their numbers; a word found in more than one document in 32 keeps a
 * bit per document instead, which is smaller and is merged a word (64 documents) at a time. Common words
 * ("the", "said") are most of an index's size, so this halves it or better.
 *
 * <p>A phrase is found through {@link WordPairs}: which word stands right before which, for the common words.
 * Two words with one space between are answered from it alone; other phrases read only the texts it leaves.
 */
final class SearchIndex {
    /**
     * Field f of each document as the file has it (an event's title, summary, place; a quote's words), or null,
     * made when asked: the timeline keeps its texts as bytes, and the index holds no copy of them. Not kept
     * folded either: a folded copy of every text that has a capital letter was a fifth of the heap; the few
     * documents a phrase is checked in are folded when asked.
     */
    private final Fields fields;
    /** {@code kinds[f][doc]}: how field f of each document folds ({@link TextMatch#kindOf}), for the phrase check. */
    private final byte[][] kinds;
    private final int documents;
    private final String[] words;
    /** Per word, in the order of {@link #words}: the documents as numbers, or null when {@link #dense} has them. */
    private final int[][] sparse;
    private final long[][] dense;
    /** Word numbers (in the order of {@link #words}) ordered by their words read backwards: the words ending alike are together. */
    private final int[] bySuffix;
    /** The documents in which a common word stands right before another: a two-word phrase without reading texts. */
    private final WordPairs pairs;
    /** How many texts phrase checks have read, for the tests of how much a search costs. */
    private final AtomicLong textsRead = new AtomicLong();

    /** The searched texts of each document, field by field. */
    interface Fields {
        /** How many fields each document has. */
        int count();

        int documents();

        /** Field {@code field} of document {@code doc}, or null; may be made anew at each call. */
        String text(int field, int doc);

        /** Fields held in arrays, {@code texts[f][doc]}; every field as long. */
        static Fields of(String[][] texts) {
            return of(texts.length, texts.length == 0 ? 0 : texts[0].length, (field, doc) -> texts[field][doc]);
        }

        /** {@code count} fields of {@code documents} documents, each made when asked by {@code text}. */
        static Fields of(int count, int documents, Text text) {
            return new Fields() {
                @Override
                public int count() {
                    return count;
                }

                @Override
                public int documents() {
                    return documents;
                }

                @Override
                public String text(int field, int doc) {
                    return text.of(field, doc);
                }
            };
        }

        /** Field {@code field} of document {@code doc}. */
        interface Text {
            String of(int field, int doc);
        }
    }

    /** One field per document; texts as written, not folded. */
    SearchIndex(String[] texts) {
        this(new String[][] {texts});
    }

    /** Several fields per document, given field by field: {@code fields[f][doc]}; every field is as long; nulls allowed. */
    SearchIndex(String[][] fields) {
        this(Fields.of(fields), WordPairs.PAGE_BITS);
    }

    SearchIndex(Fields fields) {
        this(fields, WordPairs.PAGE_BITS);
    }

    /** As {@link #SearchIndex(Fields)}, the word pairs' bits in pages of 2 to the power pairPageBits longs. */
    SearchIndex(Fields fields, int pairPageBits) {
        this.fields = fields;
        this.documents = fields.documents();
        int count = fields.count();
        this.kinds = new byte[count][documents];
        Vocabulary vocabulary = new Vocabulary(documents);
        // Each text is made once here for its kind and words together; the word pairs below make it twice more.
        for (int doc = 0; doc < documents; doc++) {
            for (int f = 0; f < count; f++) {
                String text = fields.text(f, doc);
                kinds[f][doc] = text == null ? TextMatch.LOWER_ASCII : TextMatch.kindOf(text);
                vocabulary.addWordsOf(text, kinds[f][doc], doc);
            }
        }
        count = vocabulary.size;
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
        int[] rank = new int[count];
        for (int i = 0; i < count; i++) {
            rank[order[i]] = i;
        }
        Integer[] backwards = new Integer[count];
        for (int i = 0; i < count; i++) {
            backwards[i] = i;
        }
        Arrays.sort(backwards, (a, b) -> compareBackwards(words[a], words[b]));
        bySuffix = new int[count];
        for (int i = 0; i < count; i++) {
            bySuffix[i] = backwards[i];
        }
        pairs = WordPairs.build(dense, documents, (doc, builder) -> {
            for (int f = 0; f < kinds.length; f++) {
                vocabulary.pairsOf(fields.text(f, doc), kinds[f][doc], rank, builder);
            }
        }, pairPageBits);
    }

    /** Orders words as if each were written backwards. */
    static int compareBackwards(String a, String b) {
        for (int i = a.length() - 1, j = b.length() - 1; i >= 0 && j >= 0; i--, j--) {
            int d = a.charAt(i) - b.charAt(j);
            if (d != 0) {
                return d;
            }
        }
        return a.length() - b.length();
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
            // Punctuation alone: nothing to look up, so compare the texts themselves, on two cores when many.
            BitSet every = new BitSet(documents);
            every.set(0, documents);
            return holding(every, needle);
        }
        long[] result = null;
        for (String w : queryWords) {
            long[] docs = withPrefix(w);
            if (result == null) {
                result = docs;
            } else {
                and(result, docs);
            }
        }
        if (queryWords.size() == 1) {
            return BitSet.valueOf(result);
        }
        return phrase(needle, queryWords, result);
    }

    /**
     * The documents among those holding every word that hold the phrase. Each two neighbouring words of the
     * phrase must stand as neighbours in the text: the word pairs give the documents where they do, and for a
     * phrase of two words with one space between, the answer itself, so that no text is read. Only the
     * documents the pairs cannot answer (a rare first word; a third word; other characters between the words)
     * are read.
     */
    private BitSet phrase(String needle, List<String> queryWords, long[] holdingEveryWord) {
        int last = queryWords.size() - 1;
        long[] candidates = holdingEveryWord;
        long[] answered = null;
        int at = needle.indexOf(queryWords.get(0));
        for (int i = 0; i < last; i++) {
            String first = queryWords.get(i);
            String next = queryWords.get(i + 1);
            int between = at + first.length();
            int nextAt = needle.indexOf(next, between);
            boolean oneSpace = nextAt == between + 1 && needle.charAt(between) == ' ';
            long[] listed = new long[candidates.length];
            long[] unlisted = new long[candidates.length];
            int[] seconds = i + 1 == last ? prefixRange(next) : exactRange(next);
            // The first word of the phrase may end a longer word ("he president" is in "the president").
            for (int x : i == 0 ? endingWith(first) : exactWord(first)) {
                if (dense[x] != null) {
                    pairs.addDocuments(x, seconds[0], seconds[1], oneSpace, listed);
                } else {
                    for (int doc : sparse[x]) {
                        unlisted[doc >>> 6] |= 1L << doc;
                    }
                }
            }
            boolean exact = last == 1 && oneSpace && at == 0 && nextAt + next.length() == needle.length();
            if (exact) {
                and(listed, holdingEveryWord);
                answered = listed;
                and(unlisted, holdingEveryWord);
                andNot(unlisted, listed);
                candidates = unlisted;
            } else {
                or(listed, unlisted);
                and(listed, candidates);
                candidates = listed;
            }
            at = nextAt;
        }
        BitSet found = holding(BitSet.valueOf(candidates), needle);
        if (answered != null) {
            found.or(BitSet.valueOf(answered));
        }
        return found;
    }

    /** The documents of {@code toRead} whose text holds {@code needle}, read on two cores when there are many. */
    private BitSet holding(BitSet toRead, String needle) {
        if (toRead.cardinality() < PARALLEL_CHECKS_FROM) {
            return phrases(toRead, needle, 0, documents);
        }
        // Reading the texts is most of such a search on a large file; the second half goes to another core.
        int middle = toRead.nextSetBit(toRead.length() / 2);
        int split = middle < 0 ? documents : middle;
        CompletableFuture<BitSet> upper = CompletableFuture.supplyAsync(() -> phrases(toRead, needle, split, documents));
        BitSet found = phrases(toRead, needle, 0, split);
        found.or(upper.join());
        return found;
    }

    /** Below this many documents to read, a second thread costs more than it saves. */
    private static final int PARALLEL_CHECKS_FROM = 4096;

    /** The candidates in [from, to) whose text holds the phrase. */
    private BitSet phrases(BitSet candidates, String needle, int from, int to) {
        BitSet found = new BitSet(documents);
        int read = 0;
        for (int doc = candidates.nextSetBit(from); doc >= 0 && doc < to; doc = candidates.nextSetBit(doc + 1)) {
            read++;
            if (contains(doc, needle)) {
                found.set(doc);
            }
        }
        textsRead.addAndGet(read);
        return found;
    }

    /** How many texts phrase searches have read so far. */
    long textsRead() {
        return textsRead.get();
    }

    /** The numbers [from, to) of the words that begin with a prefix. */
    private int[] prefixRange(String prefix) {
        int from = Arrays.binarySearch(words, prefix);
        if (from < 0) {
            from = -from - 1;
        }
        int to = from;
        while (to < words.length && words[to].startsWith(prefix)) {
            to++;
        }
        return new int[] {from, to};
    }

    private int[] exactRange(String word) {
        int at = Arrays.binarySearch(words, word);
        return at < 0 ? new int[] {0, 0} : new int[] {at, at + 1};
    }

    private int[] exactWord(String word) {
        int at = Arrays.binarySearch(words, word);
        return at < 0 ? new int[0] : new int[] {at};
    }

    /** The numbers of the words that end with a suffix (the word itself among them). */
    private int[] endingWith(String suffix) {
        int lo = 0;
        int hi = bySuffix.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (compareBackwards(words[bySuffix[mid]], suffix) < 0) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        int to = lo;
        while (to < bySuffix.length && words[bySuffix[to]].endsWith(suffix)) {
            to++;
        }
        return Arrays.copyOfRange(bySuffix, lo, to);
    }

    private static void and(long[] into, long[] other) {
        for (int k = 0; k < into.length; k++) {
            into[k] &= other[k];
        }
    }

    private static void andNot(long[] into, long[] other) {
        for (int k = 0; k < into.length; k++) {
            into[k] &= ~other[k];
        }
    }

    private static void or(long[] into, long[] other) {
        for (int k = 0; k < into.length; k++) {
            into[k] |= other[k];
        }
    }

    private boolean contains(int doc, String needle) {
        for (int f = 0; f < kinds.length; f++) {
            String text = fields.text(f, doc);
            if (text != null && TextMatch.containsFolded(text, kinds[f][doc], needle)) {
                return true;
            }
        }
        return false;
    }

    private long[] withPrefix(String prefix) {
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
        return bits;
    }
}
