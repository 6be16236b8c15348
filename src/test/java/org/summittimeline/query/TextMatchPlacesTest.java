package org.summittimeline.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where a search's words stand in a text shown, for marking them: in the text's own characters. */
class TextMatchPlacesTest {
    private static List<String> found(String text, String search) {
        return TextMatch.places(text, TextMatch.fold(search)).stream()
                .map(p -> text.substring(p[0], p[1])).toList();
    }

    @Test
    void aWordIsFoundAtTheBeginningsOfWordsWhateverItsCase() {
        assertEquals(List.of("Server", "server"), found("Server? The server, not the observer.", "server"));
        assertEquals(List.of("nonse"), found("He called the claims \u2018nonsense.\u2019", "NONSE"));
    }

    @Test
    void accentsAndTypographicMarksFallOnTheCharactersShown() {
        // "ö" folds to "o"; "niinisto" must mark the name as written, its accent with it.
        assertEquals(List.of("Niinist\u00f6"), found("Breakfast with President Niinist\u00f6 at his residence", "niinisto"));
        // A decomposed accent (o and a combining mark) is two characters shown, one folded: the mark is kept.
        assertEquals(List.of("Niinisto\u0308"), found("Niinisto\u0308 met them", "niinisto"));
        // The curly apostrophe of the text is found by the straight one typed.
        assertEquals(List.of("wouldn\u2019t"), found("He said \u201cwouldn\u2019t\u201d", "wouldn't"));
    }

    @Test
    void aPhraseInsideAWordIsFoundWhereNoWordBeginsWithIt() {
        // The search finds "he president" in "the president": marked there rather than not at all.
        assertEquals(List.of("he president"), found("with the president", "he president"));
        assertEquals(List.of(), found("with the president", "vice"));
        // A single word inside another is not what the search found (it matches beginnings of words).
        assertEquals(List.of(), found("the start of it", "art"));
        assertEquals(List.of("Art"), found("the start of Art", "art"));
        assertEquals(List.of(), found("anything", ""));
    }
}
