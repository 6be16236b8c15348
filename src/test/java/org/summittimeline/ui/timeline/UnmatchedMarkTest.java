package org.summittimeline.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.paint.Color;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.summittimeline.ui.Contrast;
import org.summittimeline.ui.timeline.layout.Lanes;

/** A mark a search does not match steps far back, but never out of sight, in either theme. */
@Tag("toolkit-free")
class UnmatchedMarkTest {
    private static final Color DARK = Color.web("#0d1117");
    private static final Color PUTIN = Color.web("#2563a6");
    private static final Color TRUMP = Color.web("#c0392b");

    private static double contrast(Color lane, Color background) {
        double alpha = MarkColours.unmatchedAlpha(lane, background);
        return Contrast.ratio(Contrast.over(Color.color(lane.getRed(), lane.getGreen(), lane.getBlue(), alpha),
                background), background);
    }

    @Test
    void onTheDarkBackgroundADarkLanesMarkStaysInSight() {
        Color fadedAsBefore = Contrast.over(Color.color(PUTIN.getRed(), PUTIN.getGreen(), PUTIN.getBlue(), 0.22), DARK);
        assertTrue(Contrast.ratio(fadedAsBefore, DARK) < MarkColours.LEAST_UNMATCHED_CONTRAST,
                "the case this is for: at 0.22 Putin's blue all but vanished");
        for (Color lane : new Color[] {PUTIN, TRUMP}) {
            assertTrue(contrast(lane, DARK) >= MarkColours.LEAST_UNMATCHED_CONTRAST, lane + ": " + contrast(lane, DARK));
            assertTrue(MarkColours.unmatchedAlpha(lane, DARK) < 0.6, "still set back");
        }
    }

    @Test
    void onTheDarkBackgroundEveryPaletteColourIsKeptAtTheDarkThemesHigherRatio() {
        assertTrue(MarkColours.leastUnmatchedContrast(DARK) > MarkColours.leastUnmatchedContrast(Color.WHITE));
        for (String colour : Lanes.PALETTE) {
            Color lane = Color.web(colour);
            assertTrue(contrast(lane, DARK) >= MarkColours.LEAST_UNMATCHED_CONTRAST_DARK, colour + ": " + contrast(lane, DARK));
            assertTrue(MarkColours.unmatchedAlpha(lane, DARK) < 0.6, colour + " still set back");
        }
    }

    @Test
    void itTakesAsLittleMoreAsItNeedsAndNoneWhereTheMarkIsSeen() {
        // A dark lane on white is seen at 0.22; a light one needs a little more there.
        assertEquals(0.22, MarkColours.unmatchedAlpha(Color.web("#1b1b1b"), Color.WHITE), 1e-9);
        double alpha = MarkColours.unmatchedAlpha(PUTIN, Color.WHITE);
        assertTrue(alpha <= 0.3, "still far back on white: " + alpha);
        assertTrue(contrast(PUTIN, Color.WHITE) >= MarkColours.LEAST_UNMATCHED_CONTRAST);
        Color less = Contrast.over(Color.color(PUTIN.getRed(), PUTIN.getGreen(), PUTIN.getBlue(), alpha - 0.02),
                Color.WHITE);
        assertTrue(Contrast.ratio(less, Color.WHITE) < MarkColours.LEAST_UNMATCHED_CONTRAST, "no more than it takes");
    }
}
