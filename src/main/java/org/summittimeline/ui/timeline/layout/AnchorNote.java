package org.summittimeline.ui.timeline.layout;

/**
 * The note that explains a relative time ("20 minutes after the start of ..."): a dashed line from the anchor's
 * x to the selected event's x, and its text in a strip of its own below the axis, where it covers no mark.
 */
public record AnchorNote(double anchorX, double eventX, String text, double textX, double textWidth) {
}
