package org.summittimeline.ui.timeline.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** How the lane area's rows are shared when the lanes together would not fit it. */
class RowSharesTest {
    private static final RowMetrics DESIGNED = new RowMetrics(1, 0);

    /** A frame whose lanes opened {@code rows} rows each, those in {@code crowded} with titles still to cut. */
    private static LayoutFrame frame(int cap, int[] rows, boolean... crowded) {
        LayoutFrame f = new LayoutFrame(null, MarkSizes.DESIGNED, cap, new boolean[rows.length]);
        for (int l = 0; l < rows.length; l++) {
            for (int r = 0; r < rows[l]; r++) {
                f.rows.get(l).add(new LayoutFrame.Row(false, r));
            }
            f.crowded[l] = l < crowded.length && crowded[l];
        }
        return f;
    }

    /** The height of an area of {@code rows} rows for {@code lanes} lanes with their padding. */
    private static double area(int rows, int lanes) {
        return rows * LayoutEngine.ROW_HEIGHT + lanes * LayoutEngine.LANE_PADDING;
    }

    /**
     * A tall lane that needs fewer rows than an even share keeps what it needs, and the rows it leaves go to the
     * crowded lane: shared evenly, 5 of an area of 40 had stood empty under the tall lane.
     */
    @Test
    void aTallLaneNeedingLessThanItsShareLeavesTheRestToTheCrowdedOne() {
        LayoutFrame f = frame(40, new int[] {40, 12, 5}, true, false, false);
        assertArrayEquals(new int[] {23, 40, 40}, RowShares.caps(f, DESIGNED, area(40, 3)));
    }

    /** Tall lanes that need more than their share share the rows the others leave, at least three each. */
    @Test
    void tallLanesShareWhatTheOthersLeave() {
        LayoutFrame f = frame(25, new int[] {24, 3, 20, 3}, false, false, false, false);
        assertArrayEquals(new int[] {10, 25, 9, 25}, RowShares.caps(f, DESIGNED, area(25, 4)));
        LayoutFrame crowdedOut = frame(25, new int[] {24, 3, 3, 3, 3, 3, 3, 3, 3, 3});
        assertArrayEquals(new int[] {3, 25, 25, 25, 25, 25, 25, 25, 25, 25},
                RowShares.caps(crowdedOut, DESIGNED, area(25, 10)));
    }

    /** A lane of the bundled file's size keeps its rows, and lanes that fit keep theirs. */
    @Test
    void shortLanesAndLanesThatFitAreNotHeldBack() {
        assertNull(RowShares.caps(frame(13, new int[] {7, 4, 3, 2}), DESIGNED, area(13, 4)));
        assertNull(RowShares.caps(frame(40, new int[] {24, 3}), DESIGNED, area(40, 2)));
    }
}
