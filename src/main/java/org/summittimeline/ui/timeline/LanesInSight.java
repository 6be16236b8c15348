package org.summittimeline.ui.timeline;

import java.util.List;
import org.summittimeline.query.QueryResult;
import org.summittimeline.ui.timeline.layout.PlacedLane;
import org.summittimeline.ui.timeline.layout.PlacedMark;
import org.summittimeline.ui.timeline.layout.TimelineLayout;

/**
 * Which lane the lane area scrolls to in the next frame, once: one whose cluster was just opened or whose name was
 * clicked, or, after the search changed, the topmost match where none of the matches in view stands in the lanes'
 * visible height. At 250 % on 720 lines one lane showed, and "interference" lit nothing there while the search
 * field said "2 events": the matches stood in lanes below, and nothing said so. Once per change of the search, not
 * of the result (a filter ticked, the time slider dragged, a reload), so that the reader's own scrolling is left
 * alone.
 */
final class LanesInSight {
    private int lane = -1;
    private boolean searchChanged;
    /** The words the last answered search was for. */
    private String lastSearch;

    /** Keeps {@code lane} in view in the next frame, whatever its height there. */
    void keep(int lane) {
        this.lane = lane;
    }

    /**
     * A new result: the next frame shows a match if it answers other words than the last search answered and none
     * is in sight. Results without a search leave those words as they are: a reload's first results come without the
     * search it then puts back (and a large file's while its words are indexed), and counted as a change, the
     * restored search had moved the lanes at every save of a watched file from where the reader had left them. The
     * same words searched again after clearing them leave the lanes alone too.
     */
    void resultChanged(QueryResult result) {
        if (result != null && result.isSearching()) {
            searchChanged |= !result.searched().equals(lastSearch);
            lastSearch = result.searched();
        }
    }

    /**
     * Scrolls {@code scroll} for the frame laid out as {@code layout}, whose marks {@code lit} are the search's
     * (null with no search), in a lane area {@code visible} pixels high.
     */
    void scroll(TimelineLayout layout, boolean[] lit, LaneScroll scroll, double visible) {
        if (lane >= 0 && lane < layout.lanes().size()) {
            PlacedLane l = layout.lanes().get(lane);
            scroll.reveal(l.top(), Math.min(l.bottom(), l.top() + visible), visible);
        } else if (searchChanged) {
            // Judged at the scroll this frame will have: lanes that grew shorter pull it back.
            scroll.fit(layout.contentHeight(), visible);
            PlacedMark match = firstMatchOutOfSight(layout, lit, scroll.value(), visible);
            if (match != null) {
                // The match's row, with its lane's name above it where both fit: a lane taller than the area
                // (under a relative time's strip) had been shown from its top, the match still below.
                double top = layout.lanes().get(match.lane()).top();
                double foot = match.y() + layout.rowHeight() / 2;
                scroll.reveal(foot - top <= visible ? top : match.y() - layout.rowHeight() / 2, foot, visible,
                        LaneScroll.stops(layout));
            }
        }
        lane = -1;
        searchChanged = false;
    }

    /**
     * The topmost lit mark when none stands within [scrolled, scrolled + visible] of the lanes, else null (also
     * with nothing lit in view: the search field's Enter goes to a match elsewhere in time).
     */
    static PlacedMark firstMatchOutOfSight(TimelineLayout layout, boolean[] lit, double scrolled, double visible) {
        if (lit == null) {
            return null;
        }
        List<PlacedMark> marks = layout.marks();
        PlacedMark first = null;
        for (int i = 0; i < lit.length && i < marks.size(); i++) {
            if (!lit[i]) {
                continue;
            }
            PlacedMark m = marks.get(i);
            if (m.y() >= scrolled && m.y() <= scrolled + visible) {
                return null;
            }
            if (first == null || m.y() < first.y()) {
                first = m;
            }
        }
        return first;
    }
}
