package org.summittimeline.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.summittimeline.app.FileDocuments;
import org.summittimeline.format.SyntheticTimeline;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.model.Event;
import org.summittimeline.query.TimelineQuery;
import org.summittimeline.ui.AppState;
import org.summittimeline.ui.BackgroundWork;
import org.summittimeline.ui.Fx;
import org.summittimeline.ui.RenderedPulse;
import org.summittimeline.ui.Settings;
import org.summittimeline.ui.TestStage;
import org.summittimeline.ui.Texts;
import org.summittimeline.ui.Theme;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Events tab shows the selected event whenever it is opened. On a file of 300 events a new user chose an event
 * of March on the timeline, opened the tab, and saw July's rows with nothing chosen among them.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 90, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class EventListRevealTest {
    private MainWindow window;
    private AppState state;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        window = new MainWindow(new FileDocuments(new TimelineLoader()), BackgroundWork.sameThread(),
                Settings.inMemory(), url -> { });
        state = window.state();
        TestStage.show(stage, window);
        window.openBundled();
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void anEmptyListSaysThatTheFiltersLeaveNoEvent(FxRobot robot) {
        robot.clickOn("#tab-events .tab-label");
        ListView<Event> list = robot.lookup("#event-list").queryListView();
        Fx.interact(() -> state.filterProperty().set(state.filterProperty().get().withCategories(Set.of("no-such-category"))));
        RenderedPulse.await(robot, window.getScene());
        assertEquals(0, list.getItems().size());
        Label said = robot.lookup("#event-list .placeholder .label").queryAs(Label.class);
        assertEquals(Texts.get("timeline.noneShown"), said.getText());
        assertTrue(said.isVisible() && said.getWidth() > 0, "and shown");
        Fx.interact(() -> state.filterProperty().set(state.filterProperty().get().withCategories(Set.of())));
        RenderedPulse.await(robot, window.getScene());
        assertEquals(12, list.getItems().size(), "the filter cleared, every event is listed again");
    }

    /** The list scrolls no further than shows the chosen row: the second event's had opened without the first. */
    @Test
    void aRowInSightAlreadyIsNotScrolledToTheTop(FxRobot robot) {
        Fx.interact(() -> state.selectedEventProperty().set(state.result().shownEvents().get(1)));
        RenderedPulse.await(robot, window.getScene());
        robot.clickOn("#tab-events .tab-label");
        RenderedPulse.await(robot, window.getScene());
        ListView<Event> list = robot.lookup("#event-list").queryListView();
        assertEquals(1, list.getSelectionModel().getSelectedIndex());
        Fx.interact(() -> {
            Bounds shown = list.localToScene(list.getBoundsInLocal());
            ListCell<?> first = robot.lookup("#event-list .list-cell").queryAllAs(ListCell.class).stream()
                    .filter(c -> c.getIndex() == 0 && c.isVisible()).findFirst().orElse(null);
            assertTrue(first != null, "the first row has a cell on screen");
            Bounds at = first.localToScene(first.getBoundsInLocal());
            assertTrue(at.getMinY() >= shown.getMinY() - 0.5, "the first row whole, at the list's top: " + at
                    + " in " + shown);
        });
    }

    @Test
    void theSelectedEventIsInSightWheneverTheTabIsOpened(FxRobot robot, @TempDir Path dir) throws IOException, TimeoutException {
        Path file = dir.resolve("dense.json");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            new SyntheticTimeline(300, 3, true).write(out);
        }
        TimelineQuery bundled = state.query();
        Fx.interact(() -> window.open(file));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> state.query() != bundled
                && state.query().timeline().events().size() == 300);
        // Chosen before the list was ever shown, then again while the Quotes tab hid it.
        for (int row : new int[] {60, 240, 5}) {
            Fx.interact(() -> state.selectedEventProperty().set(state.result().shownEvents().get(row)));
            RenderedPulse.await(robot, window.getScene());
            robot.clickOn("#tab-events .tab-label");
            RenderedPulse.await(robot, window.getScene());
            ListView<Event> list = robot.lookup("#event-list").queryListView();
            Event chosen = state.selectedEvent();
            assertEquals(chosen, list.getSelectionModel().getSelectedItem());
            Fx.interact(() -> {
                Bounds shown = list.localToScene(list.getBoundsInLocal());
                ListCell<?> cell = robot.lookup("#event-list .list-cell").queryAllAs(ListCell.class).stream()
                        .filter(c -> c.getItem() == chosen && c.isVisible()).findFirst().orElse(null);
                assertTrue(cell != null, "row " + row + " (" + chosen.title() + ") has a cell on screen");
                Bounds at = cell.localToScene(cell.getBoundsInLocal());
                assertTrue(at.getMinY() >= shown.getMinY() - 0.5 && at.getMaxY() <= shown.getMaxY() + 0.5,
                        "row " + row + " whole in the list: " + at + " in " + shown);
            });
            robot.clickOn("#tab-quotes .tab-label");
            RenderedPulse.await(robot, window.getScene());
        }
    }
}
