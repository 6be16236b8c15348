package org.summittimeline.ui.timeline.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

    @Test
    void otherTextsKeepWhatFitsHoweverShort() {
        // A lane's name, a plate or a note: a short cut still says which.
        assertEquals("of\u2026", tenPixels.fit("of the summit", 40));
        assertEquals("T\u2026", tenPixels.fit("Trump", 20));
    }
}
