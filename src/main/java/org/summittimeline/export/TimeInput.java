package org.summittimeline.export;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.time.format.ResolverStyle;
import java.util.Locale;
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
