package org.summittimeline.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BackgroundFill;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.summittimeline.app.FileDocuments;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.ui.BackgroundWork;
import org.summittimeline.ui.Fx;
import org.summittimeline.ui.Settings;
import org.summittimeline.ui.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's dialogs from the keyboard: where their focus stands when they open, and their choices' boxes beside
 * the words a keyboard user reads (KeyboardFocusTest walks the main window's own stops).
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class DialogFocusTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        window = new MainWindow(new FileDocuments(new TimelineLoader()), BackgroundWork.sameThread(),
                Settings.inMemory(), p -> { });
        stage.setScene(new Scene(window, 1280, 720));
        stage.show();
        window.openBundled();
    }

    /**
     * A dialog or help window opens with its focus ringed where it stands: JavaFX rings only a control reached by
     * Tab, and a new user's walk could not tell where Space would go in the export dialog (its Export…), the keyboard
     * help (its Close) or the Add dialog (its first quote).
     */
    @Test
    void aDialogOpensWithItsFocusRinged(FxRobot robot) throws java.util.concurrent.TimeoutException {
        WaitForAsyncUtils.asyncFx(() -> window.findings().exportImage());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> org.summittimeline.ui.DialogButtons.of(robot,
                "#export-image-view", javafx.scene.control.ButtonType.CANCEL).isPresent());
        Scene dialog = robot.lookup("#export-image-view").query().getScene();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> dialog.getFocusOwner() != null && dialog.getFocusOwner().isFocusVisible()).get());
        Node go = org.summittimeline.ui.DialogButtons.of(robot, "#export-image-view", DialogParts::isGo).orElseThrow();
        Fx.interact(() -> {
            assertEquals(go, dialog.getFocusOwner(), "Export… has the keys");
            go.applyCss();
            KeyboardFocusTest.assertRingInside(go);
            // On the default button, whose fill is the ring's accent, a wider line of the page's colour between.
            List<BackgroundFill> ring = KeyboardFocusTest.fills(go);
            assertTrue(ring.get(2).getInsets().getTop() - ring.get(1).getInsets().getTop() >= 2, "gap: " + ring);
        });
        Fx.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#export-image-view").tryQuery().isEmpty());

        Fx.interact(() -> window.lookup("#timeline").requestFocus());
        Fx.type(KeyCode.F1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#shortcuts-close").tryQuery().map(Node::isFocusVisible).orElse(false));
        Fx.interact(() -> {
            Node close = robot.lookup("#shortcuts-close").query();
            close.applyCss();
            KeyboardFocusTest.assertRingInside(close);
        });
        Fx.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#shortcuts-close").query().isFocusVisible(),
                "Tab stays on Close, ringed: the table scrolls from it and is no stop of its own");
        Fx.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#shortcuts-close").tryQuery().isEmpty());
    }

    /**
     * A choice whose words wrap has its box beside their first line: centred on three lines, at 250 % the box stood
     * below the scrolled view's foot while the first line showed, and the choice read as plain text.
     */
    @Test
    void aWrappedChoicesBoxStandsBesideItsFirstLine(FxRobot robot) throws java.util.concurrent.TimeoutException {
        WaitForAsyncUtils.asyncFx(() -> window.findings().exportQuotes());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> org.summittimeline.ui.DialogButtons.of(robot,
                "#export-quotes-semicolons", javafx.scene.control.ButtonType.CANCEL).isPresent());
        javafx.scene.control.CheckBox semicolons = robot.lookup("#export-quotes-semicolons")
                .queryAs(javafx.scene.control.CheckBox.class);
        Fx.interact(() -> {
            // As narrow as a small screen's dialog at a large type: the words wrap to three lines or more.
            semicolons.resize(220, semicolons.prefHeight(220));
            semicolons.layout();
            Bounds box = semicolons.lookup(".box").getBoundsInParent();
            Bounds words = semicolons.lookup(".text").getBoundsInParent();
            javafx.scene.text.Text one = new javafx.scene.text.Text("Separate");
            one.setFont(semicolons.getFont());
            double line = one.getLayoutBounds().getHeight();
            assertTrue(words.getHeight() >= 3 * line - 1, "the words wrap to three lines: " + words + ", a line " + line);
            double centre = (box.getMinY() + box.getMaxY()) / 2;
            assertTrue(centre <= words.getMinY() + line, "the box's middle at " + centre
                    + " beside the first line, the words from " + words.getMinY() + " to " + words.getMaxY());
        });
        Fx.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#export-quotes-semicolons").tryQuery().isEmpty());
    }
}
