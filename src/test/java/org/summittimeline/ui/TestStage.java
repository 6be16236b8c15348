package org.summittimeline.ui;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;

/** For UI tests: TestFX's one primary stage, shown with a window's content as a user's 1280×720 window. */
public final class TestStage {
    private TestStage() {
    }

    /**
     * Monocle makes the focused window full screen when any window asks (its view's enterFullscreen takes the
     * focused window, not its own), so a presentation started in one test leaves the primary stage full screen for
     * the next. Shown again, that stage begins JavaFX's "Press ESC" hint fade, and a test that closes the window
     * within the fade's five seconds broke the next pulse (a NullPointerException in SceneState.update, about one
     * run in three of LessonFlowTest). Each test's window starts as a plain window, with no hint to show.
     */
    public static void show(Stage stage, Parent root) {
        stage.setFullScreen(false);
        stage.setFullScreenExitHint("");
        stage.setScene(new Scene(root, 1280, 720));
        stage.show();
    }
}
