package org.summittimeline.ui.timeline.layout;

import java.util.ArrayList;
import java.util.List;
import org.summittimeline.model.Era;

/**
 * Where the eras' bands fall in the visible window: pixel ranges clipped to the lane area, and for bands that
 * overlap (an era within an era) a title row each, so that no two titles are drawn over each other.
 */
final class EraBands {
    /** A band narrower than this still shows as a line, so a short era is not lost when zoomed out. */
    static final double MIN_WIDTH = 2;

    private EraBands() {
    }

    static List<PlacedEra> place(List<Era> eras, double start, double secondsPerPixel, double width) {
        List<PlacedEra> placed = new ArrayList<>();
        List<Double> levelEnds = new ArrayList<>();
        for (int i = 0; i < eras.size(); i++) {
            Era era = eras.get(i);
            double x0 = (seconds(era.start()) - start) / secondsPerPixel;
            double x1 = Math.max(x0 + MIN_WIDTH, (seconds(era.end()) - start) / secondsPerPixel);
            if (x1 < 0 || x0 > width) {
                continue;
            }
            x0 = Math.max(0, x0);
            x1 = Math.min(width, x1);
            int level = 0;
            while (level < levelEnds.size() && levelEnds.get(level) > x0) {
                level++;
            }
            if (level == levelEnds.size()) {
                levelEnds.add(x1);
            } else {
                levelEnds.set(level, x1);
            }
            placed.add(new PlacedEra(era.title(), era.colour(), i, x0, x1, level));
        }
        return placed;
    }

    private static double seconds(java.time.Instant t) {
        return t.getEpochSecond() + t.getNano() / 1e9;
    }
}
