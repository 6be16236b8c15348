package org.summittimeline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A dialog's stock buttons in the program's language, whole in large type: the German interface had "Cancel" in
 * every dialog, and at 177 % its question before closing read "Nicht spe…", "Speicher…" and "Cancel".
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class StockButtonsTest {
    private Stage owner;
    private Alert alert;

    @Start
    void start(Stage stage) {
        owner = stage;
        // The theme holds a dialog to 600 px, which is where the buttons were squeezed.
        Theme.LIGHT.apply();
        Scene scene = new Scene(new StackPane(), 1280, 720);
        // The window's type at 177 %, as the viewer gives it (a stylesheet of the scene's, which a dialog takes).
        String css = ".root { -fx-font-size: 24.8px; }";
        scene.getStylesheets().add("data:text/css;base64,"
                + Base64.getEncoder().encodeToString(css.getBytes(StandardCharsets.UTF_8)));
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void english(FxRobot robot) {
        Fx.interact(() -> {
            if (alert != null) {
                alert.close();
            }
        });
        Texts.use(Locale.ENGLISH);
    }

    @Test
    void theGermanQuestionBeforeClosingHasGermanButtonsWholeAtLargeType(FxRobot robot) {
        Texts.use(Locale.GERMAN);
        Fx.interact(() -> {
            ButtonType save = new ButtonType(Texts.get("lesson.unsaved.save"), ButtonBar.ButtonData.YES);
            ButtonType discard = new ButtonType(Texts.get("lesson.unsaved.discard"), ButtonBar.ButtonData.NO);
            alert = new Alert(Alert.AlertType.CONFIRMATION, "Diese Unterrichtsstunde ist nicht gespeichert.", save,
                    discard, ButtonType.CANCEL);
            alert.initOwner(owner);
            StockButtons.inTheProgramsWords(alert);
            alert.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Fx.interact(() -> {
            assertEquals("Abbrechen", ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).getText());
            for (ButtonType type : List.copyOf(alert.getButtonTypes())) {
                Button button = (Button) alert.getDialogPane().lookupButton(type);
                Text drawn = (Text) button.lookup(".text");
                assertEquals(button.getText(), drawn.getText(), "whole, in " + button.getFont());
            }
        });
    }
}
