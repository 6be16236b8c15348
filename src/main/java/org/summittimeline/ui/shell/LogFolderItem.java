package org.summittimeline.ui.shell;

import java.nio.file.Path;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.summittimeline.ui.StockButtons;
import org.summittimeline.ui.Texts;
import org.summittimeline.ui.VisibleFocus;

/**
 * Help ▸ Open Log Folder: opens the folder in the system's file manager; where none can be asked, shows the
 * folder's path to copy, so a bug report can still include the log.
 */
final class LogFolderItem {
    private LogFolderItem() {
    }

    /** {@code reveal} opens a folder and says whether it could. */
    static MenuItem of(Path folder, Predicate<Path> reveal, Supplier<Window> owner) {
        MenuItem item = new MenuItem(Texts.get("app.logs.open"));
        item.setId("menu-log-folder");
        item.setMnemonicParsing(false);
        item.setOnAction(e -> {
            if (!reveal.test(folder)) {
                showPath(folder, owner.get());
            }
        });
        return item;
    }

    private static void showPath(Path folder, Window owner) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        StockButtons.inTheProgramsWords(alert);
        VisibleFocus.whenOpened(alert);
        alert.setTitle(Texts.get("app.logs.title"));
        alert.setHeaderText(Texts.get("app.logs.header"));
        // A text field, not a label: the path can be selected and copied in part.
        TextField path = new TextField(folder.toAbsolutePath().toString());
        path.setId("log-folder-path");
        path.setEditable(false);
        path.setPrefColumnCount(48);
        VBox box = new VBox(path);
        box.setPadding(new Insets(12, 12, 4, 12));
        alert.getDialogPane().setContent(box);
        alert.getDialogPane().setId("log-folder");
        ButtonType copy = new ButtonType(Texts.get("app.logs.copy"), ButtonBar.ButtonData.LEFT);
        alert.getButtonTypes().setAll(copy, ButtonType.CLOSE);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.resultProperty().addListener((obs, old, chosen) -> {
            if (chosen == copy) {
                ClipboardContent content = new ClipboardContent();
                content.putString(path.getText());
                Clipboard.getSystemClipboard().setContent(content);
            }
        });
        alert.show();
    }
}
