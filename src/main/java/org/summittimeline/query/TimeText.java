package org.summittimeline.query;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.function.UnaryOperator;
import org.summittimeline.model.Anchor;
import org.summittimeline.model.Event;
import org.summittimeline.model.Precision;
import org.summittimeline.model.Source;
import org.summittimeline.model.TimeAccount;
import org.summittimeline.model.TimeBound;
import org.summittimeline.model.Timeline;

/**
 * How a time reads to a person in a chosen zone: an exact time as "16 Jul 14:12 EEST", an uncertain one as
 * "≈ 14:07–14:12 EEST", each followed by the source's own phrase when there is one.
 */
public final class TimeText {
    /**
     * Whether days are written with their year: a timeline of a few days leaves it out ("16 Jul"), one that spans
     * years (an imported history) cannot. Set when a timeline is opened, like the language.
     */
    private static volatile boolean years;

    private final ZoneId zone;
    private final Words words = Words.current();
    private final boolean withYears = years;

    public TimeText(ZoneId zone) {
        this.zone = zone;
    }

    /**
     * The zone {@code event}'s first source tells its times in (New York's for a White House transcript), when its
     * clocks are not those of {@code shown}: the time there too lets a reader hold it against the source's own
     * words. Null when the source has no zone of its own or it reads as the zone shown.
     */
    /**
     * An event's time from its start to its end as a slide and a handout tell it: {@code told} in the zone its first
     * source tells times in (EDT for a White House transcript), in its source's words; and, when that zone differs
     * from {@code shown}, {@code city}, the shown zone's name, and {@code here}, the bounds there. {@code here} and
     * {@code city} are null when one zone tells it.
     */
    public record EventTime(String told, String city, String here) {
        public static EventTime of(Event event, Timeline timeline, ZoneId shown) {
            ZoneId own = toldIn(event, timeline, shown);
            TimeText there = new TimeText(own == null ? shown : own);
            String told = there.startToEnd(event, there.describe(event.start()));
            if (own == null) {
                return new EventTime(told, null, null);
            }
            TimeText times = new TimeText(shown);
            return new EventTime(told, TimeText.city(shown), times.startToEnd(event, times.bounds(event.start())));
        }
    }

    public static ZoneId toldIn(Event event, Timeline timeline, ZoneId shown) {
        ZoneId own = event.sources().isEmpty() ? null
                : timeline.source(event.sources().get(0).sourceId()).map(Source::zone).orElse(null);
        return own == null || own.getRules().equals(shown.getRules()) ? null : own;
    }

    /** Writes years from now on when {@code timeline}'s events fall in more than one calendar year. */
    public static void showYearsFor(Timeline timeline) {
        years = spansYears(timeline);
    }

    /**
     * As {@link #showYearsFor(Timeline)}, read from the time index's first and last second instead of from every
     * event: the window calls it on the UI thread when a timeline arrives, where a pass over a million events in
     * time-zone arithmetic took 1.5 s.
     */
    public static void showYearsFor(Timeline timeline, TimeIndex index) {
        years = index.size() > 0 && Instant.ofEpochSecond(index.first()).atZone(timeline.zone()).getYear()
                != Instant.ofEpochSecond(index.last()).atZone(timeline.zone()).getYear();
    }

    static boolean spansYears(Timeline timeline) {
        List<Event> events = timeline.events();
        if (events.isEmpty()) {
            return false;
        }
        ZoneId zone = timeline.zone();
        int first = events.stream().mapToInt(e -> e.start().earliest().atZone(zone).getYear()).min().orElse(0);
        int last = events.stream().mapToInt(e -> (e.end() == null ? e.start() : e.end()).latest().atZone(zone).getYear())
                .max().orElse(0);
        return first != last;
    }

    private String day(ZonedDateTime t) {
        return withYears ? words.dayWithYear(t) : words.day().format(t);
    }

    public ZoneId zone() {
        return zone;
    }

    /** The bounds alone: "16 Jul 14:12 EEST" or "≈ 16 Jul 14:07–14:12 EEST". */
    public String bounds(TimeBound time) {
        if (time.precision() == Precision.DAY) {
            return days(time);
        }
        ZonedDateTime from = time.earliest().atZone(zone);
        ZonedDateTime to = time.latest().atZone(zone);
        String zoneName = zoneName(time.earliest());
        if (time.isExact()) {
            return day(from) + " " + clock(from, time.precision()) + " " + zoneName;
        }
        String prefix = "\u2248 ";
        if (from.toLocalDate().equals(to.toLocalDate())) {
            return prefix + day(from) + " " + clock(from, time.precision()) + "\u2013"
                    + clock(to, time.precision()) + " " + zoneName;
        }
        return prefix + day(from) + " " + clock(from, time.precision()) + " \u2013 " + day(to) + " "
                + clock(to, time.precision()) + " " + zoneName;
    }

