package org.summittimeline.format;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The years a timeline may hold, counted as in its time strings (ISO 8601: 0000 is 1 BCE, -0001 is 2 BCE), in UTC.
 * A file holds the years 1 to 9999 unless its top-level {@code "years"} states others: a timeline of the summit
 * that says 0218 meant 2018, while a history of Rome states {@code {"from": -800, "to": 600}} and may then reach
 * back. No file reaches past -9999 or 9999: the drawing code and java.time's text forms are tested within them.
 */
final class TimeRange {
    static final int EARLIEST_YEAR = -9999;
    static final int LATEST_YEAR = 9999;
    static final TimeRange DEFAULT = new TimeRange(1, LATEST_YEAR);
    static final TimeRange WIDEST = new TimeRange(EARLIEST_YEAR, LATEST_YEAR);
    private static final String WIDEST_TEXT = "the years -9999 to 9999 (UTC), the years a timeline can show";

    private final int from;
    private final int to;
    private final Instant start;
    private final Instant end;

    TimeRange(int from, int to) {
        this.from = from;
        this.to = to;
        this.start = LocalDate.of(from, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
        this.end = LocalDate.of(to, 12, 31).atTime(23, 59, 59).toInstant(ZoneOffset.UTC);
    }

    int from() {
        return from;
    }

    int to() {
        return to;
    }

    boolean contains(Instant t) {
        return !t.isBefore(start) && !t.isAfter(end);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimeRange r && r.from == from && r.to == to;
    }

    @Override
    public int hashCode() {
        return from * 31 + to;
    }

    /** Where a time outside this range lies, and what the writer of the file can do about it. */
    String outside() {
        if (equals(WIDEST)) {
            return WIDEST_TEXT;
        }
        if (equals(DEFAULT)) {
            return "the years 1 to 9999 (UTC) a timeline holds unless its \"years\" say otherwise";
        }
        return "the years " + from + " to " + to + " (UTC) this file's \"years\" allow";
    }

    /** What to do about a time outside this range. */
    String remedy() {
        return equals(DEFAULT) ? "check the year, or state the years the timeline covers, such as \"years\": "
                + "{\"from\": -800, \"to\": 600}" : "check the year";
    }
}
