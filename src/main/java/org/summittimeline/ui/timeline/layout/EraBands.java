package org.summittimeline.ui.timeline.layout;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.summittimeline.model.Era;

/**
 * Where the eras' bands fall in the visible window: pixel ranges clipped to the lane area, and for eras that
 * overlap in time (an era within an era) a title row each, so that no two titles are drawn over each other.
 */
final class EraBands {
    /** A band narrower than this still shows as a line, so a short era is not lost when zoomed out. */
    static final double MIN_WIDTH = 2;

    private EraBands() {
    }

    /**
     * Each era's title row: the first row whose earlier eras have all ended when it starts. Decided in time, not
     * in pixels, so that an era keeps its row at every zoom and the strip of titles keeps its height.
     */
    static int[] levels(List<Era> eras) {
        int[] levels = new int[eras.size()];
        List<Instant> ends = new ArrayList<>();
        for (int i = 0; i < eras.size(); i++) {
            Era era = eras.get(i);
            int level = 0;
            while (level < ends.size() && ends.get(level).isAfter(era.start())) {
                level++;
            }
            if (level == ends.size()) {
                ends.add(era.end());
            } else {
                ends.set(level, era.end());
            }
            levels[i] = level;
        }
        return levels;
    }

    /** How many title rows the eras need: 0 without eras. */
    static int rows(List<Era> eras) {
        int rows = 0;
        for (int level : levels(eras)) {
            rows = Math.max(rows, level + 1);
        }
        return rows;
    }

    static List<PlacedEra> place(List<Era> eras, double start, double secondsPerPixel, double width) {
        List<PlacedEra> placed = new ArrayList<>();
        int[] levels = levels(eras);
        for (int i = 0; i < eras.size(); i++) {
            Era era = eras.get(i);
            double x0 = (seconds(era.start()) - start) / secondsPerPixel;
            double x1 = Math.max(x0 + MIN_WIDTH, (seconds(era.end()) - start) / secondsPerPixel);
            if (x1 < 0 || x0 > width) {
                continue;
            }
            placed.add(new PlacedEra(era.title(), era.colour(), i, Math.max(0, x0), Math.min(width, x1), levels[i]));
        }
        return placed;
    }

    private static double seconds(Instant t) {
        return t.getEpochSecond() + t.getNano() / 1e9;
    }
}
