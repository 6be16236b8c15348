package org.summittimeline.bench;

import java.nio.file.Path;
import org.summittimeline.format.LoadResult;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.query.TimeIndex;
import org.summittimeline.ui.timeline.layout.LaneMode;
import org.summittimeline.ui.timeline.layout.Lanes;
import org.summittimeline.ui.timeline.layout.LayoutEngine;
import org.summittimeline.ui.timeline.layout.LayoutInput;
import org.summittimeline.ui.timeline.layout.TimeViewport;

/**
 * How long one layout of a file's fitted view takes, lanes by category, in a lane area 640 pixels wide and
 * {@code HEIGHT} high (270: a 1280×720 window's), the titles measured at 7 px a letter. The frame harness's lanes never
 * overflow their area; this measures the frames whose lanes do, where a full lane is packed a second time
 * (RowShares).
 *
 * <p>{@code java -cp target/benchmarks.jar org.summittimeline.bench.LayoutTime FILE [HEIGHT]}
 */
public final class LayoutTime {
    private LayoutTime() {
    }

    public static void main(String[] args) throws Exception {
        LoadResult loaded = new TimelineLoader().load(Path.of(args[0]));
        if (loaded.hasErrors()) {
            System.err.println(loaded.problems());
            System.exit(1);
        }
        double height = args.length > 1 ? Double.parseDouble(args[1]) : 270;
        TimeIndex index = new TimeIndex(loaded.timeline());
        TimeViewport view = new TimeViewport();
        view.setWidth(640);
        view.fit(index.first(), index.last());
        LayoutInput in = new LayoutInput(index, Lanes.of(loaded.timeline(), LaneMode.CATEGORY), null, -1, view, height);
        LayoutEngine engine = new LayoutEngine(text -> text.length() * 7.0);
        for (int i = 0; i < 3000; i++) {
            engine.layout(in);
        }
        int runs = 5000;
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            engine.layout(in);
        }
        System.out.printf("%s, lane area 640 x %.0f: %.1f us a layout%n", args[0], height,
                (System.nanoTime() - start) / 1e3 / runs);
    }
}
