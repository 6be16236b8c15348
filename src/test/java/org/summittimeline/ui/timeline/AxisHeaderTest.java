package org.summittimeline.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.summittimeline.query.TimeText;
import org.summittimeline.ui.timeline.layout.TimeViewport;

@Tag("toolkit-free")
class AxisHeaderTest {
    private static final ZoneId UTC = ZoneId.of("UTC");

    @Test
    void aViewOfHoursNamesItsDayAndAViewOfDecadesItsYears() {
        TimeViewport viewport = new TimeViewport();
        viewport.setWidth(1000);
        Instant landing = Instant.parse("2018-07-16T10:07:00Z");
        viewport.show(landing.getEpochSecond() - 3600, landing.getEpochSecond() + 3600);
        assertEquals("Monday, 16 July 2018", AxisPainter.header(viewport, landing, UTC));
        viewport.show(Instant.parse("1957-10-04T00:00:00Z").getEpochSecond(),
                Instant.parse("1976-07-20T00:00:00Z").getEpochSecond());
        // The view keeps a margin around what it was asked to show, so the years reach a little further.
        String[] years = AxisPainter.header(viewport, landing, UTC).split(" \u2013 ");
        assertEquals(2, years.length);
        assertTrue(Integer.parseInt(years[0]) <= 1957 && Integer.parseInt(years[0]) >= 1950, years[0]);
        assertTrue(Integer.parseInt(years[1]) >= 1976 && Integer.parseInt(years[1]) <= 1983, years[1]);
    }

    @Test
    void theHeaderNamesAZoneAndItsCityOnceEach() {
        assertEquals("EEST (Helsinki)", AxisPainter.withCity("EEST", ZoneId.of("Europe/Helsinki")));
        // A timeline in UTC (a TimelineJS file's): "UTC (UTC)" said it twice.
        assertEquals("UTC", AxisPainter.withCity("UTC", ZoneId.of("UTC")));
        assertEquals("UTC", AxisPainter.withCity("UTC", ZoneId.of("Etc/UTC")));
    }

    @Test
    void aViewAcrossAChangeOfClocksNamesBothTimesAndADayItsOwn() {
        ZoneId helsinki = ZoneId.of("Europe/Helsinki");
        TimeViewport viewport = new TimeViewport();
        viewport.setWidth(1000);
        Instant summit = Instant.parse("2018-07-16T10:07:00Z");
        viewport.show(Instant.parse("2018-01-01T00:00:00Z").getEpochSecond(),
                Instant.parse("2019-01-01T00:00:00Z").getEpochSecond());
        // The middle of the year is in summer: one name would have said "EEST" for all of it.
        assertEquals("EET/EEST", AxisPainter.zoneName(viewport, summit, helsinki));
        viewport.show(Instant.parse("2018-05-01T00:00:00Z").getEpochSecond(),
                Instant.parse("2018-09-01T00:00:00Z").getEpochSecond());
        assertEquals("EEST", AxisPainter.zoneName(viewport, summit, helsinki), "a summer, months long");
        viewport.show(summit.getEpochSecond() - 3600, summit.getEpochSecond() + 3600);
        assertEquals("EEST", AxisPainter.zoneName(viewport, summit, helsinki), "an hour");
        // Begun in summer time and ended in winter: standard time is still named first.
        viewport.show(Instant.parse("2018-08-01T00:00:00Z").getEpochSecond(),
                Instant.parse("2018-12-31T00:00:00Z").getEpochSecond());
        assertEquals("EET/EEST", AxisPainter.zoneName(viewport, summit, helsinki));
        assertEquals("UTC", AxisPainter.zoneName(viewport, summit, UTC), "a zone whose clocks never change");
        // Helsinki's first change, in 1921, kept the name "EET"; summer time came in 1942.
        viewport.show(Instant.parse("1900-01-01T00:00:00Z").getEpochSecond(),
                Instant.parse("2020-01-01T00:00:00Z").getEpochSecond());
        assertEquals("EET/EEST", AxisPainter.zoneName(viewport, summit, helsinki), "over a century");
        // Summer time across New Year, in Sydney: standard time is named first there too.
        assertEquals("AEST/AEDT", TimeText.abbreviation(ZoneId.of("Australia/Sydney"),
                Instant.parse("2018-01-01T00:00:00Z"), Instant.parse("2018-12-31T00:00:00Z")));
    }

