package org.summittimeline.ui.lesson;

import javafx.scene.Node;
import javafx.scene.control.Dialog;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;

/** The Add to Lesson dialog as one scrolling page, for a screen too low for its parts and a list of quotes. */
final class AddDialogPage {
    private AddDialogPage() {
    }

    /**
     * Makes the dialog's whole content one page that scrolls, the quotes standing in it at their full height (their own
     * scrolling list taken away), and the dialog {@code tallest} pixels high. In German at 250 % the heading, the
     * explanations and the note alone are taller than a 720-line screen: the dialog's heading stood above the screen's
     * top edge and its buttons below the bottom, even for two quotes. (Not a list that scrolls within a page that
     * scrolls: the inner one takes the wheel, and the page stops where the pointer happens to be.)
     */
    static void scrollAsOne(Dialog<?> dialog, VBox content, ScrollPane quotes, double tallest) {
        int at = content.getChildren().indexOf(quotes);
        if (at >= 0) {
            Node list = quotes.getContent();
            quotes.setContent(null);
            content.getChildren().set(at, list);
        }
        ScrollPane page = new ScrollPane();
        page.setId("lesson-add-page");
        page.setFitToWidth(true);
        page.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        page.getStyleClass().add("edge-to-edge");
        // The theme's margin for a dialog's content goes to the page's words, not round the page and its scroll bar
        // as well (two margins had left 70 px empty above the heading); below them, room for the note's focus ring.
        page.setStyle("-fx-padding: 0;");
        content.setStyle("-fx-padding: 1em 1em 0.3em 1em;");
        dialog.getDialogPane().setContent(page);
        page.setContent(content);
        dialog.getDialogPane().applyCss();
        dialog.getDialogPane().setPrefHeight(tallest);
    }
}
