package org.summittimeline.ui.timeline.layout;

import java.util.Arrays;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import org.summittimeline.query.TimeIndex;

/**
 * Event counts per lane in fine time buckets, prepared once per timeline, filter and lane choice, so that the
 * zoomed-out view can count the events of each cluster column by adding up buckets instead of visiting every
 * event each frame (a million events took 30 ms a frame that way). Buckets that a column's edge cuts through are
 * still looked at event by event, so every count is exact.
 *
 * <p>An event belongs to the column of its earliest start; one that starts before the window but reaches into
 * it belongs to the first column, as when events are visited one by one.
 */
final class ClusterBins {
    static final int BUCKETS = 1 << 14;

    private final TimeIndex index;
    /** The lanes each event (time-order position) is drawn in. */
    private final IntFunction<int[]> lanesOf;
    private final IntPredicate shown;
    private final long origin;
    private final long bucketSeconds;
    /** Events 0.. in start order: bucket b holds positions bucketStart[b] up to bucketStart[b + 1]. */
    private final int[] bucketStart;
    /** Per lane, the number of shown events in buckets 0 up to b (exclusive): a range's count is a difference. */
    private final int[][] countBefore;
    /** Per lane, the first bucket at or after b that has a shown event, or BUCKETS. */
    private final int[][] nextNonEmpty;
    private final int[][] firstEvent;
    private final int lanes;

    /**
     * Per lane and column, what {@link #fill} found: how many events and the first of them. (The latest end, which
     * a click on a cluster zooms to, is looked up then, not for every cluster of every frame.)
     */
    static final class Cells {
        final int[][] count;
        final int[][] firstEvent;

        Cells(int lanes, int columns) {
            count = new int[lanes][columns];
            firstEvent = new int[lanes][columns];
            for (int l = 0; l < lanes; l++) {
                Arrays.fill(firstEvent[l], -1);
            }
        }

        void add(int lane, int column, int event) {
            count[lane][column]++;
            if (firstEvent[lane][column] < 0 || event < firstEvent[lane][column]) {
                firstEvent[lane][column] = event;
            }
        }
    }

    /** The lanes' own: by category, each event's one lane is read from two arrays rather than asked for. */
    ClusterBins(TimeIndex index, Lanes lanes, IntPredicate shown) {
        this(index, lanes::of, lanes.size(), shown, lanes.categoryPlaces(), lanes.laneOfPlace());
    }

    /** {@code shown} null means every event is shown. */
    ClusterBins(TimeIndex index, IntFunction<int[]> lanesOf, int lanes, IntPredicate shown) {
        this(index, lanesOf, lanes, shown, null, null);
    }

    /**
     * Built over every event, on the UI thread at the first zoomed-out frame of a filter or lane mode, and for a
     * file opened in the window while it is read ({@link PreparedLayout}): at a million events the longest thing
     * the UI thread did in the first frame's layout. So the buckets' bounds are found by a binary search each (16,384 of
     * them) rather than by dividing every event's time, and by category an event's lane is two array reads.
     */
    private ClusterBins(TimeIndex index, IntFunction<int[]> lanesOf, int lanes, IntPredicate shown, int[] places,
                        int[] laneOfPlace) {
        this.index = index;
        this.lanesOf = lanesOf;
        this.shown = shown;
        int n = index.size();
        origin = index.first();
        long span = n == 0 ? 1 : Math.max(1, index.startEarliest(n - 1) - origin + 1);
        bucketSeconds = Math.max(1, (span + BUCKETS - 1) / BUCKETS);
        bucketStart = new int[BUCKETS + 1];
        // Bucket b holds the events whose earliest start t has (t - origin) / bucketSeconds = b, the last bucket
        // also any later; the events are in start order, so each bucket begins at the first start of its own.
        for (int b = 1; b < BUCKETS; b++) {
            bucketStart[b] = index.firstStartingAtOrAfter(origin + b * bucketSeconds);
        }
        bucketStart[BUCKETS] = n;
        this.lanes = lanes;
        int[][] count = new int[lanes][BUCKETS];
        firstEvent = new int[lanes][BUCKETS];
        for (int l = 0; l < lanes; l++) {
            Arrays.fill(firstEvent[l], -1);
        }
        for (int b = 0; b < BUCKETS; b++) {
            for (int i = bucketStart[b]; i < bucketStart[b + 1]; i++) {
                if (shown != null && !shown.test(i)) {
                    continue;
                }
                if (places != null) {
                    int place = places[i];
                    int lane = place < 0 ? -1 : laneOfPlace[place];
                    if (lane >= 0) {
                        count[lane][b]++;
                        if (firstEvent[lane][b] < 0) {
                            firstEvent[lane][b] = i;
                        }
                    }
                    continue;
                }
                for (int lane : lanesOf.apply(i)) {
                    count[lane][b]++;
                    if (firstEvent[lane][b] < 0) {
                        firstEvent[lane][b] = i;
                    }
                }
            }
        }
        countBefore = new int[lanes][BUCKETS + 1];
        nextNonEmpty = new int[lanes][BUCKETS + 1];
        for (int l = 0; l < lanes; l++) {
            for (int k = 0; k < BUCKETS; k++) {
                countBefore[l][k + 1] = countBefore[l][k] + count[l][k];
            }
            nextNonEmpty[l][BUCKETS] = BUCKETS;
            for (int k = BUCKETS - 1; k >= 0; k--) {
                nextNonEmpty[l][k] = count[l][k] > 0 ? k : nextNonEmpty[l][k + 1];
            }
        }
    }