    /**
     * The ticks' zone is named over the whole view: from February to April the header names a day of summer time,
     * and the ticks beside "EEST" had stood either side of the change. A day of the change itself names both too.
     */
    @Test
    void theTicksZoneIsNamedOverTheWholeViewWhileTheHeaderNamesItsDay() {
        ZoneId helsinki = ZoneId.of("Europe/Helsinki");
        TimeViewport viewport = new TimeViewport();
        viewport.setWidth(1000);
        Instant day = Instant.parse("2018-03-30T09:00:00Z");
        viewport.show(Instant.parse("2018-02-01T00:00:00Z").getEpochSecond(),
                Instant.parse("2018-04-10T00:00:00Z").getEpochSecond());
        assertEquals("EEST", AxisPainter.zoneName(viewport, day, helsinki), "the header's day");
        assertEquals("EET/EEST", AxisPainter.ticksZoneName(viewport, helsinki));
        // 25 March 2018: clocks went from 03:00 EET to 04:00 EEST.
        viewport.show(Instant.parse("2018-03-24T22:00:00Z").getEpochSecond(),
                Instant.parse("2018-03-25T10:00:00Z").getEpochSecond());
        assertEquals("EET/EEST", AxisPainter.ticksZoneName(viewport, helsinki));
        viewport.show(Instant.parse("2018-07-16T09:00:00Z").getEpochSecond(),
                Instant.parse("2018-07-16T11:00:00Z").getEpochSecond());
        assertEquals("EEST", AxisPainter.ticksZoneName(viewport, helsinki), "two hours of summer");
        // A timeline of July seen from February to August: the header speaks of July's days, the ticks of the view's.
        long[] july = {Instant.parse("2018-07-15T17:50:00Z").getEpochSecond(),
                Instant.parse("2018-07-17T19:02:00Z").getEpochSecond()};
        viewport.show(Instant.parse("2018-02-01T00:00:00Z").getEpochSecond(),
                Instant.parse("2018-08-01T00:00:00Z").getEpochSecond());
        assertEquals("EEST", AxisPainter.zoneName(viewport, day, helsinki, july), "the header, of the timeline's days");
        assertEquals("EET/EEST", AxisPainter.ticksZoneName(viewport, helsinki), "the ticks, of the whole view");
    }

    @Test
    void aWholeTimelinesHeaderNamesItsOwnYearsNotThoseOfTheMarginRoundIt() {
        ZoneId helsinki = ZoneId.of("Europe/Helsinki");
        TimeViewport viewport = new TimeViewport();
        viewport.setWidth(1000);
        long first = Instant.parse("2018-01-01T00:08:00Z").getEpochSecond();
        long last = Instant.parse("2018-12-31T20:00:00Z").getEpochSecond();
        viewport.show(first, last);
        Instant middle = Instant.ofEpochSecond((first + last) / 2);
        assertEquals("2017 \u2013 2019", AxisPainter.header(viewport, middle, helsinki), "the view with its margin");
        assertEquals("2018", AxisPainter.header(viewport, middle, helsinki, new long[] {first, last}));
        // A view wholly beside the timeline names its own years.
        viewport.show(Instant.parse("2030-01-01T00:00:00Z").getEpochSecond(),
                Instant.parse("2031-06-01T00:00:00Z").getEpochSecond());
        assertTrue(AxisPainter.header(viewport, middle, helsinki, new long[] {first, last}).startsWith("20"));
        assertFalse(AxisPainter.header(viewport, middle, helsinki, new long[] {first, last}).contains("2018"));
    }
}
