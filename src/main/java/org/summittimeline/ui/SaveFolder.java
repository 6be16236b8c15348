package org.summittimeline.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/**
 * Where a save window opens: in the folder saved to last, else beside the open timeline, else in the home folder.
 * A researcher exports quotes, events, an image and the sources one after another, into one folder; without an
 * initial folder the system's window opened wherever the program was started from.
 */
public final class SaveFolder {
    /**
     * Where a file was written, for the status bar: its name and its folder. The name alone ("Exported 29 quotes to
     * the-trump-…-quotes.csv", "Saved the lesson to …") did not say which folder the save dialog had been in.
     */
    public static String placeOf(Path target) {
        Path folder = target.toAbsolutePath().getParent();
        return folder == null ? String.valueOf(target.getFileName())
                : Texts.format("export.place", target.getFileName(), folder);
    }

    private final Settings settings;
    private final Supplier<Path> openFile;

    /** {@code openFile} tells the file on screen, or null (the bundled timeline, none yet). */
    public SaveFolder(Settings settings, Supplier<Path> openFile) {
        this.settings = settings;
        this.openFile = openFile;
    }

    /** The folder the next save window opens in; null (the system's choice) when not even the home folder is there. */
    public Path initial() {
        Path last = settings.folder(Settings.Key.LAST_SAVE_FOLDER);
        if (last != null) {
            return last;
        }
        Path open = openFile.get();
        Path beside = open == null ? null : open.toAbsolutePath().getParent();
        if (beside != null && Files.isDirectory(beside)) {
            return beside;
        }
        String home = System.getProperty("user.home");
        try {
            // A blank home would be Path.of(""), the working folder: the very place a save window should not open.
            return home == null || home.isBlank() || !Files.isDirectory(Path.of(home)) ? null : Path.of(home);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** A save window with its title, suggested name and the one kind of file it saves, opening in {@link #initial}. */
    FileChooser chooser(String title, String suggested, FileChooser.ExtensionFilter kind) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggested);
        chooser.getExtensionFilters().add(kind);
        Path folder = initial();
        if (folder != null) {
            chooser.setInitialDirectory(folder.toFile());
        }
        return chooser;
    }

    /**
     * Asks where to save in a window made by {@link #chooser} and remembers the folder of the file chosen; empty on
     * Cancel.
     */
    public Optional<Path> ask(Window owner, String title, String suggested, FileChooser.ExtensionFilter kind) {
        File file = chooser(title, suggested, kind).showSaveDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        remember(file.toPath());
        return Optional.of(file.toPath());
    }

    /** Remembers the folder {@code saved} is in, for the next save window. */
    public void remember(Path saved) {
        Path folder = saved.toAbsolutePath().getParent();
        if (folder != null) {
            settings.put(Settings.Key.LAST_SAVE_FOLDER, folder.toString());
        }
    }
}
