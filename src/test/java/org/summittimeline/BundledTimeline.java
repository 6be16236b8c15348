package org.summittimeline;

import java.nio.file.Path;
import org.summittimeline.format.LoadResult;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.model.Timeline;

/**
 * The bundled Helsinki timeline for tests, read once per test JVM (several test classes share a JVM). Call it from a
 * {@code @BeforeAll} method or a test, never from a static field's initialiser: JUnit's timeouts cover methods only,
 * so a read that hangs in a class initialiser would stall the build instead of failing the test.
 */
public final class BundledTimeline {
    public static final Path FILE = Path.of("data", "helsinki-2018-summit.json");
    private static Timeline helsinki;

    private BundledTimeline() {
    }

    public static synchronized Timeline helsinki() {
        if (helsinki == null) {
            LoadResult read = new TimelineLoader().load(FILE);
            if (read.hasErrors()) {
                throw new AssertionError("the bundled timeline does not load: " + read.problems());
            }
            helsinki = read.timeline();
        }
        return helsinki;
    }
}
