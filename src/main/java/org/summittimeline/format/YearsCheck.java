package org.summittimeline.format;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Holds every time of a file to the years it may hold: 1 to 9999 unless its top-level {@code "years"} state others
 * (see {@link TimeRange}). The field may stand before or after the events in the stream: times read before it are
 * kept only when they could be outside (before year 1), plus the earliest and the latest, and judged once it is read.
 */
final class YearsCheck extends NodeChecks {
    /** Times before year 1: kept until the file's "years" tell whether they are allowed. */
    private final List<Beyond> beyondDefault = new ArrayList<>();
    private Beyond earliest;
    private Beyond latest;
    /** The file's years once read; null before. */
    private TimeRange range;

    private record Beyond(JsonNode.Str node, JsonPath path, Instant at) {
    }

    YearsCheck(List<Problem> problems, Suggestions suggestions) {
        super(problems, suggestions);
    }

    /** False, with the reason recorded, when {@code at} lies outside the file's years as known so far. */
    boolean admit(JsonNode.Str node, JsonPath path, Instant at) {
        if (range != null) {
            if (!range.contains(at)) {
                error(node, path, "\"" + node.value() + "\" lies outside " + range.outside() + "; " + range.remedy());
                return false;
            }
            return true;
        }
        // One record per time, so that the same time kept as an extreme and as beyond the default is one entry.
        Beyond here = null;
        if (!TimeRange.DEFAULT.contains(at)) {
            here = new Beyond(node.kept(), path, at);
            beyondDefault.add(here);
        }
        if (earliest == null || at.isBefore(earliest.at())) {
            here = here != null ? here : new Beyond(node.kept(), path, at);
            earliest = here;
        }
        if (latest == null || at.isAfter(latest.at())) {
            latest = here != null ? here : new Beyond(node.kept(), path, at);
        }
        return true;
    }

    /** Reads the "years" field: its range, judged against the times read so far and used for those that follow. */
    TimeRange read(JsonNode node) {
        TimeRange years = range(node);
        check(years);
        range = years;
        return years;
    }

    /** Reports the times read so far that lie outside {@code years}. */
    void check(TimeRange years) {
        List<Beyond> outside = new ArrayList<>();
        for (Beyond b : beyondDefault) {
            if (!years.contains(b.at())) {
                outside.add(b);
            }
        }
        // Narrower years than the default: of the times read before them only the extremes were kept, and if any
        // time lies outside, one of them does.
        for (Beyond b : new Beyond[] {earliest, latest}) {
            if (b != null && !years.contains(b.at()) && !outside.contains(b)) {
                outside.add(b);
            }
        }
        outside.sort(Comparator.comparingInt((Beyond b) -> b.node().line()).thenComparingInt(b -> b.node().column()));
        for (Beyond b : outside) {
            error(b.node(), b.path(), "\"" + b.node().value() + "\" lies outside " + years.outside() + "; "
                    + years.remedy());
        }
        beyondDefault.clear();
        earliest = null;
        latest = null;
    }

    /** The file's top-level "years": the years it may hold; the default, years 1 to 9999, when absent or unusable. */
    private TimeRange range(JsonNode node) {
        if (node == null) {
            return TimeRange.DEFAULT;
        }
        JsonPath path = JsonPath.ROOT.child("years");
        JsonNode.Obj o = object(node, path, "the years the timeline covers");
        if (o == null) {
            return TimeRange.DEFAULT;
        }
        unknownFields(o, path, FormatFields.YEARS);
        Integer from = year(o, path, "from");
        Integer to = year(o, path, "to");
        if (from == null || to == null) {
            return TimeRange.DEFAULT;
        }
        if (to < from) {
            error(o.get("to"), child(path, "to"), "the years end (" + to + ") before they begin (" + from
                    + "); \"to\" is the last year the timeline holds, so it is at least \"from\"");
            return TimeRange.DEFAULT;
        }
        return new TimeRange(from, to);
    }

    private Integer year(JsonNode.Obj o, JsonPath path, String field) {
        JsonNode n = o.get(field);
        if (n == null) {
            missing(o, path, field, "give the first and the last year, such as {\"from\": -800, \"to\": 600}");
            return null;
        }
        Long y = integer(n, child(path, field));
        if (y == null) {
            return null;
        }
        if (y < TimeRange.EARLIEST_YEAR || y > TimeRange.LATEST_YEAR) {
            error(n, child(path, field), "the year " + y + " lies outside -9999 to 9999, the years a timeline can "
                    + "show; write a year between them");
            return null;
        }
        return y.intValue();
    }
}
