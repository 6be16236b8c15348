package org.summittimeline.query;

import java.util.List;
import java.util.function.IntConsumer;
import org.summittimeline.model.Event;
import org.summittimeline.model.TimeBound;
import org.summittimeline.model.Timeline;

/**
 * The events' times as sorted primitive arrays (epoch seconds), for the questions drawing and hit-testing ask
 * every frame: which events touch [t0, t1], and which is nearest a time. Index i is the i-th event of
 * {@link Timeline#events()}, which is sorted by earliest start. A running maximum of the events' last moments
 * lets a window query skip, by binary search, every event that ended before the window begins.
 */
public final class TimeIndex {
    private final List<Event> events;
    private final long[] startEarliest;
    private final long[] startLatest;
    private final long[] endEarliest;
    private final long[] endLatest;
    /** maxEnd[i] = the latest last moment among events 0..i; never decreases, so it can be searched. */
    private final long[] maxEnd;

    public TimeIndex(Timeline timeline) {
        events = timeline.events();
        int n = events.size();
        startEarliest = new long[n];
        startLatest = new long[n];
        endEarliest = new long[n];
        endLatest = new long[n];
        maxEnd = new long[n];
        long running = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            Event e = events.get(i);
            TimeBound start = e.start();
            TimeBound end = e.end() == null ? start : e.end();
            startEarliest[i] = start.earliest().getEpochSecond();
            startLatest[i] = start.latest().getEpochSecond();
            endEarliest[i] = end.earliest().getEpochSecond();
            endLatest[i] = Math.max(end.latest().getEpochSecond(), startLatest[i]);
            running = Math.max(running, endLatest[i]);
            maxEnd[i] = running;
        }
    }

    public int size() {
        return events.size();
    }

    public Event event(int i) {
        return events.get(i);
    }

    public long startEarliest(int i) {
        return startEarliest[i];
    }

    public long startLatest(int i) {
        return startLatest[i];
    }

    public long endEarliest(int i) {
        return endEarliest[i];
    }

    /** The last moment the event can occupy: its end's latest bound, or its start's for a moment. */
    public long endLatest(int i) {
        return endLatest[i];
    }

    public boolean isRange(int i) {
        return events.get(i).end() != null;
    }

    /** The first second of the whole timeline, or 0 when it is empty. */
    public long first() {
        return startEarliest.length == 0 ? 0 : startEarliest[0];
    }

    /** The last second of the whole timeline, or 0 when it is empty. */
    public long last() {
        return maxEnd.length == 0 ? 0 : maxEnd[maxEnd.length - 1];
    }

    /**
     * Calls {@code visit} with each event that touches [from, to], in start order, and returns how many index
     * entries it looked at: the events in the window plus those that start before it and end after its start,
     * never the events entirely before or after it.
     */
    public int visit(long from, long to, IntConsumer visit) {
        int lo = firstEndingAtOrAfter(from);
        int hi = lastStartingAtOrBefore(to);
        int looked = 0;
        for (int i = lo; i <= hi; i++) {
            looked++;
            if (endLatest[i] >= from) {
                visit.accept(i);
            }
        }
        return looked;
    }

    /** How many index entries a window query would look at: cheap (two binary searches), for choosing a drawing. */
    public int entriesIn(long from, long to) {
        return Math.max(0, lastStartingAtOrBefore(to) - firstEndingAtOrAfter(from) + 1);
    }

    /** How many events touch [from, to]. */
    public int count(long from, long to) {
        int[] n = {0};
        visit(from, to, i -> n[0]++);
        return n[0];
    }

    /** The index of the first event whose running maximum end reaches {@code t}; size() when none. */
    private int firstEndingAtOrAfter(long t) {
        int lo = 0;
        int hi = maxEnd.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (maxEnd[mid] < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The index of the last event that starts (earliest) at or before {@code t}; -1 when none. */
    private int lastStartingAtOrBefore(long t) {
        int lo = 0;
        int hi = startEarliest.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (startEarliest[mid] <= t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }
}
