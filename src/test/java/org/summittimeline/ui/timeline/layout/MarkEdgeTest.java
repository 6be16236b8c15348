package org.summittimeline.ui.timeline.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.summittimeline.ui.Luminance;

/** A solid mark stands out from the background at 3:1 in every lane colour, and keeps its colour where it does. */
@Tag("toolkit-free")
class MarkEdgeTest {
    private static final double[] WHITE = {1, 1, 1};
    /** The light theme's lane band, a shade under white. */
    private static final double[] BAND = rgb("#f6f8fa");
    private static final double[] DARK = rgb("#0d1117");

    private static double[] rgb(String hex) {
        int v = Integer.parseInt(hex.substring(1), 16);
        return new double[] {(v >> 16 & 0xff) / 255.0, (v >> 8 & 0xff) / 255.0, (v & 0xff) / 255.0};
    }

    @Test
    void everyPaletteColoursEdgeStandsOutAtThreeToOneInBothThemes() {
        int edged = 0;
        for (String colour : Lanes.PALETTE) {
            double[] lane = rgb(colour);
            for (double[] background : new double[][] {WHITE, BAND, DARK}) {
                double[] edge = MarkEdge.of(lane, background);
                assertTrue(Luminance.ratio(edge, background) >= MarkEdge.LEAST_CONTRAST,
                        colour + ": " + Luminance.ratio(edge, background));
            }
            edged += Luminance.ratio(lane, WHITE) < MarkEdge.LEAST_CONTRAST ? 1 : 0;
        }
        assertTrue(edged >= 5, "the case this is for: the yellow, pink, grey, teal and orange are under 3:1 on white");
    }

    @Test
    void aColourThatStandsOutKeepsItsOwnEdgeAndOneThatDoesNotIsChangedNoMoreThanItTakes() {
        double[] blue = rgb("#4e79a7");
        assertArrayEquals(blue, MarkEdge.of(blue, WHITE), 1e-12, "4.5:1 on white: no other edge");
        double[] yellow = rgb("#edc948");
        double[] edge = MarkEdge.of(yellow, WHITE);
        double ratio = Luminance.ratio(edge, WHITE);
        assertArrayEquals(new double[] {yellow[0] * 0.7, yellow[1] * 0.7, yellow[2] * 0.7}, edge, 1e-12,
                "the shade of the lane's rings, which is past 3:1 already (" + ratio + "), not black");
        assertTrue(edge[0] > edge[2] && edge[1] > edge[2], "still a yellow, darker");
        double[] navy = rgb("#1f3a68");
        assertTrue(Luminance.ratio(navy, DARK) < MarkEdge.LEAST_CONTRAST);
        double[] onDark = MarkEdge.of(navy, DARK);
        assertTrue(onDark[2] > navy[2] && Luminance.ratio(onDark, DARK) >= MarkEdge.LEAST_CONTRAST,
                "a navy lane on the dark theme is lightened");
    }
}
