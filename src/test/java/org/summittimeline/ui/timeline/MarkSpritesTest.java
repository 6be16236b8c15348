package org.summittimeline.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.summittimeline.ui.Contrast;

/** The cluster counts' sheet: where each count stands on it, and white writing laid over a coloured disc. */
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class MarkSpritesTest {
    @Test
    void aDiamondIsItsLanesColourInsideAndItsEdgeColourAtItsTips() {
        Color yellow = Color.web("#edc948");
        Color edge = MarkColours.edge(yellow, Color.WHITE);
        assertTrue(Contrast.ratio(edge, Color.WHITE) >= 3, "the yellow's edge stands out on white");
        // With no halo first, so that the tip's pixel is the edge's colour alone.
        Image image = new MarkOutlines().raster(MarkOutlines.Outline.DIAMOND, yellow, edge, Color.TRANSPARENT);
        Color middle = image.getPixelReader().getColor(8, 9);
        Color tip = image.getPixelReader().getColor(2, 9);
        assertEquals(yellow.getRed(), middle.getRed(), 0.01);
        assertEquals(yellow.getBlue(), middle.getBlue(), 0.01);
        assertEquals(edge.getRed(), tip.getRed(), 0.01, "the left tip is the edge's colour");
        assertEquals(edge.getBlue(), tip.getBlue(), 0.01);
        assertTrue(tip.getOpacity() > 0.2, "and drawn");
        // Round it, a rim of the background: a diamond on a band of its own colour keeps its outline.
        image = new MarkOutlines().raster(MarkOutlines.Outline.DIAMOND, yellow, edge, MarkSprites.halo(Color.WHITE));
        Color rim = image.getPixelReader().getColor(8, 1);
        assertEquals(1, rim.getRed(), 0.01, "above the top tip, the halo is white");
        assertEquals(1, rim.getBlue(), 0.01);
        assertTrue(rim.getOpacity() > 0.5, "and drawn: " + rim.getOpacity());
        assertEquals(0, image.getPixelReader().getColor(1, 1).getOpacity(), 0.01, "the corner stays clear");
    }

    @Test
    void everyCountTheTimelineWritesHasItsCellAndNothingElseDoes() {
        assertEquals(0, MarkSprites.cellOf("1"));
        assertEquals(41, MarkSprites.cellOf("42"));
        assertEquals(98, MarkSprites.cellOf("99"));
        assertEquals(99, MarkSprites.cellOf("99+"));
        for (String other : new String[] {"0", "100", "", "-1", "4a", "07x"}) {
            assertEquals(-1, MarkSprites.cellOf(other), other);
        }
    }

    @Test
    void countsAreWrittenInWhateverOfBlackAndWhiteReadsBetterOnTheirDisc() {
        assertEquals(0xffffff, MarkColours.inkOn(Color.web("#4e79a7").darker()), "dark blue: white");
        assertEquals(0xffffff, MarkColours.inkOn(Color.web("#c0392b").darker()), "red: white");
        assertEquals(0x000000, MarkColours.inkOn(Color.web("#edc948").darker()), "ochre: black");
        assertEquals(0x000000, MarkColours.inkOn(Color.web("#76b7b2").darker()), "pale teal: black");
    }

    @Test
    void writingOverADiscIsItsInkWhereSolidTheDiscWhereAbsentAndBetweenAtItsEdges() {
        int red = 0xffcc0000;
        int white = 0xffffff;
        assertEquals(red, MarkColours.inkOver(0, red, white));
        assertEquals(0xffffffff, MarkColours.inkOver(0xffffffff, red, white));
        assertEquals(0xff000000, MarkColours.inkOver(0xffffffff, red, 0x000000), "black ink: the sheet's alpha only");
        assertEquals(0, MarkColours.inkOver(0, 0, white));
        int half = MarkColours.inkOver(0x80ffffff, red, white);
        assertEquals(0xff, half >>> 24, "over an opaque disc the pixel stays opaque");
        assertEquals(0xe6, (half >> 16) & 0xff, "red halfway to white");
        assertEquals(0x80, (half >> 8) & 0xff, "green halfway to white");
        int dark = MarkColours.inkOver(0x80ffffff, red, 0x000000);
        assertEquals(0x66, (dark >> 16) & 0xff, "red halfway to black");
        // Writing that runs past the disc's edge keeps its own coverage.
        assertEquals(0x40, MarkColours.inkOver(0x40ffffff, 0, white) >>> 24);
        // Where nothing is written, the disc's own pixel, its softened edge included, whatever the ink.
        for (int alpha = 1; alpha < 256; alpha += 3) {
            int edge = alpha << 24 | 0x4e79a7;
            assertEquals(edge, MarkColours.inkOver(0, edge, white));
            assertEquals(edge, MarkColours.inkOver(0x00ffffff, edge, 0x000000));
        }
    }

    @Test
    void everyLaneColoursCountsReadAtSevenToOneOnTheirDiscs() {
        List<String> colours = new java.util.ArrayList<>(org.summittimeline.ui.timeline.layout.Lanes.PALETTE);
        // The bundled data's own colours, and the extremes.
        colours.addAll(List.of("#c0392b", "#2c5aa0", "#888888", "#ffffff", "#000000", "#ffff00", "#00ffff"));
        for (String hex : colours) {
            Color lane = Color.web(hex);
            Color disc = MarkColours.readableDisc(lane);
            Color ink = MarkColours.inkOn(disc) == 0 ? Color.BLACK : Color.WHITE;
            assertTrue(Contrast.ratio(ink, disc) >= MarkColours.SMALL_TEXT_CONTRAST, hex + ": " + Contrast.ratio(ink, disc));
            if (lane.getSaturation() > 0.2) {
                assertEquals(lane.getHue(), disc.getHue(), 1, hex + ": the lane's hue");
            }
        }
        // Where the darker colour already reads at 7:1, it is the disc, as before.
        assertEquals(Color.web("#4e79a7").darker(), MarkColours.readableDisc(Color.web("#4e79a7")));
    }

    @Test
    void aClustersCountStillReadsWhenASearchSetsItBack() {
        for (Color background : new Color[] {Color.WHITE, Color.web("#0d1117")}) {
            for (String hex : org.summittimeline.ui.timeline.layout.Lanes.PALETTE) {
                Color lane = Color.web(hex);
                Color disc = MarkColours.readableDisc(lane);
                double alpha = MarkColours.unmatchedAlpha(lane, background);
                Color faded = MarkColours.fadedDisc(disc, alpha, background);
                Color ink = MarkColours.inkOn(faded) == 0 ? Color.BLACK : Color.WHITE;
                assertTrue(Contrast.ratio(ink, faded) >= Contrast.AA, hex + " on " + background + ": "
                        + Contrast.ratio(ink, faded));
                assertTrue(Contrast.ratio(faded, background) < Contrast.ratio(disc, background), hex + " is set back");
            }
        }
    }
}