    int bucketOf(long t) {
        return (int) Math.max(0, Math.min(BUCKETS - 1, (t - origin) / bucketSeconds));
    }

    /** The first event (time-order position) of bucket b; {@code firstIn(BUCKETS)} is the number of events. */
    int firstIn(int bucket) {
        return bucketStart[bucket];
    }

    /** Whether columns of this many seconds span enough buckets for adding them up to pay. */
    boolean worthwhileFor(double columnSeconds) {
        return columnSeconds >= 8.0 * bucketSeconds;
    }

    /**
     * Counts the shown events that touch the window [start, end] per lane and column: column c holds the events
     * whose earliest start t has floor((t − start) / columnSeconds) = c, the last column also everything later, and
     * the first also the events that began before the window and last into it.
     */
    Cells fill(double start, double end, double columnSeconds, int columns) {
        long from = (long) Math.floor(start);
        long to = (long) Math.ceil(end);
        Cells cells = new Cells(lanes, columns);
        // Events that start before the window but last into it: the first column, as when visited one by one.
        index.visit(from, from - 1, i -> addEvent(cells, i, 0));
        long lo = from;
        for (int c = 0; c < columns && lo <= to; c++) {
            long hi = c == columns - 1 ? to : Math.min(to, firstSecondOf(c + 1, start, columnSeconds, columns) - 1);
            if (lo <= hi) {
                addRange(cells, c, lo, hi);
            }
            lo = Math.max(lo, hi + 1);
        }
        return cells;
    }

    /** The same counts found by visiting every event in the window: what {@link #fill} must equal. */
    Cells fillByVisiting(double start, double end, double columnSeconds, int columns) {
        long from = (long) Math.floor(start);
        Cells cells = new Cells(lanes, columns);
        index.visit(from, (long) Math.ceil(end), i -> addEvent(cells, i, columnOf(index.startEarliest(i), start,
                columnSeconds, columns)));
        return cells;
    }

    static int columnOf(long t, double start, double columnSeconds, int columns) {
        return (int) Math.max(0, Math.min(columns - 1, Math.floor((t - start) / columnSeconds)));
    }

    /** The first whole second that {@link #columnOf} puts in column c or later. */
    static long firstSecondOf(int c, double start, double columnSeconds, int columns) {
        long t = (long) Math.ceil(start + c * columnSeconds);
        while (columnOf(t, start, columnSeconds, columns) >= c) {
            t--;
        }
        while (columnOf(t, start, columnSeconds, columns) < c) {
            t++;
        }
        return t;
    }

    /**
     * Adds the events whose earliest start is in [lo, hi] to column c: the buckets wholly inside by their counts
     * (two subtractions per lane, however many buckets), the one or two cut by an edge event by event.
     */
    private void addRange(Cells cells, int c, long lo, long hi) {
        int first = bucketOf(lo);
        int last = bucketOf(hi);
        int wholeFrom = origin + first * bucketSeconds >= lo ? first : first + 1;
        int wholeTo = origin + (last + 1) * bucketSeconds - 1 <= hi ? last : last - 1;
        if (first == 0 || last == BUCKETS - 1) {
            // The end buckets also hold times clamped into them; count those event by event.
            wholeFrom = Math.max(wholeFrom, 1);
            wholeTo = Math.min(wholeTo, BUCKETS - 2);
        }
        if (wholeFrom > wholeTo) {
            visitBuckets(cells, c, lo, hi, first, last);
            return;
        }
        visitBuckets(cells, c, lo, hi, first, wholeFrom - 1);
        for (int lane = 0; lane < lanes; lane++) {
            int n = countBefore[lane][wholeTo + 1] - countBefore[lane][wholeFrom];
            if (n > 0) {
                cells.count[lane][c] += n;
                int event = firstEvent[lane][nextNonEmpty[lane][wholeFrom]];
                if (cells.firstEvent[lane][c] < 0 || event < cells.firstEvent[lane][c]) {
                    cells.firstEvent[lane][c] = event;
                }
            }
        }
        visitBuckets(cells, c, lo, hi, wholeTo + 1, last);
    }

    private void visitBuckets(Cells cells, int c, long lo, long hi, int fromBucket, int toBucket) {
        if (fromBucket > toBucket) {
            return;
        }
        for (int i = bucketStart[fromBucket]; i < bucketStart[toBucket + 1]; i++) {
            long t = index.startEarliest(i);
            if (t >= lo && t <= hi) {
                addEvent(cells, i, c);
            }
        }
    }

    /** The latest end among the shown events of a lane whose earliest start is in [from, to], or from if none. */
    long lastEnd(int lane, long from, long to) {
        long[] latest = {from};
        index.visit(from, to, i -> {
            if (index.startEarliest(i) >= from && (shown == null || shown.test(i))) {
                for (int l : lanesOf.apply(i)) {
                    if (l == lane) {
                        latest[0] = Math.max(latest[0], index.endLatest(i));
                    }
                }
            }
        });
        return latest[0];
    }

    private void addEvent(Cells cells, int i, int column) {
        if (shown != null && !shown.test(i)) {
            return;
        }
        for (int lane : lanesOf.apply(i)) {
            cells.add(lane, column, i);
        }
    }
}
