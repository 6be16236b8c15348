package org.summittimeline.ui.timeline;

import org.summittimeline.model.Event;
import org.summittimeline.query.TimelineQuery;
import org.summittimeline.ui.timeline.layout.LayoutEngine;
import org.summittimeline.ui.timeline.layout.Reveal;
import org.summittimeline.ui.timeline.layout.TimeViewport;

/**
 * Where the time viewport goes when the reader asks to see something: the whole timeline, a zoom that keeps the
 * selected event where it is, or just far enough sideways for the selected event's mark and title to show. The
 * skin draws; this only moves the view.
 */
final class ViewportMoves {
    private ViewportMoves() {
    }

    static void fit(TimelineView view) {
        TimelineQuery q = view.query();
        if (q == null || q.index().size() == 0) {
            return;
        }
        view.viewport().fit(q.index().first(), q.index().last());
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
    static int revealSelected(TimelineView view, LabelMeasure labels) {
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
        double x0 = bar ? xs : centre - LayoutEngine.MARK_WIDTH / 2;
        double x1 = bar ? xe : centre + LayoutEngine.MARK_WIDTH / 2;
        double shift = Reveal.shift(x0, x1, labels.width(e.title()), viewport.width());
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
