package org.summittimeline.ui.shell;

import org.summittimeline.ui.SaveFolder;
import org.summittimeline.ui.Texts;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.summittimeline.ui.AppState;

/** Asks which quotes to export, saying how many each choice writes, and then where. */
final class ExportDialog {
    private ExportDialog() {
    }

    /** The chosen scope and file, or empty when the reader cancels. */
    static Optional<Choice> ask(Window owner, SaveFolder folder, AppState state) {
        Dialog<QuoteExport.Scope> dialog = new Dialog<>();
        dialog.setTitle(Texts.get("window.quotes.title"));
        dialog.setHeaderText(Texts.get("window.quotes.header"));
        ToggleGroup group = new ToggleGroup();
        VBox choices = new VBox(8);
        DialogParts.padded(choices);
        for (QuoteExport.Scope scope : QuoteExport.Scope.values()) {
            int n = QuoteExport.quotes(scope, state).size();
            RadioButton option = DialogParts.radio(group, "export-" + scope.name().toLowerCase(Locale.ROOT),
                    Texts.format("window.quotes.option", scope.label(), n), scope == QuoteExport.Scope.PANEL);
            option.setUserData(scope);
            choices.getChildren().add(option);
        }
        // A choice, as the events' export offers it: told as a fact, it could not be turned off for other tools.
        CheckBox bom = DialogParts.byteOrderMark("export-quotes-bom");
        CheckBox semicolons = DialogParts.semicolons("export-quotes-semicolons");
        choices.getChildren().addAll(bom, semicolons);
        DialogParts.exportCancel(dialog, choices, owner);
        dialog.setResultConverter(b -> DialogParts.isGo(b) ? (QuoteExport.Scope) group.getSelectedToggle().getUserData() : null);
        Optional<QuoteExport.Scope> scope = dialog.showAndWait();
        // A file that failed to load while the dialog was open leaves nothing to export.
        if (scope.isEmpty() || state.query() == null) {
            return Optional.empty();
        }
        return DialogParts.saveAs(owner, folder, Texts.get("window.quotes.chooser"), QuoteExport.suggestedName(state.query().timeline()),
                "CSV", "csv").map(file -> new Choice(scope.get(), bom.isSelected(), DialogParts.separator(semicolons),
                        file));
    }

    record Choice(QuoteExport.Scope scope, boolean byteOrderMark, char separator, Path file) {
    }
}
