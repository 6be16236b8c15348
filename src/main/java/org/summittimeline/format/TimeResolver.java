package org.summittimeline.format;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.summittimeline.model.Anchor;
import org.summittimeline.model.Event;
import org.summittimeline.model.TimeBound;

/**
 * Resolves relative times against their anchor events, in whatever order the file lists them, and reports
 * references to missing events, anchors on an end that does not exist, cycles, ends before starts, and
 * offsets that carry a time outside the years a timeline can show. Chains are followed with a stack of
 * their own, not by recursion, so a chain of any length cannot overflow the thread's stack.
 */
final class TimeResolver extends NodeChecks {

    private final ZoneId zone;
    /** Filled at the first relative time: most large files have none, and the table was a tenth of their load. */
    private IdTable draftIds;
    private EventDrafts drafts = new EventDrafts();
    private final Map<String, TimeBound> resolved = new HashMap<>();
    /** Time points being resolved right now, in chain order; meeting one again means a circle. */
    private final LinkedHashSet<String> inProgress = new LinkedHashSet<>();
    private final Map<String, Boolean> failed = new HashMap<>();

    /** One time point waiting on the stack for its anchor. */
    private record Pending(EventBinder.EventDraft draft, Anchor.Point point, String key) {
    }

    private final TimeRange range;

    TimeResolver(List<Problem> problems, ZoneId zone, Suggestions suggestions, TimeRange range) {
        super(problems, suggestions);
        this.zone = zone;
        this.range = range;
    }

    /** {@code ids}: each draft's id with its position in {@code events}, when known already; else null. */
    List<Event> resolve(EventDrafts events, IdTable ids) {
        drafts = events;
        draftIds = ids;
        List<Event> out = new ArrayList<>(events.size());
        for (int i = 0; i < events.size(); i++) {
            Event ready = events.ready(i);
            if (ready != null) {
                out.add(ready);
                continue;
            }
            EventBinder.EventDraft d = events.draft(i);
            TimeBound start = d.start() == null ? null : point(d, Anchor.Point.START);
            TimeBound end = d.end() == null ? null : point(d, Anchor.Point.END);
            if (start == null || (d.end() != null && end == null)) {
                continue;
            }
            if (end != null && EventBinder.endsBeforeStart(start, end)) {
                JsonNode at = d.endAt();
                error(at, child(d.path(), "end"), "the end (" + show(end.latest()) + " at the latest) is before "
                        + "the start (" + show(start.earliest()) + " at the earliest); swap them or correct one");
                continue;
            }
            out.add(d.toEvent(start, end));
        }
        return out;
    }

    private static TimeSpec spec(EventBinder.EventDraft d, Anchor.Point point) {
        return point == Anchor.Point.START ? d.start() : d.end();
    }

    private static String key(EventBinder.EventDraft d, Anchor.Point point) {
        return d.id() + (point == Anchor.Point.START ? ".start" : ".end");
    }

    /** True when the point's bound is settled: a clock time, resolved, or failed. */
    private boolean settled(EventBinder.EventDraft d, Anchor.Point point) {
        TimeSpec spec = spec(d, point);
        if (!(spec instanceof TimeSpec.Relative)) {
            return true;
        }
        String key = key(d, point);
        return resolved.containsKey(key) || failed.containsKey(key);
    }

    /** The bound of a settled point; null when it failed. */
    private TimeBound settledBound(EventBinder.EventDraft d, Anchor.Point point) {
        TimeSpec spec = spec(d, point);
        if (spec instanceof TimeSpec.Fixed fixed) {
            return fixed.bound();
        }
        return spec == null ? null : resolved.get(key(d, point));
    }

