package org.summittimeline.ui.timeline.layout;

import static org.summittimeline.ui.timeline.layout.LayoutEngine.LANE_PADDING;

import java.util.ArrayList;
import java.util.List;
import org.summittimeline.ui.timeline.layout.LayoutFrame.Row;

/** The lanes of a frame stacked down the lane area, each as tall as its rows at the reader's type size. */
final class LaneStack {
    private LaneStack() {
    }

    /**
     * Gives each lane its height (the rows it uses, at least the minimum; collapsed lanes a thin strip), lets
     * lanes grow into spare height up to a limit, stacks them, and puts each mark on its row's centre line:
     * rows of spans above rows of moments, each kind in the order the lane opened them.
     */
    static List<PlacedLane> stack(LayoutFrame f, double visible, RowMetrics metrics) {
        int n = f.collapsed.length;
        double row = metrics.rowHeight();
        double limit = metrics.stretchLimit();
        double[] heights = new double[n];
        double sum = 0;
        int open = 0;
        for (int l = 0; l < n; l++) {
            int rows = f.rows.get(l).size();
            heights[l] = f.collapsed[l] ? metrics.collapsedHeight()
                    : Math.max(metrics.minLaneHeight(), rows * row + LANE_PADDING);
            sum += heights[l];
            open += f.collapsed[l] ? 0 : 1;
        }
        // Spare height is shared out among the lanes still under the limit, again while any is left.
        double spare = visible - sum;
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
            lanes.add(new PlacedLane(l, f.in.lanes().get(l), top, heights[l], rows.size(), f.collapsed[l]));
            top += heights[l];
        }
        for (PlacedMark m : f.marks) {
            PlacedLane lane = lanes.get(m.lane);
            if (m.shape == PlacedMark.Shape.TICK) {
                m.y = lane.top() + lane.height() / 2;
                continue;
            }
            int rows = Math.max(1, lane.rows());
            m.row = m.row < finalRow[m.lane].length ? finalRow[m.lane][m.row] : 0;
            double offset = Math.max(0, (lane.height() - LANE_PADDING - rows * row) / 2);
            m.y = lane.top() + LANE_PADDING / 2 + offset + m.row * row + row / 2;
        }
        return lanes;
    }
}
