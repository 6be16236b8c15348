package org.summittimeline.ui.timeline.layout;

/**
 * How far to move the view so that a mark and its title can be read: as little as possible, never more. The
 * title may stand right or left of the mark, so stepping towards an edge does not scroll empty time into view.
 */
public final class Reveal {
    /** Marks keep this far from the edges once brought in. */
    public static final double MARGIN = 16;

    private Reveal() {
    }

    /**
     * The pixels to move the content left (negative: right) so that the mark [x0, x1] stands inside the lane area
     * of this width with room for a title this wide beside it; 0 when it already does. A span longer than the
     * view stays put while a third of the view shows it; otherwise its start is brought to the left edge. {@code gap}
     * is the layout's from a mark to its title ({@link MarkSizes#labelGap()}).
     */
    public static double shift(double x0, double x1, double titleWidth, double width, double gap) {
        double limit = width - LayoutEngine.RIGHT_MARGIN;
        if (x0 >= MARGIN && x1 <= limit - MARGIN && (x1 + gap + titleWidth <= limit || x0 - gap - titleWidth >= 2)) {
            return 0;
        }
        // Once the view must move, the event comes in far enough from the edge to show a little of what follows.
        double margin = Math.max(MARGIN, width * 0.12);
        double markLow = x1 - (limit - margin);
        double markHigh = x0 - margin;
        if (markLow > markHigh) {
            double shown = Math.min(x1, width) - Math.max(x0, 0);
            return shown >= width / 3 ? 0 : x0 - MARGIN;
        }
        // Title right of the mark: x1 - d + gap + title <= limit; title left: x0 - d - gap - title >= 2.
        double best = Double.NaN;
        best = nearer(best, Math.max(markLow, x1 + gap + titleWidth - limit), markHigh);
        best = nearer(best, markLow, Math.min(markHigh, x0 - gap - titleWidth - 2));
        return Double.isNaN(best) ? clampToZero(markLow, markHigh) : best;
    }

    /**
     * {@code shift} held back so that the view goes no further past the timeline's first or last moment (at
     * {@code first} and {@code last}, in the same pixels as the mark [x0, x1]) than the mark needs. Past the last
     * event, the room {@link #shift} leaves to show what follows is only empty time: at large type on a narrow time
     * area, stepping to the last event had brought half a day of it into view.
     */
    public static double withinData(double shift, double x0, double x1, double first, double last, double width) {
        double limit = width - LayoutEngine.RIGHT_MARGIN - MARGIN;
        if (shift > 0) {
            // At least what brings the mark in; at most what brings the last moment to the mark's place.
            return Math.max(0, Math.min(shift, Math.max(x1 - limit, last - limit)));
        }
        if (shift < 0) {
            return Math.min(0, Math.max(shift, Math.min(x0 - MARGIN, first - MARGIN)));
        }
        return 0;
    }

    /**
     * How much of a lane area this wide is left for a mark when a title this wide stands right of it, with the gap
     * ({@code gap}, as for {@link #shift}) and the margins a reveal keeps.
     */
    public static double roomLeftOfTitle(double width, double titleWidth, double gap) {
        return width - gap - titleWidth - LayoutEngine.RIGHT_MARGIN - MARGIN;
    }

    /** The value of [low, high] nearest 0, if that is nearer 0 than {@code best}; {@code best} when the range is empty. */
    private static double nearer(double best, double low, double high) {
        if (low > high) {
            return best;
        }
        double d = clampToZero(low, high);
        return Double.isNaN(best) || Math.abs(d) < Math.abs(best) ? d : best;
    }

    private static double clampToZero(double low, double high) {
        return Math.max(low, Math.min(high, 0));
    }
}
