package org.summittimeline.ui.shell;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import org.summittimeline.ui.Texts;

/**
 * A timeline file dropped anywhere on the window opens it. The scene takes the drop, so it works over every
 * pane; one file is opened, and a folder or several files are refused with a sentence saying what to drop.
 */
final class FileDrop {
    private final StatusLine status;
    private final Consumer<Path> open;
    private final EventHandler<DragEvent> over = this::over;
    private final EventHandler<DragEvent> dropped = this::dropped;

    private FileDrop(StatusLine status, Consumer<Path> open) {
        this.status = status;
        this.open = open;
    }

    static void install(Node root, StatusLine status, Consumer<Path> open) {
        FileDrop drop = new FileDrop(status, open);
        if (root.getScene() != null) {
            drop.attach(root.getScene());
        }
        root.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removeEventHandler(DragEvent.DRAG_OVER, drop.over);
                old.removeEventHandler(DragEvent.DRAG_DROPPED, drop.dropped);
            }
            if (scene != null) {
                drop.attach(scene);
            }
        });
    }

    private void attach(Scene scene) {
        scene.addEventHandler(DragEvent.DRAG_OVER, over);
        scene.addEventHandler(DragEvent.DRAG_DROPPED, dropped);
    }

    /** Anything with files is taken, so that a wrong drop can be explained rather than silently bounce. */
    private void over(DragEvent e) {
        if (e.getDragboard().hasFiles()) {
            e.acceptTransferModes(TransferMode.COPY);
            e.consume();
        }
    }

    private void dropped(DragEvent e) {
        Dragboard board = e.getDragboard();
        if (!board.hasFiles()) {
            return;
        }
        List<File> files = board.getFiles();
        String refusal = refusal(files);
        if (refusal != null) {
            status.say(refusal);
            e.setDropCompleted(false);
        } else {
            open.accept(files.get(0).toPath());
            e.setDropCompleted(true);
        }
        e.consume();
    }

    /** Null when {@code files} is one file that can be read; else what to tell the reader. */
    static String refusal(List<File> files) {
        if (files.isEmpty()) {
            return Texts.get("open.dropNothing");
        }
        if (files.size() > 1) {
            return Texts.format("open.dropSeveral", files.size());
        }
        Path path = files.get(0).toPath();
        if (Files.isDirectory(path)) {
            return Texts.format("open.dropFolder", path.getFileName());
        }
        if (!Files.isRegularFile(path)) {
            return Texts.format("open.dropNotFile", path.getFileName());
        }
        return null;
    }
}
