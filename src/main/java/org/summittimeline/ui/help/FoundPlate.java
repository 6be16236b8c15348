package org.summittimeline.ui.help;

import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.shape.Path;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The place Find shows now, on a plate of the accent behind its letters, as a selection is drawn: a text cannot take
 * a background, and the accent's letters with an amber glow were hard to tell on a code block's grey in the dark
 * theme (a new user's walk). The plate follows the words when their paragraph is laid out anew.
 */
final class FoundPlate {
    /** Marks the words on the plate: their letters then take the colour that reads on it. */
    static final String ON_PLATE = "md-found-on-plate";

    private final Path plate = new Path();
    private Text on;
    /** The paragraph laid out anew (wrapped to another width, its type changed): the words may have moved. */
    private final ChangeListener<Boolean> laidOut = (o, was, needs) -> {
        if (!needs) {
            draw();
        }
    };

    FoundPlate() {
        plate.getStyleClass().add("md-found-plate");
        // Out of the paragraph's layout: a managed child would stand in the text as a character of its own.
        plate.setManaged(false);
        plate.setMouseTransparent(true);
    }

    /**
     * Puts the plate behind {@code place}, taken from where it stood before. (The page sets every run of words in a
     * paragraph; a place outside one would keep the accent's letters with a glow, markdown.css's rule under it.)
     */
    void show(Node place) {
        hide();
        if (place instanceof Text text && text.getParent() instanceof TextFlow flow) {
            on = text;
            text.getStyleClass().add(ON_PLATE);
            flow.getChildren().add(0, plate);
            flow.needsLayoutProperty().addListener(laidOut);
            draw();
        }
    }

    /** Takes the plate away (before the words found are put back into their runs). */
    void hide() {
        if (on != null) {
            on.getStyleClass().remove(ON_PLATE);
            on = null;
        }
        if (plate.getParent() instanceof TextFlow flow) {
            flow.needsLayoutProperty().removeListener(laidOut);
            flow.getChildren().remove(plate);
        }
        plate.getElements().clear();
    }

    private void draw() {
        if (on == null || !(on.getParent() instanceof TextFlow flow)) {
            return;
        }
        // The paragraph counts its text as its managed children's letters, anything else as one.
        int start = 0;
        for (Node n : flow.getChildren()) {
            if (n == on) {
                break;
            }
            start += !n.isManaged() ? 0 : n instanceof Text t ? t.getText().length() : 1;
        }
        // The paragraph's shape of a range leaves out its own padding, where its words stand in from its edge (a
        // heading's 14 px above, a table cell's 8 px at the left): the plate stood that far off them.
        // (Not relocate: it subtracts the shape's own left edge, and the plate had stood at the block's start.)
        plate.setLayoutX(flow.snappedLeftInset());
        plate.setLayoutY(flow.snappedTopInset());
        plate.getElements().setAll(flow.rangeShape(start, start + on.getText().length()));
    }
}
