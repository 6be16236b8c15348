package org.summittimeline.query;

import org.summittimeline.model.Event;

/** Stepping through a timeline's shown events in time order: from the selected event, or into a view. */
public final class EventSteps {
    private final TimelineQuery q;

    EventSteps(TimelineQuery q) {
        this.q = q;
    }

    /**
     * The shown event {@code step} places from {@code selected} in time order; from no selection, the first shown
     * event for a step forward and the last for a step back. Null when there is none.
     */
    public Event from(Event selected, QueryResult shown, int step) {
        QueryResult within = shown == null ? QueryResult.all(q.timeline()) : shown;
        int at = selected == null ? (step > 0 ? -1 : q.timeline().events().size()) : q.positionOf(selected.id());
        int next = within.nextShown(at, step);
        return next < 0 ? null : q.timeline().events().get(next);
    }

    /**
     * The shown event a first step takes from a view of [{@code start}, {@code end}] with nothing selected: forward,
     * the first that starts in it or after it; back, the last that starts in it or before it; with none that way,
     * the shown event nearest the view on the other side. Null when none is shown.
     */
    public Event into(long start, long end, QueryResult shown, int step) {
        QueryResult within = shown == null || !shown.isOf(q.timeline()) ? QueryResult.all(q.timeline()) : shown;
        int direction = step > 0 ? 1 : -1;
        int at = direction > 0 ? q.index().firstStartingAtOrAfter(start) - 1 : q.index().firstStartingAtOrAfter(end + 1);
        int next = within.nextShown(at, direction);
        return next >= 0 ? q.timeline().events().get(next) : from(null, within, -direction);
    }
}
