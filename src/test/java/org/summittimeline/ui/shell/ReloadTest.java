package org.summittimeline.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.summittimeline.app.FileDocuments;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.query.QueryFilter;
import org.summittimeline.ui.AppState;
import org.summittimeline.ui.BackgroundWork;
import org.summittimeline.ui.Fx;
import org.summittimeline.ui.RenderedPulse;
import org.summittimeline.ui.Settings;
import org.summittimeline.ui.Theme;
import org.summittimeline.ui.timeline.TimelineView;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Reload of a file changed since it was opened: the filters keep what the new file still has. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ReloadTest {
    private MainWindow window;
    private AppState state;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        Settings settings = Settings.inMemory();
        // Not watched: this test reloads by hand, after its own edit.
        settings.put(Settings.Key.LIVE_RELOAD, "false");
        window = new MainWindow(new FileDocuments(new TimelineLoader()), BackgroundWork.sameThread(), settings, url -> { });
        state = window.state();
        stage.setScene(new Scene(window, 1280, 720));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) throws TimeoutException {
        Fx.interact(window::close);
        FxToolkit.cleanupStages();
    }

    @Test
    void aFilterOnATopicTheNewFileNoLongerHasIsDroppedTheRestKept(FxRobot robot, @TempDir Path dir) throws IOException {
        String original = Files.readString(Path.of("data/helsinki-2018-summit.json"));
        Path file = dir.resolve("helsinki.json");
        Files.writeString(file, original);
        Fx.interact(() -> window.open(file));
        Fx.interact(() -> state.filterProperty().set(QueryFilter.NONE.withTopics(Set.of("collusion"))
                .withSpeakers(Set.of("putin", "nobody-of-that-name"))));
        assertFalse(state.result().shownQuoteCount() == 0, "a quote on collusion by Putin shows");

        String edited = original.replace("        \"collusion\"\n", "        \"interference\"\n");
        assertFalse(edited.equals(original), "the edit took");
        Files.writeString(file, edited);
        Fx.interact(window::reload);

        QueryFilter kept = state.filterProperty().get();
        assertEquals(Set.of(), kept.topics(), "no topic of that name is left to filter on");
        assertEquals(Set.of("putin"), kept.speakers(), "Putin still speaks; the unknown id goes too");
        assertTrue(state.result().shownQuoteCount() > 0, "the reloaded window shows Putin's quotes, not nothing");
    }

    @Test
    void theLanesStayScrolledWhereTheReaderLeftThem(FxRobot robot, @TempDir Path dir) throws IOException {
        // The whole file after its events shown first is shown as a reload is: its lanes went back to the top,
        // and a selected event low down went out of sight (a new user's walk, a million events).
        Path file = dir.resolve("many-lanes.json");
        try (java.io.Writer out = Files.newBufferedWriter(file)) {
            new org.summittimeline.format.SyntheticTimeline(3_000, 7, false).write(out);
        }
        Fx.interact(() -> window.open(file));
        Fx.interact(() -> state.laneModeProperty().set(org.summittimeline.ui.timeline.layout.LaneMode.ACTOR));
        TimelineView view = robot.lookup("#timeline").queryAs(TimelineView.class);
        WaitForAsyncUtils.waitForFxEvents();
        // The wheel over the lane names scrolls the lanes.
        javafx.scene.Node canvas = view.getChildrenUnmodifiable().get(0);
        double x = view.laneNamesWidth() / 2;
        double y = view.getHeight() / 2;
        for (int i = 0; i < 3; i++) {
            Fx.interact(() -> javafx.event.Event.fireEvent(canvas, new javafx.scene.input.ScrollEvent(
                    javafx.scene.input.ScrollEvent.SCROLL, x, y, 0, 0, false, false, false, false, false, false, 0,
                    -120, 0, -120, javafx.scene.input.ScrollEvent.HorizontalTextScrollUnits.NONE, 0,
                    javafx.scene.input.ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));
            WaitForAsyncUtils.waitForFxEvents();
        }
        double scrolled = view.laneScroll();
        assertTrue(scrolled > 0, "the lanes scrolled down");
        Fx.interact(window::reload);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(scrolled, view.laneScroll(), 0.5);
    }

    /** Lanes the reader folded stay folded across a reload (and the whole file after its events shown first). */
    @Test
    void foldedLanesStayFolded(FxRobot robot, @TempDir Path dir) throws IOException {
        TimelineView view = openCopyOfTheSummit(robot, dir);
        WaitForAsyncUtils.waitForFxEvents();
        Fx.interact(() -> {
            state.selectedEventProperty().set(state.query().timeline().event("press-conference").orElseThrow());
            view.foldSelectedEventLanes();
        });
        java.util.Set<String> folded = view.foldedLanes();
        assertEquals(1, folded.size());
        org.summittimeline.query.TimelineQuery before = state.query();
        Fx.interact(window::reload);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(before != state.query(), "read again");
        assertEquals(folded, view.foldedLanes());
        assertTrue(view.currentLayout().lanes().stream().anyMatch(l -> l.collapsed()
                && folded.contains(l.lane().id())), "drawn folded");
        // Lanes by actor have ids of their own: the category's fold does not carry over to them.
        Fx.interact(() -> state.laneModeProperty().set(org.summittimeline.ui.timeline.layout.LaneMode.ACTOR));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(java.util.Set.of(), view.foldedLanes());
        assertEquals(0, view.foldedLaneCountProperty().get());
    }

    /**
     * A reload keeps the lanes where the reader left them under a search as well: its first results come without the
     * search it then puts back, which had counted as a new search and scrolled the lanes to its first match.
     */
    @Test
    void aReloadUnderASearchKeepsTheLanesWhereTheReaderLeftThem(FxRobot robot, @TempDir Path dir) throws IOException {
        TimelineView view = openCopyOfTheSummit(robot, dir);
        try {
            Fx.interact(() -> state.fontScaleProperty().set(2.5));
            RenderedPulse.await(robot, view.getScene());
            Fx.interact(() -> view.showLaneScroll(0));
            RenderedPulse.await(robot, view.getScene());
            assertEquals(0, view.laneScroll(), 0.5, "the lanes from their top");
            Fx.interact(() -> state.search("interference"));
            RenderedPulse.await(robot, view.getScene());
            assertTrue(view.laneScroll() > 0, "the search scrolled the lanes to its match");
            Fx.interact(() -> view.showLaneScroll(0));
            RenderedPulse.await(robot, view.getScene());
            Fx.interact(window::reload);
            RenderedPulse.await(robot, view.getScene());
            assertEquals("interference", state.filterProperty().get().search(), "the search kept");
            assertEquals(0, view.laneScroll(), 0.5, "the lanes where the reader left them");
        } finally {
            Fx.interact(() -> state.fontScaleProperty().set(1.0));
        }
    }

    /** Opens a copy of the bundled summit in {@code dir}, a file the test may reload. */
    private TimelineView openCopyOfTheSummit(FxRobot robot, Path dir) throws IOException {
        Path file = dir.resolve("helsinki.json");
        Files.copy(Path.of("data/helsinki-2018-summit.json"), file);
        Fx.interact(() -> window.open(file));
        return robot.lookup("#timeline").queryAs(TimelineView.class);
    }
}
