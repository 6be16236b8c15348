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

    @Test
    void theMiddleOfAWordIsNotAMatch() {
        assertEquals(List.of(), find("onsense"));
    }

    @Test
    void punctuationAloneIsComparedLiterally() {
        assertEquals(List.of(3), find(","));
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
