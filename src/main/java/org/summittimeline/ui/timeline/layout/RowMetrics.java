package org.summittimeline.ui.timeline.layout;

import static org.summittimeline.ui.timeline.layout.LayoutEngine.ANCHOR_BRACKET;
import static org.summittimeline.ui.timeline.layout.LayoutEngine.ANCHOR_TEXT;
import static org.summittimeline.ui.timeline.layout.LayoutEngine.COLLAPSED_HEIGHT;
import static org.summittimeline.ui.timeline.layout.LayoutEngine.ROW_HEIGHT;
import static org.summittimeline.ui.timeline.layout.LayoutEngine.STRETCH_LIMIT;

/**
 * The layout's heights at type {@code scale} times its designed size, in whole pixels so that rows stay crisp: a
 * row, the anchor note's strip, a collapsed lane and a lane's stretch limit grow with the titles in them.
 * {@code noteLine} is the measured height of a line of the note's type, 0 where not known.
 */
record RowMetrics(double scale, double noteLine) {

    double rowHeight() {
        return Math.round(ROW_HEIGHT * scale);
    }

    double collapsedHeight() {
        return Math.round(COLLAPSED_HEIGHT * scale);
    }

    /** The strip that holds a relative time's note: its line of text, and below it the bracket's room. */
    double anchorStrip() {
        return Math.max(Math.round(ANCHOR_TEXT * scale), Math.ceil(noteLine)) + Math.round(ANCHOR_BRACKET * scale);
    }

    double stretchLimit() {
        return Math.round(STRETCH_LIMIT * scale);
    }
}
