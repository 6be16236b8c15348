package org.summittimeline.ui.timeline.layout;

/**
 * An event's title where the layout put it: right or left of its mark on the lane's background, or inside its
 * bar. {@code whole} is false when no placement gave the whole title and it was cut with an ellipsis. Its box is
 * [x, x + width] around the centre line y.
 */
public record PlacedLabel(int event, int lane, String text, boolean whole, double x, double y, double width,
                          Side side) {
    /** Where the label stands relative to its mark; INSIDE labels are drawn on the bar's colour. */
    public enum Side { RIGHT, LEFT, INSIDE }

    public double right() {
        return x + width;
    }
}
