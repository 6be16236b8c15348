package org.summittimeline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.control.Control;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.summittimeline.ui.shell.ReadProgress;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The whole program as a user starts it: real loader, real background thread, real window. */
@Timeout(value = 90, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SummitTimelineAppTest {
    private Stage stage;
    private Application app;

    @BeforeEach
    void registerStage() throws Exception {
        stage = FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeApp() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.hideStage();
    }

    @Test
    void startsOnTheBundledTimelineAndIsTitledWithIt() throws Exception {
        // The window is styled before it is mapped: a control without its skin then is one not styled yet, and
        // the window stood white (white, then dark, in the dark theme) through its first style pass.
        boolean[] styledWhenShown = new boolean[2];
        javafx.event.EventHandler<WindowEvent> showing = e -> {
            styledWhenShown[0] = true;
            styledWhenShown[1] = stage.getScene().lookup("#search") instanceof Control c && c.getSkin() != null
                    && c.getLayoutBounds().getWidth() > 0;
        };
        FxToolkit.setupFixture(() -> stage.addEventHandler(WindowEvent.WINDOW_SHOWING, showing));
        app = FxToolkit.setupApplication(SummitTimelineApp.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> stage.getTitle().endsWith("\u2014 Summit Timeline"));
        assertEquals("The Trump\u2013Putin summit in Helsinki, 15\u201317 July 2018 \u2014 Summit Timeline",
                stage.getTitle());
        assertTrue(styledWhenShown[0], "the window was shown");
        assertTrue(styledWhenShown[1], "styled and laid out before it was shown");
        FxToolkit.setupFixture(() -> stage.removeEventHandler(WindowEvent.WINDOW_SHOWING, showing));
    }

    @Test
    void aBrokenFileNamedOnTheCommandLineOpensOnItsProblems() throws Exception {
        Path broken = Path.of(getClass().getResource("/corpus/relative-cycle.json").toURI());
        app = FxToolkit.setupApplication(SummitTimelineApp.class, broken.toString());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> stage.getTitle().endsWith("(problems)"));
        assertEquals("Summit Timeline \u2014 " + broken + " (problems)", stage.getTitle());
    }

    @Test
    void theWindowWaitsForAFileReadWholeButNotForOneReadEventsFirst() {
        ReadProgress small = ReadProgress.forOpening(2_000_000);
        ReadProgress large = ReadProgress.forOpening(20_000_000);
        assertFalse(small.wantsEventsFirst());
        assertTrue(large.wantsEventsFirst(), "this test's JVM has room for a file of 20 MB read events first");
        assertEquals(SummitTimelineApp.WAIT_FOR_FILE_MS, SummitTimelineApp.waitForFileMillis(small));
        assertEquals(SummitTimelineApp.WAIT_FOR_FILE_MS, SummitTimelineApp.waitForFileMillis(new ReadProgress(0)));
        assertEquals(0, SummitTimelineApp.waitForFileMillis(large));
    }
}
