package org.summittimeline.format;

import java.time.Instant;

/**
 * The times a timeline may hold: years 1 to 9999 (UTC). Outside them java.time and the drawing code run out of
 * range (Instant's edges, year 0 as a black bar), so the loader refuses such times where they are written.
 */
final class TimeRange {
    static final Instant MIN = Instant.parse("0001-01-01T00:00:00Z");
    static final Instant MAX = Instant.parse("9999-12-31T23:59:59Z");
    static final String SHOWN_RANGE = "the years 1 to 9999";

    private TimeRange() {
    }

    static boolean contains(Instant t) {
        return !t.isBefore(MIN) && !t.isAfter(MAX);
    }
}
