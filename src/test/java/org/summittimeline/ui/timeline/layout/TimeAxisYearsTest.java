package org.summittimeline.ui.timeline.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Timelines of decades and centuries (imported from TimelineJS) get an axis of round years, one label per tick. */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@Tag("toolkit-free")
class TimeAxisYearsTest {
    private static final double YEAR = 365.25 * 86_400;

    @Test
    void twentyYearsOnSixHundredPixelsAreLabelledEveryFiveYears() {
        double from = Instant.parse("1955-06-01T00:00:00Z").getEpochSecond();
        double secondsPerPixel = 20 * YEAR / 600;
        List<TimeAxis.Tick> ticks = TimeAxis.ticks(from, from + 20 * YEAR, secondsPerPixel, ZoneId.of("UTC"), 70);
        assertEquals(List.of("1960", "1965", "1970", "1975"), ticks.stream().map(TimeAxis.Tick::label).toList());
        for (int i = 1; i < ticks.size(); i++) {
            assertTrue((ticks.get(i).epochSecond() - ticks.get(i - 1).epochSecond()) / secondsPerPixel >= 70);
        }
    }

    @Test
    void fiveCenturiesOnSevenHundredPixelsAreLabelledByCentury() {
        double from = Instant.parse("1500-01-01T00:00:00Z").getEpochSecond();
        List<TimeAxis.Tick> ticks = TimeAxis.ticks(from, from + 500 * YEAR, 500 * YEAR / 700, ZoneId.of("UTC"), 70);
        // Fifty years would take just under the 70 pixels a label needs here; a century is the next round step.
        assertEquals(List.of("1500", "1600", "1700", "1800", "1900", "2000"),
                ticks.stream().map(TimeAxis.Tick::label).toList());
    }
}
