package org.summittimeline.ui;

import javafx.scene.layout.VBox;

/**
 * A column for a scroll pane that fits it to its height. The pane's skin shows its scroll bar only where the column's
 * least height for no width in particular is more than the pane's height, and then lays the column out at its least
 * height for its real width. Rows that wrap (a row of buttons, a wrapped label) are taller at the real width, so the
 * column was laid out taller than the pane with no scroll bar: at 177 % in German on 720 lines, the Lesson tab's
 * Print button stood below the tab, out of reach. Asked for no width in particular, the column answers for the width
 * it has.
 */
public class ScrolledColumn extends VBox {
    /**
     * Laid out anew at each new width: a parent keeps its least height until asked for a layout, and a wider tab
     * would have kept the scroll bar of the narrower one. (This rests on how JavaFX 21's scroll pane skin decides.)
     */
    public ScrolledColumn() {
        widthProperty().addListener(o -> requestLayout());
    }

    @Override
    protected double computeMinHeight(double width) {
        return super.computeMinHeight(width < 0 && getWidth() > 0 ? getWidth() : width);
    }
}
