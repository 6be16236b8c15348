package org.summittimeline.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.summittimeline.format.LoadResult;
import org.summittimeline.format.ProblemGroups;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.ui.Texts;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The problems of a file that did not open, as a reader copies them into a bug report or an editor. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ProblemsViewTest {
    private LoadResult loaded;

    @Start
    void start(Stage stage) throws Exception {
        Texts.use(Locale.ENGLISH);
        loaded = new TimelineLoader().load(Path.of(getClass().getResource("/corpus/many-errors.json").toURI()));
        stage.setScene(new Scene(new ProblemsView(loaded, () -> { }, () -> { }), 900, 600));
        stage.show();
    }

    @AfterEach
    void close() throws TimeoutException {
        Texts.use(Locale.ENGLISH);
        FxToolkit.cleanupStages();
    }

    /** "error: line 3, column 12 — …"; in German the frame around the loader's message is German too. */
    @Test
    void eachLineSaysWhatAndWhereInTheWindowsLanguage(FxRobot robot) {
        assertTrue(firstLine(robot, robot.lookup("#problems").queryListView())
                .matches("error: line \\d+, column \\d+ \u2014 .+"), "English");
        ListView<?>[] german = new ListView<?>[1];
        robot.interact(() -> {
            Texts.use(Locale.GERMAN);
            ProblemsView view = new ProblemsView(loaded, () -> { }, () -> { });
            Stage second = new Stage();
            second.setScene(new Scene(view, 900, 600));
            second.show();
            german[0] = (ListView<?>) view.lookup("#problems");
        });
        String line = firstLine(robot, german[0]);
        assertTrue(line.matches("Fehler: Zeile \\d+, Spalte \\d+ \u2014 .+"), line);
    }

    private static String firstLine(FxRobot robot, ListView<?> list) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(list::layout);
        return list.lookupAll(".list-cell").stream().map(n -> ((ListCell<?>) n))
                .filter(c -> c.getIndex() == 0 && c.getText() != null).findFirst().orElseThrow().getText();
    }

    @Test
    void ctrlCCopiesEverySelectedLineWithItsPlace(FxRobot robot) {
        ListView<ProblemGroups.Line> list = robot.lookup("#problems").queryListView();
        assertTrue(list.getItems().size() >= 3, "the file has several problems: " + list.getItems().size());
        robot.interact(() -> {
            list.requestFocus();
            list.getSelectionModel().clearSelection();
            list.getSelectionModel().selectIndices(0, 2);
        });
        robot.press(KeyCode.CONTROL).type(KeyCode.C).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        String[] copied = new String[1];
        robot.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        String name = loaded.fileName();
        assertEquals(list.getItems().get(0).format(name) + "\n" + list.getItems().get(2).format(name), copied[0]);
        assertTrue(copied[0].contains("many-errors.json:"), copied[0]);
        assertEquals("Copied 2 lines", robot.lookup("#problems-copied").queryAs(Label.class).getText());
    }
}
