package org.summittimeline.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.summittimeline.app.FileDocuments;
import org.summittimeline.format.LoadResult;
import org.summittimeline.format.SyntheticTimeline;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.query.QueryFilter;
import org.summittimeline.query.TimelineQuery;
import org.summittimeline.ui.BackgroundWork;
import org.summittimeline.ui.Fx;
import org.summittimeline.ui.Settings;
import org.summittimeline.ui.Theme;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The first frame of a large timeline shows its events before the quotes' word index exists (issue 15): the
 * index work is held by an executor of the test's until the test lets it run, so a window that waited for the
 * index anywhere on the way to its first frame would never draw one, and the test would time out.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class FirstFrameTest {
    private static final long WAIT_S = 30;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        window = new MainWindow(new FileDocuments(new TimelineLoader()), BackgroundWork.sameThread(),
                Settings.inMemory(), url -> { });
        stage.setScene(new Scene(window, 1280, 720));
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) throws TimeoutException {
        Fx.interact(window::close);
        FxToolkit.cleanupStages();
    }

    @Test
    void theFirstFrameShowsTheEventsWhileTheWordIndexIsStillHeld(FxRobot robot, @TempDir Path dir)
            throws IOException, TimeoutException {
        Path file = dir.resolve("five-thousand.json");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            new SyntheticTimeline(5_000, 7, false).write(out);
        }
        LoadResult result = new FileDocuments(new TimelineLoader()).open(file);
        assertFalse(result.hasErrors(), () -> result.errors().toString());
        List<Runnable> held = new CopyOnWriteArrayList<>();
        TimelineQuery query = new TimelineQuery(result.timeline(), held::add);
        assertEquals(1, held.size(), "the word indexes wait in the test's executor");

        WaitForAsyncUtils.asyncFx(() -> window.open(file, CompletableFuture.completedFuture(
                new OpenedTimeline(result, query.prepareForViews(), () -> { })), new ReadProgress(0)));
        try {
            WaitForAsyncUtils.waitFor(WAIT_S, TimeUnit.SECONDS, () -> window.timelineView().framesDrawn() > 0);
        } catch (TimeoutException e) {
            held.forEach(Runnable::run); // lets a UI thread that waits for the index go, so the window can close
            fail("no frame within " + WAIT_S + " s while the word index was held: the way to the first frame waits for it");
        }

        int[] marks = new int[1];
        int[] quotesShown = new int[1];
        Fx.interact(() -> {
            marks[0] = window.timelineView().marksDrawn();
            quotesShown[0] = robot.lookup("#quotes").queryAs(ListView.class).getItems().size();
        });
        assertTrue(marks[0] > 0, "the first frame has drawn the events' marks");
        assertTrue(quotesShown[0] > 0, "the quote panel lists quotes before they can be searched");
        assertFalse(query.searchReady(), "the frame came first: the word index does not exist yet");
        assertFalse(query.searchIndexed().isDone());

        // Released, the index is built and a search typed now finds what it should.
        held.forEach(Runnable::run);
        assertTrue(query.searchReady());
        int[] matches = new int[1];
        Fx.interact(() -> matches[0] = query.apply(QueryFilter.NONE.withSearch("president")).matchingEventPositions().size());
        assertTrue(matches[0] > 0);
    }
}
