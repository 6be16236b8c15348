package org.summittimeline.ui.timeline;

import java.util.function.IntPredicate;
import javafx.scene.paint.Color;
import org.summittimeline.query.QueryResult;
import org.summittimeline.query.TimelineQuery;
import org.summittimeline.ui.timeline.layout.LaneMode;
import org.summittimeline.ui.timeline.layout.Lanes;
import org.summittimeline.ui.timeline.layout.LayoutEngine;
import org.summittimeline.ui.timeline.layout.PreparedLayout;

/**
 * The lanes the timeline shows, their colours, and the per-event tests of the result they were made for. The
 * lanes are made again only when the query, the lane mode or the shown events change: at a million events each
 * making is a pass over every event. The tests stay one instance per result, since the layout keeps its counts
 * for as long as it is given the same test.
 */
final class ShownLanes {
    private Lanes lanes;
    private Color[] colours = new Color[0];
    /**
     * A new timeline arrived and its result may not have yet: the lanes are counted at the next layout or when
     * the result comes, whichever is first, so that a million events are counted once, not once for each.
     */
    private boolean stale;
    private QueryResult shownFrom;
    private IntPredicate shown;
    private QueryResult matchingFrom;
    private IntPredicate matching;

    void markStale() {
        stale = true;
    }

    boolean isStale() {
        return stale;
    }

    /** The result the lanes were made for: until the next {@link #rebuild}, the one before a change. */
    QueryResult madeFor() {
        return shownFrom;
    }

    /** Whether {@code result} shows other events than the lanes were made for (or none were made since a new query). */
    boolean changedBy(QueryResult result) {
        return stale || result == null || !result.showsSameEventsAs(shownFrom);
    }

    /**
     * Makes the lanes of the view's query, lane mode and result: those made while the file was read when they fit
     * and every event is shown (the engine adopts their counts), else counted here.
     */
    void rebuild(TimelineView view, LayoutEngine engine) {
        TimelineQuery q = view.query();
        stale = false;
        LaneMode mode = view.laneModeProperty().get();
        PreparedLayout prepared = view.preparedLayout();
        QueryResult result = view.result();
        // Asked either way: it remembers which result the lanes were made for, which the next result is compared with.
        IntPredicate shownNow = shown(result);
        if (q != null && prepared != null && prepared.fits(q, mode) && result != null && result.showsEveryEvent()) {
            // The counts go with these very lanes, which the layout compares by identity.
            lanes = prepared.lanes();
            engine.adopt(prepared);
        } else {
            lanes = q == null ? null : Lanes.of(q, mode, shownNow);
        }
        colours = LanePainter.colours(lanes);
    }

    Lanes lanes() {
        return lanes;
    }

    Color[] colours() {
        return colours;
    }

    /** Which events {@code result} shows (null: every one); the same test while the shown events stay the same. */
    IntPredicate shown(QueryResult result) {
        if (result == null) {
            shown = null;
        } else if (!result.showsSameEventsAs(shownFrom)) {
            shown = result::isEventShown;
        }
        shownFrom = result;
        return shown;
    }

    /** Which shown events match {@code result}'s search. */
    IntPredicate matching(QueryResult result) {
        if (matchingFrom != result) {
            matchingFrom = result;
            matching = i -> result.isEventShown(i) && result.eventMatches(i);
        }
        return matching;
    }
}
