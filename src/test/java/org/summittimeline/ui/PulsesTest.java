package org.summittimeline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Work that waits two pulses past the next runs neither before nor long after, and needs nothing else to change. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PulsesTest {
    private Scene scene;

    @Start
    void start(Stage stage) {
        scene = new Scene(new StackPane(new Label("a still scene")), 300, 100);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void workTwoPulsesAfterTheNextLayoutRunsInNeitherSoonerNorLater(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitForFxEvents();
        int[] layouts = {0};
        int[] ranAfter = {-1};
        Fx.interact(() -> {
            // Added first, so it counts each pulse before the work is looked at in it.
            scene.addPostLayoutPulseListener(() -> layouts[0]++);
            Pulses.twoPulsesAfterNextLayout(scene, () -> ranAfter[0] = layouts[0]);
            assertEquals(-1, ranAfter[0], "not at once");
        });
        // Nothing in the scene changes meanwhile: the pulses it waits for, it asks for.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> ranAfter[0] >= 0);
        // The next pulse, and the two after it.
        assertEquals(3, ranAfter[0]);
    }

    /**
     * {@link Fx}'s wait for layout ends when every window it waits for closes before its pulse: Escape closing the
     * format guide and Ctrl+Q the main window had left the wait to its 30-s bound, which this test would reach.
     */
    @Test
    void aStepWhoseWindowsAllCloseBeforeTheirPulseEnds(FxRobot robot) {
        Stage[] shown = new Stage[1];
        Fx.interact(() -> {
            shown[0] = new Stage();
            shown[0].setScene(new Scene(new StackPane(new Label("closed at once")), 200, 100));
            shown[0].show();
            // Queued ahead of the pulse the wait asks for.
            Platform.runLater(() -> List.copyOf(Window.getWindows()).forEach(Window::hide));
        });
        assertTrue(Window.getWindows().isEmpty());
    }
}
