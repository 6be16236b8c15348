package org.summittimeline.ui.timeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import org.summittimeline.ui.timeline.layout.Lanes;

/**
 * The lanes the reader has folded to a strip of ticks, by lane id; how many there are tells the View menu whether
 * Unfold All Lanes has anything to do.
 */
final class FoldedLanes {
    private final Set<String> ids = new HashSet<>();
    private final ReadOnlyIntegerWrapper count = new ReadOnlyIntegerWrapper(this, "foldedLanes");

    /** The folded lanes' ids, read by each frame's layout. */
    Set<String> ids() {
        return ids;
    }

    ReadOnlyIntegerProperty countProperty() {
        return count.getReadOnlyProperty();
    }

    void toggle(String laneId) {
        if (!ids.remove(laneId)) {
            ids.add(laneId);
        }
        count.set(ids.size());
    }

    /**
     * Folds the lanes the event at this time-order position is drawn in (by actor, one lane for each of its
     * actors), or unfolds them when every one is folded already. Nothing for no event or no lanes yet.
     */
    void toggleLanesOf(Lanes shown, int position) {
        if (shown == null || position < 0) {
            return;
        }
        List<String> of = new ArrayList<>();
        for (int lane : shown.of(position)) {
            of.add(shown.get(lane).id());
        }
        if (ids.containsAll(of)) {
            of.forEach(ids::remove);
        } else {
            ids.addAll(of);
        }
        count.set(ids.size());
    }

    void clear() {
        ids.clear();
        count.set(0);
    }

    /** These lanes folded and no others: a reload's, or the whole file's after its events were shown first. */
    void keep(Set<String> folded) {
        ids.clear();
        ids.addAll(folded);
        count.set(ids.size());
    }
}
