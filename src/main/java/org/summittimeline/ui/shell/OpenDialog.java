package org.summittimeline.ui.shell;

import org.summittimeline.ui.Texts;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.summittimeline.ui.Settings;

/** File ▸ Open: a file chooser that starts in the folder last opened from, and remembers the new one. */
final class OpenDialog {
    private OpenDialog() {
    }

    /** What the chooser offers: first every file the program opens (our JSON, TimelineJS JSON and sheets). */
    static List<FileChooser.ExtensionFilter> filters() {
        return List.of(new FileChooser.ExtensionFilter(Texts.get("window.open.timelines"), "*.json", "*.csv"),
                new FileChooser.ExtensionFilter(Texts.get("window.open.all"), "*.*"));
    }

    static Optional<Path> choose(Window owner, Settings settings) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("window.open.title"));
        chooser.getExtensionFilters().addAll(filters());
        Path last = settings.folder(Settings.Key.LAST_FOLDER);
        if (last != null) {
            chooser.setInitialDirectory(last.toFile());
        }
        File file = chooser.showOpenDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        settings.put(Settings.Key.LAST_FOLDER, file.getParent());
        return Optional.of(file.toPath());
    }
}
