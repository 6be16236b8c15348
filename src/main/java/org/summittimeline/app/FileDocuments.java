package org.summittimeline.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.summittimeline.format.LoadResult;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.ui.shell.TimelineDocuments;

/**
 * The loader service the windows use: files through the loader, and the bundled timeline from the class path
 * (the jar carries a copy of data/), so the program opens it from any folder.
 */
public final class FileDocuments implements TimelineDocuments {
    static final String BUNDLED = "/data/helsinki-2018-summit.json";

    private final TimelineLoader loader;

    public FileDocuments(TimelineLoader loader) {
        this.loader = loader;
    }

    @Override
    public LoadResult open(Path file) {
        return loader.load(file);
    }

    @Override
    public LoadResult openBundled() {
        try (InputStream in = FileDocuments.class.getResourceAsStream(BUNDLED)) {
            if (in != null) {
                return loader.load(in, "helsinki-2018-summit.json");
            }
        } catch (IOException e) {
            // the copy in the jar is unreadable; the data folder beside the program is the fallback
        }
        return loader.load(Path.of("data", "helsinki-2018-summit.json"));
    }
}
