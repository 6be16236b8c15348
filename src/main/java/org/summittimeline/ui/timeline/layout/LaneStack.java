package org.summittimeline.ui.timeline.layout;

import static org.summittimeline.ui.timeline.layout.LayoutEngine.LANE_PADDING;

import java.util.ArrayList;
import java.util.List;
import org.summittimeline.ui.timeline.layout.LayoutFrame.Row;

/** The lanes of a frame stacked down the lane area, each as tall as its rows at the reader's type size. */
final class LaneStack {
    /** The least padding a lane's rows keep, above and below together, when lanes squeeze under a strip. */
    static final double MIN_PADDING = 2;

    private LaneStack() {
    }

    /** The height the lanes take with their full padding and no stretch. */
    static double natural(LayoutFrame f, RowMetrics metrics) {
        return stacked(f, metrics, LANE_PADDING);
    }

    /** Whether the lanes, their padding squeezed to the least, fit in {@code visible} below a strip this high. */
    static boolean fitsBelow(LayoutFrame f, double visible, RowMetrics metrics, double strip) {
        return stacked(f, metrics, MIN_PADDING) + strip <= visible;
    }

    /** The lanes' heights together with this padding, unstretched. */
    private static double stacked(LayoutFrame f, RowMetrics metrics, double padding) {
        double sum = 0;
        for (int l = 0; l < f.collapsed.length; l++) {
            sum += height(f, l, metrics, padding);
        }
        return sum;
    }

    /** Lane {@code l}'s height with this padding: its rows (at least one), or a folded lane's strip. */
    private static double height(LayoutFrame f, int l, RowMetrics metrics, double padding) {
        return f.collapsed[l] ? metrics.collapsedHeight()
                : Math.max(metrics.rowHeight(), f.rows.get(l).size() * metrics.rowHeight()) + padding;
    }

    /**
     * Gives each lane its height (the rows it uses, at least the minimum; collapsed lanes a thin strip), lets
     * lanes grow into spare height up to a limit, stacks them, and puts each mark on its row's centre line:
     * rows of spans above rows of moments, each kind in the order the lane opened them.
     */
    static List<PlacedLane> stack(LayoutFrame f, double visible, RowMetrics metrics, double strip) {
        // Where even their least padding leaves the lanes no room below it, the strip opens over them, laid out as
        // without it, and they scroll under it by its height (SelectionReveal): squeezed for it all the same, every
        // lane's marks had moved up under the pointer, by a pixel more in each lane (5 px in the last with a second
        // axis at 1280×720, 6 to 18 px at 177 %).
        if (strip > 0 && !fitsBelow(f, visible, metrics, strip)) {
            strip = 0;
        }
        int n = f.collapsed.length;
        double row = metrics.rowHeight();
        double limit = metrics.stretchLimit();
        double[] heights = new double[n];
        double sum = 0;
        int open = 0;
        for (int l = 0; l < n; l++) {
            open += f.collapsed[l] ? 0 : 1;
        }
        // A relative time's strip takes its height from the top of the lanes. Where they would then scroll, their
        // padding gives way first, down to MIN_PADDING: at 1280×720 the strip of the protester's "1–15 min before"
        // had scrolled Air Force One's row, the first, out of sight, and two new users took it for missing. Without a
        // strip it gives way where that spares the scroll: with a second axis the last lane had stood half below the
        // area's edge. Lanes that scroll anyway keep their room (by actor, eighteen lanes pressed together).
        double padding = LANE_PADDING;
        for (int pass = 0; pass < 2; pass++) {
            sum = 0;
            for (int l = 0; l < n; l++) {
                heights[l] = height(f, l, metrics, padding);
                sum += heights[l];
            }
            if (sum <= visible - strip || open == 0 || pass == 1 || strip <= 0 && !fitsBelow(f, visible, metrics, 0)) {
                break;
            }
            padding = Math.max(MIN_PADDING, LANE_PADDING - (sum - (visible - strip)) / open);
        }
        // Spare height is shared out among the lanes still under the limit, again while any is left: below the
        // strip, so that the lanes need not scroll under it.
        double spare = visible - strip - sum;
        for (int pass = 0; pass < n && spare > 0.5 && open > 0; pass++) {
            double share = spare / open;
            open = 0;
            for (int l = 0; l < n; l++) {
                if (!f.collapsed[l] && heights[l] < limit) {
                    double grow = Math.min(share, limit - heights[l]);
                    heights[l] += grow;
                    spare -= grow;
                    open += heights[l] < limit ? 1 : 0;
                }
            }
        }
        List<PlacedLane> lanes = new ArrayList<>(n);
        int[][] finalRow = new int[n][];
        double top = 0;
        for (int l = 0; l < n; l++) {
            List<Row> rows = f.rows.get(l);
            finalRow[l] = new int[rows.size()];
            int next = 0;
            for (Row r : rows) {
                if (r.bar) {
                    finalRow[l][r.opened] = next++;
                }
            }
            for (Row r : rows) {
                if (!r.bar) {
                    finalRow[l][r.opened] = next++;
                }
            }
            lanes.add(new PlacedLane(l, f.in.lanes().get(l), top, heights[l], rows.size(), f.collapsed[l], padding));
            top += heights[l];
        }
        for (PlacedMark m : f.marks) {
            PlacedLane lane = lanes.get(m.lane);
            if (m.shape == PlacedMark.Shape.TICK) {
                m.y = lane.top() + lane.height() / 2;
                continue;
            }
            m.row = m.row < finalRow[m.lane].length ? finalRow[m.lane][m.row] : 0;
            m.y = lane.firstRowCentre(row) + m.row * row;
        }
        return lanes;
    }
}
