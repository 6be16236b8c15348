package org.summittimeline.ui.timeline.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * How far the view moves to show the selected event's mark and title: not at all when they can be read, else just
 * far enough, and never so far that empty time comes into view. A lane area 1000 px wide throughout.
 */
@Tag("toolkit-free")
class RevealTest {
    private static final double WIDTH = 1000;
    private static final double LIMIT = WIDTH - LayoutEngine.RIGHT_MARGIN;
    /** Once the view moves, the mark comes this far in from the edge (12 % of the width). */
    private static final double COMES_IN = 120;

    /** Whether a title this wide fits right or left of the mark [x0, x1] once the content has moved by shift. */
    private static boolean titleFits(double x0, double x1, double title, double shift) {
        return x1 - shift + LayoutEngine.LABEL_GAP + title <= LIMIT || x0 - shift - LayoutEngine.LABEL_GAP - title >= 2;
    }

    @Test
    void aMarkOffTheLeftEdgeComesInJustFarEnough() {
        double shift = Reveal.shift(-50, -40, 100, WIDTH, LayoutEngine.LABEL_GAP);
        assertEquals(-50 - COMES_IN, shift, 1e-9, "the content moves right until the mark is 120 px in");
        assertTrue(titleFits(-50, -40, 100, shift));
    }

    @Test
    void aMarkOffTheRightEdgeComesInJustFarEnough() {
        double shift = Reveal.shift(1100, 1110, 100, WIDTH, LayoutEngine.LABEL_GAP);
        assertEquals(1110 - (LIMIT - COMES_IN), shift, 1e-9, "the content moves left until the mark is 120 px in");
        assertTrue(titleFits(1100, 1110, 100, shift));
        // Far off to the right (a search hit a day later): the same short way in, not to the middle.
        double far = Reveal.shift(30_000, 30_010, 100, WIDTH, LayoutEngine.LABEL_GAP);
        assertEquals(30_010 - (LIMIT - COMES_IN), far, 1e-9);
    }

    @Test
    void nearTheRightEdgeATitleThatFitsOnTheLeftMovesNothing() {
        // 200 px do not fit right of a mark at 950..960, but fit left of it.
        assertEquals(0, Reveal.shift(950, 960, 200, WIDTH, LayoutEngine.LABEL_GAP));
        // Closer still, the mark itself comes in from the edge, and its title stays on the left: a short move.
        double shift = Reveal.shift(975, 985, 200, WIDTH, LayoutEngine.LABEL_GAP);
        assertEquals(985 - (LIMIT - COMES_IN), shift, 1e-9);
        assertTrue(titleFits(975, 985, 200, shift));
    }

    @Test
    void aMarkInViewWithRoomForItsTitleMovesNothing() {
        assertEquals(0, Reveal.shift(400, 410, 300, WIDTH, LayoutEngine.LABEL_GAP));
        assertEquals(0, Reveal.shift(Reveal.MARGIN, Reveal.MARGIN + 10, 300, WIDTH, LayoutEngine.LABEL_GAP));
    }

    @Test
    void aSpanLongerThanTheViewStaysWhileAThirdOfTheViewShowsIt() {
        assertEquals(0, Reveal.shift(-500, 2000, 100, WIDTH, LayoutEngine.LABEL_GAP), "it fills the view");
        assertEquals(0, Reveal.shift(-2000, 400, 100, WIDTH, LayoutEngine.LABEL_GAP), "it fills 40 % of the view");
        // Only its last 100 px show: its start is brought to the left edge.
        double shift = Reveal.shift(-2900, 100, 100, WIDTH, LayoutEngine.LABEL_GAP);
        assertEquals(-2900 - Reveal.MARGIN, shift, 1e-9);
    }

    @Test
    void stepsNearTheTimelinesEndsBringNoEmptyTimeBeyondThem() {
        // The last event at 1100 is also the timeline's last moment: it comes in to the edge's margin, not 120 px.
        double shift = Reveal.shift(1100, 1110, 100, WIDTH, LayoutEngine.LABEL_GAP);
        double held = Reveal.withinData(shift, 1100, 1110, -3000, 1110, WIDTH);
        assertEquals(1110 - (LIMIT - Reveal.MARGIN), held, 1e-9, "the last moment stops at the margin");
        assertTrue(held < shift);
        assertTrue(titleFits(1100, 1110, 100, held), "its title still fits, on the left");
        // An event before the last: the usual room to show what follows, up to where the timeline ends.
        assertEquals(shift, Reveal.withinData(shift, 1100, 1110, -3000, 1500, WIDTH), 1e-9);
        assertEquals(1200 - (LIMIT - Reveal.MARGIN), Reveal.withinData(shift, 1100, 1110, -3000, 1200, WIDTH), 1e-9);
        // The same at the first event, moving the other way.
        double back = Reveal.shift(-50, -40, 100, WIDTH, LayoutEngine.LABEL_GAP);
        assertEquals(-50 - Reveal.MARGIN, Reveal.withinData(back, -50, -40, -50, 5000, WIDTH), 1e-9);
        // A view already past the end moves no further than the mark needs, and never the other way.
        assertEquals(0, Reveal.withinData(30, 500, 510, -3000, 510, WIDTH));
        assertEquals(0, Reveal.withinData(-30, 500, 510, 500, 5000, WIDTH));
        assertEquals(1110 - (LIMIT - Reveal.MARGIN), Reveal.withinData(shift, 1100, 1110, -3000, 900, WIDTH), 1e-9);
    }
}
