package org.summittimeline.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.summittimeline.app.FileDocuments;
import org.summittimeline.format.SyntheticTimeline;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.query.TimelineQuery;
import org.summittimeline.ui.Fx;
import org.summittimeline.ui.FxBackgroundWork;
import org.summittimeline.ui.Settings;
import org.summittimeline.ui.Theme;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The filter lists of a timeline that arrives after the window is on screen: a file named at start whose read
 * takes longer than the window waits for it, and a file opened from the menu. The lists' controls exist and are
 * drawn by then, so what they show must follow the options that come later, captions included.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 90, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class FilterBarLateTimelineTest {
    private static final long WAIT_S = 30;
    private static final Map<FilterBarModel.Facet, String> NAMES = Map.of(FilterBarModel.Facet.SPEAKERS, "Speakers",
            FilterBarModel.Facet.ACTORS, "Actors", FilterBarModel.Facet.TOPICS, "Topics",
            FilterBarModel.Facet.CATEGORIES, "Categories");

    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "test-loader");
        t.setDaemon(true);
        return t;
    });
    private final FileDocuments documents = new FileDocuments(new TimelineLoader());
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        window = new MainWindow(documents, new FxBackgroundWork(threads), Settings.inMemory(), url -> { });
        stage.setScene(new Scene(window, 1280, 720));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) throws TimeoutException {
        Fx.interact(window::close);
        // The window's stages go first: a pulse of theirs could still hand work to the threads.
        FxToolkit.cleanupStages();
        threads.shutdownNow();
    }

    /** As the launcher does with a file named at start when its read outlasts the window's wait for it. */
    @Test
    void aFileNamedAtStartAndReadAfterTheWindowShowsFillsTheFilterLists(FxRobot robot, @TempDir Path dir)
            throws Exception {
        Path file = generated(dir, 3_000);
        CompletableFuture<OpenedTimeline> reading = new CompletableFuture<>();
        ReadProgress progress = new ReadProgress(Files.size(file));
        Fx.interact(() -> window.open(file, reading, progress));
        // The window is laid out and drawn, empty, before the read ends: the lists' skins exist now.
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#filter-speakers").query().getScene() != null);
        assertEquals("Speakers", text(robot, FilterBarModel.Facet.SPEAKERS), "nothing to offer before the read");
        reading.complete(OpenedTimeline.of(documents.open(file, progress)));
        waitUntil(() -> window.state().query() != null);
        assertListsOffer(robot, window.state().query());
    }

    /** File ▸ Open after another timeline: the lists show the new file's options, not the old file's counts. */
    @Test
    void aFileOpenedFromTheMenuReplacesTheOptionsAndTheirCaptions(FxRobot robot, @TempDir Path dir) throws Exception {
        Fx.interact(window::openBundled);
        waitUntil(() -> window.state().query() != null);
        WaitForAsyncUtils.waitForFxEvents();
        TimelineQuery bundled = window.state().query();
        assertListsOffer(robot, bundled);
        Path file = generated(dir, 3_000);
        Fx.interact(() -> window.open(file));
        waitUntil(() -> window.state().query() != null && window.state().query() != bundled);
        TimelineQuery opened = window.state().query();
        assertListsOffer(robot, opened);
        // A check still counts in the caption as drawn (the skin redraws it on checks; the title must agree).
        @SuppressWarnings("unchecked")
        CheckComboBox<String> topics = robot.lookup("#filter-topics").queryAs(CheckComboBox.class);
        String first = opened.topics().iterator().next();
        Fx.interact(() -> topics.getCheckModel().check(first));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Topics: 1/" + opened.topics().size(), text(robot, FilterBarModel.Facet.TOPICS));
    }

    /** Each list holds the timeline's options, and its caption, as drawn, says that none narrows the view. */
    @SuppressWarnings("unchecked")
    private static void assertListsOffer(FxRobot robot, TimelineQuery q) {
        WaitForAsyncUtils.waitForFxEvents();
        Map<FilterBarModel.Facet, List<String>> expected = Map.of(FilterBarModel.Facet.SPEAKERS, q.speakers(),
                FilterBarModel.Facet.ACTORS, q.eventActors(), FilterBarModel.Facet.TOPICS, List.copyOf(q.topics()),
                FilterBarModel.Facet.CATEGORIES, q.timeline().categories().stream().map(c -> c.id()).toList());
        for (FilterBarModel.Facet f : FilterBarModel.Facet.values()) {
            CheckComboBox<String> box = robot.lookup(id(f)).queryAs(CheckComboBox.class);
            List<String> ids = expected.get(f);
            assertFalse(ids.isEmpty(), f + " has options in this timeline");
            assertEquals(ids, List.copyOf(box.getItems()), f + ": the list holds the timeline's options");
            String caption = NAMES.get(f) + ": all";
            assertEquals(caption, box.getTitle(), f + ": the title");
            assertEquals(caption, text(robot, f), f + ": the caption as drawn");
        }
    }

    /** The text the closed list shows: the button cell of the combo box its skin draws. */
    private static String text(FxRobot robot, FilterBarModel.Facet f) {
        ComboBox<?> drawn = robot.from(robot.lookup(id(f)).queryAs(CheckComboBox.class))
                .lookup((Node n) -> n instanceof ComboBox).queryAs(ComboBox.class);
        return drawn.getButtonCell().getText();
    }

    private static String id(FilterBarModel.Facet f) {
        return "#filter-" + f.name().toLowerCase(Locale.ROOT);
    }

    private static Path generated(Path dir, int events) throws IOException {
        Path file = dir.resolve("generated-" + events + ".json");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            new SyntheticTimeline(events, 7, false).write(out);
        }
        return file;
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(WAIT_S, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        } catch (TimeoutException e) {
            throw new AssertionError("not within " + WAIT_S + " s", e);
        }
    }
}
