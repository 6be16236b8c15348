package org.summittimeline.ui.shell;

import java.nio.file.Path;
import org.summittimeline.format.LoadResult;

/** The loader service through which views obtain timelines; they never parse files themselves. */
public interface TimelineDocuments {

    LoadResult open(Path file);

    /**
     * Opens {@code file}, telling {@code progress} how far reading has come and giving up soon after it is
     * cancelled. The default tells nothing and reads to the end; the window then only drops the result.
     */
    default LoadResult open(Path file, ReadProgress progress) {
        return open(file);
    }

    /** The Helsinki summit timeline that ships with the program. */
    LoadResult openBundled();
}
