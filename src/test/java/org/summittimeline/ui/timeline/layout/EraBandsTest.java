package org.summittimeline.ui.timeline.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.summittimeline.model.Era;

/** Eras' bands: pixel ranges clipped to the lane area, and a title row per era that overlaps another in time. */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@Tag("toolkit-free")
class EraBandsTest {
    private static final Instant T0 = Instant.parse("2018-07-15T00:00:00Z");

    private static Era era(String title, long fromHours, long toHours) {
        return new Era(title, T0.plusSeconds(fromHours * 3600), T0.plusSeconds(toHours * 3600), null);
    }

    @Test
    void aBandRunsFromItsStartToItsEndInPixels() {
        // One pixel per hour, the view starting at T0.
        List<PlacedEra> placed = EraBands.place(List.of(era("Day one", 0, 24)), T0.getEpochSecond(), 3600, 500);
        assertEquals(List.of(new PlacedEra("Day one", null, 0, 0, 24, 0)), placed);
    }

    @Test
    void bandsAreClippedToTheVisibleWindowAndThoseOutsideItAreLeftOut() {
        List<Era> eras = List.of(era("Before", -100, -50), era("Across", -10, 1000), era("After", 600, 700));
        List<PlacedEra> placed = EraBands.place(eras, T0.getEpochSecond(), 3600, 500);
        assertEquals(1, placed.size());
        assertEquals(0, placed.get(0).x0());
        assertEquals(500, placed.get(0).x1());
        assertEquals(1, placed.get(0).era(), "the era keeps its place in the list, which picks its colour");
    }

    @Test
    void anEraWithinAnEraTakesTheNextTitleRowAndKeepsItAtEveryZoom() {
        List<Era> eras = List.of(era("Summit", 0, 72), era("Talks", 10, 20), era("Press", 30, 40), era("Next", 80, 90));
        assertArrayEquals(new int[] {0, 1, 1, 0}, EraBands.levels(eras));
        assertEquals(2, EraBands.rows(eras));
        assertEquals(0, EraBands.rows(List.of()));
        for (double secondsPerPixel : new double[] {60, 3600, 86_400}) {
            List<PlacedEra> placed = EraBands.place(eras, T0.getEpochSecond(), secondsPerPixel, 1000);
            int[] expected = {0, 1, 1, 0};
            for (PlacedEra p : placed) {
                assertEquals(expected[p.era()], p.level(), p.title() + " at " + secondsPerPixel + " s/px");
            }
        }
    }

    @Test
    void aShortEraStillShowsAsALineWhenZoomedOut() {
        List<PlacedEra> placed = EraBands.place(List.of(era("A minute", 5, 5)), T0.getEpochSecond(), 86_400, 500);
        assertEquals(EraBands.MIN_WIDTH, placed.get(0).x1() - placed.get(0).x0(), 1e-9);
    }
}