    private TimeBound point(EventBinder.EventDraft first, Anchor.Point firstPoint) {
        if (settled(first, firstPoint)) {
            return settledBound(first, firstPoint);
        }
        Deque<Pending> stack = new ArrayDeque<>();
        stack.push(new Pending(first, firstPoint, key(first, firstPoint)));
        inProgress.add(stack.peek().key());
        while (!stack.isEmpty()) {
            Pending p = stack.peek();
            if (settled(p.draft(), p.point())) {
                finish(stack);
                continue;
            }
            TimeSpec.Relative r = (TimeSpec.Relative) spec(p.draft(), p.point());
            Object anchored = anchor(r);
            if (anchored == null) {
                failed.put(p.key(), true);
                finish(stack);
                continue;
            }
            EventBinder.EventDraft anchor = anchored instanceof EventBinder.EventDraft d ? d : null;
            if (anchor == null || settled(anchor, r.point())) {
                Event ready = anchor == null ? (Event) anchored : null;
                TimeBound base = ready == null ? settledBound(anchor, r.point())
                        : r.point() == Anchor.Point.START ? ready.start() : ready.end();
                TimeBound bound = base == null ? null : fromAnchor(r, base);
                if (bound == null) {
                    failed.put(p.key(), true);
                } else {
                    resolved.put(p.key(), bound);
                }
                finish(stack);
                continue;
            }
            String anchorKey = key(anchor, r.point());
            if (inProgress.contains(anchorKey)) {
                reportCycle(anchorKey, (TimeSpec.Relative) spec(anchor, r.point()));
                failed.put(anchorKey, true);
                continue;
            }
            inProgress.add(anchorKey);
            stack.push(new Pending(anchor, r.point(), anchorKey));
        }
        return settledBound(first, firstPoint);
    }

    private void finish(Deque<Pending> stack) {
        inProgress.remove(stack.pop().key());
    }

    /**
     * The event a relative time counts from — its {@link Event} when its times were settled as it was read, else
     * its draft; null (with the reason recorded, if any) when it cannot.
     */
    private Object anchor(TimeSpec.Relative r) {
        indexDrafts();
        int position = r.eventId() == null ? -1 : draftIds.positionOf(r.eventId());
        if (position < 0) {
            String guess = closest(r.eventId(), draftIds.ids());
            error(r.at(), r.path(), "no event has the id \"" + r.eventId() + "\" to count this time from"
                    + (guess != null ? "; did you mean \"" + guess + "\"?" : ""));
            return null;
        }
        if (r.point() == Anchor.Point.END && !drafts.hasEnd(position)) {
            error(r.at(), r.path(), "the event \"" + r.eventId() + "\" has no end to count from; "
                    + "use \"point\": \"start\" or give that event an end");
            return null;
        }
        Event ready = drafts.ready(position);
        if (ready != null) {
            return ready;
        }
        EventBinder.EventDraft anchor = drafts.draft(position);
        return anchor.start() == null ? null : anchor;
    }

    private void indexDrafts() {
        if (draftIds != null) {
            return;
        }
        draftIds = new IdTable();
        for (int i = 0; i < drafts.size(); i++) {
            if (drafts.id(i) != null) {
                draftIds.putIfAbsent(drafts.id(i), i);
            }
        }
    }

    private TimeBound fromAnchor(TimeSpec.Relative r, TimeBound base) {
        Anchor link = new Anchor(r.eventId(), r.point(), r.earliestOffset(), r.latestOffset());
        Instant earliest = plus(base.earliest(), r.earliestOffset(), range);
        Instant latest = plus(base.latest(), r.latestOffset(), range);
        if (earliest == null || latest == null) {
            error(r.node(), r.nodePath(), "counted from \"" + r.eventId() + "\" with these offsets this time falls "
                    + "outside " + range.outside() + "; correct the offsets");
            return null;
        }
        // Clock-time limits narrow the bounds the anchor gives; both must hold, so the result is the overlap.
        Instant from = r.notBefore() != null && r.notBefore().isAfter(earliest) ? r.notBefore() : earliest;
        Instant to = r.notAfter() != null && r.notAfter().isBefore(latest) ? r.notAfter() : latest;
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

    /** {@code base} moved by {@code offset}; null when that leaves the range a timeline can show. */
    private static Instant plus(Instant base, Duration offset, TimeRange range) {
        try {
            Instant moved = base.plus(offset);
            return range.contains(moved) ? moved : null;
        } catch (DateTimeException | ArithmeticException e) {
            return null;
        }
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

    private String show(Instant instant) {
        return InstantReader.show(instant, zone);
    }
}
