package org.summittimeline.ui.present;

import java.util.List;
import javafx.scene.text.FontWeight;

/**
 * The height of the presenter's band at the foot of the slide: its two columns, what comes next on the left under the
 * warning, the step's notes on the right; never more than three tenths of the screen (long notes are cut in the band
 * rather than pushing the quote off the screen).
 */
final class OverlayBand {
    private OverlayBand() {
    }

    /** The band for one "next" text, in a slide {@code width} wide on a screen {@code screenHeight} high. */
    static double height(String warning, String next, String notes, double width, double unit, double screenHeight) {
        double size = 16 * unit;
        double column = (width - 24 * unit) / 2;
        double left = TextFit.height(warning, column, size, FontWeight.NORMAL)
                + TextFit.height(next, column, size, FontWeight.NORMAL) + size * 1.4 + 12 * unit;
        double right = TextFit.height(notes, column, size, FontWeight.NORMAL) + size * 1.4 + 4 * unit;
        return Math.min(Math.max(left, right) + 26 * unit, screenHeight * 0.3);
    }

    /** The tallest the band gets through a step's clicks, each with its own "next" text. */
    static double tallest(String warning, List<String> nexts, String notes, double width, double unit,
                          double screenHeight) {
        double tallest = 0;
        for (String next : nexts) {
            tallest = Math.max(tallest, height(warning, next, notes, width, unit, screenHeight));
        }
        return tallest;
    }
}
