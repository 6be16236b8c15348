package org.summittimeline.app;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The line a command prints when its output cannot be written: what, why in plain words, and what to do. The
 * system's own message named the hidden temporary file written first ("/nonexistent/dir/.h.pdf.5ec5e6….tmp"),
 * which told a teacher nothing about the folder she had mistyped.
 */
final class CannotWrite {
    private CannotWrite() {
    }

    static String message(Path out, IOException e) {
        Path folder = out.toAbsolutePath().getParent();
        String why;
        if (folder != null && !Files.isDirectory(folder)) {
            why = Files.exists(folder) ? folder + " is a file, not a folder; choose a folder for --out"
                    : "there is no folder " + folder + "; create it first or choose another for --out";
        } else if (e instanceof AccessDeniedException || folder != null && !Files.isWritable(folder)) {
            why = "the folder " + folder + " may not be written to; choose another for --out";
        } else {
            why = e.getMessage();
        }
        return "summit-timeline: cannot write " + out + ": " + why;
    }
}
