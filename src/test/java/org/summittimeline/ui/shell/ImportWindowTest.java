package org.summittimeline.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.summittimeline.app.FileDocuments;
import org.summittimeline.format.LoadResult;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.model.Timeline;
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

/** Timelines brought in from TimelineJS open in the window like our own, with their eras; and go out as JSON. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ImportWindowTest {
    private MainWindow window;
    private AppState state;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        window = new MainWindow(new FileDocuments(new TimelineLoader()), BackgroundWork.sameThread(),
                Settings.inMemory(), path -> { });
        state = window.state();
        stage.setScene(new Scene(window, 1280, 720));
        stage.show();
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(ImportWindowTest.class.getResource("/timelinejs/" + name).toURI());
    }

    @Test
    void aTimelineJsFileOpensInTheWindowWithItsEras(FxRobot robot) throws URISyntaxException {
        Path moon = fixture("moon.json");
        Fx.interact(() -> window.open(moon));
        RenderedPulse.await(robot, window.getScene());
        Timeline t = state.query().timeline();
        assertEquals("The race to the Moon", t.title());
        assertEquals(List.of("Space race", "Apollo & Gemini"), t.eras().stream().map(e -> e.title()).toList());
        TimelineView view = robot.lookup("#timeline").queryAs(TimelineView.class);
        assertNotNull(view.pointOf("sputnik"), "the imported event is drawn");
        // It has no quotes: Export Quotes… has nothing to write, and says so by being greyed.
        javafx.scene.control.MenuBar bar = robot.lookup("#menu-bar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.MenuItem export = bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> "menu-export".equals(i.getId())).findFirst().orElseThrow();
        assertTrue(export.isDisable(), "no quotes to export");
        Fx.interact(window::openBundled);
        RenderedPulse.await(robot, window.getScene());
        assertFalse(export.isDisable(), "the bundled timeline has quotes");
    }

    @Test
    void erasAreDrawnAsShadedBandsBehindTheEvents(FxRobot robot, @TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("eras.json"), """
                {"formatVersion": 1, "title": "Eras", "timeZone": "UTC",
                 "categories": [{"id": "c", "label": "C"}],
                 "eras": [{"title": "Green days", "start": "2018-07-15T00:00Z", "end": "2018-07-16T00:00Z",
                           "colour": "#00ff00"}],
                 "events": [{"id": "a", "title": "A", "category": "c", "start": "2018-07-14T12:00Z"},
                            {"id": "b", "title": "B", "category": "c", "start": "2018-07-17T12:00Z"}]}
                """);
        Fx.interact(() -> window.open(file));
        RenderedPulse.await(robot, window.getScene());
        assertEquals(1, state.query().timeline().eras().size());
        TimelineView view = robot.lookup("#timeline").queryAs(TimelineView.class);
        WritableImage[] shot = new WritableImage[1];
        Fx.interact(() -> shot[0] = view.snapshot(null, null));
        PixelReader pixels = shot[0].getPixelReader();
        int green = 0;
        for (int y = 0; y < shot[0].getHeight(); y++) {
            for (int x = 0; x < shot[0].getWidth(); x++) {
                Color c = pixels.getColor(x, y);
                if (c.getGreen() - c.getRed() > 0.08 && c.getGreen() - c.getBlue() > 0.08) {
                    green++;
                }
            }
        }
        // The band spans a third of the lane area's width and its whole height: thousands of pixels.
        assertTrue(green > 5_000, green + " green pixels");
    }

    @Test
    void aMistakeRepeatedThirtyTimesIsListedTwentyTimesThenCounted(FxRobot robot, @TempDir Path dir) throws Exception {
        StringBuilder events = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            events.append(i == 0 ? "" : ",").append("{\"id\": \"e").append(i).append("\", \"title\": \"E\", ")
                    .append("\"category\": \"nope\", \"start\": \"2018-07-16T12:00Z\"}");
        }
        Path file = Files.writeString(dir.resolve("thirty.json"), "{\"formatVersion\": 1, \"title\": \"T\", "
                + "\"timeZone\": \"UTC\", \"events\": [" + events + "]}");
        Fx.interact(() -> window.open(file));
        WaitForAsyncUtils.waitForFxEvents();
        ListView<?> problems = robot.lookup("#problems").queryListView();
        // 20 of the unknown category, the count of the other 10, and the one warning for 30 unsourced events.
        assertEquals(22, problems.getItems().size());
        List<String> texts = new ArrayList<>();
        Fx.interact(() -> problems.scrollTo(20));
        WaitForAsyncUtils.waitForFxEvents();
        for (ListCell<?> cell : robot.lookup("#problems .list-cell").queryAllAs(ListCell.class)) {
            if (cell.getItem() != null) {
                texts.add(cell.getText());
            }
        }
        assertTrue(texts.contains("\u2026 and 10 more like this"), texts.toString());
    }

    @Test
    void exportWritesTheEventsThatPassTheFiltersAsOurFormat(FxRobot robot, @TempDir Path dir) {
        Fx.interact(() -> {
            window.openBundled();
            state.filterProperty().set(state.filterProperty().get().withCategories(Set.of("press")));
        });
        WaitForAsyncUtils.waitForFxEvents();
        int shown = state.result().shownEventCount();
        assertTrue(shown > 0 && shown < state.query().timeline().events().size());
        Path out = dir.resolve("press.json");
        Fx.interact(() -> window.findings().exportTimeline(out));
        LoadResult written = new TimelineLoader().load(out);
        assertFalse(written.hasErrors(), written.problems().toString());
        assertEquals(shown, written.timeline().events().size());
        assertTrue(written.timeline().events().stream().allMatch(e -> e.categoryId().equals("press")));
    }
}
