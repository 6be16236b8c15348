package org.summittimeline.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@Tag("toolkit-free")
class SearchIndexTest {
    private final SearchIndex index = new SearchIndex(new String[] {
        TextMatch.fold("He called the claims \u2018nonsense.\u2019"),
        TextMatch.fold("Putin reaches the Presidential Palace"),
        TextMatch.fold("Breakfast with President Niinist\u00f6"),
        TextMatch.fold("The palace, presidential in style"),
    });

    private List<Integer> find(String query) {
        BitSet found = index.matching(TextMatch.fold(query).trim());
        return found.stream().boxed().toList();
    }

    @Test
    void aWordBeingTypedFindsTheWordsItBegins() {
        assertEquals(List.of(0, 2), find("n"));
        assertEquals(List.of(0), find("nonse"));
        assertEquals(List.of(0), find("NONSENSE"));
        assertEquals(List.of(1, 2, 3), find("presid"));
    }

    @Test
    void severalWordsMustStandTogetherInThatOrder() {
        assertEquals(List.of(1), find("presidential palace"));
        assertEquals(List.of(), find("palace putin"));
    }

    @Test
    void accentsAndCaseAreIgnored() {
        assertEquals(List.of(2), find("niinisto"));
        assertEquals(List.of(2), find("NIINIST\u00d6"));
    }

