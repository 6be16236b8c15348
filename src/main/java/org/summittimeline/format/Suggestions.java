package org.summittimeline.format;

import java.util.Collection;
import java.util.Locale;

/**
 * "Did you mean" for one load, with a bounded cost: each comparison is a banded edit distance (only distances
 * up to 2 are of interest, so only a band of the table is filled), and the load as a whole may fill at most
 * {@link #DEFAULT_BUDGET} cells. A file with 20,000 broken references against 20,000 ids once took 104 s; once
 * the budget is spent, the remaining messages simply go without a suggestion.
 */
final class Suggestions {
    /** Cells of edit-distance tables one load may fill: about a second of work at most. */
    static final long DEFAULT_BUDGET = 20_000_000;
    private static final int MAX_DISTANCE = 2;

    private final long budget;
    private long cells;

    Suggestions() {
        this(DEFAULT_BUDGET);
    }

    Suggestions(long budget) {
        this.budget = budget;
    }

    /**
     * Gives back the cells filled since {@code cells} was read: the loader reads a broken file a second time
     * (with Gson), and that reading is to have the budget the first had.
     */
    void rewindTo(long cells) {
        this.cells = Math.min(this.cells, cells);
    }

    /** The cells filled so far; tests read it to prove the cost is bounded. */
    long cellsFilled() {
        return cells;
    }

    /** The candidate at most two edits away from {@code name} (ignoring case), the closest first; else null. */
    String closest(String name, Collection<String> candidates) {
        if (name == null) {
            return null;
        }
        String a = name.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = MAX_DISTANCE + 1;
        for (String c : candidates) {
            if (cells >= budget) {
                return best;
            }
            // The length alone rules most candidates out for free.
            if (Math.abs(c.length() - a.length()) >= bestDistance) {
                continue;
            }
            int d = distance(a, c.toLowerCase(Locale.ROOT), bestDistance - 1);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    /** The edit distance when it is at most {@code limit}, else {@code limit + 1}; fills only the band. */
    private int distance(String a, String b, int limit) {
        int n = a.length();
        int m = b.length();
        int over = limit + 1;
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j <= limit ? j : over;
        }
        for (int i = 1; i <= n; i++) {
            int from = Math.max(1, i - limit);
            int to = Math.min(m, i + limit);
            cur[0] = i <= limit ? i : over;
            if (from > 1) {
                cur[from - 1] = over;
            }
            int rowMin = cur[0];
            for (int j = from; j <= to; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                cur[j] = Math.min(v, over);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (to < m) {
                cur[to + 1] = over;
            }
            cells += to - from + 1;
            if (rowMin > limit) {
                return over;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return Math.min(prev[m], over);
    }
}
