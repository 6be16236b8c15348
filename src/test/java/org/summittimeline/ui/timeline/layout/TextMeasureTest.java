package org.summittimeline.ui.timeline.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A title cut to its room keeps enough of itself to be read, or is not drawn at all; other texts keep what fits. */
@Tag("toolkit-free")
class TextMeasureTest {
    /** Ten pixels a letter, the ellipsis one letter too. */
    private final TextMeasure tenPixels = s -> 10.0 * s.length();

    @Test
    void aTitleThatFitsIsWholeAndACutOneEndsInAnEllipsis() {
        assertEquals("discussed", tenPixels.fit("discussed", 90));
        assertEquals("discussed said\u2026", tenPixels.fit("discussed said cooperation", 150));
        // The space before the cut is dropped, not drawn before the ellipsis.
        assertEquals("agreed\u2026", tenPixels.fit("agreed asked", 80));
    }

    /**
     * Lane names that begin alike and would be cut alike keep their ends, which tell them apart: at 250 % the dense
     * file's twenty lanes were each "Spea…". A name cut alike with none keeps its start, and a name that fits is whole.
     */
    @Test
    void namesCutAlikeKeepTheirEnds() {
        assertEquals(List.of("\u2026aker 3", "\u2026ker 10", "Donald\u2026", "Putin"),
                TextMeasure.apart(List.of("Speaker 3", "Speaker 10", "Donald Trump", "Putin"), 70, tenPixels));
        assertEquals(List.of("Speaker 3", "Speaker\u2026"),
                TextMeasure.apart(List.of("Speaker 3", "Speaker 10"), 90, tenPixels), "one cut, nothing alike");
        assertEquals("", tenPixels.fitEnd("Speaker 10", 10), "not even one letter fits beside the ellipsis");
        assertEquals(List.of("\u2026A 10", "\u2026B 10"),
                TextMeasure.apart(List.of("Speaker A 10", "Speaker B 10"), 60, tenPixels));
        assertEquals(List.of("Spe\u2026", "Spe\u2026"),
                TextMeasure.apart(List.of("Speaker A 10", "Speaker B 10"), 40, tenPixels), "ends alike too: starts kept");
    }

    @Test
    void aTitleCutKeepingFewerThanFiveLettersIsNotDrawn() {
        assertEquals("", tenPixels.fitTitle("of the summit", 40), "\"of \u2026\" says nothing of the event");
        assertEquals("", tenPixels.fitTitle("summit length", 50), "\"summ\u2026\" neither");
        assertEquals("summi\u2026", tenPixels.fitTitle("summit length", 60));
        assertEquals("", tenPixels.fitTitle("U.S. officials", 50), "letters are counted, not dots");
        assertEquals("", tenPixels.fitTitle("during the talks", 5));
        // A short title that fits is drawn whole, however short, and so is one that ends in an ellipsis itself.
        assertEquals("Iran", tenPixels.fitTitle("Iran", 40));
        assertEquals("Go\u2026", tenPixels.fitTitle("Go\u2026", 30));
    }

    /** A title is cut between words, where the words before keep five letters: inside one it could say the opposite. */
    @Test
    void aTitleIsCutBetweenWords() {
        String title = "Trump: \u201cwould\u201d should have been \u201cwouldn't\u201d";
        assertEquals("Trump: \u201cwould\u201d should have been\u2026", tenPixels.fitTitle(title, 380),
                "not \u201cwould\u2026, the word it corrects");
        assertEquals("discussed said\u2026", tenPixels.fitTitle("discussed said cooperation", 180));
        // One long word, or words too few to keep five letters: cut inside the word, as before.
        assertEquals("Presiden\u2026", tenPixels.fitTitle("Presidential Palace", 90));
        assertEquals("the summ\u2026", tenPixels.fitTitle("the summit", 90));
        // An apostrophe is inside its word, and a no-break space between words.
        assertEquals("said that\u2026", tenPixels.fitTitle("said that wouldn't do", 170));
        assertEquals("Helsinki\u00a0summit\u2026", tenPixels.fitTitle("Helsinki\u00a0summit\u00a0talks", 180));
    }

    @Test
    void otherTextsKeepWhatFitsHoweverShort() {
        // A lane's name, a plate or a note: a short cut still says which.
        assertEquals("of\u2026", tenPixels.fit("of the summit", 40));
        assertEquals("T\u2026", tenPixels.fit("Trump", 20));
    }
}
