package org.summittimeline.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** For tests: a generated timeline ({@link SyntheticTimeline}) read as a file of it would be, in memory. */
public final class GeneratedTimelines {
    private GeneratedTimelines() {
    }

    /** {@code events} events over a year, each with a quote, from 20 actors, 6 categories and 12 topics. */
    public static LoadResult loaded(int events, long seed) {
        StringWriter json = new StringWriter();
        try {
            new SyntheticTimeline(events, seed, false).write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        LoadResult result = new TimelineLoader().load(new ByteArrayInputStream(
                json.toString().getBytes(StandardCharsets.UTF_8)), "generated-" + events + ".json");
        if (result.hasErrors()) {
            throw new AssertionError("the generator wrote a file with errors: " + result.problems());
        }
        return result;
    }
}
