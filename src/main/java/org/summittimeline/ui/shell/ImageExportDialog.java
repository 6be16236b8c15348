package org.summittimeline.ui.shell;

import atlantafx.base.theme.Styles;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import org.summittimeline.export.ImageTheme;
import org.summittimeline.export.PictureRequest;
import org.summittimeline.export.TimeInput;
import org.summittimeline.model.Timeline;
import org.summittimeline.query.Words;
import org.summittimeline.ui.SaveFolder;
import org.summittimeline.ui.Texts;

/**
 * Asks what the exported image shows (the current view, or a time range typed in the display zone), how wide,
 * at which scale, as PNG or SVG, in which colours; then where to write it. Bad times are said in the dialog,
 * which cannot be confirmed until they read.
 */
final class ImageExportDialog {
    /** What the reader chose; the range in epoch seconds. */
    record Choice(double from, double to, int width, double scale, boolean svg, ImageTheme theme, Path file) {
    }

    private ImageExportDialog() {
    }

    /**
     * @param viewFrom the time at the left edge of the timeline on screen
     * @param viewTo   the time at its right edge
     */
    static Optional<Choice> ask(Window owner, SaveFolder folder, Timeline timeline, ZoneId zone, double viewFrom,
                                double viewTo,
                                int viewWidth, ImageTheme theme) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(Texts.get("export.image.title"));
        dialog.setHeaderText(Texts.get("export.image.header"));
        ToggleGroup what = new ToggleGroup();
        DateTimeFormatter shown = Words.current().dayAndClock();
        RadioButton view = DialogParts.radio(what, "export-image-view", Texts.format("export.image.view",
                shown.format(at(viewFrom, zone)) + " \u2013 " + shown.format(at(viewTo, zone))), true);
        RadioButton range = DialogParts.radio(what, "export-image-range", Texts.format("export.image.range", ZoneChoices.label(zone)), false);
        // The range as the reader's language writes dates in figures, beside labels in that language (ISO is read too).
        Locale language = Words.current().locale();
        String example = TimeInput.format((long) Math.floor(viewFrom), zone, language);
        TextField from = field("export-image-from", example, example);
        TextField to = field("export-image-to", TimeInput.format((long) Math.ceil(viewTo), zone, language), example);
        from.disableProperty().bind(range.selectedProperty().not());
        to.disableProperty().bind(range.selectedProperty().not());
        // One line under the fields says how to write a time, or what is wrong with the one written. Its room is
        // kept for two lines either way, so that the buttons stay where they are as the message comes and goes.
        Label problem = new Label();
        problem.setId("export-image-problem");
        problem.setStyle("-fx-min-height: 2.8em; -fx-pref-width: 33em;");
        DialogParts.wrapped(problem);
        String hint = Texts.format("export.image.rangeHint", example, example.substring(0, example.indexOf(' ')),
                TimeInput.formatIso((long) Math.floor(viewFrom), zone));
        // A message longer than two lines still shows whole: the dialog grows with it.
        problem.textProperty().addListener((obs, old, text) -> {
            if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        });
        Spinner<Integer> width = new Spinner<>(PictureRequest.MIN_WIDTH, PictureRequest.MAX_WIDTH,
                Math.max(1200, Math.min(PictureRequest.MAX_WIDTH, viewWidth)), 100);
        width.setEditable(true);
        width.setId("export-image-width");
        // In letters: at a fixed 110 px the largest type showed "12" of 1200.
        width.setStyle("-fx-pref-width: 8em;");
        ToggleGroup scale = new ToggleGroup();
        RadioButton once = DialogParts.radio(scale, "export-image-1x", "1\u00d7", true);
        RadioButton twice = DialogParts.radio(scale, "export-image-2x", "2\u00d7", false);
        ToggleGroup format = new ToggleGroup();
        RadioButton png = DialogParts.radio(format, "export-image-png", "PNG", true);
        RadioButton svg = DialogParts.radio(format, "export-image-svg", "SVG", false);
        ToggleGroup colours = new ToggleGroup();
        RadioButton light = DialogParts.radio(colours, "export-image-light", Texts.get("export.image.light"), theme == ImageTheme.LIGHT);
        RadioButton dark = DialogParts.radio(colours, "export-image-dark", Texts.get("export.image.dark"), theme == ImageTheme.DARK);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(10);
        DialogParts.padded(grid);
        grid.add(view, 0, 0, 2, 1);
        grid.add(range, 0, 1, 2, 1);
        // "from" and "to" a row each: side by side, at 250 % type the two fields made the dialog 1,450 px wide.
        grid.addRow(2, whole("export.image.from"), from);
        grid.addRow(3, whole("export.image.to"), to);
        grid.add(problem, 0, 4, 2, 1);
        grid.addRow(5, whole("export.image.width"), width);
        grid.addRow(6, whole("export.image.scale"), row(once, twice));
        grid.addRow(7, whole("export.image.format"), row(png, svg));
        grid.addRow(8, whole("export.image.theme"), row(light, dark));
        DialogParts.exportCancel(dialog, grid, owner);

