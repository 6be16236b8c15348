package org.summittimeline.ui.timeline;

import org.summittimeline.model.Event;
import org.summittimeline.query.QueryResult;
import org.summittimeline.query.TimeIndex;
import org.summittimeline.query.TimelineQuery;
import org.summittimeline.ui.timeline.layout.LayoutEngine;
import org.summittimeline.ui.timeline.layout.MarkSizes;
import org.summittimeline.ui.timeline.layout.Reveal;
import org.summittimeline.ui.timeline.layout.TimeViewport;

/**
 * Where the time viewport goes when the reader asks to see something: the whole timeline, a zoom that keeps the
 * selected event where it is, or just far enough sideways for the selected event's mark and title to show. The
 * skin draws; this only moves the view.
 */
final class ViewportMoves {
    /**
     * The least stretch of time a filter's events are shown in: at a closer zoom the axis counts minutes, and an
     * event without a neighbour in view loses its sense of the day.
     */
    static final long MIN_SHOWN_SPAN = 3_600;

    private ViewportMoves() {
    }

    /**
     * Fits the whole timeline; with a filter on, the events it shows (the zoom-out limit stays the whole timeline's,
     * so clearing the filter and zooming out still reaches every event).
     */
    static void fit(TimelineView view, LabelMeasure labels, MarkSizes sizes) {
        TimelineQuery q = view.query();
        if (q == null || q.index().size() == 0) {
            return;
        }
        long[] shown = filteredExtent(view);
        if (shown == null) {
            view.viewport().fit(q.index().first(), q.index().last());
        } else {
            showFilteredEvents(view, labels, sizes, shown);
        }
    }

    /**
     * After a filter changed which events show: when none of them is in view, shows them all, so that a filter
     * never leaves the reader an empty timeline with its events out of sight. A view that holds one of them
     * stays where it is, so ticking a category in and out does not throw away the reader's zoom. So does a view
     * that held none of the events shown {@code before} the change either: the reader went to an empty stretch on
     * purpose, and a filter is no reason to take them away from it. Returns whether it moved.
     */
    static boolean bringShownIntoView(TimelineView view, LabelMeasure labels, MarkSizes sizes, QueryResult before) {
        if (!filtering(view) || anyShownInView(view, view.result()) || lookingAwayFrom(view, before)) {
            return false;
        }
        showFilteredEvents(view, labels, sizes, filteredExtent(view));
        return true;
    }

    /**
     * Shows the filter's events, [from, to] in {@code shown}: their stretch of time, widened to a hundredth of the
     * whole timeline (and at least {@link #MIN_SHOWN_SPAN}), so that one event alone is shown among its hours, not
     * at the closest zoom. An event alone stands near the left with its title beside it when the title can fit
     * there: fitted to its own bounds, an uncertain moment's band or a span's bar filled the view, and the title
     * had nowhere to stand. A title too long for that leaves the event in the middle, a third of the view.
     */
    private static void showFilteredEvents(TimelineView view, LabelMeasure labels, MarkSizes sizes, long[] shown) {
        TimeIndex index = view.query().index();
        double leastSeconds = Math.max(MIN_SHOWN_SPAN, (index.last() - index.first()) / 100.0);
        TimeViewport viewport = view.viewport();
        double width = viewport.width();
        if (view.result().shownEventCount() > 1 || width <= 1) {
            double middle = (shown[0] + shown[1]) / 2.0;
            double half = Math.max(leastSeconds, shown[1] - shown[0]) / 2;
            viewport.show(middle - half, middle + half);
            return;
        }
        double seconds = shown[1] - shown[0];
        double lead = 2 * Reveal.MARGIN;
        double title = labels.width(index.event(view.result().nextShown(-1, 1)).title());
        double markRoom = Math.min(width / 3, Reveal.roomLeftOfTitle(width - lead, title, sizes.labelGap()));
        boolean beside = markRoom >= width / 8;
        double secondsPerPixel = Math.max(seconds / (beside ? markRoom : width / 3), leastSeconds / width);
        double start = beside ? shown[0] - lead * secondsPerPixel
                : (shown[0] + shown[1]) / 2.0 - width * secondsPerPixel / 2;
        viewport.setView(start, secondsPerPixel);
    }

