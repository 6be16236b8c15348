package org.summittimeline.ui.timeline.layout;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.summittimeline.query.Words;

/**
 * The ticks of the time axis for a zoom level: a step from seconds to years chosen so that labels stand at
 * least {@code minSpacing} pixels apart, aligned to whole local minutes, hours, days and months in the zone.
 */
public final class TimeAxis {
    private static final long MINUTE = 60;
    private static final long HOUR = 3600;
    private static final long DAY = 86_400;
    // Seconds too: zoomed in on a burst of a few minutes (a tenth of a second a pixel at most), a minute's ticks
    // left one clock time on the whole axis.
    private static final long[] STEPS = {5, 10, 15, 30, MINUTE, 2 * MINUTE, 5 * MINUTE, 10 * MINUTE, 15 * MINUTE,
        30 * MINUTE, HOUR, 2 * HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, DAY, 2 * DAY, 7 * DAY, 30 * DAY, 91 * DAY, 365 * DAY,
        // Imported timelines (TimelineJS) span decades and centuries: years in round numbers, labelled by year.
        2 * 365 * DAY, 5 * 365 * DAY, 10 * 365 * DAY, 25 * 365 * DAY, 50 * 365 * DAY, 100 * 365 * DAY,
        250 * 365 * DAY, 500 * 365 * DAY, 1000 * 365 * DAY};

    /** One tick: its time, and whether it starts a new day (drawn stronger, labelled with the date). */
    public record Tick(long epochSecond, String label, boolean major) {
    }

    private TimeAxis() {
    }

    public static long step(double secondsPerPixel, double minSpacing) {
        for (long step : STEPS) {
            if (step / secondsPerPixel >= minSpacing) {
                return step;
            }
        }
        return STEPS[STEPS.length - 1];
    }

    /** How a tick at {@code epochSecond} reads in {@code zone} for a given step: the second axis row uses it. */
    public static String label(long epochSecond, long step, ZoneId zone) {
        ZonedDateTime t = Instant.ofEpochSecond(epochSecond).atZone(zone);
        Words words = Words.current();
        if (step >= 365 * DAY) {
            return words.year(t.getYear());
        }
        if (step >= 30 * DAY) {
            return words.month(t);
        }
        boolean midnight = t.getHour() == 0 && t.getMinute() == 0 && t.getSecond() == 0;
        return step >= DAY || midnight ? words.day().format(t) : clockFor(step, words).format(t);
    }

    /**
     * How a tick reads on the second zone's row, under the first's: as {@link #label}, with the second zone's day
     * before its clock where the first row names a day there ({@code firstNamesDay}: the tick is
     * {@link Tick#major()}, a day's start, which a change of clock at midnight may put at 01:00). "17:00" under
     * "16 Jul" was 17:00 on 15 July in New York, and read as the 16th. Under a day, month or year, where the second
     * zone's midnight is another moment, its day and clock ("15 Jul 17:00", "31 Mar 21:00").
     */
    public static String secondLabel(long epochSecond, long step, boolean firstNamesDay, ZoneId second) {
        String label = label(epochSecond, step, second);
        ZonedDateTime inSecond = Instant.ofEpochSecond(epochSecond).atZone(second);
        boolean secondNamesDay = inSecond.getHour() == 0 && inSecond.getMinute() == 0 && inSecond.getSecond() == 0;
        if (secondNamesDay || step < DAY && !firstNamesDay) {
            return label;
        }
        Words words = Words.current();
        // A day, month or year tick is the first zone's midnight, another hour of another day in the second: named
        // as its month ("Mar 2018" under "Apr 2018", UTC under Helsinki), it read as a month apart.
        return words.day().format(inSecond) + " " + (step >= DAY ? words.clock().format(inSecond) : label);
    }

    /** A clock with seconds for steps under a minute ("02:54:30"), without them else. */
    private static DateTimeFormatter clockFor(long step, Words words) {
        return step < MINUTE ? words.clockSeconds() : words.clock();
    }

    /** ISO's year as readers count it: 2018 stays, 0 (1 BCE) is -1, -43 (44 BCE) is -44. */
    static long countedYear(int isoYear) {
        return isoYear > 0 ? isoYear : isoYear - 1;
    }

    /** The reverse; the count's missing 0 stands for 1 CE, where a round tick between BCE and CE falls. */
    static int isoYear(long counted) {
        return (int) (counted > 0 ? counted : counted == 0 ? 1 : counted + 1);
    }

    public static List<Tick> ticks(double from, double to, double secondsPerPixel, ZoneId zone, double minSpacing) {
        long step = step(secondsPerPixel, minSpacing);
        Words words = Words.current();
        DateTimeFormatter dayLabel = words.day();
        DateTimeFormatter clock = clockFor(step, words);
        List<Tick> ticks = new ArrayList<>();
        ZonedDateTime t = Instant.ofEpochSecond((long) Math.floor(from)).atZone(zone);
        if (step < DAY) {
            t = t.truncatedTo(ChronoUnit.DAYS);
            ZonedDateTime limit = Instant.ofEpochSecond((long) Math.ceil(to)).atZone(zone);
            while (!t.isAfter(limit) && ticks.size() < 2000) {
                ZonedDateTime dayStart = t.truncatedTo(ChronoUnit.DAYS);
                // From the last tick before the view, not from midnight: at five seconds a step, a walk from midnight
                // made 17,000 times a frame.
                long skipped = Math.max(0, Math.floorDiv((long) Math.floor(from) - dayStart.toEpochSecond(), step));
                for (ZonedDateTime s = dayStart.plusSeconds(skipped * step);
                        s.truncatedTo(ChronoUnit.DAYS).equals(dayStart) && !s.isAfter(limit); s = s.plusSeconds(step)) {
                    if (s.toEpochSecond() >= from) {
                        boolean midnight = s.equals(dayStart);
                        ticks.add(new Tick(s.toEpochSecond(), midnight ? dayLabel.format(s) : clock.format(s), midnight));
                    }
                }
                t = dayStart.plusDays(1);
            }
        } else if (step < 30 * DAY) {
            long days = step / DAY;
            t = t.truncatedTo(ChronoUnit.DAYS);
            while (t.toEpochSecond() <= to && ticks.size() < 2000) {
                if (t.toEpochSecond() >= from) {
                    ticks.add(new Tick(t.toEpochSecond(), dayLabel.format(t), t.getDayOfMonth() == 1));
                }
                t = t.plusDays(days);
            }
        } else if (step >= 365 * DAY) {
            long years = step / (365 * DAY);
            // Round years as readers count them (500 BCE, 1 CE, 500), which has no year 0, not as ISO does.
            long counted = Math.floorDiv(countedYear(t.getYear()), years) * years;
            for (; ticks.size() < 2000; counted += years) {
                int isoYear = isoYear(counted);
                ZonedDateTime at = ZonedDateTime.of(isoYear, 1, 1, 0, 0, 0, 0, zone);
                if (at.toEpochSecond() > to) {
                    break;
                }
                if (at.toEpochSecond() >= from) {
                    ticks.add(new Tick(at.toEpochSecond(), words.year(isoYear), counted % (years * 10) == 0));
                }
            }
        } else {
            long months = Math.max(1, step / (30 * DAY));
            t = t.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1);
            while (t.toEpochSecond() <= to && ticks.size() < 2000) {
                if (t.toEpochSecond() >= from) {
                    ticks.add(new Tick(t.toEpochSecond(), words.month(t), t.getMonthValue() == 1));
                }
                t = t.plusMonths(months);
            }
        }
        return ticks;
    }
}
