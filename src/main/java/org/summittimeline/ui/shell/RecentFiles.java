package org.summittimeline.ui.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import org.summittimeline.ui.Settings;

/** The ten files opened last, newest first, kept in the settings; File ▸ Open Recent shows them. */
final class RecentFiles {
    private static final Logger LOG = Logger.getLogger(RecentFiles.class.getName());
    static final int LIMIT = 10;

    private final Settings settings;

    RecentFiles(Settings settings) {
        this.settings = settings;
    }

    void remember(Path file) {
        List<Path> files = new ArrayList<>(list());
        files.remove(file.toAbsolutePath());
        files.add(0, file.toAbsolutePath());
        settings.put(Settings.Key.RECENT_FILES, String.join("\n", files.stream().limit(LIMIT).map(Path::toString).toList()));
    }

    /**
     * A file that opened with errors is remembered too, when it is there to open again: whoever mends it by hand
     * opens it again after the next start, and found it missing from the list. A missing file is not.
     */
    void rememberIfThere(Path file) {
        if (file != null && Files.isRegularFile(file)) {
            remember(file);
        }
    }

    List<Path> list() {
        String stored = settings.get(Settings.Key.RECENT_FILES);
        List<Path> out = new ArrayList<>();
        for (String line : stored == null ? new String[0] : stored.split("\n")) {
            try {
                if (!line.isBlank() && out.size() < LIMIT) {
                    out.add(Path.of(line.strip()));
                }
            } catch (RuntimeException notAPath) {
                LOG.warning(() -> "a remembered file is not a path: " + line);
            }
        }
        return out;
    }
}
