package org.summittimeline.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Region;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.summittimeline.app.FileDocuments;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.ui.BackgroundWork;
import org.summittimeline.ui.Fx;
import org.summittimeline.ui.RenderedPulse;
import org.summittimeline.ui.Settings;
import org.summittimeline.ui.TestStage;
import org.summittimeline.ui.Texts;
import org.summittimeline.ui.Theme;
import org.summittimeline.ui.shell.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Lesson tab in German at large type in a window 720 lines high, where its words and buttons need more room. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 90, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class LessonTabAtLargeTypeTest {
    private MainWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Theme.LIGHT.apply();
        Texts.use(Locale.GERMAN);
        window = new MainWindow(new FileDocuments(new TimelineLoader()), BackgroundWork.sameThread(),
                Settings.inMemory(), url -> { });
        TestStage.show(stage, window);
    }

    @AfterEach
    void leave() throws TimeoutException {
        Texts.use(Locale.ENGLISH);
        FxToolkit.cleanupStages();
    }

    /**
     * Taller than the tab, the panel scrolls, its last button reachable: its rows of buttons wrap at the tab's
     * width, and the scroll pane, asking the panel's height for no width, had shown no scroll bar and cut "Drucken…"
     * at the tab's foot.
     */
    @Test
    void thePanelScrollsToItsLastButton(FxRobot robot) {
        openSummitIn1280By720();
        robot.clickOn("#tab-lesson");
        for (double scale : new double[] {1.77, 2.5}) {
            panelScrollsToItsEnd(robot, scale);
        }
    }

    private void panelScrollsToItsEnd(FxRobot robot, double scale) {
        Fx.interact(() -> window.state().fontScaleProperty().set(scale));
        RenderedPulse.await(robot, window.getScene());
        ScrollPane scroller = Fx.interact(() -> (ScrollPane) robot.lookup("#tab-lesson-content").query());
        Fx.interact(() -> scroller.setVvalue(1));
        RenderedPulse.await(robot, window.getScene());
        Fx.interact(() -> {
            assertTrue(window.lesson().getHeight() > scroller.getViewportBounds().getHeight(),
                    scale + ": the panel needs more than the tab here: " + window.lesson().getHeight());
            Node print = window.lesson().lookup("#lesson-print");
            Bounds shown = scroller.localToScene(scroller.getLayoutBounds());
            Bounds at = print.localToScene(print.getLayoutBounds());
            assertTrue(at.getMaxY() <= shown.getMaxY() + 0.5, scale + ": Print at " + at + " in the tab " + shown);
            // The empty list's words whole, naming the button above them: with the menu's path in them they had
            // been cut with "…", the path broken mid-word.
            javafx.scene.text.Text words = (javafx.scene.text.Text) robot.lookup("#lesson-empty .text").query();
            assertTrue(words.getText().equals(Texts.get("lesson.empty").replace('\u00a0', ' '))
                    || words.getText().equals(Texts.get("lesson.empty")), scale + ": the empty list says: " + words.getText());
            assertTrue(robot.lookup("#tab-lesson-content > .scroll-bar:vertical").tryQuery()
                    .map(Node::isVisible).orElse(false), "a scroll bar says there is more");
        });
    }

    /**
     * With steps in it, the list keeps room for a few rows at the largest type, the tab scrolling instead: it had
     * shrunk to half a row at 250 %, no step's title readable.
     */
    @Test
    void withStepsTheListKeepsRoomForAFewRows(FxRobot robot) {
        openSummitIn1280By720();
        Fx.interact(() -> {
            window.lesson().model().add(window.state().query().timeline().events().get(0), List.of(), "Wer kam zuerst?");
            window.lesson().model().add(window.state().query().timeline().events().get(1), List.of(), null);
        });
        robot.clickOn("#tab-lesson");
        for (double scale : new double[] {1.77, 2.5}) {
            Fx.interact(() -> window.state().fontScaleProperty().set(scale));
            RenderedPulse.await(robot, window.getScene());
            Fx.interact(() -> {
                Region steps = (Region) window.lesson().lookup("#lesson-steps");
                double em = ((TextInputControl) window.lesson().lookup("#lesson-notes")).getFont().getSize();
                assertTrue(steps.getHeight() >= 6.5 * em, scale + ": the steps' list is " + steps.getHeight()
                        + " px high, in type of " + em + " px");
            });
        }
    }

    /** The bundled summit in a window of 1280 × 720, where large type leaves the tab least room. */
    private void openSummitIn1280By720() {
        Fx.interact(window::openBundled);
        Fx.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(720);
        });
    }
}
