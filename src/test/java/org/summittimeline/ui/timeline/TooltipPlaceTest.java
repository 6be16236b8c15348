package org.summittimeline.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Where a mark's tooltip stands beside the pointer, without a window. */
@Timeout(value = 10, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@Tag("toolkit-free")
class TooltipPlaceTest {
    @Test
    void withRoomOnTheRightTheTooltipStandsThereAtItsWidest() {
        assertEquals(new TooltipPlace(640, false), TooltipPlace.beside(200, 0, 1280));
    }

    @Test
    void nearTheTimelinesRightEdgeItNarrowsToTheRoomLeftWithoutCrossingTheEdge() {
        // A timeline 790 px wide, the quote panel beyond it: 400 px left on the right of the pointer at 376.
        TooltipPlace place = TooltipPlace.beside(376, 0, 790);
        assertEquals(new TooltipPlace(400, false), place);
    }

    @Test
    void withTooLittleRoomOnTheRightItStandsLeftOfThePointer() {
        TooltipPlace place = TooltipPlace.beside(700, 0, 790);
        assertEquals(new TooltipPlace(640, true), place, "686 px on the left, 76 on the right");
        assertEquals(new TooltipPlace(486, true), TooltipPlace.beside(700, 200, 790));
    }

    @Test
    void aNarrowTimelineStillGivesTheTooltipHalfTheNarrowestWidth() {
        assertEquals(new TooltipPlace(160, false), TooltipPlace.beside(100, 50, 200));
    }
}
