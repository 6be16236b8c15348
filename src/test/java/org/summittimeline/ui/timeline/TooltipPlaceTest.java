package org.summittimeline.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Where a mark's tooltip stands beside the pointer, without a window. */
@Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@Tag("toolkit-free")
class TooltipPlaceTest {
    @Test
    void withRoomOnTheRightTheTooltipStandsThereAsWideAsItsLongestLine() {
        assertEquals(new TooltipPlace(640, false), TooltipPlace.beside(200, 0, 1280, 900));
        assertEquals(new TooltipPlace(300, false), TooltipPlace.beside(200, 0, 1280, 300));
    }

    @Test
    void nearTheTimelinesRightEdgeAShortTooltipStaysRightOfThePointer() {
        // A timeline 790 px wide, the quote panel beyond it: 400 px left on the right of the pointer at 376.
        assertEquals(new TooltipPlace(350, false), TooltipPlace.beside(376, 0, 790, 350));
    }

    @Test
    void aTooltipTooWideForTheRightGoesLeftWhereItFitsWhole() {
        assertEquals(new TooltipPlace(500, true), TooltipPlace.beside(700, 0, 790, 500),
                "686 px on the left, 76 on the right");
    }

    @Test
    void whereNeitherSideHoldsItWholeTheRoomierSideTakesItNarrowed() {
        assertEquals(new TooltipPlace(428, true), TooltipPlace.beside(442, 0, 790, 600), "428 px left, 334 right");
        assertEquals(new TooltipPlace(400, false), TooltipPlace.beside(376, 0, 790, 600), "362 px left, 400 right");
    }

    @Test
    void aNarrowTimelineStillGivesTheTooltipTheNarrowestWidth() {
        assertEquals(new TooltipPlace(160, false), TooltipPlace.beside(100, 50, 200, 400));
    }

    @Test
    void nearTheTimelinesBottomATallTooltipStandsAboveThePointerWhereItFits() {
        // The timeline from 120 to 478 on screen; a tooltip 140 px high.
        assertTrue(TooltipPlace.above(381, 120, 478, 140), "below, it would run to 543, over the details");
        assertFalse(TooltipPlace.above(200, 120, 478, 140), "below, it fits: 222 to 362");
        assertFalse(TooltipPlace.above(200, 120, 478, 300), "fits neither way: below, as always");
    }
}
