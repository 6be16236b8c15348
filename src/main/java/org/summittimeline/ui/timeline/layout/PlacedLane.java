package org.summittimeline.ui.timeline.layout;

/**
 * A lane as laid out: where it stands in the scrolling lane area (content coordinates, 0 = top of the first
 * lane), how tall it is, how many rows its marks use, whether the reader collapsed it, and the padding its rows
 * have above and below them together ({@link LayoutEngine#LANE_PADDING}, less where lanes squeeze to fit).
 */
public record PlacedLane(int index, Lanes.Lane lane, double top, double height, int rows, boolean collapsed,
                         double padding) {
    public double bottom() {
        return top + height;
    }

    /** The centre line of the lane's first row, its rows centred in its band, for rows {@code row} tall. */
    public double firstRowCentre(double row) {
        return top + padding / 2 + row / 2 + Math.max(0, (height - padding - Math.max(1, rows) * row) / 2);
    }
}
