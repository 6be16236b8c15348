package org.summittimeline.format;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.Locale;

/**
 * Reads one clock time written as ISO-8601 text, wherever a time stands (an event's, a bound's, an era's): says what
 * is wrong with one that does not read — the part out of range, or the spelling to write ("2018-07-16 14:07" →
 * "2018-07-16T14:07+03:00") —, checks it against the widest range and the file's years, and notes the offsets the
 * file's times are written in.
 */
final class InstantReader extends NodeChecks {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mmxxx");
    private static final DateTimeFormatter SHOWN_SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH:mm");
    // Ways a time is often written that are not ISO-8601 with an offset, each read to say what to write instead:
    // ISO without its offset (a space or a T before the clock time), days first with dots, years first with
    // slashes, and months or days first with slashes.
    private static final DateTimeFormatter ISO_SPACED = dateThenTime("uuuu-MM-dd", "T");
    private static final DateTimeFormatter DOTTED = dateThenTime("d.M.uuuu", " ");
    private static final DateTimeFormatter YEAR_SLASHED = dateThenTime("uuuu/M/d", " ");
    private static final DateTimeFormatter MONTH_SLASHED = dateThenTime("M/d/uuuu", " ");
    private static final DateTimeFormatter DAY_SLASHED = dateThenTime("d/M/uuuu", " ");

    /** Whether each time lies in the years the file holds (see {@link YearsCheck}). */
    private final YearsCheck years;
    /** The offsets the file's times are written in, each once; the views offer the zones they stand for. */
    private final List<ZoneOffset> offsets = new ArrayList<>();
    /** The offset noted last: most times of a file share one, so most are passed over at once. */
    private int lastOffset = Integer.MIN_VALUE;

    /**
     * {@code zone}: the file's as read so far, null where none is known (missing, unknown, or not yet read): its
     * times' suggestions are then UTC's, and say so.
     */
    InstantReader(List<Problem> problems, Suggestions suggestions, Supplier<ZoneId> zone) {
        super(problems, suggestions);
        this.years = new YearsCheck(problems, suggestions);
        this.known = zone;
    }

    /**
     * The file's zone as read so far, null while none is known: asked when a message is written, since the reader
     * is made at the first field that holds times, which may stand before "timeZone".
     */
    private final Supplier<ZoneId> known;

    /** An instant as messages write it, in the file's zone: "2018-07-16T14:07+03:00". */
    static String show(Instant instant, ZoneId zone) {
        return SHOWN.format(instant.atZone(zone).toOffsetDateTime());
    }

    /** Null when the text is no usable time; the reason is then recorded. */
    Instant read(JsonNode.Str node, JsonPath path) {
        String text = node.value();
        Instant at;
        try {
            at = IsoInstant.parse(text);
        } catch (DateTimeParseException e) {
            IsoInstant.Misfit misfit = IsoInstant.misfit(text);
            if (misfit != null) {
                // Written in the right shape: the advice on the shape would send the reader looking for what is
                // there; the caret goes to the part that is out of range (the time has no escapes before it).
                errorInside(node, misfit.index(), path, "\"" + text + "\" is not a time that exists: " + misfit.what());
            } else {
                error(node, path, "\"" + text + "\" is not an ISO-8601 time with an offset; " + suggest(text));
            }
            return null;
        }
        noteOffset(text);
        if (!TimeRange.WIDEST.contains(at)) {
            error(node, path, "\"" + text + "\" lies outside " + TimeRange.WIDEST.outside() + "; check the year");
            return null;
        }
        if (!years.admit(node, path, at)) {
            return null;
        }
        return at;
    }

    /** The check of the file's "years", which the timeline binder feeds with the field once it is read. */
    YearsCheck years() {
        return years;
    }

    /** The offsets from UTC the times read so far are written in, in the order first met. */
    List<ZoneOffset> writtenOffsets() {
        return List.copyOf(offsets);
    }

    private void noteOffset(String text) {
        int seconds = IsoInstant.offsetSeconds(text);
        if (seconds != lastOffset) {
            lastOffset = seconds;
            ZoneOffset written = ZoneOffset.ofTotalSeconds(seconds);
            if (!offsets.contains(written)) {
                offsets.add(written);
            }
        }
    }

    private String suggest(String text) {
        // A file without a timeZone had been told "write 2018-07-16T14:07+00:00" for a time beside ones written
        // +03:00, with no word that UTC was assumed (a new user's walk).
        // Short: a file of a million such times holds a million of these messages.
        return known.get() != null ? suggestInZone(text) : suggestInZone(text) + "; in UTC's offset: no known \"timeZone\" "
                + "stands before the events";
    }

    /** The zone the suggestions are written in: the file's, else UTC. */
    private ZoneId zone() {
        ZoneId zone = known.get();
        return zone == null ? ZoneOffset.UTC : zone;
    }

