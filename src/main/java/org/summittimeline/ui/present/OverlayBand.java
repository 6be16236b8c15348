package org.summittimeline.ui.present;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.summittimeline.ui.Texts;

/**
 * The presenter's band at the foot of the slide, and its height: its two columns, what comes next on the left under the
 * warning, the step's notes on the right; never more than three tenths of the screen (long notes are cut in the band
 * rather than pushing the quote off the screen).
 */
final class OverlayBand {
    private final Label warning = PresentationView.label("p-overlay-warning");
    private final Label next = PresentationView.label("p-overlay-next");
    private final Label notes = PresentationView.label("p-overlay-notes");
    private final Label nextHeading = PresentationView.label("p-overlay-heading", Texts.get("present.overlay.next"));
    private final Label notesHeading = PresentationView.label("p-overlay-heading", Texts.get("present.overlay.notes"));
    private final HBox band = new HBox();
    private final BooleanProperty shown;

    /** The band's nodes, shown while {@code shown} holds (P). */
    OverlayBand(BooleanProperty shown) {
        this.shown = shown;
        band.setId("p-overlay");
        band.getStyleClass().add("p-overlay");
        band.getChildren().addAll(new VBox(4, warning, nextHeading, next), new VBox(4, notesHeading, notes));
        warning.setText(Texts.get("present.overlay.warning"));
        band.visibleProperty().bind(shown);
        band.managedProperty().bind(shown);
    }

    HBox node() {
        return band;
    }

    /** What comes next and the step's notes. */
    void say(String comesNext, String stepNotes) {
        next.setText(comesNext);
        notes.setText(stepNotes);
    }

    /** The band's height as laid out last (0 before it was shown). */
    double height() {
        return band.getPrefHeight();
    }

    /** The tallest it gets through a step's clicks, each with its own "next" text. */
    double tallest(List<String> nexts, double width, double unit, double screenHeight) {
        return tallest(warning.getText(), nexts, notes.getText(), width, unit, screenHeight);
    }

    /** Sizes the band to its texts and returns its height (0 when hidden). */
    double layout(double width, double unit, double margin, double screenHeight) {
        double size = 16 * unit;
        for (Label l : new Label[] {next, notes, warning}) {
            l.setFont(Font.font("System", size));
        }
        // The headings as large as what they head: left to the stylesheet they stayed 13 px on a 1080-line screen.
        for (Label l : new Label[] {nextHeading, notesHeading}) {
            l.setFont(Font.font("System", FontWeight.BOLD, size));
        }
        band.setSpacing(24 * unit);
        band.setPadding(new Insets(10 * unit, margin * unit, 12 * unit, margin * unit));
        if (!shown.get()) {
            return 0;
        }
        double column = (width - 24 * unit) / 2;
        // Two equal columns, whatever the length of their texts: the estimate below wraps at this width.
        for (Node box : band.getChildren()) {
            ((Region) box).setMinWidth(column);
            ((Region) box).setPrefWidth(column);
            ((Region) box).setMaxWidth(column);
        }
        double height = height(warning.getText(), next.getText(), notes.getText(), width, unit, screenHeight);
        band.setMinHeight(height);
        band.setPrefHeight(height);
        band.setMaxHeight(height);
        return height;
    }

    /** The band for one "next" text, in a slide {@code width} wide on a screen {@code screenHeight} high. */
    static double height(String warning, String next, String notes, double width, double unit, double screenHeight) {
        double size = 16 * unit;
        double column = (width - 24 * unit) / 2;
        double left = TextFit.height(warning, column, size, FontWeight.NORMAL)
                + TextFit.height(next, column, size, FontWeight.NORMAL) + size * 1.4 + 12 * unit;
        double right = TextFit.height(notes, column, size, FontWeight.NORMAL) + size * 1.4 + 4 * unit;
        return Math.min(Math.max(left, right) + 26 * unit, screenHeight * 0.3);
    }

    /** The tallest the band gets through a step's clicks, each with its own "next" text. */
    static double tallest(String warning, List<String> nexts, String notes, double width, double unit,
                          double screenHeight) {
        double tallest = 0;
        for (String next : nexts) {
            tallest = Math.max(tallest, height(warning, next, notes, width, unit, screenHeight));
        }
        return tallest;
    }
}
