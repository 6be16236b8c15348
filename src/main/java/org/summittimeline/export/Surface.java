package org.summittimeline.export;

import java.awt.Color;

/**
 * What the timeline picture is drawn on: a raster image or an SVG document. The picture is drawn once, through
 * these few strokes, so the PNG and the SVG show the same thing. Coordinates are the picture's own pixels at 1×.
 */
interface Surface {
    /** How a fade runs across its box from left to right. */
    enum Fade { IN, OUT, BAND }

    void fillRect(double x, double y, double w, double h, Color c);

    void fillRoundRect(double x, double y, double w, double h, double arc, Color c);

    void strokeRoundRect(double x, double y, double w, double h, double arc, Color c, double width);

    void line(double x0, double y0, double x1, double y1, Color c, double width);

    void fillPolygon(double[] xs, double[] ys, Color c);

    void fillCircle(double cx, double cy, double r, Color c);

    /** A box of colour {@code c} whose opacity runs from 0 to {@code peak} (IN), back (OUT), or up and down (BAND). */
    void fade(double x, double y, double w, double h, Color c, double peak, Fade fade);

    /** Text with its vertical centre on {@code y}, starting at {@code x} or, when {@code centred}, centred on it. */
    void text(String text, double x, double y, TextStyle style, Color c, boolean centred);

    /** The sizes and weights of the picture's text. */
    enum TextStyle {
        TITLE(20, true), SUBTITLE(12, false), LANE(12, true), LABEL(12, false), SMALL(11, false), COUNT(10, true);

        final float size;
        final boolean bold;

        TextStyle(float size, boolean bold) {
            this.size = size;
            this.bold = bold;
        }
    }
}
