package org.summittimeline.ui.shell;

import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.summittimeline.ui.Labels;

/**
 * Where the problems' click hint stands beside the timeline: beside their buttons where it takes {@link #MOST_LINES}
 * there at most, else under them, as wide as the problems. At 250 % it had stood a letter a line beside the buttons,
 * taller than the problems' part of the window, the buttons centred beside it out of sight; at 1920 px, four lines
 * beside a list one line high.
 */
final class HintPlace {
    /** The most lines the hint takes beside the buttons. */
    static final double MOST_LINES = 2;

    private HintPlace() {
    }

    /** Keeps {@code hint} beside {@code buttons} or under them in {@code top} as the width, type and words change. */
    static void keep(VBox top, HBox buttons, Label hint) {
        top.widthProperty().addListener(o -> place(top, buttons, hint));
        hint.fontProperty().addListener(o -> place(top, buttons, hint));
        hint.textProperty().addListener(o -> place(top, buttons, hint));
    }

    private static void place(VBox top, HBox buttons, Label hint) {
        double taken = buttons.getChildren().stream().filter(n -> n != hint)
                .mapToDouble(n -> n.prefWidth(-1) + buttons.getSpacing()).sum();
        double room = top.getWidth() - top.snappedLeftInset() - top.snappedRightInset() - taken;
        double pitch = Labels.linePitch(hint);
        boolean beside = room > 0 && pitch > 0 && (hint.prefHeight(room) - hint.snappedTopInset()
                - hint.snappedBottomInset()) / pitch <= MOST_LINES + 0.2;
        if (beside != (hint.getParent() == buttons)) {
            ((Pane) hint.getParent()).getChildren().remove(hint);
            // The height kept where it stood (what was copied, said in its place) is no height for its new place.
            hint.setMinHeight(Region.USE_COMPUTED_SIZE);
            (beside ? buttons : top).getChildren().add(hint);
        }
    }
}
