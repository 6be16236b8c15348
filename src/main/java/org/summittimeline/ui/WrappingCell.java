package org.summittimeline.ui;

import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.text.Text;
import javafx.scene.text.TextBoundsType;

/**
 * A list cell whose text or graphic wraps, as tall as its lines at the cell's width.
 *
 * <p>The theme gives every list cell one size (AtlantaFX's {@code -fx-cell-size: 2.8em}), and the list's skin takes
 * that for a cell's preferred height whatever it holds. The list then laid a cell out at its one-line minimum:
 * a quote card whose words wrapped ran over its cell's padding and lost its last line, an event's title or a
 * problem's message on a second line was cut. Such a cell measures what it holds instead.
 *
 * <p>It also asks for no width of its own, so that a long line wraps rather than widening the list beyond its
 * view.
 */
public class WrappingCell<T> extends ListCell<T> {
    /** Measures text as the cell's own text node lays it out; one for the UI thread, which alone lays out. */
    private static final Text MEASURE = new Text();

    public WrappingCell() {
        setPrefWidth(0);
        getStyleClass().add("wrapping-cell");
    }

    @Override
    protected double computePrefHeight(double width) {
        if (width < 0) {
            return super.computePrefHeight(width);
        }
        double inside = width - snappedLeftInset() - snappedRightInset();
        String text = getText();
        boolean hasText = text != null && !text.isEmpty();
        Node graphic = getGraphic();
        if (!hasText && graphic != null && graphic.isManaged() && graphic.isVisible()) {
            // At the width the skin will give it: the room inside, within the graphic's own least and most.
            double given = Math.min(Math.max(inside, graphic.minWidth(-1)), graphic.maxWidth(-1));
            return snappedTopInset() + snapSizeY(graphic.prefHeight(given)) + snappedBottomInset();
        }
        // (A managed graphic beside text keeps its room in the skin even unseen: that is the skin's measure below.)
        if (hasText && (graphic == null || !graphic.isManaged()) || hidesGraphic()) {
            // Snapped as the skin snaps them: a line at a wrap edge must break here as it breaks there.
            inside -= snapSizeX(getLabelPadding().getLeft()) + snapSizeX(getLabelPadding().getRight());
            // As a label's skin sets its text: lines measured from the font's centre, not its full height.
            MEASURE.setBoundsType(TextBoundsType.LOGICAL_VERTICAL_CENTER);
            MEASURE.setFont(getFont());
            MEASURE.setLineSpacing(getLineSpacing());
            MEASURE.setWrappingWidth(isWrapText() ? Math.max(1, inside) : 0);
            MEASURE.setText(!hasText ? "" : text.endsWith("\n") ? text.substring(0, text.length() - 1) : text);
            double lines = MEASURE.getLayoutBounds().getHeight();
            MEASURE.setText("");
            return snappedTopInset() + snapSizeY(getLabelPadding().getTop()) + snapSizeY(lines)
                    + snapSizeY(getLabelPadding().getBottom()) + snappedBottomInset();
        }
        // Text beside a graphic: the skin's own measure (none of ours has it).
        return super.computePrefHeight(width);
    }

    /** The skin counts a managed graphic in the least height even unseen: an empty row would keep a card's height. */
    @Override
    protected double computeMinHeight(double width) {
        return hidesGraphic() ? computePrefHeight(Math.max(0, width)) : super.computeMinHeight(width);
    }

    /**
     * Whether the cell holds a graphic it does not show, and no text: a row kept empty with its graphic styled for
     * the next item (the quote list's cards). It is then one empty line high.
     */
    private boolean hidesGraphic() {
        Node graphic = getGraphic();
        String text = getText();
        return graphic != null && graphic.isManaged() && !graphic.isVisible() && (text == null || text.isEmpty());
    }
}
