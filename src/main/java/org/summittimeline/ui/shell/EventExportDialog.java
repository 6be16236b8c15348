package org.summittimeline.ui.shell;

import java.nio.file.Path;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.summittimeline.model.Timeline;
import org.summittimeline.ui.SaveFolder;
import org.summittimeline.ui.Texts;

/** Asks which events to export as CSV (those the filters show, or all) and whether with a byte-order mark. */
final class EventExportDialog {
    record Choice(boolean filtered, boolean byteOrderMark, char separator, Path file) {
    }

    private EventExportDialog() {
    }

    static Optional<Choice> ask(Window owner, SaveFolder folder, Timeline timeline, int shown, int every) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(Texts.get("export.events.title"));
        dialog.setHeaderText(Texts.get("export.events.header"));
        ToggleGroup scope = new ToggleGroup();
        RadioButton filtered = DialogParts.radio(scope, "export-events-filtered", Texts.format("export.events.filtered", shown),
                true);
        RadioButton all = DialogParts.radio(scope, "export-events-every", Texts.format("export.events.every", every), false);
        CheckBox bom = DialogParts.byteOrderMark("export-events-bom");
        CheckBox semicolons = DialogParts.semicolons("export-events-semicolons");
        VBox content = new VBox(10, filtered, all, bom, semicolons);
        DialogParts.padded(content);
        DialogParts.exportCancel(dialog, content, owner);
        if (!DialogParts.confirmed(dialog)) {
            return Optional.empty();
        }
        return DialogParts.saveAs(owner, folder, Texts.get("export.events.chooser"),
                FindingsExport.suggestedName(timeline, "events.csv"), "CSV", "csv")
                .map(file -> new Choice(filtered.isSelected(), bom.isSelected(), DialogParts.separator(semicolons),
                        file));
    }
}