    /** Whether a filter holds some events back and shows at least one. */
    private static boolean filtering(TimelineView view) {
        TimelineQuery q = view.query();
        QueryResult r = view.result();
        return q != null && r != null && r.isOf(q.timeline()) && !r.showsEveryEvent() && r.shownEventCount() > 0;
    }

    /** The stretch of time the filter's events cover, or null when no filter is {@link #filtering}. */
    static long[] filteredExtent(TimelineView view) {
        if (!filtering(view)) {
            return null;
        }
        QueryResult r = view.result();
        TimeIndex index = view.query().index();
        // In start order, the first shown event starts first; any of them may end last.
        long from = index.startEarliest(r.nextShown(-1, 1));
        long to = Long.MIN_VALUE;
        for (int i = r.nextShown(-1, 1); i >= 0; i = r.nextShown(i, 1)) {
            to = Math.max(to, index.endLatest(i));
        }
        return new long[] {from, to};
    }

    private static boolean anyShownInView(TimelineView view, QueryResult r) {
        TimeViewport v = view.viewport();
        return view.query().index().anyIn((long) Math.floor(v.start()), (long) Math.ceil(v.end()), r::isEventShown);
    }

    /**
     * Whether the view held none of the events {@code before} showed, though it showed some, of this timeline; a
     * new time range is the reader asking for a stretch of time, which is no looking away to keep.
     */
    private static boolean lookingAwayFrom(TimelineView view, QueryResult before) {
        return before != null && before.isOf(view.query().timeline()) && before.shownEventCount() > 0
                && !view.result().rangeDiffersFrom(before) && !anyShownInView(view, before);
    }

    /**
     * Zooms around the selected event's mark while it is on screen, so that it stays where the reader looks; returns
     * whether it did (else it zoomed around the middle).
     */
    static boolean zoomAroundSelection(TimelineView view, double factor) {
        TimeViewport viewport = view.viewport();
        double x = viewport.width() / 2;
        Event selected = view.selectedEvent();
        if (selected != null && view.query() != null) {
            int i = view.query().positionOf(selected.id());
            double sx = viewport.xOf((view.query().index().startEarliest(i) + view.query().index().startLatest(i)) / 2.0);
            if (sx >= 0 && sx <= viewport.width()) {
                viewport.zoomAround(sx, factor);
                return true;
            }
        }
        viewport.zoomAround(x, factor);
        return false;
    }

    /**
     * Moves the view sideways only as far as needed for the selected event's mark and its title to show; never
     * zooms. Returns the event's position in time order, or -1 when nothing is selected.
     */
    static int revealSelected(TimelineView view, LabelMeasure labels, MarkSizes sizes) {
        Event e = view.selectedEvent();
        TimelineQuery q = view.query();
        if (e == null || q == null) {
            return -1;
        }
        int i = q.positionOf(e.id());
        TimeViewport viewport = view.viewport();
        double xs = viewport.xOf(q.index().startEarliest(i));
        double xe = viewport.xOf(q.index().endLatest(i));
        boolean bar = q.index().isRange(i) && xe - xs >= LayoutEngine.MIN_BAR;
        double centre = (xs + viewport.xOf(q.index().startLatest(i))) / 2;
        double x0 = bar ? xs : centre - sizes.markWidth() / 2;
        double x1 = bar ? xe : centre + sizes.markWidth() / 2;
        double shift = Reveal.withinData(Reveal.shift(x0, x1, labels.width(e.title()), viewport.width(), sizes.labelGap()), x0, x1,
                viewport.xOf(q.index().first()), viewport.xOf(q.index().last()), viewport.width());
        if (shift != 0) {
            viewport.setView(viewport.start() + shift * viewport.secondsPerPixel(), viewport.secondsPerPixel());
        }
        return i;
    }

    /**
     * Runs {@code widthChange}, which may narrow or widen the time area, and keeps the same stretch of time in view
     * across it: kept at its scale instead, a names' column grown with the type slid the timeline's last events out.
     */
    static void keepingSpan(TimeViewport viewport, Runnable widthChange) {
        double start = viewport.start();
        double end = viewport.end();
        boolean shown = viewport.width() > 1;
        widthChange.run();
        if (shown && viewport.width() > 1) {
            viewport.setView(start, (end - start) / viewport.width());
        }
    }
}
