package org.summittimeline.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.summittimeline.app.FileDocuments;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.ui.BackgroundWork;
import org.summittimeline.ui.Fx;
import org.summittimeline.ui.KeptLog;
import org.summittimeline.ui.Settings;
import org.summittimeline.ui.Theme;
import org.summittimeline.ui.present.PresentationTheme;
import org.summittimeline.ui.timeline.layout.LaneMode;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A window built over preferences that are all garbage (hand-edited, from another version, or from another
 * system) starts, shows its timeline and works, with a warning in the log for each value it could not use.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class StoredSettingsTest {
    private static final String GARBAGE = "\u0000]]>{\"x\": NaN} \uFFFF\n../../\u202Egarbage";
    private final List<LogRecord> warnings = new CopyOnWriteArrayList<>();
    private final Handler handler = new KeptLog(r -> {
        if (r.getLevel().intValue() >= Level.WARNING.intValue()) {
            warnings.add(r);
        }
    });
    private Settings settings;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Logger.getLogger(Settings.class.getName()).addHandler(handler);
        settings = Settings.inMemory();
        for (Settings.Key key : Settings.Key.values()) {
            settings.put(key, GARBAGE);
        }
        Theme.LIGHT.apply();
        window = new MainWindow(new FileDocuments(new TimelineLoader()), BackgroundWork.sameThread(), settings,
                url -> { });
        stage.setScene(new Scene(window, 1280, 720));
        stage.show();
        window.openBundled();
    }

    @AfterEach
    void close() throws TimeoutException {
        Logger.getLogger(Settings.class.getName()).removeHandler(handler);
        FxToolkit.cleanupStages();
    }

    @Test
    void everyStoredValueGarbageAndTheWindowStartsWithTheDefaults(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(window.state().query(), "the bundled timeline is on screen");
        assertEquals(LaneMode.CATEGORY, window.state().laneModeProperty().get());
        assertEquals(1.0, window.state().fontScaleProperty().get());
        assertEquals(PresentationTheme.HIGH_CONTRAST, settings.choice(Settings.Key.PRESENTATION_THEME,
                PresentationTheme.class));
        SplitPane split = robot.lookup(".split-pane").queryAs(SplitPane.class);
        for (double divider : split.getDividerPositions()) {
            assertTrue(divider > 0.1 && divider < 0.95, "a divider where the default puts it: " + divider);
        }
        assertTrue(warnings.stream().anyMatch(r -> r.getMessage().startsWith("preference fontScale")),
                "the log names what it could not use");

        Fx.interact(() -> window.appearance().scaleText(1.1));
        assertEquals(1.1, window.state().fontScaleProperty().get(), 1e-9, "the type size still works");
        for (int step = 0; step < 5; step++) {
            Fx.interact(() -> window.appearance().scaleText(1.1));
        }
        // Kept in whole hundredths, as the menu shows it (1.1 to the sixth is 1.771561).
        assertEquals(1.77, window.state().fontScaleProperty().get(), 0, "no float noise");
        Fx.interact(() -> window.state().laneModeProperty().set(LaneMode.ACTOR));
        assertEquals("ACTOR", settings.get(Settings.Key.LANES), "a new choice replaces the garbage");
    }
}
