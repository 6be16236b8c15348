package org.summittimeline.ui.lesson;

import java.nio.file.Path;
import javafx.stage.FileChooser;
import org.summittimeline.format.LessonFile;
import org.summittimeline.model.Timeline;
import org.summittimeline.ui.ExportName;
import org.summittimeline.ui.SaveFolder;
import org.summittimeline.ui.Texts;

/** The window that opens or saves a lesson file, and the names it and the handout are offered under. */
final class LessonChooser {
    private LessonChooser() {
    }

    /** A lesson's file is named after its timeline's file ("helsinki" for helsinki.json), or "lesson". */
    static String stem(String timelineName) {
        String name = timelineName == null ? "lesson" : Path.of(timelineName).getFileName().toString();
        return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    }

    /** Named from the timeline's title, as every export is (it had been the timeline file's name). */
    static String handoutName(Timeline timeline) {
        return ExportName.of(timeline, "handout.pdf");
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
