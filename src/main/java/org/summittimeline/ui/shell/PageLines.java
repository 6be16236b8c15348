package org.summittimeline.ui.shell;

import java.util.List;

/**
 * Where Page Down and Page Up put the top of a scrolled text: at a line's edge, never through a line. Scrolled by
 * the view's whole height, the keyboard help showed the line the edge had cut half at the top of the next page
 * ("clear the search (the caret…" cut through its letters).
 */
final class PageLines {
    private PageLines() {
    }

    /**
     * The new top, from {@code top}, in a view {@code page} high over a text that scrolls {@code room} at most,
     * whose lines stand from {@code line[0]} to {@code line[1]}: down, to the top of the line the view's bottom edge
     * cuts (else a page on); up, a page back, to the bottom of a line that would be cut at the top. Always moving
     * on: a line taller than the view is shown from its top, then a page at a time.
     */
    static double pagedTo(double top, double page, double room, boolean down, List<double[]> lines) {
        double to = down ? top + page : top - page;
        for (double[] line : lines) {
            boolean cut = line[0] < to && line[1] > to;
            if (cut && down && line[0] > top) {
                to = Math.min(to, line[0]);
            } else if (cut && !down && line[1] < top) {
                to = Math.max(to, line[1]);
            }
        }
        return Math.max(0, Math.min(room, to));
    }
}
