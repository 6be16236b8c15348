package org.summittimeline.ui.lesson;

import java.nio.file.Path;
import javafx.stage.FileChooser;
import org.summittimeline.format.LessonFile;
import org.summittimeline.ui.SaveFolder;
import org.summittimeline.ui.Texts;

/** The window that opens or saves a lesson file. */
final class LessonChooser {
    private LessonChooser() {
    }

    /**
     * Opening beside the timeline, whose file the lesson names; for the bundled timeline, which has no folder, where
     * files were saved last ({@link SaveFolder}): it had opened in the folder the program was started from.
     */
    static FileChooser of(String title, Path timelineFile, SaveFolder saved) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.get("lesson.files"),
                "*" + LessonFile.SUFFIX));
        Path folder = initialFolder(timelineFile, saved);
        if (folder != null) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }

    static Path initialFolder(Path timelineFile, SaveFolder saved) {
        return timelineFile == null ? saved.initial() : timelineFile.toAbsolutePath().getParent();
    }
}
