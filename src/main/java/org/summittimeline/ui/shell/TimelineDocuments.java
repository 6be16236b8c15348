package org.summittimeline.ui.shell;

import java.nio.file.Path;
import org.summittimeline.format.LoadResult;

/** The loader service through which views obtain timelines; they never parse files themselves. */
public interface TimelineDocuments {

    LoadResult open(Path file);

    /** The Helsinki summit timeline that ships with the program. */
    LoadResult openBundled();
}
