package org.summittimeline.format;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Parses ISO-8601 times with an offset. The common shape, 2018-07-16T14:07[:05][.5](Z|+03:00), is read by hand:
 * java.time's general parser allocates a map per call and dominates the load of a large file. Anything else
 * goes to {@link OffsetDateTime#parse}, which also decides what is an error.
 */
final class IsoInstant {
    private IsoInstant() {
    }

    static Instant parse(String text) {
        Instant fast = fast(text);
        return fast != null ? fast : OffsetDateTime.parse(text).toInstant();
    }

    /** The offset from UTC a time that {@link #parse} read is written with, in seconds ("-04:00": -14,400). */
    static int offsetSeconds(String text) {
        int n = text.length();
        if (n > 0 && (text.charAt(n - 1) == 'Z' || text.charAt(n - 1) == 'z')) {
            return 0;
        }
        if (n >= 6 && (text.charAt(n - 6) == '+' || text.charAt(n - 6) == '-') && text.charAt(n - 3) == ':') {
            int hours = digits(text, n - 5, 2);
            int minutes = digits(text, n - 2, 2);
            if (hours >= 0 && minutes >= 0) {
                return (hours * 3600 + minutes * 60) * (text.charAt(n - 6) == '-' ? -1 : 1);
            }
        }
        return OffsetDateTime.parse(text).getOffset().getTotalSeconds();
    }

    /** True when the time is written to the second ("14:07:05"), false for minutes ("14:07"). */
    static boolean hasSeconds(String text) {
        int t = text.indexOf('T');
        return t >= 0 && text.length() > t + 6 && text.charAt(t + 6) == ':';
    }

    /** A part of a time written in the right shape but out of its range: where it starts, and what is wrong. */
    record Misfit(int index, String what) {
    }

    /**
     * What is out of range in a time of the common shape that {@link #parse} refused, as "July 2018 has no day 32"
     * said of the day; null when the shape itself is wrong (then the general advice on the shape is what helps).
     */
    static Misfit misfit(String s) {
        int n = s.length();
        boolean withSeconds = n > 16 && s.charAt(16) == ':';
        int offsetAt = withSeconds ? 19 : 16;
        if (!commonShape(s) || offsetAt >= n) {
            return null;
        }
        // One loop for the six parts: the fast reader's own lines, repeated here, drifted apart from them once.
        int[] at = {0, 5, 8, 11, 14, 17};
        int[] part = new int[6];
        for (int k = 0; k < (withSeconds ? 6 : 5); k++) {
            part[k] = digits(s, at[k], k == 0 ? 4 : 2);
            if (part[k] < 0) {
                return null;
            }
        }
        int year = part[0];
        int month = part[1];
        int day = part[2];
        int hour = part[3];
        int minute = part[4];
        int second = part[5];
        if (month < 1 || month > 12) {
            return new Misfit(5, "there is no month " + s.substring(5, 7) + "; months run from 01 to 12");
        }
        java.time.YearMonth ym = java.time.YearMonth.of(year, month);
        if (day < 1 || day > ym.lengthOfMonth()) {
            String name = ym.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH);
            return new Misfit(8, name + " " + year + " has no day " + s.substring(8, 10) + "; it has days 01 to "
                    + ym.lengthOfMonth());
        }
        if (hour > 23) {
            return new Misfit(11, "there is no hour " + s.substring(11, 13)
                    + "; hours run from 00 to 23, and midnight is T00:00 of the next day");
        }
        if (minute > 59) {
            return new Misfit(14, "there is no minute " + s.substring(14, 16) + "; minutes run from 00 to 59");
        }
        if (second > 59) {
            return new Misfit(17, "there is no second " + s.substring(17, 19) + "; seconds run from 00 to 59");
        }
        char sign = s.charAt(offsetAt);
        if ((sign == '+' || sign == '-') && offsetAt + 6 == n && s.charAt(offsetAt + 3) == ':') {
            int oh = digits(s, offsetAt + 1, 2);
            int om = digits(s, offsetAt + 4, 2);
            if (oh >= 0 && om > 59) {
                return new Misfit(offsetAt + 4, "the offset " + s.substring(offsetAt)
                        + " has no minute " + s.substring(offsetAt + 4) + "; minutes run from 00 to 59");
            }
            if (oh >= 0 && om >= 0 && (oh > 18 || (oh == 18 && om > 0))) {
                return new Misfit(offsetAt, "the offset " + s.substring(offsetAt)
                        + " does not exist; offsets from UTC run from -18:00 to +18:00");
            }
        }
        return null;
    }

    /** 2018-07-16T14:07 and more: the dashes, the 'T' and the colon where the common shape has them. */
    private static boolean commonShape(String s) {
        return s.length() >= 17 && s.charAt(4) == '-' && s.charAt(7) == '-' && s.charAt(10) == 'T'
                && s.charAt(13) == ':';
    }

    private static Instant fast(String s) {
        int n = s.length();
        if (!commonShape(s)) {
            return null;
        }
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 2);
        int day = digits(s, 8, 2);
        int hour = digits(s, 11, 2);
        int minute = digits(s, 14, 2);
        int second = 0;
        int i = 16;
        if (i < n && s.charAt(i) == ':') {
            second = digits(s, i + 1, 2);
            i += 3;
            if (i < n && s.charAt(i) == '.') {
                return null; // fractions are rare; the general parser handles them
            }
        }
        if (year < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59
                || second < 0 || second > 59 || i >= n) {
            return null;
        }
        int offsetSeconds;
        if (s.charAt(i) == 'Z' && i == n - 1) {
            offsetSeconds = 0;
        } else if ((s.charAt(i) == '+' || s.charAt(i) == '-') && i + 6 == n && s.charAt(i + 3) == ':') {
            int oh = digits(s, i + 1, 2);
            int om = digits(s, i + 4, 2);
            // Offsets end at 18 hours exactly; +18:30 is no offset and must not reach ZoneOffset, which throws.
            if (oh < 0 || oh > 18 || om < 0 || om > 59 || (oh == 18 && om > 0)) {
                return null;
            }
            offsetSeconds = (oh * 3600 + om * 60) * (s.charAt(i) == '-' ? -1 : 1);
        } else {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
        long epochSecond = date.toEpochDay() * 86_400L + hour * 3600L + minute * 60L + second - offsetSeconds;
        return Instant.ofEpochSecond(epochSecond);
    }

    private static int digits(String s, int from, int count) {
        if (from + count > s.length()) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
