package org.summittimeline.export;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.YearMonth;
import java.time.chrono.IsoChronology;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.text.ParsePosition;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A time a person types for the ends of an exported picture: "2018-07-16 14:00" or "2018-07-16T14:00" in the
 * timeline's zone, "2018-07-16" (the start of that day), or an ISO-8601 time with its offset
 * ("2018-07-16T14:00+03:00", "2018-07-16T11:00Z"). Typed in a dialog, also as the reader's language writes a date
 * in figures ("16.07.2018 14:00" in German, "16/07/2018 14:00" in British English); the command line keeps to ISO,
 * the same in every language, for scripts.
 */
public final class TimeInput {
    private TimeInput() {
    }

    /**
     * As {@link #parse(String, ZoneId)}, and also a date in figures in {@code locale}'s order, with or without a
     * clock time ("16.7.2018", "16.07.2018 14:00").
     */
    public static OptionalLong parse(String text, ZoneId zone, Locale locale) {
        OptionalLong iso = parse(text, zone);
        if (iso.isPresent()) {
            return iso;
        }
        String t = text.strip().replaceAll("\\s+", " ");
        String date = datePattern(locale, false);
        try {
            return OptionalLong.of(LocalDateTime.parse(t, strict(date + " H:mm")).atZone(zone).toEpochSecond());
        } catch (DateTimeParseException notWithClock) {
            // next form
        }
        try {
            return OptionalLong.of(LocalDate.parse(t, strict(date)).atStartOfDay(zone).toEpochSecond());
        } catch (DateTimeParseException notADate) {
            return OptionalLong.empty();
        }
    }

    /** {@code epochSecond} in {@code zone} as {@link #parse(String, ZoneId, Locale)} reads it back: "16.07.2018 14:00". */
    public static String format(long epochSecond, ZoneId zone, Locale locale) {
        return DateTimeFormatter.ofPattern(datePattern(locale, true) + " HH:mm", locale)
                .format(Instant.ofEpochSecond(epochSecond).atZone(zone));
    }

    /** {@code epochSecond} in {@code zone} in the ISO form every language reads: "2018-07-16 14:00". */
    public static String formatIso(long epochSecond, ZoneId zone) {
        return DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.ROOT).format(Instant.ofEpochSecond(epochSecond).atZone(zone));
    }

    /**
     * The language's short date with a four-figure year: its order and separator from CLDR ("dd.MM.yy" in German,
     * "dd/MM/y" in British English), two figures for day and month when written, one or two when read.
     */
    private static String datePattern(Locale locale, boolean written) {
        String shortDate = DateTimeFormatterBuilder.getLocalizedDateTimePattern(FormatStyle.SHORT, null,
                IsoChronology.INSTANCE, locale);
        return shortDate.replaceAll("[yu]+", "uuuu").replaceAll("d+", written ? "dd" : "d")
                .replaceAll("M+", written ? "MM" : "M");
    }

    private static DateTimeFormatter strict(String pattern) {
        return DateTimeFormatter.ofPattern(pattern, Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
    }

    /** A figure of a typed time outside its field's range: hour 25 (0 to 23), day 31 of June (1 to 30). */
    public record OutOfRange(ChronoField field, long value, long min, long max) {
    }

    /**
     * Why a text that {@link #parse(String, ZoneId, Locale)} refuses is not a time, when it has a time's shape:
     * the first figure out of its range. Empty when the text is a time, or not shaped like one.
     */
    public static Optional<OutOfRange> outOfRange(String text, Locale locale) {
        String spaced = text.strip().replaceAll("\\s+", " ");
        String date = datePattern(locale, false);
        List<TemporalAccessor> shapes = new ArrayList<>();
        for (DateTimeFormatter form : List.of(DateTimeFormatter.ISO_OFFSET_DATE_TIME, DateTimeFormatter.ISO_LOCAL_DATE_TIME,
                DateTimeFormatter.ISO_LOCAL_DATE)) {
            unresolved(form, spaced.replace(' ', 'T')).ifPresent(shapes::add);
        }
        for (String pattern : List.of(date + " H:mm", date)) {
            unresolved(strict(pattern), spaced).ifPresent(shapes::add);
        }
        for (TemporalAccessor shape : shapes) {
            for (ChronoField field : List.of(ChronoField.MONTH_OF_YEAR, ChronoField.DAY_OF_MONTH, ChronoField.HOUR_OF_DAY,
                    ChronoField.MINUTE_OF_HOUR, ChronoField.SECOND_OF_MINUTE)) {
                if (!shape.isSupported(field)) {
                    continue;
                }
                long value = shape.getLong(field);
                long max = field.range().getMaximum();
                if (field == ChronoField.DAY_OF_MONTH && shape.isSupported(ChronoField.YEAR)
                        && ChronoField.MONTH_OF_YEAR.range().isValidValue(shape.getLong(ChronoField.MONTH_OF_YEAR))
                        && ChronoField.YEAR.range().isValidValue(shape.getLong(ChronoField.YEAR))) {
                    max = YearMonth.of((int) shape.getLong(ChronoField.YEAR),
                            (int) shape.getLong(ChronoField.MONTH_OF_YEAR)).lengthOfMonth();
                }
                long min = field.range().getMinimum();
                if (value < min || value > max) {
                    return Optional.of(new OutOfRange(field, value, min, max));
                }
            }
        }
        return Optional.empty();
    }

    /** The fields {@code form} finds in the whole of {@code text}, their values not yet checked. */
    private static Optional<TemporalAccessor> unresolved(DateTimeFormatter form, String text) {
        ParsePosition at = new ParsePosition(0);
        TemporalAccessor fields;
        try {
            fields = form.parseUnresolved(text, at);
        } catch (DateTimeException offsetOutOfRange) {
            // "+25:00": the offset's parser checks its range as it reads; no field of ours to name
            return Optional.empty();
        }
        return fields == null || at.getErrorIndex() >= 0 || at.getIndex() != text.length() ? Optional.empty()
                : Optional.of(fields);
    }

    /** The epoch second, or empty when the text is not a time in any of those forms. */
    public static OptionalLong parse(String text, ZoneId zone) {
        String t = text.strip().replace(' ', 'T');
        try {
            return OptionalLong.of(OffsetDateTime.parse(t).toEpochSecond());
        } catch (DateTimeParseException notWithOffset) {
            // next form
        }
        try {
            return OptionalLong.of(LocalDateTime.parse(t).atZone(zone).toEpochSecond());
        } catch (DateTimeParseException notLocal) {
            // next form
        }
        try {
            return OptionalLong.of(LocalDate.parse(t).atStartOfDay(zone).toEpochSecond());
        } catch (DateTimeException notADate) {
            return OptionalLong.empty();
        }
    }
}