    @Test
    void phrasesFindExactlyWhatReadingEveryTextFinds() {
        // Enough documents that the phrase check is split between two threads; words that end and begin alike.
        String[] vocabulary = {"the", "The", "he", "president", "presidents", "press", "PRESIDENT", "bathe", "a",
            "Pr\u00e9sident", "the-president", "she", "prize", "p", "x", "the,", "presid\u00e9nt"};
        java.util.Random random = new java.util.Random(3);
        String[] texts = new String[12_000];
        for (int i = 0; i < texts.length; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = random.nextInt(12); w >= 0; w--) {
                text.append(vocabulary[random.nextInt(vocabulary.length)]).append(random.nextInt(8) == 0 ? "  " : " ");
            }
            texts[i] = text.toString();
        }
        SearchIndex large = new SearchIndex(texts);
        for (String query : List.of("the president", "he president", "the p", "the pr", "bathe press",
                "a president", "the presid", "she prize the", "the-president", "presidents the", "x the press")) {
            String needle = TextMatch.fold(query).trim();
            List<Integer> expected = new java.util.ArrayList<>();
            for (int doc = 0; doc < texts.length; doc++) {
                String folded = TextMatch.fold(texts[doc]);
                List<String> words = SearchIndex.tokens(folded);
                boolean everyWordBegins = SearchIndex.tokens(needle).stream()
                        .allMatch(q -> words.stream().anyMatch(w -> w.startsWith(q)));
                if (everyWordBegins && folded.contains(needle)) {
                    expected.add(doc);
                }
            }
            assertEquals(expected, large.matching(needle).stream().boxed().toList(), query);
        }
    }

    /** What reading every text finds: every word of the query begins a word of the document, and one of its texts holds the query. */
    private static List<Integer> byReading(String[][] fields, String needle) {
        List<Integer> expected = new java.util.ArrayList<>();
        List<String> queryWords = SearchIndex.tokens(needle);
        for (int doc = 0; doc < fields[0].length; doc++) {
            List<String> words = new java.util.ArrayList<>();
            boolean holds = false;
            for (String[] field : fields) {
                String folded = TextMatch.fold(field[doc]);
                words.addAll(SearchIndex.tokens(folded));
                holds |= field[doc] != null && folded.contains(needle);
            }
            if (holds && queryWords.stream().allMatch(q -> words.stream().anyMatch(w -> w.startsWith(q)))) {
                expected.add(doc);
            }
        }
        return expected;
    }

    /** Common words, rare ones (some ending or beginning like the common ones) and what may stand between them. */
    private static String[][] mixedTexts(java.util.Random random, int fieldCount, int documents) {
        String[] common = {"the", "The", "he", "president", "presidents", "press", "PRESIDENT", "a", "said",
            "Pr\u00e9sident", "she", "prize", "p", "x", "talks", "THE"};
        String[] between = {" ", " ", " ", " ", " ", " ", "  ", ", ", "-", "\n", " \u2014 "};
        String[][] fields = new String[fieldCount][documents];
        for (int f = 0; f < fieldCount; f++) {
            for (int doc = 0; doc < documents; doc++) {
                if (f > 0 && random.nextInt(5) == 0) {
                    continue;
                }
                StringBuilder text = new StringBuilder();
                for (int w = random.nextInt(14); w >= 0; w--) {
                    // "midterm": in under one document in 32, so kept as numbers, yet often enough after "the"
                    // that its pair's gaps count the documents holding both.
                    int pick = random.nextInt(1000) < 3 ? -1 : random.nextInt(20);
                    String word = switch (pick) {
                        case -1 -> "midterm";
                        case 0 -> "p" + random.nextInt(3000);
                        case 1 -> random.nextInt(400) + "the";
                        case 2 -> "presid" + random.nextInt(900);
                        case 3 -> "bathe";
                        default -> common[random.nextInt(common.length)];
                    };
                    text.append(word).append(between[random.nextInt(between.length)]);
                }
                fields[f][doc] = text.toString();
            }
        }
        return fields;
    }

    @Test
    void phrasesOfCommonAndRareWordsFindExactlyWhatReadingEveryTextFinds() {
        java.util.Random random = new java.util.Random(11);
        for (int fieldCount : new int[] {1, 3}) {
            String[][] fields = mixedTexts(random, fieldCount, 9_000);
            // Pages of 8 longs, so that lists and codes run across the pages' ends.
            SearchIndex index = new SearchIndex(SearchIndex.Fields.of(fields), 3);
            List<String> queries = new java.util.ArrayList<>(List.of("the president", "he president", "the p",
                    "the pr", "p the", "e the", "the presid1", "7the press", "bathe the", "the  president",
                    "the, president", "the-president", "a president said", "the president said the",
                    "talks \u2014 the", "press\nthe", "x the", "the x", "the p1", "the p12 talks", "president p", "the midterm", "the mid", "the m", "midterm the"));
            // And pieces of the texts themselves, cut at a word's start and anywhere after.
            for (int q = 0; q < 150; q++) {
                String text = TextMatch.fold(fields[0][random.nextInt(fields[0].length)]);
                List<String> words = SearchIndex.tokens(text);
                if (words.size() < 2) {
                    continue;
                }
                int from = text.indexOf(words.get(random.nextInt(words.size() - 1)));
                String piece = text.substring(from, Math.min(text.length(), from + 2 + random.nextInt(24))).trim();
                // A single word is looked up as a word, whatever punctuation follows it: only phrases here.
                if (SearchIndex.tokens(piece).size() >= 2) {
                    queries.add(piece);
                }
            }
            for (String query : queries) {
                String needle = TextMatch.fold(query).trim();
                assertEquals(byReading(fields, needle), index.matching(needle).stream().boxed().toList(),
                        fieldCount + " fields: " + query);
            }
        }
    }

    @Test
    void aTwoWordPhraseOfCommonWordsReadsNoTextHoweverManyHoldBothWords() {
        // 20,000 texts that nearly all hold "the" and "president"; the phrase stands in one in 50 of them.
        String[] texts = new String[20_000];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = i % 50 == 0 ? "the president said the talks were useful"
                    : "president of the talks said the meeting was useful";
        }
        SearchIndex index = new SearchIndex(texts);
        long before = index.textsRead();
        assertEquals(400, index.matching("the president").cardinality());
        assertEquals(400, index.matching("the p").cardinality());
        assertEquals(20_000, index.matching("the t").cardinality());
        assertEquals(0, index.textsRead() - before, "texts read for two common words");
        // Three words: only the documents where both pairs stand are read, not the 20,000 that hold all three.
        assertEquals(400, index.matching("the president said").cardinality());
        assertEquals(400, index.textsRead() - before, "texts read for three common words");
    }

    @Test
    void theMiddleOfAWordIsNotAMatch() {
        assertEquals(List.of(), find("onsense"));
    }

    @Test
    void punctuationAloneIsComparedLiterally() {
        assertEquals(List.of(3), find(","));
    }

    @Test
    void punctuationAloneInALargeIndexFindsEveryTextThatHoldsIt() {
        // More texts than are read on one core: both halves of the index are read, and each finding is kept.
        String[] texts = new String[10_000];
        BitSet expected = new BitSet();
        for (int i = 0; i < texts.length; i++) {
            boolean asks = i % 7 == 3 || i == 0 || i == texts.length - 1;
            texts[i] = "said the official " + i + (asks ? "?" : ".");
            if (asks) {
                expected.set(i);
            }
        }
        SearchIndex large = new SearchIndex(texts);
        assertEquals(expected, large.matching("?"));
        assertEquals(texts.length, large.textsRead(), "every text read once");
    }

    @Test
    void commonAndRareWordsAreFoundAlikeOnceAnIndexIsLarge() {
        // 200 documents: "the" is in all of them and kept as bits, "rare" in two and kept as numbers.
        String[] texts = new String[200];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = "the report " + (i % 70 == 0 ? "rare " : "") + "number" + i;
        }
        SearchIndex large = new SearchIndex(texts);
        assertEquals(200, large.matching("the").cardinality());
        assertEquals(List.of(0, 70, 140), large.matching("rare").stream().boxed().toList());
        assertEquals(List.of(0, 70, 140), large.matching("the report rare").stream().boxed().toList());
        List<Integer> beginningWithOne = java.util.stream.IntStream.range(0, 200)
                .filter(i -> String.valueOf(i).startsWith("1")).boxed().toList();
        assertEquals(111, beginningWithOne.size());
        assertEquals(beginningWithOne, large.matching("number1").stream().boxed().toList());
        assertEquals(List.of(), large.matching("report the").stream().boxed().toList());
    }

    @Test
    void eachFieldOfADocumentIsSearched() {
        SearchIndex events = new SearchIndex(new String[][] {
            {"arrival", "talks"}, {"the summit opens", "putin arrives late"}});
        assertEquals(List.of(1), events.matching("putin arr").stream().boxed().toList());
        assertEquals(List.of(0), events.matching("arrival").stream().boxed().toList());
        assertEquals(List.of(), events.matching("opens putin").stream().boxed().toList());
    }

    @Test
    void aPhraseIsFoundWhateverTheCapitalsWithoutFoldingTheText() {
        String[] texts = {"The President said so", "a quote from THE PRESIDENT.", "the president", "president the",
            "thE PresidenT", "Niinist\u00f6 met the president", "the  president"};
        SearchIndex capitals = new SearchIndex(texts);
        assertEquals(List.of(0, 1, 2, 4, 5), capitals.matching("the president").stream().boxed().toList());
        for (String text : texts) {
            assertEquals(TextMatch.fold(text).contains("the president"),
                    TextMatch.containsFolded(text, TextMatch.kindOf(text), "the president"), text);
        }
    }

    @Test
    void everyWordIsFoundPastTheFirst1024DistinctWords() {
        // 3,000 words of their own ("k0000" … "k2999", none the beginning of another) and 1,000 shared by three
        // documents each: the vocabulary and its hash table grow twice while words are still being looked up.
        String[] texts = new String[3000];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = String.format("Report K%04d in group G%03d", i, i / 3);
        }
        SearchIndex large = new SearchIndex(texts);
        for (int i = 0; i < texts.length; i++) {
            assertEquals(List.of(i), large.matching(String.format("k%04d", i)).stream().boxed().toList(), "k" + i);
        }
        for (int g = 0; g < 1000; g += 37) {
            assertEquals(List.of(3 * g, 3 * g + 1, 3 * g + 2),
                    large.matching(String.format("g%03d", g)).stream().boxed().toList(), "g" + g);
        }
        assertEquals(3000, large.matching("report").cardinality());
        assertEquals(1000, large.matching("k0").cardinality());
    }
}
