package org.summittimeline.ui.timeline;

import java.util.List;
import org.summittimeline.ui.timeline.layout.PlacedLane;
import org.summittimeline.ui.timeline.layout.PlacedMark;
import org.summittimeline.ui.timeline.layout.TimelineLayout;

/**
 * Which lane the lane area scrolls to in the next frame, once: one whose cluster was just opened or whose name was
 * clicked, or, after the search changed, the first lane with a match where none of the matches in view stands in
 * the lanes' visible height. At 250 % on 720 lines one lane showed, and "interference" lit nothing there while the
 * search field said "2 events": the matches stood in lanes below, and nothing said so. Once per search, so that the
 * reader's own scrolling afterwards is left alone.
 */
final class LanesInSight {
    private int lane = -1;
    private boolean searchChanged;

    /** Keeps {@code lane} in view in the next frame, whatever its height there. */
    void keep(int lane) {
        this.lane = lane;
    }

    /** The search's matches changed: the next frame shows one of them if none is in sight. */
    void searchChanged() {
        searchChanged = true;
    }

    /**
     * Scrolls {@code scroll} for the frame laid out as {@code layout}, whose marks {@code lit} are the search's
     * (null with no search), in a lane area {@code visible} pixels high.
     */
    void scroll(TimelineLayout layout, boolean[] lit, LaneScroll scroll, double visible) {
        int shown = lane >= 0 ? lane : searchChanged ? laneOfFirstMatchOutOfSight(layout, lit, scroll.value(), visible)
                : -1;
        lane = -1;
        searchChanged = false;
        if (shown >= 0 && shown < layout.lanes().size()) {
            PlacedLane l = layout.lanes().get(shown);
            scroll.reveal(l.top(), Math.min(l.bottom(), l.top() + visible), visible);
        }
    }

    /**
     * The lane of the topmost lit mark when none stands within [scrolled, scrolled + visible] of the lanes, else −1
     * (also with nothing lit in view: the search field's Enter goes to a match elsewhere in time).
     */
    static int laneOfFirstMatchOutOfSight(TimelineLayout layout, boolean[] lit, double scrolled, double visible) {
        if (lit == null) {
            return -1;
        }
        List<PlacedMark> marks = layout.marks();
        int first = -1;
        double firstY = Double.POSITIVE_INFINITY;
        for (int i = 0; i < lit.length && i < marks.size(); i++) {
            if (!lit[i]) {
                continue;
            }
            double y = marks.get(i).y();
            if (y >= scrolled && y <= scrolled + visible) {
                return -1;
            }
            if (y < firstY) {
                firstY = y;
                first = marks.get(i).lane();
            }
        }
        return first;
    }
}
