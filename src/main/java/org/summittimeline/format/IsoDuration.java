package org.summittimeline.format;

import java.time.Duration;

/**
 * Parses ISO-8601 durations. The shape relative times are written in, [-]PT[nH][nM][nS] in whole numbers
 * ("-PT15M"), is read by hand: {@link Duration#parse} matches a regular expression and sums the parts in
 * {@code BigDecimal}, and while a large file's load was still cold that cost about as much as every other check
 * of a relative time together (PERFORMANCE.md, session 27). Anything else goes to {@link Duration#parse}, which
 * also decides what is an error.
 */
final class IsoDuration {
    /** Digits a part may have to be read by hand: nine cannot overflow a long however the parts add up. */
    private static final int MAX_DIGITS = 9;

    private IsoDuration() {
    }

    /** The duration, or a {@link java.time.format.DateTimeParseException} as {@link Duration#parse} throws it. */
    static Duration parse(String text) {
        Duration fast = fast(text);
        return fast != null ? fast : Duration.parse(text);
    }

    private static Duration fast(String s) {
        int n = s.length();
        int i = n > 0 && s.charAt(0) == '-' ? 1 : 0;
        boolean negative = i == 1;
        if (n < i + 4 || s.charAt(i) != 'P' || s.charAt(i + 1) != 'T') {
            return null;
        }
        i += 2;
        long seconds = 0;
        // The letters each part may end with, in the order they must come; each at most once.
        String units = "HMS";
        int unit = 0;
        while (i < n) {
            int start = i;
            long value = 0;
            while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                value = value * 10 + (s.charAt(i) - '0');
                i++;
            }
            if (i == start || i - start > MAX_DIGITS || i == n) {
                return null;
            }
            int found = units.indexOf(s.charAt(i), unit);
            if (found < 0) {
                return null;
            }
            seconds += value * (found == 0 ? 3600 : found == 1 ? 60 : 1);
            unit = found + 1;
            i++;
        }
        return Duration.ofSeconds(negative ? -seconds : seconds);
    }
}