    /**
     * A time known to the day or more coarsely, without a clock no source gave: "15 Mar 44 BCE", "Feb 1962",
     * "1975", "≈ 15 Jul – 17 Jul". Such bounds are whole days where they were written (UTC for an imported
     * TimelineJS date), so they are read in the display zone only when they are whole days there too.
     */
    private String days(TimeBound time) {
        ZoneId in = time.earliest().atZone(zone).toLocalTime().equals(LocalTime.MIDNIGHT) ? zone : ZoneOffset.UTC;
        ZonedDateTime from = time.earliest().atZone(in);
        ZonedDateTime to = time.latest().atZone(in);
        if (from.toLocalDate().equals(to.toLocalDate())) {
            return withYears ? words.dayWithYear(from) : words.day().format(from);
        }
        boolean wholeMonths = from.getDayOfMonth() == 1 && to.getDayOfMonth() == to.toLocalDate().lengthOfMonth();
        if (wholeMonths && from.getDayOfYear() == 1 && to.getMonthValue() == 12 && from.getYear() == to.getYear()) {
            return words.year(from.getYear());
        }
        if (wholeMonths && from.getYear() == to.getYear() && from.getMonthValue() == to.getMonthValue()) {
            return words.month(from);
        }
        return "\u2248 " + day(from) + " \u2013 " + day(to);
    }

    /**
     * An event's time from its start to its end, "{@code start} to ≈ 17 Jul 16:15–16:35 EEST", or {@code start}
     * alone for a moment: a start's window alone made two hours of talks read as five minutes.
     */
    public String startToEnd(Event event, String start) {
        return event.end() == null ? start : words.format("startToEnd", start, endBounds(event));
    }

    /** The event's bounds from start to end, each as {@code shown} makes it (a label holding its last words together). */
    public String startToEnd(Event event, UnaryOperator<String> shown) {
        return startToEnd(event, shown.apply(bounds(event.start())), shown);
    }

    private String startToEnd(Event event, String start, UnaryOperator<String> shown) {
        return event.end() == null ? start : words.format("startToEnd", start, shown.apply(endBounds(event)));
    }

    /**
     * The end's bounds, without their day where it is the day the start's bounds end on: "≈ 16 Jul 09:30–09:50 EEST
     * to ≈ 10:20–11:00 EEST". The day said twice had made the time too long for a line of the Events list at large
     * type, which broke it between the end's day and its clock.
     */
    private String endBounds(Event event) {
        TimeBound start = event.start();
        TimeBound end = event.end();
        ZonedDateTime from = end.earliest().atZone(zone);
        ZonedDateTime to = end.latest().atZone(zone);
        if (start.precision() == Precision.DAY || end.precision() == Precision.DAY
                || !from.toLocalDate().equals(start.latest().atZone(zone).toLocalDate())
                || !to.toLocalDate().equals(from.toLocalDate())) {
            return bounds(end);
        }
        String clock = end.isExact() ? clock(from, end.precision())
                : "\u2248 " + clock(from, end.precision()) + "\u2013" + clock(to, end.precision());
        return clock + " " + zoneName(end.earliest());
    }

    /** The bounds and, when the source has its own words for the time, those words. */
    public String describe(TimeBound time) {
        String phrase = time.phrase();
        return phrase == null || phrase.isBlank() ? bounds(time) : bounds(time) + " \u2014 " + Words.current().format("marks", phrase);
    }

    /** One source's own account of a disputed time, as {@link #describe(TimeBound)} tells a time, at its precision. */
    public String describe(TimeAccount account, Precision precision) {
        return describe(new TimeBound(account.earliest(), account.latest(), precision, account.phrase(), null,
                List.of(), List.of()));
    }

    /** "16 Jul 14:12 EEST → 16 Jul 16:30 EEST", or just the start for a moment. */
    public String span(Event event) {
        return event.end() == null ? bounds(event.start())
                : bounds(event.start()) + " \u2192 " + bounds(event.end());
    }

    /** For a relative time: "1–15 min before the start of press-conference". */
    public static String anchor(Anchor anchor) {
        return anchor(anchor, Words.current().format("anchor.id", anchor.eventId()));
    }

    /** "“Joint press conference”" as {@link #anchor(Anchor, String)} names an event by its title. */
    public static String titled(String title) {
        return Words.current().format("anchor.titled", title);
    }

