package org.summittimeline.ui.shell;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.summittimeline.model.Timeline;
import org.summittimeline.ui.Texts;

/** Asks which events to export as CSV (those the filters show, or all) and whether with a byte-order mark. */
final class EventExportDialog {
    record Choice(boolean filtered, boolean byteOrderMark, Path file) {
    }

    private EventExportDialog() {
    }

    static Optional<Choice> ask(Window owner, Timeline timeline, int shown, int every) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(Texts.get("export.events.title"));
        dialog.setHeaderText(Texts.get("export.events.header"));
        ToggleGroup scope = new ToggleGroup();
        RadioButton filtered = new RadioButton(Texts.format("export.events.filtered", shown));
        filtered.setId("export-events-filtered");
        filtered.setToggleGroup(scope);
        filtered.setSelected(true);
        RadioButton all = new RadioButton(Texts.format("export.events.every", every));
        all.setId("export-events-every");
        all.setToggleGroup(scope);
        CheckBox bom = new CheckBox(Texts.get("export.events.bom"));
        bom.setId("export-events-bom");
        bom.setSelected(true);
        bom.setWrapText(true);
        bom.setMaxWidth(460);
        VBox content = new VBox(10, filtered, all, bom);
        content.setPadding(new Insets(8, 8, 0, 8));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        if (dialog.showAndWait().filter(b -> b == ButtonType.OK).isEmpty()) {
            return Optional.empty();
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("export.events.chooser"));
        chooser.setInitialFileName(FindingsExport.suggestedName(timeline, "events.csv"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV (*.csv)", "*.csv"));
        File file = chooser.showSaveDialog(owner);
        return file == null ? Optional.empty()
                : Optional.of(new Choice(filtered.isSelected(), bom.isSelected(), file.toPath()));
    }
}
