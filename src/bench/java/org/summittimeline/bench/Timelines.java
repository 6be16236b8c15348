package org.summittimeline.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.summittimeline.format.LoadLimits;
import org.summittimeline.format.LoadResult;
import org.summittimeline.format.SyntheticTimeline;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.model.Timeline;

/** Generated timelines for the measurements, written once and loaded through the real loader. */
final class Timelines {
    private Timelines() {
    }

    static Timeline generated(Path file, int events, long seed, boolean bursty) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            new SyntheticTimeline(events, seed, bursty).write(out);
        }
        LoadResult result = new TimelineLoader(LoadLimits.DEFAULT.withMaxFileBytes(Long.MAX_VALUE)).load(file);
        if (result.hasErrors()) {
            throw new IllegalStateException(result.problems().get(0).format(file.toString()));
        }
        return result.timeline();
    }
}
