package org.summittimeline.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.summittimeline.format.LoadResult;
import org.summittimeline.format.Problem;
import org.summittimeline.format.TimelineLoader;

/**
 * What every input must give, whatever its bytes: a result and no exception, a place (line 1 or later) for
 * every problem, and a timeline that the viewer can lay out when there are no errors.
 */
public final class LoadInvariant {
    private static final TimelineLoader LOADER = new TimelineLoader();
    private static Path scratch;

    private LoadInvariant() {
    }

    /** Loads the bytes as a file (so that messages are refined as for a real file) and checks the result. */
    public static LoadResult checkBytes(byte[] bytes) {
        try {
            if (scratch == null) {
                scratch = Files.createTempFile("fuzz-", ".json");
                scratch.toFile().deleteOnExit();
            }
            Files.write(scratch, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return check(LOADER.load(scratch));
    }

    public static LoadResult check(LoadResult result) {
        if (result == null) {
            throw new AssertionError("the loader gave no result");
        }
        for (Problem p : result.problems()) {
            if (p.line() < 1 || p.column() < 1) {
                throw new AssertionError("a problem without a place: " + p);
            }
            if (p.message() == null || p.message().isBlank()) {
                throw new AssertionError("a problem without a message: " + p);
            }
        }
        if (!result.hasErrors() && result.timeline() == null) {
            throw new AssertionError("no errors but no timeline: " + result.problems());
        }
        if (result.timeline() != null) {
            Drawing.layOut(result.timeline());
        }
        return result;
    }
}