        // The typed range is read again as it changes; what is wrong is said at once, and Export… waits until it reads.
        BooleanBinding invalid = Bindings.createBooleanBinding(() -> {
            String message = range.isSelected() ? rangeProblem(from.getText(), to.getText(), zone, language, example)
                    : null;
            problem.setText(message == null ? hint : message);
            problem.getStyleClass().removeAll("danger", "text-muted");
            problem.getStyleClass().add(message == null ? "text-muted" : "danger");
            // Each field that does not read is outlined, so a second wrong one is seen beside the first's message.
            boolean fromReads = TimeInput.parse(from.getText(), zone, language).isPresent();
            from.pseudoClassStateChanged(Styles.STATE_DANGER, message != null && !fromReads);
            to.pseudoClassStateChanged(Styles.STATE_DANGER, message != null
                    && (fromReads || TimeInput.parse(to.getText(), zone, language).isEmpty()));
            return message != null;
        }, range.selectedProperty(), from.textProperty(), to.textProperty());
        Node ok = DialogParts.goButton(dialog);
        ok.disableProperty().bind(invalid);
        if (!DialogParts.confirmed(dialog)) {
            return Optional.empty();
        }
        double start = viewFrom;
        double end = viewTo;
        if (range.isSelected()) {
            start = TimeInput.parse(from.getText(), zone, language).getAsLong();
            end = TimeInput.parse(to.getText(), zone, language).getAsLong();
        }
        boolean asSvg = svg.isSelected();
        String extension = asSvg ? "svg" : "png";
        double chosenStart = start;
        double chosenEnd = end;
        return DialogParts.saveAs(owner, folder, Texts.get("export.image.chooser"),
                FindingsExport.suggestedName(timeline, "timeline." + extension), extension.toUpperCase(Locale.ROOT), extension)
                .map(file -> new Choice(chosenStart, chosenEnd, width.getValue(), twice.isSelected() ? 2 : 1, asSvg,
                        dark.isSelected() ? ImageTheme.DARK : ImageTheme.LIGHT, file));
    }

    /** What is wrong with a typed range, or null when it reads; {@code example}: a time as the fields write it. */
    static String rangeProblem(String from, String to, ZoneId zone, Locale language, String example) {
        String day = example.substring(0, example.indexOf(' '));
        OptionalLong start = TimeInput.parse(from, zone, language);
        OptionalLong end = TimeInput.parse(to, zone, language);
        if (start.isEmpty()) {
            String first = notATime(from, language, example, day);
            // The second's reason too where it has a time's shape: "Nor is “2018-07-32 10:00”: day 32 is not …".
            return end.isPresent() ? first : first + " " + outOfRange("export.image.notEitherBecause", to, language)
                    .orElseGet(() -> Texts.format("export.image.notEither", to.strip()));
        }
        if (end.isEmpty()) {
            return notATime(to, language, example, day);
        }
        return end.getAsLong() > start.getAsLong() ? null : Texts.get("export.image.badRange");
    }

    /** "25:00" has a time's shape: its message names the figure out of range rather than the forms to write. */
    private static String notATime(String typed, Locale language, String example, String day) {
        return outOfRange("export.image.outOfRange", typed, language)
                .orElseGet(() -> Texts.format("export.image.badTime", typed.strip(), example, day));
    }

    /** {@code key}'s message naming the figure of {@code typed} that is out of range, where it has a time's shape. */
    private static Optional<String> outOfRange(String key, String typed, Locale language) {
        return TimeInput.outOfRange(typed, language).map(wrong -> Texts.format(key, typed.strip(),
                Texts.get("export.image.field." + wrong.field().name()), wrong.value(), wrong.min(), wrong.max()));
    }

    private static ZonedDateTime at(double epochSecond, ZoneId zone) {
        return Instant.ofEpochSecond((long) Math.floor(epochSecond)).atZone(zone);
    }

    private static TextField field(String id, String text, String example) {
        TextField f = new TextField(text);
        f.setId(id);
        f.setPromptText(Texts.format("export.image.timeHint", example));
        f.setPrefColumnCount(13);
        // Its time whole at a larger text size, where the dialog kept its width and cut "18:22" to "18:2".
        f.setMinWidth(Region.USE_PREF_SIZE);
        // As wide as a time needs, not as the choice above it that spans its column.
        f.setMaxWidth(Region.USE_PREF_SIZE);
        return f;
    }

    /** A label that keeps its words: at a larger text size the grid cut "to" to "…" rather than grow the dialog. */
    private static Label whole(String key) {
        Label label = new Label(Texts.get(key));
        label.setMinWidth(Region.USE_PREF_SIZE);
        return label;
    }

    private static HBox row(Node... nodes) {
        return new HBox(14, nodes);
    }
}
