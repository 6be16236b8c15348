package org.summittimeline.ui;

import javafx.scene.Node;

/**
 * How a row marks itself while a search runs, the same in every list (quote cards, the Events list): a match gets the
 * bar at its left, the others step back in the muted colour. The style sheets draw the two classes.
 */
public enum SearchMark {
    MATCH("match"),
    DIMMED("dimmed");

    private final String styleClass;

    SearchMark(String styleClass) {
        this.styleClass = styleClass;
    }

    /**
     * Gives {@code row} the mark (null: none). A style class is changed only when it differs: each change restyles
     * the row and all it holds.
     */
    public static void show(Node row, SearchMark mark) {
        for (SearchMark each : values()) {
            boolean wanted = each == mark;
            if (wanted != row.getStyleClass().contains(each.styleClass)) {
                if (wanted) {
                    row.getStyleClass().add(each.styleClass);
                } else {
                    row.getStyleClass().remove(each.styleClass);
                }
            }
        }
    }
}
