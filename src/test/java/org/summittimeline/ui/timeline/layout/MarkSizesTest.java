package org.summittimeline.ui.timeline.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.summittimeline.model.Timeline;
import org.summittimeline.query.TimeIndex;
import org.summittimeline.format.LoadResult;
import org.summittimeline.format.SyntheticTimeline;
import org.summittimeline.format.TimelineLoader;

/**
 * The marks grow with the reader's type as the rows do: at 250 % a moment's mark, the gaps round it and the
 * zoomed-out columns are two and a half times their designed size, so that a diamond is not a speck beside its
 * title and a cluster's disc has room for a count that can be read.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@Tag("toolkit-free")
class MarkSizesTest {

    @Test
    void everySizeGrowsWithTheTypeAndNoneShrinksBelowItsDesign() {
        MarkSizes big = MarkSizes.at(2.5);
        assertEquals(25, big.markWidth());
        assertEquals(45, big.bin());
        assertEquals(Math.round(LayoutEngine.LABEL_GAP * 2.5), big.labelGap());
        assertEquals(Math.round(LayoutEngine.SPACING * 2.5), big.spacing());
        assertEquals(MarkSizes.DESIGNED, MarkSizes.at(0.75), "smaller type keeps the designed marks");
        assertEquals(LayoutEngine.MARK_WIDTH, MarkSizes.DESIGNED.markWidth());
        assertEquals(LayoutEngine.BIN, MarkSizes.DESIGNED.bin());
    }

    @Test
    void atLargerTypeEachMomentsMarkIsWiderAndTheLayoutStillHoldsItsPromises() throws IOException {
        Timeline t = LayoutEngineTest.synthetic(120, 5, java.time.Duration.ofHours(6));
        TimeIndex index = new TimeIndex(t);
        for (LaneMode mode : LaneMode.values()) {
            LayoutInput in = fitted(index, Lanes.of(t, mode), 900, 400);
            LayoutEngine engine = new LayoutEngine(text -> text.length() * 7.0 * 2.5);
            engine.setTextScale(2.5);
            TimelineLayout layout = engine.layout(in);
            assertFalse(layout.binned(), mode + ": placed one by one");
            assertEquals(MarkSizes.at(2.5), layout.sizes());
            List<PlacedMark> moments = layout.marks().stream().filter(m -> m.shape() == PlacedMark.Shape.POINT).toList();
            assertFalse(moments.isEmpty(), mode + ": some moments");
            for (PlacedMark m : moments) {
                assertEquals(25, m.x1() - m.x0(), 1e-9, mode + ": " + m);
            }
            assertEquals(List.of(), LayoutChecks.invariants(in, layout), mode.toString());
        }
    }

    /**
     * Whether an event is drawn as lasting does not depend on the type: with the shortest bar grown with it, at
     * 250 % Air Force One's landing and the breakfast had been drawn as moments' rings, the same as a moment's.
     */
    @Test
    void anEventDrawnAsASpanAtTheDesignedSizeIsASpanAtAnySize() throws IOException {
        LoadResult r = new TimelineLoader().load(Path.of("data/helsinki-2018-summit.json"));
        Timeline t = r.timeline();
        TimeIndex index = new TimeIndex(t);
        for (LaneMode mode : LaneMode.values()) {
            LayoutInput in = fitted(index, Lanes.of(t, mode), 580, 4000);
            TimelineLayout designed = new LayoutEngine(LayoutEngineTest.SEVEN_PIXELS).layout(in);
            assertTrue(designed.marks().stream().anyMatch(m -> m.shape() == PlacedMark.Shape.BAR), "some spans");
            for (double scale : new double[] {1.7, 2.5}) {
                LayoutEngine engine = new LayoutEngine(text -> text.length() * 7.0 * scale);
                engine.setTextScale(scale);
                TimelineLayout grown = engine.layout(in);
                for (PlacedMark m : designed.marks()) {
                    if (m.shape() == PlacedMark.Shape.BAR) {
                        PlacedMark same = grown.markOf(m.event());
                        assertNotNull(same, mode + " at " + scale + ": " + index.event(m.event()).id() + " drawn alone");
                        assertEquals(PlacedMark.Shape.BAR, same.shape(), mode + " at " + scale + ": "
                                + index.event(m.event()).id());
                    }
                }
            }
        }
    }

    @Test
    void zoomedFarOutTheColumnsAreAsWideAsTheGrownDiscs() throws IOException {
        Timeline t = LayoutEngineTest.loaded(new SyntheticTimeline(3_000, 7, true));
        TimeIndex index = new TimeIndex(t);
        LayoutInput in = fitted(index, Lanes.of(t, LaneMode.CATEGORY), 640, 300);
        LayoutEngine designed = new LayoutEngine(LayoutEngineTest.SEVEN_PIXELS);
        LayoutEngine grown = new LayoutEngine(text -> text.length() * 17.5);
        grown.setTextScale(2.5);
        TimelineLayout small = designed.layout(in);
        TimelineLayout large = grown.layout(in);
        assertTrue(small.binned() && large.binned());
        long columns = 0;
        for (PlacedMark m : large.marks()) {
            if (m.isBinned()) {
                assertEquals(0, m.x0() % 45, 1e-9, "a column's disc starts on a column 45 px wide: " + m);
                assertEquals(43, m.x1() - m.x0(), 1e-9, m.toString());
                columns++;
            } else if (m.shape() == PlacedMark.Shape.POINT) {
                assertEquals(25, m.x1() - m.x0(), 1e-9, "alone in its column: " + m);
                // A mark's gap clear of the column before, where a disc may stand.
                double inColumn = m.x0() - Math.floor(m.x0() / 45) * 45;
                assertTrue(inColumn >= 5 - 1e-9, "clear of the disc before: " + m);
                assertTrue(inColumn + 25 <= 45 - 2 - 5 + 1e-9, "clear of the disc after: " + m);
            }
        }
        assertTrue(columns > 0, "some counted columns");
        // A click on a grown disc's edge, past its column (its ring reaches 10 px past it at 250 %), finds it.
        int edges = 0;
        for (PlacedMark m : large.marks()) {
            boolean nextEmpty = large.marks().stream().noneMatch(o -> o != m && o.lane() == m.lane()
                    && Math.abs(o.y() - m.y()) < 1 && o.x0() > m.x1() && o.x0() < m.x1() + 45);
            if (m.isBinned() && nextEmpty) {
                assertEquals(m, large.markAt(m.x1() + 10, m.y()), "10 px past " + m);
                edges++;
            }
        }
        assertTrue(edges > 0, "discs with room after them");
        assertTrue(large.marks().size() < small.marks().size(), "fewer, larger columns: " + large.marks().size()
                + " against " + small.marks().size());
        int expected = 0;
        for (int i = 0; i < index.size(); i++) {
            expected += in.lanes().of(i).length;
        }
        assertEquals(expected, large.marks().stream().mapToInt(PlacedMark::count).sum(), "every event counted once");
    }

    private static LayoutInput fitted(TimeIndex index, Lanes lanes, double width, double height) {
        TimeViewport v = new TimeViewport();
        v.setWidth(width);
        v.fit(index.first(), index.last());
        return new LayoutInput(index, lanes, null, -1, v, height);
    }
}
