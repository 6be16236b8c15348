package org.summittimeline.ui;

import javafx.scene.paint.Color;

/** WCAG 2 contrast between colours, and the choice of a readable text colour on a given fill. */
public final class Contrast {
    /** WCAG AA for normal text. */
    public static final double AA = 4.5;

    private Contrast() {
    }

    /** The contrast ratio between two opaque colours, from 1 to 21. */
    public static double ratio(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** The fill as it looks over the background, its transparency resolved. */
    public static Color over(Color fill, Color background) {
        double a = fill.getOpacity();
        return Color.color(fill.getRed() * a + background.getRed() * (1 - a),
                fill.getGreen() * a + background.getGreen() * (1 - a),
                fill.getBlue() * a + background.getBlue() * (1 - a));
    }

    /**
     * Whichever of the two text colours reads better on the fill. With black and white to choose from, the better
     * one reaches at least 4.58:1 whatever the fill; any grey instead of black falls below 4.5 on mid-tones.
     */
    public static Color readableOn(Color fill, Color dark, Color light) {
        return ratio(dark, fill) >= ratio(light, fill) ? dark : light;
    }

    /**
     * Light text wherever it reaches {@link #AA} on the fill, else whichever reads better. On a mid-tone both pass
     * by a hair (black 4.62, white 4.55 on the palette's blue) and the larger ratio chose black, which read as dark
     * grey on blue in an event's bar; perceptual measures such as APCA rate white there far above black.
     */
    public static Color lightWhereReadable(Color fill, Color dark, Color light) {
        return ratio(light, fill) >= AA ? light : readableOn(fill, dark, light);
    }

    private static double luminance(Color c) {
        return Luminance.of(new double[] {c.getRed(), c.getGreen(), c.getBlue()});
    }
}
