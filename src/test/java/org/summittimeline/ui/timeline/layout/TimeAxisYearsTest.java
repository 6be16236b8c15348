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

    @Test
    void centuriesAcrossTheStartOfTheCommonEraAreCountedWithoutAYearZero() {
        // From 450 BCE (ISO -0449) over nine centuries: round centuries as readers count them.
        double from = Instant.parse("-0449-01-01T00:00:00Z").getEpochSecond();
        List<TimeAxis.Tick> ticks = TimeAxis.ticks(from, from + 900 * YEAR, 900 * YEAR / 700, ZoneId.of("UTC"), 70);
        assertEquals(List.of("400 BCE", "300 BCE", "200 BCE", "100 BCE", "1 CE", "100", "200", "300", "400"),
                ticks.stream().map(TimeAxis.Tick::label).toList());
        // 100 BCE begins on 1 January of ISO year -99, and the tick between the eras at 1 January of 1 CE.
        assertEquals(Instant.parse("-0099-01-01T00:00:00Z").getEpochSecond(), ticks.get(3).epochSecond());
        assertEquals(Instant.parse("0001-01-01T00:00:00Z").getEpochSecond(), ticks.get(4).epochSecond());
        assertEquals("44 BCE", TimeAxis.label(Instant.parse("-0043-03-15T00:00:00Z").getEpochSecond(),
                (long) YEAR, ZoneId.of("UTC")));
    }
}
