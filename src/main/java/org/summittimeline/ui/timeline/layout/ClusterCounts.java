package org.summittimeline.ui.timeline.layout;

import java.util.List;
import java.util.function.IntPredicate;
import org.summittimeline.query.TimeIndex;

/**
 * The counts a layout engine keeps for zoomed-out frames ({@link ClusterBins}): the shown events' per lane and
 * bucket, and a search's matching events'. Each is made once per time index, lanes and predicate, or taken from
 * those made while the file was read ({@link PreparedLayout}), and read each frame by adding up buckets.
 */
final class ClusterCounts {
    private final Kept shown = new Kept();
    private final Kept matching = new Kept();

    /** One set of counts and what it was made for. */
    private static final class Kept {
        private ClusterBins bins;
        private TimeIndex index;
        private Lanes lanes;
        private IntPredicate of;

        ClusterBins of(TimeIndex index, Lanes lanes, IntPredicate of) {
            if (bins == null || this.index != index || this.lanes != lanes || this.of != of) {
                keep(new ClusterBins(index, lanes, of), index, lanes, of);
            }
            return bins;
        }

        void keep(ClusterBins bins, TimeIndex index, Lanes lanes, IntPredicate of) {
            this.bins = bins;
            this.index = index;
            this.lanes = lanes;
            this.of = of;
        }
    }

    /** The shown events' counts made while the file was read; an earlier timeline's are let go of either way. */
    void adopt(PreparedLayout prepared) {
        ClusterBins bins = prepared.bins();
        shown.keep(bins, bins == null ? null : prepared.query().index(), bins == null ? null : prepared.lanes(), null);
    }

    /** The counts the last zoomed-out layout read, or null. */
    ClusterBins shownBins() {
        return shown.bins;
    }

    /** The shown events of each lane and column of a zoomed-out frame. */
    ClusterBins.Cells shownCells(LayoutInput in, int columns, double columnSeconds) {
        return cells(shown.of(in.index(), in.lanes(), in.shown()), in, columns, columnSeconds);
    }

    /** See {@link LayoutEngine#matching}. */
    boolean[] matching(LayoutInput in, TimelineLayout layout, IntPredicate matches, double columnWidth) {
        List<PlacedMark> marks = layout.marks();
        boolean[] out = new boolean[marks.size()];
        ClusterBins.Cells cells = null;
        int columns = (int) Math.ceil(in.width() / columnWidth) + 1;
        for (int k = 0; k < out.length; k++) {
            PlacedMark m = marks.get(k);
            if (m.binned) {
                if (cells == null) {
                    cells = cells(matching.of(in.index(), in.lanes(), matches), in, columns,
                            columnWidth * in.secondsPerPixel());
                }
                int column = (int) Math.round(m.x0() / columnWidth);
                out[k] = column >= 0 && column < columns && cells.count[m.lane()][column] > 0;
            } else if (m.members != null) {
                for (int i = 0; i < m.count && !out[k]; i++) {
                    out[k] = matches.test(m.members[i]);
                }
            } else {
                out[k] = matches.test(m.event());
            }
        }
        return out;
    }

    private static ClusterBins.Cells cells(ClusterBins bins, LayoutInput in, int columns, double columnSeconds) {
        return bins.worthwhileFor(columnSeconds) ? bins.fill(in.start(), in.end(), columnSeconds, columns)
                : bins.fillByVisiting(in.start(), in.end(), columnSeconds, columns);
    }
}
