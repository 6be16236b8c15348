package org.summittimeline.ui;

/**
 * WCAG 2's relative luminance and contrast ratio of sRGB colours given as red, green and blue from 0 to 1, without
 * a toolkit: the window ({@link Contrast}, with JavaFX's colours) and the exported pictures (with AWT's) share it.
 */
public final class Luminance {
    private Luminance() {
    }

    /** The relative luminance, from 0 (black) to 1 (white). */
    public static double of(double[] rgb) {
        return 0.2126 * linear(rgb[0]) + 0.7152 * linear(rgb[1]) + 0.0722 * linear(rgb[2]);
    }

    /** The contrast ratio of two opaque colours, from 1 to 21. */
    public static double ratio(double[] a, double[] b) {
        double la = of(a);
        double lb = of(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double linear(double v) {
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }
}
