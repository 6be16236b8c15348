package org.summittimeline.ui.present;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Font;

/**
 * What covers the screen while the teacher has blanked it (B black, W white), with a step number being typed in its
 * corner, where the slide has it. Typed blind, "4" gave no sign of what Enter would do, and the class came back to a
 * step the teacher had not seen coming.
 */
final class BlankScreen extends StackPane {
    private final Label typed = new Label();

    BlankScreen(Presentation model) {
        setId("p-blank");
        getStyleClass().add("p-blank");
        visibleProperty().bind(model.blankProperty().isNotEqualTo(Presentation.Blank.NONE));
        model.blankProperty().addListener((obs, old, b) -> {
            getStyleClass().removeAll("black", "white");
            if (b != Presentation.Blank.NONE) {
                getStyleClass().add(b == Presentation.Blank.BLACK ? "black" : "white");
            }
        });
        typed.setId("p-blank-typed");
        typed.getStyleClass().add("p-blank-typed");
        typed.setWrapText(false);
        StackPane.setAlignment(typed, Pos.TOP_LEFT);
        getChildren().add(typed);
        model.typedNumberProperty().addListener(o -> typed.setText(model.typedText()));
    }

    /** The typed number's type and place: the slide's corner's. */
    void corner(Font font, Insets padding) {
        typed.setFont(font);
        setPadding(padding);
    }
}
