package org.summittimeline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * A control focused with its ring, as Tab would reach it, leaves the window as it was: on Windows, whose dialogs put
 * Export… before Cancel, the control before Export… is the last choice in the dialog's scrolling content, and the
 * way back through it had left the dialog scrolled to its end.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class VisibleFocusTest {
    private Button go;
    private ScrollPane choices;

    @Start
    void start(Stage stage) {
        go = new Button("Export…");
        VBox boxes = new VBox();
        for (int i = 0; i < 40; i++) {
            boxes.getChildren().add(new CheckBox("choice " + i));
        }
        choices = new ScrollPane(boxes);
        choices.setPrefViewportHeight(120);
        // The go button first in the keys' order after the scrolling choices, as Windows' button order has it.
        stage.setScene(new Scene(new VBox(choices, go), 300, 300));
        stage.show();
    }

    @Test
    void theFocusIsRingedAndTheScrollingContentStaysAtItsTop(FxRobot robot) {
        Fx.interact(() -> {
            choices.setVvalue(0);
            VisibleFocus.request(go);
            assertEquals(go, go.getScene().getFocusOwner());
            assertTrue(go.isFocusVisible(), "reached as Tab reaches it");
            assertEquals(0, choices.getVvalue(), 1e-9, "the choices stay at their top");
        });
    }
}
