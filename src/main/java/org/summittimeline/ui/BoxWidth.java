package org.summittimeline.ui;

import java.util.Collection;
import java.util.function.DoubleSupplier;
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

    /**
     * The width for {@code box} to show each of {@code texts} whole, the texts as the box shows them (through its
     * converter or cells); NaN before it is skinned, and for a box one types into.
     */
    public static double of(ComboBox<?> box, Collection<String> texts) {
        // The skin's cell where the box has none of its own. (Asked for it, the skin writes the value into it.)
        return box.getButtonCell() == null && box.getSkin() instanceof ComboBoxListViewSkin<?> skin && !box.isEditable()
                && skin.getDisplayNode() instanceof Labeled shown ? fitting(box, box, shown, texts)
                : fitting(box, box, box.getButtonCell(), texts);
    }

    /** The width for {@code box} to show each of {@code captions} whole; NaN before it is skinned. */
    public static double of(CheckComboBox<?> box, Collection<String> captions) {
        // Its own button cell only: the skin's display node, asked for, would write the value over the caption the
        // filter bar writes there.
        ComboBox<?> drawn = drawnBy(box);
        return drawn == null ? Double.NaN : fitting(box, drawn, drawn.getButtonCell(), captions);
    }

    /** The combo box ControlsFX's skin draws {@code box} with, closed and open; null before it is skinned. */
    public static ComboBox<?> drawnBy(CheckComboBox<?> box) {
        for (Node child : box.getChildrenUnmodifiable()) {
            if (child instanceof ComboBox<?> drawn) {
                return drawn;
            }
        }
        return null;
    }

    /** Whichever of {@code width} and {@code otherwise}'s is a number: a box's own measure before it is skinned. */
    public static double or(double width, DoubleSupplier otherwise) {
        return Double.isNaN(width) ? otherwise.getAsDouble() : width;
    }

    /** The width for {@code box} to show each of {@code texts} in {@code cell} of {@code drawn}, which draws it. */
    private static double fitting(Region box, ComboBox<?> drawn, Labeled cell, Collection<String> texts) {
        if (cell == null) {
            return Double.NaN;
        }
        double arrow = drawn.lookup(".arrow-button") instanceof Region r ? r.prefWidth(-1) : 0;
        double around = drawn.snappedLeftInset() + drawn.snappedRightInset()
                + (box == drawn ? 0 : box.snappedLeftInset() + box.snappedRightInset());
        // Text measured apart rounds a pixel either way from the same text laid out: one spare each side.
        return box.snapSizeX(TextWidth.widest(texts, cell.getFont()) + cell.snappedLeftInset()
                + cell.snappedRightInset() + arrow + around) + 2;
    }
}
