package org.summittimeline.ui.timeline.layout;

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
        if (ratio(c, background) >= LEAST_CONTRAST) {
            return c;
        }
        // First the shade the lane's rings are drawn in (JavaFX's darker and, nearly, brighter), so that a lane's
        // diamonds and rings share their rim; then further while that is still too faint.
        boolean dark = luminance(background) < 0.18;
        for (int k = 0; k < 3; k++) {
            c[k] = dark ? c[k] + (1 - c[k]) * 0.3 : c[k] * 0.7;
        }
        for (int step = 0; step < 40 && ratio(c, background) < LEAST_CONTRAST; step++) {
            for (int k = 0; k < 3; k++) {
                c[k] = dark ? c[k] + (1 - c[k]) * 0.08 : c[k] * 0.93;
            }
        }
        return c;
    }

    /** WCAG 2's contrast ratio of two opaque colours, from 1 to 21. */
    public static double ratio(double[] a, double[] b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** WCAG 2's relative luminance. */
    public static double luminance(double[] rgb) {
        return 0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2]);
    }

    private static double linear(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
