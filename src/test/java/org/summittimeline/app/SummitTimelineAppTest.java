package org.summittimeline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.summittimeline.ui.Settings;
import org.summittimeline.ui.Theme;
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
        app = FxToolkit.setupApplication(SummitTimelineApp.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> stage.getTitle().endsWith("\u2014 Summit Timeline"));
        assertEquals("The Trump\u2013Putin summit in Helsinki, 15\u201317 July 2018 \u2014 Summit Timeline",
                stage.getTitle());
    }

    /** Started in the dark theme, the window's fill (where it is not painted yet, while it grows) is dark too. */
    @Test
    void startedDarkTheWindowIsFilledDark() throws Exception {
        java.util.prefs.Preferences node = java.util.prefs.Preferences.userRoot().node("org/summittimeline");
        String before = node.get(Settings.Key.THEME.key(), null);
        node.put(Settings.Key.THEME.key(), Theme.DARK.name());
        try {
            app = FxToolkit.setupApplication(SummitTimelineApp.class);
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> stage.getTitle().endsWith("\u2014 Summit Timeline"));
            assertEquals(Theme.DARK.background(), stage.getScene().getFill());
        } finally {
            if (before == null) {
                node.remove(Settings.Key.THEME.key());
            } else {
                node.put(Settings.Key.THEME.key(), before);
            }
            FxToolkit.setupFixture(() -> Theme.LIGHT.apply());
        }
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
