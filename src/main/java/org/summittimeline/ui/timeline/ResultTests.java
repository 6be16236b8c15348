package org.summittimeline.ui.timeline;

import java.util.function.IntPredicate;
import org.summittimeline.query.QueryResult;

/**
 * The per-event tests of a query result that the layout asks, one instance per result: the layout keeps its
 * counts for as long as it is given the same test, so a new test each frame would count every event again.
 */
final class ResultTests {
    private QueryResult shownFrom;
    private IntPredicate shown;
    private QueryResult matchingFrom;
    private IntPredicate matching;

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

    /** The result the last {@link #shown} test was asked for, which the lanes were made for. */
    QueryResult shownFrom() {
        return shownFrom;
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
