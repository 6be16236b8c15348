package org.summittimeline.ui.shell;

import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.OverrunStyle;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.summittimeline.format.LineExcerpts;
import org.summittimeline.format.Problem;
import org.summittimeline.format.ProblemGroups;
import org.summittimeline.ui.Texts;
import org.summittimeline.ui.WrappingCell;

/**
 * A problem as the list shows it: its message, and under it the file's line with a caret under the place, where the
 * line has been read (only under the selected problem, {@code ofSelectedOnly}, beside a timeline).
 */
final class ProblemCell extends WrappingCell<ProblemGroups.Line> {
    private final Supplier<LineExcerpts> excerpts;
    private final boolean excerptOfSelectedOnly;
    private final Label message = new Label();
    /** The file's line under the message, and a caret placed under the place by the letters' drawn width. */
    private final Label excerptLine = new Label();
    private final Label caretLine = new Label("^");
    /** The line above a line of punctuation alone ("," or "}"), whose problem is what the line above left open. */
    private final Label aboveLine = new Label();
    private final VBox withExcerpt = new VBox(0, message, aboveLine, excerptLine, caretLine);

    ProblemCell(Supplier<LineExcerpts> excerpts, boolean ofSelectedOnly) {
        this.excerpts = excerpts;
        this.excerptOfSelectedOnly = ofSelectedOnly;
        message.setWrapText(true);
        message.getStyleClass().add("problem-message");
        excerptLine.getStyleClass().add("problem-excerpt");
        caretLine.getStyleClass().add("problem-excerpt");
        // A line cut by the list's edge says so rather than running on unseen.
        excerptLine.setTextOverrun(OverrunStyle.ELLIPSIS);
        excerptLine.setMinWidth(0);
        aboveLine.getStyleClass().add("problem-excerpt-above");
        aboveLine.setTextOverrun(OverrunStyle.ELLIPSIS);
        aboveLine.setMinWidth(0);
        VBox.setMargin(aboveLine, new Insets(2, 0, 0, 0));
    }

    @Override
    protected void updateItem(ProblemGroups.Line line, boolean empty) {
        super.updateItem(line, empty);
        getStyleClass().removeAll("error", "warning");
        setGraphic(null);
        setAccessibleText(null);
        // Every line wraps, the count of lines like it too, which a fresh cell may show first.
        setWrapText(true);
        if (empty || line == null) {
            setText(null);
            return;
        }
        Problem p = line.problem();
        getStyleClass().add(p.isError() ? "error" : "warning");
        if (line.isCount()) {
            setText(Texts.format("import.moreLikeThis", line.moreLikeThis()));
            return;
        }
        String where = p.isRow() ? Texts.format("import.problemRow", p.line())
                : p.line() > 0 ? Texts.format("window.problems.at", p.line(), p.column()) + " \u2014 " : "";
        String said = Texts.get(p.isError() ? "window.problems.error" : "window.problems.warning") + ": "
                + where + p.describe();
        LineExcerpts.Excerpt excerpt = excerpts.get().at(p);
        if (excerpt == null || excerptOfSelectedOnly && !getListView().getSelectionModel().isSelected(getIndex())) {
            setText(said);
            return;
        }
        // The message above the file's line: one graphic, as a label's skin centres text and graphic on
        // each other; read out as the message alone.
        setText(null);
        message.setText(said);
        aboveLine.setText(excerpt.above());
        aboveLine.setManaged(excerpt.above() != null);
        aboveLine.setVisible(excerpt.above() != null);
        VBox.setMargin(excerptLine, excerpt.above() != null ? Insets.EMPTY : new Insets(2, 0, 0, 0));
        excerptLine.setText(excerpt.text());
        // Placed by the width of the letters before it in the line's own font: wide letters (CJK) are
        // wider than a space even where every other letter is as wide as the next.
        caretLine.translateXProperty().bind(Bindings.createDoubleBinding(
                () -> widthBefore(excerpt, excerptLine.getFont()), excerptLine.fontProperty()));
        setGraphic(withExcerpt);
        setAccessibleText(said);
    }

    /** Measures for the caret; on the UI thread, which alone lays out. */
    private static final Text MEASURE = new Text();

    private static double widthBefore(LineExcerpts.Excerpt excerpt, Font font) {
        MEASURE.setFont(font);
        String text = excerpt.text();
        MEASURE.setText(text.substring(0, Math.min(excerpt.caret(), text.length())));
        double width = MEASURE.getLayoutBounds().getWidth();
        if (excerpt.caret() > text.length()) {
            // Just past the line's end (a missing comma): a space's width for each column beyond it.
            MEASURE.setText("  ");
            double two = MEASURE.getLayoutBounds().getWidth();
            MEASURE.setText(" ");
            width += (excerpt.caret() - text.length()) * (two - MEASURE.getLayoutBounds().getWidth());
        }
        MEASURE.setText("");
        return width;
    }
}