    /**
     * The same, naming the anchor event as given, in the form the language's phrase takes it ("“X”", "dieses
     * Ereignisses", "von „X“"): "1–15 min before the start of “Joint press conference”".
     */
    public static String anchor(Anchor anchor, String anchorName) {
        Words words = Words.current();
        long a = anchor.earliestOffset().toMinutes();
        long b = anchor.latestOffset().toMinutes();
        String point = anchor.point() == Anchor.Point.START ? "start" : "end";
        if (b <= 0) {
            String amount = a == b ? words.format("minutes", Math.abs(a)) : words.format("minutes.range", Math.abs(b), Math.abs(a));
            return words.format("before." + point, amount, anchorName);
        }
        if (a >= 0) {
            String amount = a == b ? words.format("minutes", a) : words.format("minutes.range", a, b);
            return words.format("after." + point, amount, anchorName);
        }
        return words.format("around." + point, Math.abs(a), b, anchorName);
    }

    /** "16 Jul 14:07" in this zone, without the zone's name, for labels that name the zone once nearby. */
    public String dayAndClock(Instant at) {
        ZonedDateTime t = at.atZone(zone);
        return day(t) + " " + words.clock().format(t);
    }

    /** The day alone ("16 Jul"), with the year when asked for or when the timeline spans years. */
    public String day(Instant at, boolean withYear) {
        ZonedDateTime t = at.atZone(zone);
        return withYear || withYears ? words.dayWithYear(t) : words.day().format(t);
    }

    /** The day and clock, with the year too when it alone would be ambiguous (a range over New Year). */
    public String dayAndClock(Instant at, boolean withYear) {
        // A timeline that spans years writes each day with its year already.
        return withYear && !withYears ? dayAndClock(at) + " " + words.year(at.atZone(zone).getYear()) : dayAndClock(at);
    }

    private String zoneName(Instant at) {
        return abbreviation(zone, at);
    }

    /** The zone's short name at that moment, summer time included: "EEST", "EET", "UTC". */
    public static String abbreviation(ZoneId zone, Instant at) {
        boolean summer = zone.getRules().isDaylightSavings(at);
        TimeZone timeZone = TimeZone.getTimeZone(zone);
        String name = timeZone.getDisplayName(summer, TimeZone.SHORT, Words.current().locale());
        // Many locales have no short name for a far zone ("GMT-04:00" for New York in Britain); the American
        // English one ("EDT") is what sources write, so it stands in.
        return name.startsWith("GMT") && !zone.normalized().equals(ZoneOffset.UTC)
                ? timeZone.getDisplayName(summer, TimeZone.SHORT, Locale.US) : name;
    }

    /**
     * The zone's short name over a stretch of time: both names, standard time's first ("EET/EEST"), when its
     * clocks change within it; a view of a whole year in Helsinki is not "EEST" because its middle is in summer.
     */
    public static String abbreviation(ZoneId zone, Instant from, Instant to) {
        String first = abbreviation(zone, from);
        // A change may keep the name (a new standard offset, Helsinki's in 1921): the first that does not counts.
        for (ZoneOffsetTransition change = zone.getRules().nextTransition(from);
                change != null && change.getInstant().isBefore(to);
                change = zone.getRules().nextTransition(change.getInstant())) {
            String then = abbreviation(zone, change.getInstant());
            if (!then.equals(first)) {
                return zone.getRules().isDaylightSavings(from) ? then + "/" + first : first + "/" + then;
            }
        }
        return first;
    }

    /**
     * The place a zone is named after: "Helsinki" for Europe/Helsinki, "New York"; "UTC" for UTC however written;
     * the full name otherwise.
     */
    /**
     * A zone's time in words: "New York time" for a city's zone ("Zeit in New York"), the zone's own name for one
     * that names no city ("UTC", "Central European Standard Time", not "… Time time").
     */
    public static String zoneTime(ZoneId zone) {
        return zone.getId().contains("/") ? Words.current().format("zone.cityTime", city(zone)) : city(zone);
    }

    public static String city(ZoneId zone) {
        String id = zone.getId();
        if (!id.contains("/") && zone.normalized().equals(ZoneOffset.UTC)) {
            // "Coordinated Universal Time (timeline)" pushed the toolbar's last button into its overflow, where
            // the same zone chosen from the list read "UTC".
            return "UTC";
        }
        return id.contains("/") ? id.substring(id.lastIndexOf('/') + 1).replace('_', ' ')
                : zone.getDisplayName(TextStyle.FULL, Words.current().locale());
    }

    private String clock(ZonedDateTime t, Precision precision) {
        return precision == Precision.SECOND ? words.clockSeconds().format(t) : words.clock().format(t);
    }
}
