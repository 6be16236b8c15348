package org.summittimeline.ui.timeline.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("toolkit-free")
class TimeViewportTest {

    private static TimeViewport viewport() {
        TimeViewport v = new TimeViewport();
        v.setWidth(1000);
        v.fit(1_531_738_800, 1_531_738_800 + 2 * 86_400);
        return v;
    }

    @Test
    void zoomingInAndOutKeepsTheTimeUnderThePointer() {
        TimeViewport v = viewport();
        for (double x : new double[] {0, 137, 500, 999}) {
            double t = v.timeAt(x);
            v.zoomAround(x, 0.25);
            assertEquals(t, v.timeAt(x), 1e-6);
            v.zoomAround(x, 3);
            assertEquals(t, v.timeAt(x), 1e-6);
        }
    }

    @Test
    void fitShowsTheWholeSpanWithAMargin() {
        TimeViewport v = viewport();
        assertTrue(v.xOf(1_531_738_800) > 0);
        assertTrue(v.xOf(1_531_738_800 + 2 * 86_400) < 1000);
    }

    @Test
    void zoomStopsAtATenthOfASecondPerPixelAndAtTenTimesTheSpan() {
        TimeViewport v = viewport();
        v.zoomAround(500, 1e-9);
        assertEquals(TimeViewport.MIN_SECONDS_PER_PIXEL, v.secondsPerPixel(), 1e-12);
        v.zoomAround(500, 1e12);
        assertEquals(2 * 86_400 * 10 / 1000.0, v.secondsPerPixel(), 1e-6);
    }

    @Test
    void revealPansOnlyWhenTheRangeIsOutOfView() {
        TimeViewport v = viewport();
        v.zoomAround(500, 0.01);
        double start = v.start();
        v.reveal(v.timeAt(400), v.timeAt(450));
        assertEquals(start, v.start(), "already in view: no jump");
        v.reveal(v.end() + 10_000, v.end() + 10_060);
        assertTrue(v.start() > start);
    }

    @Test
    void theAxisSpeaksTheDisplayZone() {
        // 14:00 EEST on 16 July 2018 is 11:00 UTC; the same tick is labelled in each zone's own clock.
        long t = Instant.parse("2018-07-16T11:00:00Z").getEpochSecond();
        List<TimeAxis.Tick> helsinki = TimeAxis.ticks(t - 1800, t + 1800, 10, ZoneId.of("Europe/Helsinki"), 70);
        List<TimeAxis.Tick> utc = TimeAxis.ticks(t - 1800, t + 1800, 10, ZoneId.of("UTC"), 70);
        assertTrue(helsinki.stream().anyMatch(k -> k.epochSecond() == t && k.label().equals("14:00")), helsinki.toString());
        assertTrue(utc.stream().anyMatch(k -> k.epochSecond() == t && k.label().equals("11:00")), utc.toString());
    }

    @Test
    void theSecondAxisLabelsTheSameTickInItsOwnZone() {
        long t = Instant.parse("2018-07-16T11:00:00Z").getEpochSecond();
        assertEquals("11:00", TimeAxis.label(t, 3600, ZoneId.of("UTC")));
        assertEquals("14:00", TimeAxis.label(t, 3600, ZoneId.of("Europe/Helsinki")));
        assertEquals("07:00", TimeAxis.label(t, 3600, ZoneId.of("America/New_York")));
        assertEquals("16 Jul", TimeAxis.label(Instant.parse("2018-07-16T00:00:00Z").getEpochSecond(), 3600,
                ZoneId.of("UTC")));
        assertEquals("Jul 2018", TimeAxis.label(t, 31 * 86_400, ZoneId.of("UTC")));
        // Under the first zone's day, the second's clock says its own day: Helsinki's midnight is 17:00 the day
        // before in New York. Under a clock time, and where the second zone names its own day, it is as ever.
        ZoneId helsinki = ZoneId.of("Europe/Helsinki");
        ZoneId newYork = ZoneId.of("America/New_York");
        long midnight = Instant.parse("2018-07-15T21:00:00Z").getEpochSecond();
        TimeAxis.Tick dayStart = TimeAxis.ticks(midnight - 7200, midnight + 7200, 60, helsinki, 70).stream()
                .filter(k -> k.epochSecond() == midnight).findFirst().orElseThrow();
        assertTrue(dayStart.major(), "the first row names the day there");
        assertEquals("15 Jul 17:00", TimeAxis.secondLabel(midnight, 3600, dayStart.major(), newYork));
        assertEquals("07:00", TimeAxis.secondLabel(t, 3600, false, newYork));
        assertEquals("16 Jul", TimeAxis.secondLabel(Instant.parse("2018-07-16T04:00:00Z").getEpochSecond(), 3600,
                false, newYork));
        assertEquals("15 Jul 17:00", TimeAxis.secondLabel(midnight, 86_400, true, newYork),
                "under a day, the moment in the second zone (its day alone read as a day apart)");
        long april = Instant.parse("2018-03-31T21:00:00Z").getEpochSecond();
        assertEquals("31 Mar 21:00", TimeAxis.secondLabel(april, 31 * 86_400, true, ZoneId.of("UTC")),
                "Helsinki's April begins on 31 March in UTC: \"Mar 2018\" under \"Apr 2018\" read as a month apart");
        assertEquals("Apr 2018", TimeAxis.secondLabel(april, 31 * 86_400, true, ZoneId.of("Europe/Tallinn")),
                "where the second zone's midnight is the same moment, its own month");
    }

    /** Zoomed in on a few minutes, the axis counts seconds: a minute's ticks had left one clock time on it. */
    @Test
    void zoomedInToSecondsTheTicksCountSeconds() {
        long t = Instant.parse("2018-07-16T11:54:00Z").getEpochSecond();
        // The closest zoom, a tenth of a second a pixel, 1,000 pixels: 100 seconds.
        List<TimeAxis.Tick> ticks = TimeAxis.ticks(t - 10, t + 90, 0.1, ZoneId.of("Europe/Helsinki"), 70);
        assertEquals(10, TimeAxis.step(0.1, 70));
        assertEquals(List.of("14:53:50", "14:54:00", "14:54:10", "14:54:20"),
                ticks.subList(0, 4).stream().map(TimeAxis.Tick::label).toList());
        assertEquals(11, ticks.size());
        assertEquals("14:54:30", TimeAxis.label(t + 30, 30, ZoneId.of("Europe/Helsinki")));
        // A tick at midnight still names the day.
        long midnight = Instant.parse("2018-07-16T21:00:00Z").getEpochSecond();
        assertEquals("17 Jul", TimeAxis.ticks(midnight - 20, midnight + 20, 0.1, ZoneId.of("Europe/Helsinki"), 70)
                .stream().filter(k -> k.epochSecond() == midnight).findFirst().orElseThrow().label());
    }

    @Test
    void ticksGrowFromMinutesToMonthsAsTheViewWidens() {
        assertEquals(60, TimeAxis.step(0.5, 70));
        assertEquals(3600, TimeAxis.step(40, 70));
        assertEquals(86_400, TimeAxis.step(1000, 70));
        assertTrue(TimeAxis.step(100_000, 70) >= 30 * 86_400);
        List<TimeAxis.Tick> days = TimeAxis.ticks(Instant.parse("2018-07-15T00:00:00Z").getEpochSecond(),
                Instant.parse("2018-07-18T00:00:00Z").getEpochSecond(), 1000, ZoneId.of("UTC"), 70);
        assertEquals(List.of("15 Jul", "16 Jul", "17 Jul", "18 Jul"), days.stream().map(TimeAxis.Tick::label).toList());
    }
}
