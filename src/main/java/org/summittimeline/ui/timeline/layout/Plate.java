package org.summittimeline.ui.timeline.layout;

/**
 * The selected event's whole title on a plate drawn above its neighbours, so that the selection is always
 * readable however crowded its row is. Labels it would cover are left out of the layout.
 */
public record Plate(int event, int lane, String text, double x, double y, double width) {
    public static final double PADDING = 4;

    public double left() {
        return x - PADDING;
    }

    public double right() {
        return x + width + PADDING;
    }
}
