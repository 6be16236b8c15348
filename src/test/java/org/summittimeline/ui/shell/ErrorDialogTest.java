package org.summittimeline.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.summittimeline.ui.KeptLog;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The wiring the program starts with ({@link ErrorDialog#install}): an exception nothing caught, on a thread of
 * its own or in a handler on the UI thread, is logged with its trace and shown in the dialog; the window goes on.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ErrorDialogTest {
    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Handler handler = new KeptLog(logged::add);
    private Thread.UncaughtExceptionHandler before;
    private int clicks;

    @Start
    void start(Stage stage) {
        before = Thread.getDefaultUncaughtExceptionHandler();
        Logger.getLogger(ErrorDialog.class.getName()).addHandler(handler);
        ErrorDialog.install();
        Button fails = new Button("Fails");
        fails.setId("fails");
        fails.setOnAction(e -> {
            clicks++;
            throw new IllegalStateException("the handler broke");
        });
        stage.setScene(new Scene(new StackPane(fails), 400, 300));
        stage.show();
    }

    @AfterEach
    void restore() throws TimeoutException {
        Thread.setDefaultUncaughtExceptionHandler(before);
        Logger.getLogger(ErrorDialog.class.getName()).removeHandler(handler);
        FxToolkit.cleanupStages();
    }

    @Test
    void aPlainThreadThatThrowsIsLoggedAndShown(FxRobot robot) throws Exception {
        IllegalArgumentException failure = new IllegalArgumentException("the worker broke");
        Thread worker = new Thread(() -> {
            throw failure;
        }, "worker-1");
        worker.start();
        worker.join(10_000);
        LogRecord r = shownAndLogged(robot, "the worker broke");
        assertEquals("uncaught on worker-1", r.getMessage());
        assertSame(failure, r.getThrown(), "the log keeps the exception and its trace");
    }

    @Test
    void anEventHandlerThatThrowsOnTheUiThreadIsLoggedAndShownAndTheWindowGoesOn(FxRobot robot)
            throws Exception {
        robot.clickOn("#fails");
        LogRecord r = shownAndLogged(robot, "the handler broke");
        assertEquals("uncaught on JavaFX Application Thread", r.getMessage());
        assertTrue(r.getThrown() instanceof IllegalStateException, String.valueOf(r.getThrown()));
        robot.clickOn("Close");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#fails");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> clicks == 2 && logged.size() == 2);
    }

    private LogRecord shownAndLogged(FxRobot robot, String message) throws Exception {
        // Looked up on the UI thread: the dialog is laid out there while the test thread would walk its nodes
        // (a Text measured half-built threw from the test's own lookup).
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> robot.lookup("Copy details").match(NodeQueryUtils.isVisible()).tryQuery().isPresent()).get());
        assertTrue(WaitForAsyncUtils.asyncFx(() -> robot.lookup((Node n) -> n instanceof Label l && l.getText() != null
                && l.getText().startsWith("Something went wrong: " + message + "\n")).tryQuery().isPresent())
                .get(10, TimeUnit.SECONDS), message);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !logged.isEmpty());
        LogRecord r = logged.get(logged.size() - 1);
        assertEquals(Level.SEVERE, r.getLevel());
        return r;
    }
}
