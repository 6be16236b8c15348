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
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
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
    /** Ways a time is often written that are not ISO-8601 with an offset, each read to say what to write instead. */
    private static final DateTimeFormatter ISO_SPACED = dateThenTime("uuuu-MM-dd", "T");
    private static final DateTimeFormatter DOTTED = dateThenTime("d.M.uuuu", " ");
    private static final DateTimeFormatter YEAR_SLASHED = dateThenTime("uuuu/M/d", " ");
    private static final DateTimeFormatter MONTH_SLASHED = dateThenTime("M/d/uuuu", " ");
    private static final DateTimeFormatter DAY_SLASHED = dateThenTime("d/M/uuuu", " ");

    private final ZoneId zone;
    /** Whether each time lies in the years the file holds (see {@link YearsCheck}). */
    private final YearsCheck years;
    /** The offsets the file's times are written in, each once; the views offer the zones they stand for. */
    private final List<ZoneOffset> offsets = new ArrayList<>();
    /** The offset noted last: most times of a file share one, so most are passed over at once. */
    private int lastOffset = Integer.MIN_VALUE;

    InstantReader(List<Problem> problems, Suggestions suggestions, ZoneId zone) {
        super(problems, suggestions);
        this.years = new YearsCheck(problems, suggestions);
        this.zone = zone;
    }

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
        String candidate = text.trim();
        // Days before months (16.07.2018) and years first with slashes (2018/07/16) read one way only; days and months
        // with slashes (07/16/2018 or 16/07/2018) are read the way that exists, and when both do, both are offered.
        List<String> readings = new ArrayList<>();
        for (DateTimeFormatter way : List.of(ISO_SPACED, DOTTED, YEAR_SLASHED, MONTH_SLASHED, DAY_SLASHED)) {
            String reading = rewritten(way == ISO_SPACED ? candidate.replace(' ', 'T') : candidate, way);
            if (reading != null && !readings.contains(reading)) {
                readings.add(reading);
            }
        }
        if (readings.size() == 2) {
            return "the day and the month could be either way round: if the month comes first, " + readings.get(0)
                    + "; if the day does, " + readings.get(1);
        }
        if (!readings.isEmpty()) {
            return readings.get(0);
        }
        // The example in the file's own zone: the bundled file's +03:00 was wrong for a file kept in Berlin's.
        return "write it like " + SHOWN.format(LocalDateTime.of(2018, 7, 16, 14, 7).atZone(zone))
                + " (date, 'T', time, offset from UTC)";
    }

    /** What to write for {@code text} read {@code way}, or null when it does not read so. */
    private String rewritten(String text, DateTimeFormatter way) {
        try {
            TemporalAccessor read = way.parse(text);
            LocalDate date = LocalDate.from(read);
            if (read.isSupported(ChronoField.HOUR_OF_DAY)) {
                LocalDateTime local = LocalDateTime.from(read);
                OffsetDateTime fixed = local.atZone(zone).toOffsetDateTime();
                return "write " + (local.getSecond() == 0 ? SHOWN : SHOWN_SECONDS).format(fixed);
            }
            OffsetDateTime start = date.atStartOfDay(zone).toOffsetDateTime();
            OffsetDateTime end = date.atTime(23, 59).atZone(zone).toOffsetDateTime();
            return "a date alone is not a time; write bounds {\"earliest\": \"" + SHOWN.format(start)
                    + "\", \"latest\": \"" + SHOWN.format(end) + "\", \"precision\": \"day\"}";
        } catch (DateTimeException e) {
            // not written that way (or a time java.time cannot place in the zone)
            return null;
        }
    }

    /** A date, with a time of day after it or none: {@code date} then optionally a space and hours:minutes[:seconds]. */
    private static DateTimeFormatter dateThenTime(String date, String beforeTime) {
        return new DateTimeFormatterBuilder().appendPattern(date).optionalStart().appendLiteral(beforeTime)
                .appendPattern("H:mm").optionalStart().appendPattern(":ss").optionalEnd().optionalEnd()
                .toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    }
}
