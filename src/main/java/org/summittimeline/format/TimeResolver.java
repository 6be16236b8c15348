package org.summittimeline.format;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.summittimeline.model.Anchor;
import org.summittimeline.model.Event;
import org.summittimeline.model.TimeBound;

/**
 * Resolves relative times against their anchor events, in whatever order the file lists them, and reports
 * references to missing events, anchors on an end that does not exist, cycles, and ends before starts.
 */
final class TimeResolver extends NodeChecks {
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mmxxx");

    private final ZoneId zone;
    private final IdTable draftIds = new IdTable();
    private List<TimelineBinder.EventDraft> drafts = List.of();
    private final Map<String, TimeBound> resolved = new HashMap<>();
    /** Time points being resolved right now; meeting one again means the references go round in a circle. */
    private final LinkedHashSet<String> inProgress = new LinkedHashSet<>();
    private final Map<String, Boolean> failed = new HashMap<>();

    TimeResolver(List<Problem> problems, ZoneId zone) {
        super(problems);
        this.zone = zone;
    }

    List<Event> resolve(List<TimelineBinder.EventDraft> events) {
        drafts = events;
        for (int i = 0; i < events.size(); i++) {
            if (events.get(i).id() != null) {
                draftIds.putIfAbsent(events.get(i).id(), i);
            }
        }
        List<Event> out = new ArrayList<>();
        for (TimelineBinder.EventDraft d : events) {
            TimeBound start = d.start() == null ? null : point(d, Anchor.Point.START);
            TimeBound end = d.end() == null ? null : point(d, Anchor.Point.END);
            if (start == null || (d.end() != null && end == null)) {
                continue;
            }
            if (end != null && end.latest().isBefore(start.earliest())) {
                JsonNode at = d.endAt();
                error(at, child(d.path(), "end"), "the end (" + show(end.latest()) + " at the latest) is before "
                        + "the start (" + show(start.earliest()) + " at the earliest); swap them or correct one");
                continue;
            }
            out.add(d.toEvent(start, end));
        }
        return out;
    }

    private TimeBound point(TimelineBinder.EventDraft d, Anchor.Point point) {
        TimeSpec direct = point == Anchor.Point.START ? d.start() : d.end();
        if (direct instanceof TimeSpec.Fixed fixed) {
            return fixed.bound();
        }
        String key = d.id() + (point == Anchor.Point.START ? ".start" : ".end");
        TimeBound done = resolved.get(key);
        if (done != null || failed.containsKey(key)) {
            return done;
        }
        TimeSpec spec = point == Anchor.Point.START ? d.start() : d.end();
        TimeBound bound;
        if (spec instanceof TimeSpec.Fixed f) {
            bound = f.bound();
        } else if (spec instanceof TimeSpec.Relative r) {
            if (!inProgress.add(key)) {
                reportCycle(key, r);
                failed.put(key, true);
                return null;
            }
            bound = relative(r);
            inProgress.remove(key);
        } else {
            bound = null;
        }
        if (bound == null) {
            failed.put(key, true);
        } else {
            resolved.put(key, bound);
        }
        return bound;
    }

    private TimeBound relative(TimeSpec.Relative r) {
        int position = r.eventId() == null ? -1 : draftIds.positionOf(r.eventId());
        TimelineBinder.EventDraft anchor = position < 0 ? null : drafts.get(position);
        if (anchor == null) {
            String guess = closest(r.eventId(), draftIds.ids());
            error(r.at(), r.path(), "no event has the id \"" + r.eventId() + "\" to count this time from"
                    + (guess != null ? "; did you mean \"" + guess + "\"?" : ""));
            return null;
        }
        if (r.point() == Anchor.Point.END && anchor.end() == null) {
            error(r.at(), r.path(), "the event \"" + r.eventId() + "\" has no end to count from; "
                    + "use \"point\": \"start\" or give that event an end");
            return null;
        }
        if (anchor.start() == null) {
            return null;
        }
        TimeBound base = point(anchor, r.point());
        if (base == null) {
            return null;
        }
        Anchor link = new Anchor(r.eventId(), r.point(), r.earliestOffset(), r.latestOffset());
        java.time.Instant earliest = base.earliest().plus(r.earliestOffset());
        java.time.Instant latest = base.latest().plus(r.latestOffset());
        // Clock-time limits narrow the bounds the anchor gives; both must hold, so the result is the overlap.
        java.time.Instant from = r.notBefore() != null && r.notBefore().isAfter(earliest) ? r.notBefore() : earliest;
        java.time.Instant to = r.notAfter() != null && r.notAfter().isBefore(latest) ? r.notAfter() : latest;
        if (to.isBefore(from)) {
            error(r.node(), r.nodePath(), "counted from \"" + r.eventId() + "\" this time lies between "
                    + show(earliest) + " and " + show(latest) + ", which its clock-time limits ("
                    + (r.notBefore() == null ? "" : "not before " + show(r.notBefore()))
                    + (r.notBefore() != null && r.notAfter() != null ? ", " : "")
                    + (r.notAfter() == null ? "" : "not after " + show(r.notAfter()))
                    + ") exclude; correct the offsets or the limits");
            return null;
        }
        return new TimeBound(from, to, r.precision(), r.phrase(), link, List.of(), r.sources());
    }

    private void reportCycle(String key, TimeSpec.Relative r) {
        List<String> chain = new ArrayList<>();
        boolean inCycle = false;
        for (String k : inProgress) {
            inCycle |= k.equals(key);
            if (inCycle) {
                chain.add(k);
            }
        }
        chain.add(key);
        error(r.at(), r.path(), "relative times form a cycle: " + String.join(" \u2192 ", chain)
                + "; anchor one of them to a clock time");
    }

    private String show(java.time.Instant instant) {
        return SHOWN.format(instant.atZone(zone).toOffsetDateTime());
    }
}
