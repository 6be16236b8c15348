package org.summittimeline.ui;

import java.util.Collection;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.layout.Region;
import org.controlsfx.control.CheckComboBox;

/**
 * How wide a closed combo box is: as the widest of the texts it can show, in the type it is drawn in. A combo box
 * measures its list instead, and that list is never narrower than the box itself, so a box only ever grew: the
 * Compare window's boxes kept their width at 250 % after the type went back to 100 %, and sent the export button to
 * a second row. Measured here, a box narrows with its type, and its list, still as wide as its widest row, may open
 * wider than the box.
 */
public final class BoxWidth {
    private BoxWidth() {
    }

    /** The width for {@code box} to show each of {@code texts} whole; NaN before it is skinned. */
    public static double of(ComboBox<?> box, Collection<String> texts) {
        return fitting(box, box, texts);
    }

    /** The width for {@code box} to show each of {@code captions} whole; NaN before it is skinned. */
    public static double of(CheckComboBox<?> box, Collection<String> captions) {
        // ControlsFX's skin draws the closed box with a combo box of its own.
        for (Node child : box.getChildrenUnmodifiable()) {
            if (child instanceof ComboBox<?> drawn) {
                return fitting(box, drawn, captions);
            }
        }
        return Double.NaN;
    }

    /** The width for {@code box} to show each of {@code texts} in the button cell of {@code drawn}, which draws it. */
    private static double fitting(Region box, ComboBox<?> drawn, Collection<String> texts) {
        // The cell the value shows in: the box's own button cell where it has one, else the skin's. (Asked for its
        // display node, the skin writes the value into that cell: over the caption the filter bar had written.)
        Labeled cell = drawn.getButtonCell() != null ? drawn.getButtonCell()
                : drawn.getSkin() instanceof ComboBoxListViewSkin<?> skin && skin.getDisplayNode() instanceof Labeled shown
                ? shown : null;
        if (cell == null) {
            return Double.NaN;
        }
        double arrow = drawn.lookup(".arrow-button") instanceof Region r ? r.prefWidth(-1) : 0;
        double widest = texts.stream().mapToDouble(t -> TextWidth.of(t, cell.getFont())).max().orElse(0);
        double around = drawn.snappedLeftInset() + drawn.snappedRightInset()
                + (box == drawn ? 0 : box.snappedLeftInset() + box.snappedRightInset());
        // Text measured apart rounds a pixel either way from the same text laid out: one spare each side.
        return box.snapSizeX(widest + cell.snappedLeftInset() + cell.snappedRightInset() + arrow + around) + 2;
    }
}
