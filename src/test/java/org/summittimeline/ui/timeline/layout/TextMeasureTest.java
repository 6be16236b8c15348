package org.summittimeline.ui.timeline.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** A title cut to its room keeps enough of itself to be read, or is not drawn at all. */
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
    void aCutKeepingFewerThanFiveLettersIsNotDrawn() {
        assertEquals("", tenPixels.fit("of the summit", 40), "\"of \u2026\" says nothing of the event");
        assertEquals("", tenPixels.fit("summit length", 50), "\"summ\u2026\" neither");
        assertEquals("summi\u2026", tenPixels.fit("summit length", 60));
        assertEquals("", tenPixels.fit("during the talks", 5));
        // A short title that fits is drawn whole, however short.
        assertEquals("Iran", tenPixels.fit("Iran", 40));
    }
}
