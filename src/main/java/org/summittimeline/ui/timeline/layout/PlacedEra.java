package org.summittimeline.ui.timeline.layout;

/**
 * An era's band in the lane area: from x0 to x1 (pixels from the lane area's left edge, clipped to it), the era's
 * position in the timeline's list (for its colour), and the row its title takes when bands overlap.
 */
public record PlacedEra(String title, String colour, int era, double x0, double x1, int level) {
}
