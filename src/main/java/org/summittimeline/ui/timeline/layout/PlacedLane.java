package org.summittimeline.ui.timeline.layout;

/**
 * A lane as laid out: where it stands in the scrolling lane area (content coordinates, 0 = top of the first
 * lane), how tall it is, how many rows its marks use, and whether the reader collapsed it.
 */
public record PlacedLane(int index, Lanes.Lane lane, double top, double height, int rows, boolean collapsed) {
    public double bottom() {
        return top + height;
    }
}
