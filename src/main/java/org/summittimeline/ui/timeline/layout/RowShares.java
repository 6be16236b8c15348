package org.summittimeline.ui.timeline.layout;

import static org.summittimeline.ui.timeline.layout.LayoutEngine.LANE_PADDING;

/**
 * How many rows each lane may open when together they would not fit the lane area. A lane that opened every row
 * the area holds and still cut titles or clustered marks is full (more rows would not change that much), and so is
 * a tall one ({@link #TALL}): the rows the other lanes leave are shared out among the full lanes, each keeping at
 * least {@link #MIN_ROWS}, a tall lane that needs fewer than its share keeping what it needs. On a dense file the
 * busiest lane had taken the whole area, and three new users saw one lane with the others out of sight below a
 * thin scroll bar. Any other lane short of the area's cap keeps all its rows: by actor at 1280×720 Trump's seven
 * rows of the bundled file hold every title whole, and four would have cut them and clustered Putin's talks.
 */
final class RowShares {
    /** The rows a full lane keeps however many lanes share the area. */
    static final int MIN_ROWS = 3;

    private RowShares() {
    }

    /** Each lane's cap, from the rows each opened with the area's cap; null where no lane is held back. */
    static int[] caps(LayoutFrame f, RowMetrics metrics, double height) {
        int n = f.collapsed.length;
        if (LaneStack.natural(f, metrics) <= height) {
            return null;
        }
        double room = height;
        boolean[] sharing = new boolean[n];
        int full = 0;
        int kept = 0;
        for (int l = 0; l < n; l++) {
            if (f.collapsed[l]) {
                room -= metrics.collapsedHeight();
                continue;
            }
            room -= LANE_PADDING;
            int rows = f.rows.get(l).size();
            if (full(f, l)) {
                sharing[l] = true;
                full++;
            } else {
                kept += Math.max(1, rows);
            }
        }
        int areaRows = (int) Math.floor(Math.max(0, room) / metrics.rowHeight());
        int share;
        int level;
        // A tall lane that needs no more than the level keeps what it needs, and the rows it leaves go to the others:
        // shared out evenly, they had stood empty under it.
        boolean moved;
        do {
            share = areaRows - kept;
            level = Math.max(MIN_ROWS, share / Math.max(1, full));
            moved = false;
            for (int l = 0; l < n; l++) {
                if (sharing[l] && f.rows.get(l).size() <= level) {
                    sharing[l] = false;
                    full--;
                    kept += f.rows.get(l).size();
                    moved = true;
                }
            }
        } while (moved && full > 0);
        if (full == 0 || level >= f.cap) {
            return null;
        }
        // The rows the level leaves over go one each to the full lanes, from the top.
        int left = share - level * full;
        int[] caps = new int[n];
        for (int l = 0; l < n; l++) {
            caps[l] = f.cap;
            if (sharing[l]) {
                caps[l] = Math.min(f.cap, level + (left-- > 0 ? 1 : 0));
            }
        }
        return caps;
    }

    /**
     * A lane is full when it opened every row the area holds and still had an event with nowhere whole to go, or
     * when it is tall ({@link #TALL}). One that needs just the area's rows keeps them: at larger type in a low area,
     * Arrival's four rows of the bundled file had been cut to three, and two of its whole titles became a cluster.
     */
    private static boolean full(LayoutFrame f, int lane) {
        int rows = f.rows.get(lane).size();
        return rows >= f.cap && f.crowded[lane] || rows > TALL;
    }

    /**
     * A lane of more rows than this shares the area too, crowded or not, while the lanes do not all fit: in a window
     * 1080 high a burst's lane of the 300-event file opened 24 rows uncrowded, nearly the whole area, and three
     * speakers of twenty were in sight where a window 720 high, sharing, showed seven. (Held to two thirds of the
     * area, such a lane only moved the drop to a taller window.) The bundled file's fullest lane, Trump's by actor,
     * has seven rows, and keeps them.
     */
    static final int TALL = 3 * MIN_ROWS;
}
