package org.summittimeline.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

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
    void theMiddleOfAWordIsNotAMatch() {
        assertEquals(List.of(), find("onsense"));
    }

    @Test
    void punctuationAloneIsComparedLiterally() {
        assertEquals(List.of(3), find(","));
    }
}
