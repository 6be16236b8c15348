package org.summittimeline.query;

import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.IntPredicate;
import java.util.function.ObjIntConsumer;
import org.summittimeline.model.Event;
import org.summittimeline.model.Timeline;

/**
 * The events' times as sorted primitive arrays (epoch seconds), for the questions drawing and hit-testing ask
 * every frame: which events touch [t0, t1], and which is nearest a time. Index i is the i-th event of
 * {@link Timeline#events()}, which is sorted by earliest start. A running maximum of the events' last moments
 * lets a window query skip, by binary search, every event that ended before the window begins.
 */
public final class TimeIndex {
    private final List<Event> events;
    private final Seconds startEarliest;
    private final Seconds startLatest;
    private final Seconds endEarliest;
    private final Seconds endLatest;
    /** maxEnd.get(i) = the latest last moment among events 0..i; never decreases, so it can be searched. */
    private final Seconds maxEnd;

    public TimeIndex(Timeline timeline) {
        this(timeline, (e, i) -> { });
    }

    /** As {@link #TimeIndex(Timeline)}, also showing {@code alsoEach} every event (with its place) on the way. */
    TimeIndex(Timeline timeline, ObjIntConsumer<Event> alsoEach) {
        events = timeline.events();
        int n = events.size();
        long base = n == 0 ? 0 : events.get(0).startEarliestSecond();
        startEarliest = new Seconds(n, base);
        startLatest = new Seconds(n, base);
        endEarliest = new Seconds(n, base);
        endLatest = new Seconds(n, base);
        maxEnd = new Seconds(n, base);
        long running = Long.MIN_VALUE;
        for (int i = 0; i < n; i++) {
            Event e = events.get(i);
            long latestStart = e.startLatestSecond();
            long last = Math.max(e.lastLatestSecond(), latestStart);
            startEarliest.set(i, e.startEarliestSecond());
            startLatest.set(i, latestStart);
            endEarliest.set(i, e.lastEarliestSecond());
            endLatest.set(i, last);
            running = Math.max(running, last);
            maxEnd.set(i, running);
            alsoEach.accept(e, i);
        }
    }

    /**
     * A second per event, kept as an int's offset from the timeline's first second while every one fits (68 years
     * either side: nearly every timeline), else as longs. Five of these at a million events were 40 MB of longs,
     * allocated at the fullest moment of opening a file; as ints they are half that.
     */
    private static final class Seconds {
        private final long base;
        private int[] near;
        private long[] far;

        Seconds(int n, long base) {
            this.base = base;
            near = new int[n];
        }

        void set(int i, long seconds) {
            if (near != null) {
                long offset = seconds - base;
                if (offset == (int) offset) {
                    near[i] = (int) offset;
                    return;
                }
                // A second beyond an int's reach: this index keeps longs from here on.
                far = new long[near.length];
                for (int k = 0; k < i; k++) {
                    far[k] = base + near[k];
                }
                near = null;
            }
            far[i] = seconds;
        }

        long get(int i) {
            int[] offsets = near;
            return offsets != null ? base + offsets[i] : far[i];
        }
    }

    public int size() {
        return events.size();
    }

    public Event event(int i) {
        return events.get(i);
    }

    public long startEarliest(int i) {
        return startEarliest.get(i);
    }

    public long startLatest(int i) {
        return startLatest.get(i);
    }

    public long endEarliest(int i) {
        return endEarliest.get(i);
    }

    /** The last moment the event can occupy: its end's latest bound, or its start's for a moment. */
    public long endLatest(int i) {
        return endLatest.get(i);
    }

    public boolean isRange(int i) {
        return events.get(i).isRange();
    }

    /** The first second of the whole timeline, or 0 when it is empty. */
    public long first() {
        return events.isEmpty() ? 0 : startEarliest.get(0);
    }

    /** The last second of the whole timeline, or 0 when it is empty. */
    public long last() {
        return events.isEmpty() ? 0 : maxEnd.get(events.size() - 1);
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
            if (endLatest.get(i) >= from) {
                visit.accept(i);
            }
        }
        return looked;
    }

    /** Whether any event that touches [from, to] passes {@code test}; stops at the first that does. */
    public boolean anyIn(long from, long to, IntPredicate test) {
        int hi = lastStartingAtOrBefore(to);
        for (int i = firstEndingAtOrAfter(from); i <= hi; i++) {
            if (endLatest.get(i) >= from && test.test(i)) {
                return true;
            }
        }
        return false;
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
        int hi = events.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (maxEnd.get(mid) < t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The index of the first event whose earliest start is at or after {@code t}; size() when none. */
    public int firstStartingAtOrAfter(long t) {
        return t == Long.MIN_VALUE ? 0 : lastStartingAtOrBefore(t - 1) + 1;
    }

    /** The index of the last event that starts (earliest) at or before {@code t}; -1 when none. */
    private int lastStartingAtOrBefore(long t) {
        int lo = 0;
        int hi = events.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (startEarliest.get(mid) <= t) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }
}
