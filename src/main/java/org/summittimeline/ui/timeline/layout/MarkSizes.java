package org.summittimeline.ui.timeline.layout;

/**
 * The marks and the gaps round them at the reader's type size, in whole pixels: a moment's mark, the gap between two
 * marks of a row and from a mark to its title, the space between titles, the narrowest title worth writing, and a
 * zoomed-out column (a cluster's disc stands in one). They grow with the type, as the rows do ({@link RowMetrics});
 * below the designed size they stay as designed, since a smaller mark is only harder to hit. At 250 % a 10-pixel
 * diamond had stood beside 30-pixel titles, and a cluster's count had been too small to read from the back of a
 * classroom. The shortest span drawn as a bar ({@link LayoutEngine#MIN_BAR}) does not grow: whether an event is
 * drawn as lasting must not depend on the type (at 250 % Air Force One's landing had turned into a moment's ring).
 *
 * @param scale how much larger than designed the marks are (at least 1)
 */
public record MarkSizes(double scale, double markWidth, double markGap, double labelGap, double spacing,
                        double insidePad, double minLabel, double bin) {

    /** As designed: the layout's constants in {@link LayoutEngine}. */
    public static final MarkSizes DESIGNED = at(1);

    /** The sizes for type {@code typeScale} times its designed size. */
    public static MarkSizes at(double typeScale) {
        double s = Double.isNaN(typeScale) ? 1 : Math.max(1, Math.min(4, typeScale));
        return new MarkSizes(s, px(LayoutEngine.MARK_WIDTH, s), px(LayoutEngine.MARK_GAP, s),
                px(LayoutEngine.LABEL_GAP, s), px(LayoutEngine.SPACING, s), px(LayoutEngine.INSIDE_PAD, s),
                px(LayoutEngine.MIN_LABEL, s), px(LayoutEngine.BIN, s));
    }

    private static double px(double designed, double scale) {
        return Math.round(designed * scale);
    }
}
