package org.summittimeline.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.summittimeline.format.LoadResult;
import org.summittimeline.format.Problem;
import org.summittimeline.format.TimelineLoader;

/**
 * What every input must give, whatever its bytes: a result and no exception, a place (line 1 or later) for
 * every problem, and a timeline that the viewer can lay out when there are no errors.
 */
public final class LoadInvariant {
    private static final TimelineLoader LOADER = new TimelineLoader();
    private static final Map<String, Path> SCRATCH = new HashMap<>();

    private LoadInvariant() {
    }

    /** Loads the bytes as a file (so that messages are refined as for a real file) and checks the result. */
    public static LoadResult checkBytes(byte[] bytes) {
        return checkBytes(bytes, ".json");
    }

    /** As {@link #checkBytes(byte[])}, in a file whose name ends in {@code suffix} (".csv" is read as a sheet). */
    public static LoadResult checkBytes(byte[] bytes, String suffix) {
        Path scratch;
        try {
            scratch = SCRATCH.get(suffix);
            if (scratch == null) {
                scratch = Files.createTempFile("fuzz-", suffix);
                scratch.toFile().deleteOnExit();
                SCRATCH.put(suffix, scratch);
            }
            Files.write(scratch, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return check(LOADER.load(scratch), suffix.equals(".csv") || !looksLikeJson(bytes));
    }

    /** What the loader reads as JSON (ours or TimelineJS): text that begins with { or [ after blanks. */
    private static boolean looksLikeJson(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 1 << 16), StandardCharsets.UTF_8);
        String start = head.replace("\uFEFF", "").stripLeading();
        return start.startsWith("{") || start.startsWith("[");
    }

    /** Checks a result read from JSON, whose every problem has a line and a column. */
    public static LoadResult check(LoadResult result) {
        return check(result, false);
    }

    /**
     * Checks a result; with {@code sheet}, a problem may stand in a spreadsheet row instead (line 1 or later,
     * column 0: {@link Problem#isRow()}), which is how the window and the command line place it.
     */
    public static LoadResult check(LoadResult result, boolean sheet) {
        if (result == null) {
            throw new AssertionError("the loader gave no result");
        }
        for (Problem p : result.problems()) {
            if (p.line() < 1 || p.column() < 1 && !(sheet && p.isRow())) {
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
