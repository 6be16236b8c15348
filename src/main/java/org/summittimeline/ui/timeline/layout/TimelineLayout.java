package org.summittimeline.ui.timeline.layout;

import java.util.List;

/**
 * Where everything of one frame goes: lanes, marks, labels, the selection's plate and the anchor note. The skin
 * draws this and nothing else decides placement; clicks and hovers are answered from it too.
 *
 * @param stripHeight   the fixed strip below the axis that holds the anchor note (0 when there is none)
 * @param contentHeight the height of all lanes; more than the lane area's height means it scrolls
 * @param binned        true when the view is so zoomed out that events are counted per column, not placed
 * @param rowCap        the most rows one lane may use: as many as fit the lane area's height
 * @param rowHeight     the height of one row, which grows with the reader's type size
 * @param sizes         the marks' sizes and the gaps round them, which grow with it too
 */
public record TimelineLayout(List<PlacedLane> lanes, List<PlacedMark> marks, List<PlacedLabel> labels,
                             List<Plate> plates, AnchorNote anchor, double stripHeight, double contentHeight,
                             boolean binned, int rowCap, double rowHeight, MarkSizes sizes) {

    public static final TimelineLayout EMPTY = new TimelineLayout(List.of(), List.of(), List.of(), List.of(), null,
            0, 0, false, 0, LayoutEngine.ROW_HEIGHT, MarkSizes.DESIGNED);

    /**
     * The mark under (x, y) in content coordinates, or the nearest within a few pixels, more as the marks grow with
     * the type (a disc reaches past its column's edge); null when none.
     */
    public PlacedMark markAt(double x, double y) {
        PlacedMark best = null;
        double bestDistance = 6 * sizes.scale();
        for (PlacedMark m : marks) {
            if (m.shape == PlacedMark.Shape.TICK || Math.abs(y - m.y) > rowHeight / 2) {
                continue;
            }
            double dx = x < m.x0 ? m.x0 - x : (x > m.x1 ? x - m.x1 : 0);
            // On top of two marks (the selection drawn over its cluster), the later-drawn, narrower one wins.
            if (dx < bestDistance || (dx == 0 && best != null && bestDistance == 0 && m.x1 - m.x0 <= best.x1 - best.x0)) {
                best = m;
                bestDistance = dx;
            }
        }
        return best;
    }

    /** The event whose label or plate is under (x, y) in content coordinates, or -1. */
    public int eventLabelledAt(double x, double y) {
        for (Plate p : plates) {
            if (x >= p.left() && x <= p.right() && Math.abs(y - p.y()) <= rowHeight / 2) {
                return p.event();
            }
        }
        for (PlacedLabel l : labels) {
            if (x >= l.x() && x <= l.right() && Math.abs(y - l.y()) <= rowHeight / 2 - 2) {
                return l.event();
            }
        }
        return -1;
    }

    /** The first mark that draws this event alone (not in a cluster), or null. */
    public PlacedMark markOf(int event) {
        return markOf(event, Double.NaN, Double.NaN);
    }

    /**
     * The first mark that draws this event alone whose row lies within [top, bottom] (content coordinates), else
     * the first anywhere, or null: an event of several actors has a mark in each of their lanes, and the one the
     * reader sees is the one to keep in view.
     */
    public PlacedMark markOf(int event, double top, double bottom) {
        PlacedMark first = null;
        for (PlacedMark m : marks) {
            if (m.event == event && m.shape != PlacedMark.Shape.CLUSTER && m.shape != PlacedMark.Shape.TICK) {
                if (m.y >= top && m.y <= bottom) {
                    return m;
                }
                if (first == null) {
                    first = m;
                }
            }
        }
        return first;
    }

    /** The lane whose band holds y (content coordinates), or null. */
    public PlacedLane laneAt(double y) {
        for (PlacedLane l : lanes) {
            if (y >= l.top() && y < l.bottom()) {
                return l;
            }
        }
        return null;
    }

    public PlacedLabel labelOf(int event) {
        for (PlacedLabel l : labels) {
            if (l.event() == event) {
                return l;
            }
        }
        return null;
    }
}
