package org.summittimeline.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.summittimeline.ui.Contrast;
import org.summittimeline.ui.timeline.layout.Lanes;

/** A cluster's disc stands out from the background at 3:1, by itself or by a ring, in either theme. */
@Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@Tag("toolkit-free")
class ClusterDiscRingTest {
    private static final Color DARK = Color.web("#0d1117");
    /** The dark theme's alternate lane band, where a new user measured 2.2:1. */
    private static final Color DARK_BAND = Color.web("#161b22");

    @Test
    void everyPaletteDiscIsSeenAtThreeToOneOrHasARingThatIs() {
        MarkColours tones = new MarkColours();
        int ringed = 0;
        for (Color background : new Color[] {DARK, Color.WHITE}) {
            for (String colour : Lanes.PALETTE) {
                Color lane = Color.web(colour);
                Color disc = tones.discOf(lane);
                Color ring = tones.discRingOf(lane, background);
                if (ring.getOpacity() == 0) {
                    assertTrue(Contrast.ratio(disc, background) >= MarkColours.GRAPHIC_CONTRAST, colour + " on " + background);
                    assertTrue(background != DARK || Contrast.ratio(disc, DARK_BAND) >= MarkColours.GRAPHIC_CONTRAST,
                            colour + " on the dark band: " + Contrast.ratio(disc, DARK_BAND));
                } else {
                    ringed++;
                    assertTrue(Contrast.ratio(ring, background) >= MarkColours.GRAPHIC_CONTRAST, colour + "'s ring");
                    assertTrue(Contrast.ratio(ring, DARK_BAND) >= MarkColours.GRAPHIC_CONTRAST || background != DARK,
                            colour + "'s ring on the dark band");
                }
            }
        }
        assertTrue(ringed > 0, "the dark theme rings the discs it darkened");
    }

    @Test
    void theDarkThemesBlueDiscIsRingedAndTheLightThemesIsNot() {
        MarkColours tones = new MarkColours();
        Color blue = Color.web("#4e79a7");
        assertTrue(Contrast.ratio(tones.discOf(blue), DARK_BAND) < 3, "the case: the darkened blue on the dark band");
        assertTrue(tones.discRingOf(blue, DARK).getOpacity() > 0);
        assertEquals(Color.TRANSPARENT, tones.discRingOf(blue, Color.WHITE));
    }
}
