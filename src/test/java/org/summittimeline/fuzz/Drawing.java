package org.summittimeline.fuzz;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.summittimeline.model.Timeline;
import org.summittimeline.query.TimeIndex;
import org.summittimeline.ui.timeline.layout.LaneMode;
import org.summittimeline.ui.timeline.layout.LayoutEngine;
import org.summittimeline.ui.timeline.layout.LayoutInput;
import org.summittimeline.ui.timeline.layout.Lanes;
import org.summittimeline.ui.timeline.layout.PlacedEra;
import org.summittimeline.ui.timeline.layout.TimeAxis;
import org.summittimeline.ui.timeline.layout.TimeViewport;
import org.summittimeline.ui.timeline.layout.TimelineLayout;

/**
 * "What loads can be drawn", without a toolkit: the window's own layout engine and time axis over a loaded
 * timeline, in both lane modes, fitted at the window's smallest and largest lane areas, zoomed in on the first
 * event and on the last, and zoomed out as far as the viewer allows, with the eras' bands and title rows (the
 * TimelineJS importers make eras of any span). Any exception is a defect.
 */
public final class Drawing {
    /** Lane areas of the small (1280 x 720) and large (1920 x 1080) windows. */
    private static final double[][] AREAS = {{640, 300}, {1040, 535}};

    private Drawing() {
    }

    /** Lays the timeline out at a few viewports; returns the number of layouts made. Throws what they throw. */
    public static int layOut(Timeline timeline) {
        TimeIndex index = new TimeIndex(timeline);
        ZoneId zone = timeline.zone() == null ? ZoneOffset.UTC : timeline.zone();
        LayoutEngine engine = new LayoutEngine(text -> text.length() * 7.0);
        int rows = engine.eraRows(timeline.eras());
        if (rows < 0 || rows > timeline.eras().size()) {
            throw new IllegalStateException(rows + " era rows for " + timeline.eras().size() + " eras");
        }
        int made = 0;
        for (LaneMode mode : LaneMode.values()) {
            Lanes lanes = Lanes.of(timeline, mode);
            for (double[] area : AREAS) {
                TimeViewport v = new TimeViewport();
                v.setWidth(area[0]);
                if (index.size() > 0) {
                    v.fit(index.first(), index.last());
                }
                List<Runnable> views = List.of(
                        () -> { },
                        () -> v.show(index.first(), index.first() + 600),
                        () -> v.show(index.last() - 600, index.last()),
                        () -> v.zoomAround(area[0] / 2, 1e6));
                for (Runnable view : views) {
                    if (index.size() > 0) {
                        view.run();
                    }
                    LayoutInput input = new LayoutInput(index, lanes, null, index.size() > 0 ? 0 : -1, v, area[1]);
                    TimelineLayout layout = engine.layout(input);
                    if (layout == null) {
                        throw new IllegalStateException("no layout");
                    }
                    for (PlacedEra band : engine.eras(timeline.eras(), input)) {
                        if (!(band.x0() <= band.x1()) || !Double.isFinite(band.x0()) || !Double.isFinite(band.x1())
                                || band.level() < 0 || band.level() >= rows) {
                            throw new IllegalStateException("era band out of place: " + band);
                        }
                    }
                    long step = TimeAxis.step(v.secondsPerPixel(), 70);
                    for (TimeAxis.Tick tick : TimeAxis.ticks(v.start(), v.end(), v.secondsPerPixel(), zone, 70)) {
                        TimeAxis.label(tick.epochSecond(), step, ZoneOffset.UTC);
                    }
                    made++;
                }
            }
        }
        return made;
    }
}