    private String suggestInZone(String text) {
        String candidate = text.trim();
        // Days before months (16.07.2018) and years first with slashes (2018/07/16) read one way only; days and
        // months with slashes are read the way that exists (07/16/2018, 16/07/2018), and when both do (03/10/2021),
        // both are offered, the month first.
        List<Written> readings = new ArrayList<>();
        for (DateTimeFormatter way : List.of(ISO_SPACED, DOTTED, YEAR_SLASHED, MONTH_SLASHED, DAY_SLASHED)) {
            Written reading = read(way == ISO_SPACED ? candidate.replace(' ', 'T') : candidate, way);
            if (reading != null && !readings.contains(reading)) {
                readings.add(reading);
            }
        }
        if (readings.size() == 2) {
            Written monthFirst = readings.get(0);
            Written dayFirst = readings.get(1);
            return (monthFirst.time() == null ? "a date alone is not a time, and the" : "the")
                    + " day and the month could be either way round: if the month comes first, " + advice(monthFirst)
                    + "; if the day does, " + advice(dayFirst);
        }
        if (!readings.isEmpty()) {
            Written only = readings.get(0);
            return (only.time() == null ? "a date alone is not a time; " : "") + advice(only);
        }
        // The example in the file's own zone: the bundled file's +03:00 was wrong for a file kept in Berlin's.
        return "write it like " + SHOWN.format(LocalDateTime.of(2018, 7, 16, 14, 7).atZone(zone()))
                + " (date, 'T', time, offset from UTC)";
    }

    /** A date read from a text that is no ISO-8601 time, with the clock time written after it, or none. */
    private record Written(LocalDate date, LocalDateTime time) {
    }

    /** {@code text} read {@code way}, or null when it is not written so. */
    private static Written read(String text, DateTimeFormatter way) {
        try {
            TemporalAccessor read = way.parse(text);
            return new Written(LocalDate.from(read),
                    read.isSupported(ChronoField.HOUR_OF_DAY) ? LocalDateTime.from(read) : null);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** What to write for {@code written} in the file's zone: the time with its offset, or a date's bounds. */
    private String advice(Written written) {
        if (written.time() == null) {
            OffsetDateTime start = written.date().atStartOfDay(zone()).toOffsetDateTime();
            OffsetDateTime end = written.date().atTime(23, 59).atZone(zone()).toOffsetDateTime();
            return "write bounds {\"earliest\": \"" + SHOWN.format(start) + "\", \"latest\": \"" + SHOWN.format(end)
                    + "\", \"precision\": \"day\"}";
        }
        LocalDateTime local = written.time();
        ZoneId zone = zone();
        List<ZoneOffset> valid = zone.getRules().getValidOffsets(local);
        if (valid.size() == 1) {
            return "write " + shown(local.atOffset(valid.get(0)));
        }
        // The night the clocks change, a clock time is there twice or not at all: which offset is meant is the
        // source's to say, not ours to guess (the zone's rules alone had put a skipped 02:30 at 03:30).
        ZoneOffsetTransition change = zone.getRules().getTransition(local);
        String before = shown(local.atOffset(change.getOffsetBefore()));
        String after = shown(local.atOffset(change.getOffsetAfter()));
        String clock = HOURS.format(local);
        return valid.isEmpty()
                ? "the clocks in " + zone.getId() + " went from " + HOURS.format(change.getDateTimeBefore()) + " to "
                        + HOURS.format(change.getDateTimeAfter()) + " that night, so they never showed " + clock
                        + "; write " + before + " or " + after + ", as the source meant"
                : "the clocks in " + zone.getId() + " showed " + clock + " twice that night; write " + before
                        + " for the first time, " + after + " for the second";
    }

    /** A time as the format wants it: to the minute, or to the second or below where it was written so. */
    private static String shown(OffsetDateTime time) {
        return (time.getNano() != 0 ? DateTimeFormatter.ISO_OFFSET_DATE_TIME : time.getSecond() != 0 ? SHOWN_SECONDS
                : SHOWN).format(time);
    }

    /**
     * A date, with a time of day after it or none: {@code date}, then {@code beforeTime} and hours:minutes, with
     * seconds and their fraction if written ("2018-07-16T14:07:30.123456" is what Python writes for a time with
     * no zone).
     */
    private static DateTimeFormatter dateThenTime(String date, String beforeTime) {
        return new DateTimeFormatterBuilder().appendPattern(date).optionalStart().appendLiteral(beforeTime)
                .appendPattern("H:mm").optionalStart().appendPattern(":ss")
                .optionalStart().appendFraction(ChronoField.NANO_OF_SECOND, 1, 9, true).optionalEnd()
                .optionalEnd().optionalEnd().toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    }
}
