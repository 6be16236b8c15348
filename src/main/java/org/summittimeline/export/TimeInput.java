package org.summittimeline.export;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.OptionalLong;

/**
 * A time a person types for the ends of an exported picture: "2018-07-16 14:00" or "2018-07-16T14:00" in the
 * timeline's zone, "2018-07-16" (the start of that day), or an ISO-8601 time with its offset
 * ("2018-07-16T14:00+03:00", "2018-07-16T11:00Z").
 */
public final class TimeInput {
    private TimeInput() {
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
