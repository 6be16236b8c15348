package org.summittimeline.ui.compare;

import java.nio.file.Path;
import java.util.function.UnaryOperator;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.summittimeline.ui.AppState;
import org.summittimeline.ui.SaveFolder;
import org.summittimeline.ui.Texts;
import org.summittimeline.ui.Theme;

/**
 * The comparison in a window of its own beside the viewer: columns of quotes need the width that the quote
 * panel's tab does not have at 1280 × 720. One window per viewer; asking again brings it to the front.
 */
public final class CompareWindow {
    private final Stage stage = new Stage();
    private final CompareView view;
    private final SaveFolder saveFolder;

    public CompareWindow(Window owner, AppState state, UnaryOperator<Path> openFileFor, SaveFolder saveFolder) {
        this.saveFolder = saveFolder;
        view = new CompareView(state, name -> chooseTarget(name), openFileFor);
        stage.initOwner(owner);
        stage.setTitle(Texts.get("compare.title"));
        // Nearly the viewer's size, as the README says: capped at 1400 x 900, it had left a quarter of a 1920-pixel
        // viewer on either side, and its bar's words cut at larger type.
        double width = owner == null ? 1100 : Math.max(800, owner.getWidth() - 40);
        double height = owner == null ? 640 : Math.max(480, owner.getHeight() - 40);
        Scene scene = new Scene(view, width, height);
        if (owner != null && owner.getScene() != null) {
            // The owner's stylesheets carry the theme's extras and the type size.
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        view.offerClose(stage::close);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), stage::close);
        stage.setScene(scene);
        Theme.fillWhenShown(stage);
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    public CompareView view() {
        return view;
    }

    public Stage stage() {
        return stage;
    }

    private Path chooseTarget(String suggested) {
        return saveFolder.ask(stage, Texts.get("compare.exportTitle"), suggested,
                new FileChooser.ExtensionFilter("CSV (*.csv)", "*.csv")).orElse(null);
    }
}
