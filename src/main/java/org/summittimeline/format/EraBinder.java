package org.summittimeline.format;

import java.time.Instant;
import java.util.List;
import org.summittimeline.model.Era;

/** Reads the optional top-level {@code eras}: named stretches of time drawn as bands behind the events. */
final class EraBinder extends NodeChecks {
    private final ValueReaders values;

    EraBinder(List<Problem> problems, Suggestions suggestions, ValueReaders values) {
        super(problems, suggestions);
        this.values = values;
    }

    /** The era, or null when it cannot be drawn; the reason is then recorded. */
    Era era(JsonNode.Obj o, JsonPath path, TimeBinder times) {
        unknownFields(o, path, FormatFields.ERA);
        String title = string(o, path, "title", true);
        Instant start = instant(o, path, "start", times);
        Instant end = instant(o, path, "end", times);
        String colour = values.colour(o, path);
        if (start != null && end != null && end.isBefore(start)) {
            error(o.get("end"), child(path, "end"), "the era ends before it starts; swap \"start\" and \"end\"");
            return null;
        }
        return title == null || start == null || end == null ? null : new Era(title, start, end, colour);
    }

    private Instant instant(JsonNode.Obj o, JsonPath path, String field, TimeBinder times) {
        JsonNode n = o.get(field);
        if (n == null) {
            missing(o, path, field, "an era needs a \"start\" and an \"end\", such as \"1939-09-01T00:00Z\"");
            return null;
        }
        if (n instanceof JsonNode.Str s) {
            return times.instant(s, child(path, field));
        }
        error(n, child(path, field), "expected an ISO-8601 time in quotation marks, found " + n.describe());
        return null;
    }
}
