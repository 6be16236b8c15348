package org.summittimeline.ui.timeline.layout;

import org.summittimeline.ui.Luminance;

/**
 * The edge a solid mark (a moment's diamond, the sure part of a span's bar, a folded lane's tick) is drawn with: the
 * lane's own colour where that stands out from the background, else the lane's colour darkened on a light background
 * or lightened on a dark one as its rings are, and further if that does not reach {@link #LEAST_CONTRAST}. Five of the ten Tableau
 * colours that lanes without a colour of their own get are under it on white (the yellow at 1.6:1), and their small
 * diamonds all but vanished. Colours are sRGB red, green and blue from 0 to 1, so that the window and the exported
 * pictures, which draw with different toolkits, share the rule.
 */
public final class MarkEdge {
    /** WCAG's least contrast for what is not text (1.4.11), against the background. */
    public static final double LEAST_CONTRAST = 3;

    private MarkEdge() {
    }

    /** The edge's red, green and blue for a lane colour on a background. */
    public static double[] of(double[] lane, double[] background) {
        double[] c = lane.clone();
        if (Luminance.ratio(c, background) >= LEAST_CONTRAST) {
            return c;
        }
        // First the shade the lane's rings are drawn in (JavaFX's darker and, nearly, brighter), so that a lane's
        // diamonds and rings share their rim; then further while that is still too faint.
        boolean dark = Luminance.of(background) < 0.18;
        for (int k = 0; k < 3; k++) {
            c[k] = dark ? c[k] + (1 - c[k]) * 0.3 : c[k] * 0.7;
        }
        for (int step = 0; step < 40 && Luminance.ratio(c, background) < LEAST_CONTRAST; step++) {
            for (int k = 0; k < 3; k++) {
                c[k] = dark ? c[k] + (1 - c[k]) * 0.08 : c[k] * 0.93;
            }
        }
        return c;
    }

    /**
     * Whether a bar's rim runs down the start of its sure part, which begins at {@code solidFrom} in a bar from
     * {@code x0}: only where no uncertain start fades in before it, so that the rim never draws an uncertain end as
     * sure. The rim runs along the top and bottom of the sure part always.
     */
    public static boolean rimsStart(double x0, double solidFrom) {
        return solidFrom - x0 <= 0.5;
    }

    /** As {@link #rimsStart}, for the end of the sure part at {@code solidTo} in a bar to {@code x1}. */
    public static boolean rimsEnd(double solidTo, double x1) {
        return x1 - solidTo <= 0.5;
    }
}
