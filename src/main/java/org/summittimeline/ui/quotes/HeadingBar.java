package org.summittimeline.ui.quotes;

import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

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

    private final Label heading;
    /** The heading and its note, one under the other, in the heading's place. */
    private final VBox block;
    private final Region toggles;

    HeadingBar(Label heading, Label note, Region toggles) {
        this.heading = heading;
        this.toggles = toggles;
        // A note without words takes no line.
        note.managedProperty().bind(note.textProperty().isNotEmpty());
        note.visibleProperty().bind(note.managedProperty());
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
        double row = Math.max(hh, th);
        block.resizeRelocate(x, y + (row - hh) / 2, hw, hh);
        toggles.resizeRelocate(x + inner - tw, y + (row - th) / 2, tw, th);
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
