package org.summittimeline.ui.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.summittimeline.format.LessonFile;

/** The SHA-256 a lesson names its timeline by: of the file on screen, or of the bundled timeline. */
final class TimelineHash {
    private static final String BUNDLED = "/data/helsinki-2018-summit.json";

    private TimelineHash() {
    }

    /** The hash of {@code file}'s bytes as read now (null: the bundled timeline); null when they cannot be read. */
    static String of(Path file) {
        try {
            if (file != null) {
                return LessonFile.sha256(file);
            }
            try (InputStream in = TimelineHash.class.getResourceAsStream(BUNDLED)) {
                return in == null ? null : LessonFile.sha256(in);
            }
        } catch (IOException e) {
            return null;
        }
    }
}
