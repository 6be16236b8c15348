package org.summittimeline.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A word index over folded texts, so that a search per keystroke looks only at the documents that can match.
 * Every word of a query must begin a word of the text (the last may still be being typed: "nonse" finds
 * "nonsense"); a query of several words must also appear as a phrase. Built once per timeline.
 */
final class SearchIndex {
    /** Each document's folded fields (an event's title and summary; a quote's words). */
    private final String[][] texts;
    private final String[] words;
    private final int[][] postings;

    SearchIndex(String[] foldedTexts) {
        this(java.util.Arrays.stream(foldedTexts).map(t -> new String[] {t}).toArray(String[][]::new));
    }

    SearchIndex(String[][] foldedFields) {
        this.texts = foldedFields;
        Map<String, int[]> building = new HashMap<>();
        Map<String, Integer> sizes = new HashMap<>();
        for (int doc = 0; doc < foldedFields.length; doc++) {
            List<String> docWords = new ArrayList<>();
            for (String field : foldedFields[doc]) {
                docWords.addAll(tokens(field));
            }
            for (String word : docWords) {
                int[] list = building.get(word);
                int size = sizes.getOrDefault(word, 0);
                if (size > 0 && list[size - 1] == doc) {
                    continue;
                }
                if (list == null) {
                    list = new int[4];
                } else if (size == list.length) {
                    list = Arrays.copyOf(list, size * 2);
                }
                list[size] = doc;
                building.put(word, list);
                sizes.put(word, size + 1);
            }
        }
        words = building.keySet().toArray(String[]::new);
        Arrays.sort(words);
        postings = new int[words.length][];
        for (int i = 0; i < words.length; i++) {
            postings[i] = Arrays.copyOf(building.get(words[i]), sizes.get(words[i]));
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
        BitSet result = new BitSet(texts.length);
        if (queryWords.isEmpty()) {
            // Punctuation alone: nothing to look up, so compare the texts themselves.
            for (int doc = 0; doc < texts.length; doc++) {
                if (contains(texts[doc], needle)) {
                    result.set(doc);
                }
            }
            return result;
        }
        boolean first = true;
        for (String w : queryWords) {
            BitSet docs = withPrefix(w);
            if (first) {
                result = docs;
                first = false;
            } else {
                result.and(docs);
            }
        }
        if (queryWords.size() > 1) {
            for (int doc = result.nextSetBit(0); doc >= 0; doc = result.nextSetBit(doc + 1)) {
                if (!contains(texts[doc], needle)) {
                    result.clear(doc);
                }
            }
        }
        return result;
    }

    private static boolean contains(String[] fields, String needle) {
        for (String field : fields) {
            if (field.contains(needle)) {
                return true;
            }
        }
        return false;
    }

    private BitSet withPrefix(String prefix) {
        BitSet docs = new BitSet(texts.length);
        int from = Arrays.binarySearch(words, prefix);
        if (from < 0) {
            from = -from - 1;
        }
        for (int i = from; i < words.length && words[i].startsWith(prefix); i++) {
            for (int doc : postings[i]) {
                docs.set(doc);
            }
        }
        return docs;
    }
}
