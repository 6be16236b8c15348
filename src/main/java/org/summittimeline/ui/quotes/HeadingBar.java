package org.summittimeline.ui.quotes;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.summittimeline.ui.Labels;

/**
 * The quote panel's heading, with its note under it when it has one, beside its toggles while the heading keeps room
 * for a dozen letters there, else above them, right-aligned below it: in large type beside toggles that keep their
 * words, the heading wrapped a word or a syllable a line ("1 quote / of / “Trump / :").
 */
final class HeadingBar extends Region {
    /** Between the heading and the toggles, across or down. */
    static final double GAP = 8;
    /** The least room the heading keeps beside the toggles, in its own font's size. */
    static final double LEAST_EMS = 12;
    /** The most lines the heading and its note take. */
    static final int HEADING_LINES = 3;
    static final int NOTE_LINES = 2;

    private final Label heading;
    private final Label note;
    /** The heading and its note, one under the other, in the heading's place. */
    private final VBox block;
    private final Region toggles;

    HeadingBar(Label heading, Label note, Region toggles) {
        this.heading = heading;
        this.note = note;
        this.toggles = toggles;
        // A note without words takes no line.
        note.managedProperty().bind(note.textProperty().isNotEmpty());
        note.visibleProperty().bind(note.managedProperty());
        // At most three lines and two, cut with "…" and whole in their tooltips: at 250 % in a 1280-px window an
        // event's long title in them had filled the panel, and not one quote showed under them (a new user's walk).
        Labels.atMostLines(heading, HEADING_LINES);
        Labels.atMostLines(note, NOTE_LINES);
        note.textProperty().addListener((obs, old, text) -> note.setTooltip(text.isEmpty() ? null : new Tooltip(text)));
        block = new VBox(2, heading, note);
        block.setMinWidth(0);
        getChildren().addAll(block, toggles);
        setPadding(new Insets(8, 10, 8, 10));
    }

    /** Whether, {@code width} wide, the heading stands above the toggles rather than beside them. */
    boolean stacked(double width) {
        double inner = width - snappedLeftInset() - snappedRightInset();
        return inner - toggles.prefWidth(-1) - GAP < heading.getFont().getSize() * LEAST_EMS;
    }

    @Override
    protected void layoutChildren() {
        double x = snappedLeftInset();
        double y = snappedTopInset();
        double inner = getWidth() - x - snappedRightInset();
        double tw = toggles.prefWidth(-1);
        double th = toggles.prefHeight(tw);
        if (stacked(getWidth())) {
            double hh = block.prefHeight(inner);
            block.resizeRelocate(x, y, inner, hh);
            toggles.resizeRelocate(x + inner - tw, y + hh + GAP, tw, th);
            return;
        }
        double hw = Math.max(0, inner - tw - GAP);
        double hh = block.prefHeight(hw);
        // The toggles beside the heading's first line and the note's, however many more the two wrap to: centred on
        // the whole block, they moved 10 px down and up again as the Left key stepped from an event whose title
        // wrapped its note to two lines to one whose title did not.
        double row = Math.max(Math.min(hh, firstLines()), th);
        block.resizeRelocate(x, y + Math.max(0, (row - hh) / 2), hw, hh);
        toggles.resizeRelocate(x + inner - tw, y + (row - th) / 2, tw, th);
    }

    /**
     * The height of one line of the heading's font and, where there is a note, one of the note's under it: the
     * heading and note's first lines, or the heading's first two where it wraps. The toggles stand beside these.
     */
    private double firstLines() {
        double lines = heading.snappedTopInset() + Labels.linesHeight(heading, 1) + heading.snappedBottomInset();
        if (note.isManaged()) {
            lines += block.getSpacing() + note.snappedTopInset() + Labels.linesHeight(note, 1)
                    + note.snappedBottomInset();
        }
        return lines;
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = width < 0 ? computePrefWidth(-1) : width;
        double inner = w - snappedLeftInset() - snappedRightInset();
        double tw = toggles.prefWidth(-1);
        double th = toggles.prefHeight(tw);
        double body = stacked(w) ? block.prefHeight(inner) + GAP + th
                : Math.max(block.prefHeight(Math.max(0, inner - tw - GAP)), th);
        return snappedTopInset() + body + snappedBottomInset();
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + block.prefWidth(-1) + GAP + toggles.prefWidth(-1) + snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + toggles.prefWidth(-1) + snappedRightInset();
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }
}
