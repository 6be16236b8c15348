package org.summittimeline.format;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import org.summittimeline.model.Precision;

/**
 * A TimelineJS date (year, month, day, hour, minute, second, millisecond; numbers or numeric strings) as bounds
 * in our terms. The finest part given sets the precision: a year or a month is the bounds of that year or month
 * (we do not know the day), a day or finer is that moment with the precision of its finest part.
 */
final class TimelineJsDate {
    /** The parts in order, as TimelineJS names them in JSON. */
    static final List<String> PARTS = List.of("year", "month", "day", "hour", "minute", "second", "millisecond");
    private static final int[] MIN = {Integer.MIN_VALUE, 1, 1, 0, 0, 0, 0};
    private static final int[] MAX = {Integer.MAX_VALUE, 12, 31, 23, 59, 59, 999};
    /** The years java.time can count (LocalDate's range); a cosmological year lies beyond them. */
    private static final long JAVA_YEARS = 999_999_999L;
    private static final long LAST_YEAR = TimeRange.LATEST_YEAR;

    /** The date read: its bounds and precision, or why it cannot be shown. */
    record Read(Instant earliest, Instant latest, Precision precision, String problem) {
        boolean ok() {
            return problem == null;
        }

        static Read failed(String problem) {
            return new Read(null, null, null, problem);
        }
    }

    /** Names a part in messages the way the reader sees it: "start_date.month", or the column "Month". */
    interface Labels {
        String of(int part);
    }

    private TimelineJsDate() {
    }

    /**
     * @param parts the seven parts in {@link #PARTS} order, each the text written (a number's literal) or null
     */
    static Read read(String[] parts, Labels labels) {
        long[] value = new long[PARTS.size()];
        int finest = -1;
        for (int i = 0; i < parts.length; i++) {
            String text = parts[i] == null ? "" : parts[i].strip();
            if (text.isEmpty()) {
                continue;
            }
            if (finest != i - 1) {
                return Read.failed("\"" + labels.of(i) + "\" is given without \"" + labels.of(finest + 1)
                        + "\"; give every part from the year down to the finest one");
            }
            Long n = i == 1 ? month(text) : number(text);
            if (n == null) {
                return Read.failed("\"" + labels.of(i) + "\" is \"" + text + "\"; write " + (i == 1
                        ? "a month from 1 to 12 or its English name" : i == 0 ? "a whole year, such as 1969 or -500"
                        : "a whole number from " + MIN[i] + " to " + MAX[i]));
            }
            if (i == 0 && Math.abs(n) > JAVA_YEARS) {
                return Read.failed("the year " + text + " lies beyond the years "
                        + "Java can count (about \u00b11 billion), far outside the years -10000 to 9999 a timeline shows");
            }
            if (i > 0 && (n < MIN[i] || n > MAX[i])) {
                return Read.failed("\"" + labels.of(i) + "\" is " + text + "; it runs from " + MIN[i] + " to " + MAX[i]);
            }
            value[i] = n;
            finest = i;
        }
        if (finest < 0) {
            return Read.failed("the date has no \"" + labels.of(0) + "\"; every date needs at least its year");
        }
        long year = value[0];
        if (year == 0) {
            return Read.failed("the year 0 does not exist: 1 BCE, written -1, is followed by 1 CE, written 1");
        }
        if (year < -LAST_YEAR - 1 || year > LAST_YEAR) {
            return Read.failed("the year " + year + " lies outside the years -10000 (10000 BCE) to 9999, the "
                    + "years a timeline can show");
        }
        // TimelineJS shows -44 as "44 BCE"; java.time counts as ISO 8601 does, with a year 0 that is 1 BCE.
        int y = (int) (year < 0 ? year + 1 : year);
        if (finest == 0) {
            return span(LocalDateTime.of(y, 1, 1, 0, 0), LocalDateTime.of(y, 12, 31, 23, 59, 59));
        }
        int m = (int) value[1];
        if (finest == 1) {
            YearMonth ym = YearMonth.of(y, m);
            return span(ym.atDay(1).atStartOfDay(), ym.atEndOfMonth().atTime(23, 59, 59));
        }
        int d = (int) value[2];
        if (d > YearMonth.of(y, m).lengthOfMonth()) {
            return Read.failed("\"" + labels.of(2) + "\" is " + d + ", but " + Month.of(m).getDisplayName(TextStyle.FULL,
                    Locale.ENGLISH) + " " + year + " has " + YearMonth.of(y, m).lengthOfMonth() + " days");
        }
        LocalDateTime at = LocalDateTime.of(y, m, d, (int) value[3], (int) value[4], (int) value[5],
                (int) value[6] * 1_000_000);
        Precision precision = finest == 2 ? Precision.DAY : finest == 3 ? Precision.HOUR
                : finest == 4 ? Precision.MINUTE : Precision.SECOND;
        Instant instant = at.toInstant(ZoneOffset.UTC);
        return new Read(instant, instant, precision, null);
    }

    private static Read span(LocalDateTime from, LocalDateTime to) {
        return new Read(from.toInstant(ZoneOffset.UTC), to.toInstant(ZoneOffset.UTC), Precision.DAY, null);
    }

    /** A whole number written as a number or as text ("1969", "-500", "7.0", "-1.38e10"); null when it is none. */
    static Long number(String text) {
        try {
            BigDecimal d = new BigDecimal(text.strip());
            BigDecimal whole = d.stripTrailingZeros();
            if (whole.scale() > 0) {
                return null;
            }
            // Beyond a long it is beyond every range checked later; the sign keeps the message right.
            return whole.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE / 2)) > 0
                    ? (whole.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2) : whole.longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    /** A month as a number or its English name or abbreviation ("7", "July", "Jul"); null when it is none. */
    private static Long month(String text) {
        Long n = number(text);
        if (n != null) {
            return n;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (Month m : Month.values()) {
            String name = m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (t.length() >= 3 && name.startsWith(t.endsWith(".") ? t.substring(0, t.length() - 1) : t)) {
                return (long) m.getValue();
            }
        }
        return null;
    }
}
