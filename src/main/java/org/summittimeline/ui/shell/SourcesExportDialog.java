package org.summittimeline.ui.shell;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import javafx.geometry.Pos;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.converter.LocalDateStringConverter;
import org.summittimeline.export.ReferenceFormat;
import org.summittimeline.model.Timeline;
import org.summittimeline.query.Words;
import org.summittimeline.ui.SaveFolder;
import org.summittimeline.ui.Texts;

/**
 * Asks which sources to export for a reference manager (those the shown events and quotes cite, or all), in
 * which format, and the day their addresses were checked (the timeline keeps no access date); then where.
 */
final class SourcesExportDialog {
    record Choice(boolean cited, ReferenceFormat format, LocalDate accessed, Path file) {
    }

    private SourcesExportDialog() {
    }

    static Optional<Choice> ask(Window owner, SaveFolder folder, Timeline timeline, int cited, int every,
                                LocalDate today) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(Texts.get("cite.sources.title"));
        dialog.setHeaderText(Texts.get("cite.sources.header"));
        ToggleGroup scope = new ToggleGroup();
        RadioButton shown = DialogParts.radio(scope, "export-sources-cited", Texts.format("cite.sources.cited", cited), true);
        RadioButton all = DialogParts.radio(scope, "export-sources-every", Texts.format("cite.sources.every", every), false);
        ToggleGroup formats = new ToggleGroup();
        VBox content = new VBox(10, shown, all, new Separator());
        for (ReferenceFormat f : ReferenceFormat.values()) {
            RadioButton b = DialogParts.radio(formats, "export-sources-" + f.extension(),
                    Texts.get("cite.sources." + (f == ReferenceFormat.CSL_JSON ? "csl" : f.name().toLowerCase(Locale.ROOT))),
                    f == ReferenceFormat.CSL_JSON);
            b.setUserData(f);
            content.getChildren().add(b);
        }
        DatePicker accessed = new DatePicker(today);
        accessed.setId("export-sources-accessed");
        // The picker writes dates as the machine's locale does (11/30/2026 in the US); the program writes them in
        // the language the reader chose, as everywhere else.
        accessed.setConverter(new LocalDateStringConverter(Words.current().dateFormat(), null));
        Label note = DialogParts.wrapped(new Label(Texts.get("cite.sources.accessedNote")));
        note.getStyleClass().add("text-muted");
        Label accessedOn = new Label(Texts.get("cite.sources.accessed"));
        accessedOn.setLabelFor(accessed);
        HBox accessedRow = new HBox(10, accessedOn, accessed);
        // On the line of the date's letters: at the top of the row the label stood higher than the field's words.
        accessedRow.setAlignment(Pos.BASELINE_LEFT);
        content.getChildren().addAll(new Separator(), accessedRow, note);
        DialogParts.padded(content);
        DialogParts.exportCancel(dialog, content, owner);
        if (!DialogParts.confirmed(dialog)) {
            return Optional.empty();
        }
        ReferenceFormat format = (ReferenceFormat) formats.getSelectedToggle().getUserData();
        LocalDate day = accessed.getValue() == null ? today : accessed.getValue();
        return DialogParts.saveAs(owner, folder, Texts.get("cite.sources.chooser"),
                FindingsExport.suggestedName(timeline, "sources." + format.extension()), format.label(), format.extension())
                .map(file -> new Choice(shown.isSelected(), format, day, file));
    }
}
