package org.summittimeline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("toolkit-free")
class ContrastTest {
    private static final Color DARK = Color.BLACK;

    @Test
    void ratiosFollowWcag() {
        assertEquals(21, Contrast.ratio(Color.BLACK, Color.WHITE), 0.01);
        assertEquals(1, Contrast.ratio(Color.RED, Color.RED), 1e-9);
        assertEquals(4.54, Contrast.ratio(Color.web("#767676"), Color.WHITE), 0.01);
    }

    @Test
    void theBetterOfDarkAndWhiteTextReadsOnAnyFill() {
        assertReadsOnAnyFill(fill -> Contrast.readableOn(fill, DARK, Color.WHITE), 7);
        assertEquals(Color.WHITE, Contrast.readableOn(Color.web("#2563a6"), DARK, Color.WHITE));
        assertEquals(DARK, Contrast.readableOn(Color.web("#edc948"), DARK, Color.WHITE));
    }

    @Test
    void aTitleOnAMidToneBarIsWhiteWhereWhiteReachesAa() {
        assertReadsOnAnyFill(fill -> Contrast.lightWhereReadable(fill, DARK, Color.WHITE), 11);
        // The palette's blue: black reads 4.62:1 and white 4.55:1; white, which looks far clearer there.
        assertEquals(Color.WHITE, Contrast.lightWhereReadable(Color.web("#4e79a7"), DARK, Color.WHITE));
        assertEquals(DARK, Contrast.lightWhereReadable(Color.web("#e15759"), DARK, Color.WHITE));
    }

    /** The text colour {@code choice} gives reaches AA on 5,000 random fills. */
    private static void assertReadsOnAnyFill(java.util.function.UnaryOperator<Color> choice, long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 5000; i++) {
            Color fill = Color.rgb(random.nextInt(256), random.nextInt(256), random.nextInt(256));
            Color text = choice.apply(fill);
            assertTrue(Contrast.ratio(text, fill) >= Contrast.AA, text + " on " + fill);
        }
    }

    @Test
    void aTranslucentFillIsJudgedAsItLooksOverItsBackground() {
        Color half = Contrast.over(Color.color(0, 0, 0, 0.5), Color.WHITE);
        assertEquals(0.5, half.getRed(), 1e-9);
        assertEquals(1, half.getOpacity(), 1e-9);
    }
}
