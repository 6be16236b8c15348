package org.summittimeline.ui.shell;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.javafx.scene.input.DragboardHelper;
import com.sun.javafx.tk.TKClipboard;
import com.sun.javafx.tk.Toolkit;
import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import javafx.event.Event;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.input.DataFormat;
import javafx.scene.input.KeyCode;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.summittimeline.app.FileDocuments;
import org.summittimeline.export.ImageTheme;
import org.summittimeline.export.ReferenceFormat;
import org.summittimeline.format.LoadResult;
import org.summittimeline.format.SyntheticTimeline;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.handout.HandoutPdf;
import org.summittimeline.query.TimelineQuery;
import org.summittimeline.ui.AppState;
import org.summittimeline.ui.DialogButtons;
import org.summittimeline.ui.Fx;
import org.summittimeline.ui.FxBackgroundWork;
import org.summittimeline.ui.Settings;
import org.summittimeline.ui.TestStage;
import org.summittimeline.ui.Theme;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opening as a reader does it, with the real loader on background threads: dropping a file on the window, a large
 * file's progress and Cancel, and live reload of a file edited elsewhere. Waits have timeouts; nothing sleeps.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class OpeningTest {
    private static final long WAIT_S = 20;
    private static final Path BUNDLED = Path.of("data", "helsinki-2018-summit.json");

    private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "test-loader");
        t.setDaemon(true);
        return t;
    });
    private final Settings settings = Settings.inMemory();
    /** Counts the reads that ended, so a test can wait for a cancelled read to run out. */
    private final CountingDocuments documents = new CountingDocuments(new FileDocuments(new TimelineLoader()));
    private MainWindow window;
    private AppState state;
    private Stage stage;

    @Start
    void start(Stage stage) {
        // A reader that told its events goes on when the window has drawn them: here nothing else lets it go on.
        ReadProgress.giveWayMillis = TimeUnit.MINUTES.toMillis(10);
        this.stage = stage;
        Theme.LIGHT.apply();
        window = new MainWindow(documents, new FxBackgroundWork(threads), settings, url -> { });
        state = window.state();
        TestStage.show(stage, window);
    }

    @AfterEach
    void close(FxRobot robot) throws TimeoutException {
        ReadProgress.giveWayMillis = ReadProgress.GIVE_WAY_MILLIS;
        Fx.interact(window::close);
        // The window's stages go first: a pulse of theirs could still hand work to the threads.
        FxToolkit.cleanupStages();
        threads.shutdownNow();
    }

    // Drag and drop

    @Test
    void draggingAFileOverTheWindowIsAcceptedAndDroppingItOpensIt(FxRobot robot, @TempDir Path dir) throws IOException {
        Path file = Files.copy(BUNDLED, dir.resolve("dropped.json"));
        DragEvent over = drag(robot, DragEvent.DRAG_OVER, List.of(file.toFile()));
        assertTrue(over.isAccepted(), "a file dragged over the window is accepted");
        assertEquals(TransferMode.COPY, over.getAcceptedTransferMode());
        DragEvent dropped = drag(robot, DragEvent.DRAG_DROPPED, List.of(file.toFile()));
        assertTrue(dropped.isDropCompleted());
        waitUntil(() -> state.query() != null);
        assertEquals(file, window.opening().file());
        assertEquals("dropped.json", status(robot));
    }

    @Test
    void dropAFolderOrSeveralFilesAndTheWindowSaysWhatToDropInstead(FxRobot robot, @TempDir Path dir)
            throws IOException {
        open(robot, BUNDLED);
        TimelineQuery before = state.query();
        Path a = Files.copy(BUNDLED, dir.resolve("a.json"));
        Path b = Files.copy(BUNDLED, dir.resolve("b.json"));
        DragEvent several = drag(robot, DragEvent.DRAG_DROPPED, List.of(a.toFile(), b.toFile()));
        assertFalse(several.isDropCompleted());
        assertEquals("2 files were dropped; drop one timeline file at a time.", status(robot));
        Path folder = Files.createDirectory(dir.resolve("timelines"));
        drag(robot, DragEvent.DRAG_DROPPED, List.of(folder.toFile()));
        assertEquals("timelines is a folder; drop one timeline file (.json) from inside it.", status(robot));
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(before, state.query(), "nothing was opened");
    }

    @Test
    void openRecentRemembersTheFilesOpenedAndGreysOneThatHasGone(FxRobot robot, @TempDir Path dir) throws IOException {
        Path gone = Files.copy(BUNDLED, dir.resolve("gone.json"));
        Path kept = Files.copy(BUNDLED, dir.resolve("kept.json"));
        open(robot, gone);
        open(robot, kept);
        Files.delete(gone);
        Menu recent = (Menu) menuItem(robot, "menu-recent");
        Fx.interact(() -> recent.getOnShowing().handle(new Event(Menu.ON_SHOWING)));
        List<MenuItem> items = recent.getItems();
        assertEquals(2, items.size());
        assertTrue(items.get(0).getText().startsWith("kept.json"));
        assertFalse(items.get(0).isDisable());
        assertTrue(items.get(1).getText().startsWith("gone.json"));
        assertTrue(items.get(1).isDisable(), "a file that has gone is greyed");
        // Remembered: a window made later with the same settings offers the same files.
        assertEquals(List.of(kept.toAbsolutePath(), gone.toAbsolutePath()), new RecentFiles(settings).list());
        // A file that opens with errors is remembered as well, to be opened again once mended; one that is not
        // there is not.
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"formatVersion\": 1,");
        Fx.interact(() -> window.open(broken));
        waitUntil(() -> new RecentFiles(settings).list().size() == 3);
        int readsBefore = documents.reads();
        Fx.interact(() -> window.open(dir.resolve("never-was.json")));
        waitUntil(() -> documents.reads() > readsBefore);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(broken.toAbsolutePath(), kept.toAbsolutePath(), gone.toAbsolutePath()),
                new RecentFiles(settings).list());
    }

    // Progress and Cancel

    @Test
    void aLargeFileShowsProgressWithCancelAndCancelKeepsTheTimelineOnScreen(FxRobot robot, @TempDir Path dir)
            throws Exception {
        open(robot, BUNDLED);
        TimelineQuery before = state.query();
        Path big = dir.resolve("generated.json");
        try (Writer out = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            new SyntheticTimeline(100_000, 7, false).write(out);
        }
        int readsBefore = documents.reads();
        StatusBar bar = robot.lookup("#status").queryAs(StatusBar.class);
        Node timeline = robot.lookup("#timeline").query();
        double barHeight = bar.getHeight();
        double timelineHeight = timeline.getLayoutBounds().getHeight();
        Fx.interact(() -> window.open(big));
        Button cancel = robot.lookup("#open-cancel").queryButton();
        assertTrue(cancel.isVisible(), "Cancel shows as soon as the reading starts");
        waitUntil(() -> bar.getProgress() > 0 && bar.getText().startsWith("Reading generated.json\u2026"));
        // The bar grew by 8 px with Cancel, and the whole window moved and was laid out again as the read began.
        assertEquals(barHeight, bar.getHeight(), "the status bar keeps its height while a file is read");
        assertEquals(timelineHeight, timeline.getLayoutBounds().getHeight(), "the timeline does not move");
        robot.clickOn(cancel);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(cancel.isVisible());
        assertEquals(0, bar.getProgress());
        // Whether the file's events came to the screen before the click depends on how warm the reader is (a test
        // before this one that read files made it fast enough): either way the timeline before it is what shows.
        assertTrue(List.of("Opening cancelled; the timeline on screen stays as it was.",
                "Opening cancelled; the timeline before it is back on screen.").contains(status(robot)), status(robot));
        // The cancelled read runs out on its thread; what it brings is never shown.
        waitUntil(() -> documents.reads() > readsBefore);
        WaitForAsyncUtils.waitForFxEvents();
        assertSame(before, state.query());
        assertFalse(robot.lookup("#problems").tryQuery().isPresent(), "a cancelled read is not a failure to show");
        assertTrue(documents.last().problems().get(0).message().startsWith("opening was cancelled"),
                "the read stopped part way: " + documents.last().problems());
        assertTrue(robot.lookup("#timeline").tryQuery().isPresent());
    }

    // Events first

    /** What a test does while a file's events are on screen. */
    private interface Meanwhile {
        void run() throws Exception;
    }

    /**
     * Opens {@code file} and holds its whole result back until {@code meanwhile} has run on the events shown
     * first; the read is let go however {@code meanwhile} ends.
     */
    private void whileItsEventsShow(FxRobot robot, Path file, Meanwhile meanwhile) throws Exception {
        TimelineQuery before = state.query();
        CountDownLatch gate = new CountDownLatch(1);
        documents.held = gate;
        try {
            Fx.interact(() -> window.open(file));
            waitUntil(() -> state.query() != null && state.query() != before && state.query().areQuotesStillReading());
            meanwhile.run();
        } finally {
            gate.countDown();
        }
    }

    /** Where the zoom-in button stands once the window is styled and laid out as it now is. */
    private double zoomInX(FxRobot robot) {
        window.getScene().getRoot().applyCss();
        window.getScene().getRoot().layout();
        return robot.lookup("#zoom-in").query().localToScene(0, 0).getX();
    }

    private static Path generated(Path dir, String name, int events) throws IOException {
        Path file = dir.resolve(name);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            new SyntheticTimeline(events, 7, false).write(out);
        }
        return file;
    }

    @Test
    void aLargeFilesEventsShowWhileItsQuotesAreReadAndTheWholeFileKeepsWhatTheReaderChose(FxRobot robot,
            @TempDir Path dir) throws Exception {
        Path big = generated(dir, "events-first.json", 14_000);
        assertTrue(Files.size(big) >= ReadProgress.EVENTS_FIRST_FROM, "large enough to be shown events first");
        double[] zoomInAt = new double[1];
        double[] clearAt = new double[1];
        whileItsEventsShow(robot, big, () -> {
            TimelineQuery first = state.query();
            assertEquals(14_000, first.timeline().events().size());
            assertTrue(first.timeline().quotes().isEmpty());
            // Left out before the first frame, the ids are indexed beside the drawing, not at the first click.
            waitUntil(() -> first.timeline().areIdsIndexed());
            // The split pane puts the quote panel in the scene at its first layout after the timeline arrives.
            waitUntil(() -> robot.lookup("#quotes-heading").tryQuery().isPresent());
            assertEquals("Quotes: still being read", robot.lookup("#quotes-heading").queryLabeled().getText());
            assertTrue(robot.lookup("#open-cancel").queryButton().isVisible(), "still reading, still cancellable");
            assertTrue(robot.lookup("#timeline").tryQuery().isPresent());
            org.summittimeline.model.Event chosen = first.timeline().events().get(7_000);
            Fx.interact(() -> state.selectedEventProperty().set(chosen));
            // A search typed now waits for the whole file's word index, not for one the events never get.
            Fx.interact(() -> state.filterProperty().set(state.filterProperty().get().withSearch("president")));
            assertTrue(new RecentFiles(settings).list().isEmpty(), "not remembered before it is open");
            for (String export : List.of("menu-export", "menu-export-json", "menu-export-events", "menu-compare")) {
                assertTrue(menuItem(robot, export).isDisable(), export + " waits for the quotes");
            }
            assertFalse(menuItem(robot, "menu-zoom-in").isDisable(), "the events can be explored meanwhile");
            // A lesson names quotes: it is opened over the whole file, not over its events alone.
            Fx.interact(() -> window.lesson().open(Path.of("src/test/resources/lesson/missing-events.lesson.json")));
            waitUntil(() -> robot.lookup("#lesson-error").tryQuery().isPresent());
            assertTrue(robot.lookup("#lesson-error .content").queryLabeled().getText().startsWith(
                    "The timeline's quotes are still being read"));
            waitUntil(() -> DialogButtons.showing(robot, t -> t == ButtonType.OK).isPresent());
            robot.clickOn(DialogButtons.showing(robot, t -> t == ButtonType.OK).orElseThrow());
            assertEquals("14,000 of 14,000 events \u00b7 quotes to follow",
                    robot.lookup("#counts").queryLabeled().getText());
            Fx.interact(() -> robot.lookup("#search").query().requestFocus());
            zoomInAt[0] = onFx(() -> zoomInX(robot));
            clearAt[0] = onFx(() -> robot.lookup("#clear-filters").query().localToScene(0, 0).getX());
        });
        waitUntil(() -> state.query() != null && !state.query().areQuotesStillReading());
        assertEquals(14_000, state.query().timeline().quotes().size());
        // The match count kept room for the quotes to come: the zoom buttons beside it did not move when they came.
        assertEquals(zoomInAt[0], onFx(() -> zoomInX(robot)), 0.5);
        // Nor the filter bar's: the speakers' and topics' boxes kept room for their counts.
        assertEquals(clearAt[0], onFx(() -> robot.lookup("#clear-filters").query().localToScene(0, 0).getX()), 0.5);
        // Looked up on the UI thread: the quote list is still making its cards there, and a lookup from this
        // thread walked a list of children as it changed (IndexOutOfBounds in Parent.lookupAll).
        assertTrue(onFx(() -> robot.lookup("#search").query().isFocused()),
                "the whole file does not take the focus from a search");
        assertSame(documents.last().timeline(), state.query().timeline());
        assertEquals(state.query().timeline().events().get(7_000).id(), state.selectedEvent().id(),
                "the event chosen among the events shown first stays chosen");
        assertFalse(onFx(() -> robot.lookup("#open-cancel").queryButton().isVisible()));
        assertEquals("events-first.json", status(robot));
        assertEquals(List.of(big.toAbsolutePath()), new RecentFiles(settings).list());
        assertFalse(menuItem(robot, "menu-export").isDisable());
        waitUntil(() -> state.result().search() != org.summittimeline.query.QueryResult.Search.PREPARING);
        assertTrue(state.result().shownQuoteCount() > 0);
        // No background thread is left waiting for the events' word index, which is never built.
        ThreadPoolExecutor pool = (ThreadPoolExecutor) threads;
        waitUntil(() -> pool.getActiveCount() == 0);
    }

    @Test
    void theReaderGoesOnOnlyTwoPulsesAfterTheEventsFirstFrame(FxRobot robot, @TempDir Path dir) throws Exception {
        Path big = generated(dir, "events-first.json", 14_000);
        // Resumed in the frame's own pulse, the reader, the id tables and the collector took both cores from the
        // renderer drawing that frame (gaps of 100-108 ms at a million events).
        int[] pulses = {0};
        int[] drawnIn = {-1};
        int[] resumedIn = {-1};
        long[] framesBefore = new long[1];
        Fx.interact(() -> framesBefore[0] = window.timelineView().framesDrawn());
        Runnable count = () -> {
            pulses[0]++;
            TimelineQuery q = state.query();
            if (drawnIn[0] < 0 && q != null && q.areQuotesStillReading()
                    && window.timelineView().framesDrawn() > framesBefore[0]) {
                drawnIn[0] = pulses[0];
            }
            ReadProgress progress = documents.progress;
            if (drawnIn[0] >= 0 && resumedIn[0] < 0 && progress != null && !progress.isGivingWay()) {
                resumedIn[0] = pulses[0];
            }
            javafx.application.Platform.requestNextPulse();
        };
        // The reader's own give-way bound is ten minutes here (@Start): it goes on only when the window lets it.
        Fx.interact(() -> window.getScene().addPostLayoutPulseListener(count));
        try {
            whileItsEventsShow(robot, big, () -> waitUntil(() -> resumedIn[0] >= 0));
        } finally {
            Fx.interact(() -> window.getScene().removePostLayoutPulseListener(count));
        }
        // Let go in the third layout pulse after the frame's (Pulses.twoPulsesAfterNextLayout), seen in the next.
        assertTrue(resumedIn[0] >= drawnIn[0] + 2 && resumedIn[0] <= drawnIn[0] + 6, "the events drawn in pulse "
                + drawnIn[0] + ", the reader went on in pulse " + resumedIn[0]);
        waitUntil(() -> state.query() != null && !state.query().areQuotesStillReading());
    }

    @Test
    void cancellingAFileWhoseEventsAreShownWithNothingBeforeLeavesNothingOfIt(FxRobot robot, @TempDir Path dir)
            throws Exception {
        Path big = generated(dir, "first-file.json", 14_000);
        whileItsEventsShow(robot, big, () -> {
            assertEquals(big.toString(), window.loadedProperty().get().fileName());
            Fx.type(KeyCode.ESCAPE); // as the Cancel button: the other tests click that
            WaitForAsyncUtils.waitForFxEvents();
        });
        assertNull(state.query());
        assertNull(window.loadedProperty().get(), "the stage title no longer names it; its events are let go");
        assertTrue(robot.lookup("#open-nothing").tryQuery().isPresent());
        assertEquals("Opening cancelled; no timeline is open.", status(robot));
        // Nothing read is on screen to read again: Reload opened the example, drawn at the cancelled file's zoom.
        assertTrue(menuItem(robot, "menu-reload").isDisable(), "Reload with no file on screen");
        robot.press(KeyCode.SHORTCUT, KeyCode.R).release(KeyCode.R, KeyCode.SHORTCUT);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(state.query(), "Ctrl+R opened a timeline");
        assertTrue(robot.lookup("#open-nothing").tryQuery().isPresent());
    }

    @Test
    void eventsShownFirstAreTakenBackWhenTheReadIsCancelledOrTheQuotesHaveErrors(FxRobot robot, @TempDir Path dir)
            throws Exception {
        open(robot, BUNDLED);
        TimelineQuery before = state.query();
        Path big = generated(dir, "cancelled.json", 14_000);
        whileItsEventsShow(robot, big, () -> {
            TimelineQuery first = state.query();
            Fx.interact(window::reload);
            assertSame(first, state.query(), "Reload while the file is read whole already changes nothing");
            Fx.interact(() -> window.present(false));
            robot.clickOn(robot.lookup("#open-cancel").queryButton());
            WaitForAsyncUtils.waitForFxEvents();
            assertSame(before, state.query(), "the timeline before the cancelled file is back");
            assertEquals("Opening cancelled; the timeline before it is back on screen.", status(robot));
            assertFalse(window.presentation().isRunning(), "the F5 was for the file that did not open");
        });

        // Its events are fine, one of its quotes names a speaker the file does not have.
        String text = Files.readString(big);
        int quotes = text.indexOf("\"quotes\":[");
        int speaker = text.indexOf("\"speaker\":\"", quotes) + "\"speaker\":\"".length();
        Path broken = Files.writeString(dir.resolve("broken-quote.json"), text.substring(0, speaker) + "nobody-"
                + text.substring(speaker));
        whileItsEventsShow(robot, broken, () -> { });
        waitUntil(() -> robot.lookup("#problems").tryQuery().isPresent());
        assertSame(before, state.query(), "the timeline before the file that failed is back, its problems beside it");
        assertTrue(status(robot).startsWith("broken-quote.json could not be opened (1 error)"), status(robot));
    }

    /**
     * Reload says it read the file again, the example too: a Reload of the example changed nothing to be seen and
     * said nothing, and a new user took Ctrl+R for broken. Opening a file still says its name alone.
     */
    @Test
    void reloadSaysItReadTheTimelineAgain(FxRobot robot, @TempDir Path dir) throws Exception {
        Fx.interact(window::openBundled);
        waitUntil(() -> state.query() != null && !window.opening().isReading());
        Fx.interact(window::reload);
        waitUntil(() -> status(robot).startsWith("Read again: the example timeline; selection, zoom and filters kept"));
        Path copy = Files.copy(BUNDLED, dir.resolve("helsinki.json"));
        open(robot, copy);
        assertEquals("helsinki.json", status(robot));
        Fx.interact(window::reload);
        waitUntil(() -> status(robot).startsWith("Read again: helsinki.json;"));
    }

    /** Reload of a file that still fails says so, with the time: the same problems again looked like nothing done. */
    @Test
    void reloadingAFileThatStillFailsSaysItWasReadAgain(FxRobot robot, @TempDir Path dir) throws Exception {
        Path broken = Files.writeString(dir.resolve("broken.json"), "hello\n");
        Fx.interact(() -> window.open(broken));
        waitUntil(() -> robot.lookup("#problems-reload").tryQuery().isPresent());
        assertTrue(status(robot).endsWith("broken.json \u2014 could not be opened"), status(robot));
        assertEquals("Read broken.json again", robot.lookup("#problems-reload").queryButton().getTooltip().getText());
        // The problems have the focus, so that Down walks them and Ctrl+C copies them: the scene had given it to the
        // toolbar's Reload, and Down went on along the toolbar (a new user's walk).
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(robot.lookup("#problems").query(), window.getScene().getFocusOwner());
        // With its ring, as Tab shows it: focused in code it had shown no mark of the keys.
        assertTrue(robot.lookup("#problems").query().isFocusVisible(), "the list shows it has the keys");
        robot.clickOn("#problems-reload");
        waitUntil(() -> status(robot).contains("read again"));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(robot.lookup("#problems").query(), window.getScene().getFocusOwner(), "and after Reload");
        assertTrue(status(robot).matches(".*broken\\.json \u2014 read again at \\d\\d:\\d\\d:\\d\\d, and still could not "
                + "be opened"), status(robot));
    }

    /**
     * A watched file that failed with nothing else on screen, saved good: it opens, and the status bar says so, not
     * that a reload kept the selection, zoom and filters of a timeline that was never shown.
     */
    @Test
    void aFailedFileSavedGoodOpensAndSaysSo(FxRobot robot, @TempDir Path dir) throws Exception {
        String good = Files.readString(BUNDLED);
        Path file = Files.writeString(dir.resolve("later.json"), good.substring(0, good.length() / 2));
        Fx.interact(() -> window.open(file));
        waitUntil(() -> robot.lookup("#problems-reload").tryQuery().isPresent());
        assertTrue(window.opening().isWatching(), "the failed file is watched");
        save(file, good);
        waitUntil(() -> state.query() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("later.json changed on disk and is now open.", status(robot));
    }

    @Test
    void aFileThatFailsLeavesTheTimelineOnScreenWithItsProblemsBeside(FxRobot robot, @TempDir Path dir)
            throws IOException {
        open(robot, BUNDLED);
        TimelineQuery before = state.query();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#timeline").query().isFocused(), "the timeline has the keys once opened");
        double timelineDivider = settings.number(Settings.Key.DIVIDER_TIMELINE);
        double quotesDivider = settings.number(Settings.Key.DIVIDER_QUOTES);
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"formatVersion\": 1, \"title\": ");
        Fx.interact(() -> window.open(broken));
        waitUntil(() -> robot.lookup("#problems").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        // Squeezed above the problems, the split moves its divider to keep the timeline's least height: not kept.
        assertEquals(timelineDivider, settings.number(Settings.Key.DIVIDER_TIMELINE), 0.005);
        assertEquals(quotesDivider, settings.number(Settings.Key.DIVIDER_QUOTES), 0.005);
        assertSame(before, state.query(), "the timeline before stays");
        assertTrue(robot.lookup("#timeline").tryQuery().isPresent());
        assertTrue(status(robot).startsWith("broken.json could not be opened (1 error); the timeline before it "
                + "stays on screen."), status(robot));
        assertFalse(robot.lookup("#problems").queryListView().getItems().isEmpty());
        // Moved into the split beside the problems, the timeline keeps the keys: Left and Right went on to step
        // events (they had walked the menu bar, which took the focus the moved timeline lost).
        Node timeline = robot.lookup("#timeline").query();
        assertTrue(timeline.isFocused(), () -> "focus: " + timeline.getScene().getFocusOwner());
        robot.clickOn(robot.lookup("#problems-hide").match(NodeQueryUtils.isVisible()).queryButton());
        assertFalse(robot.lookup("#problems").tryQuery().isPresent());
        assertTrue(robot.lookup("#timeline").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Fx.interact(timeline::requestFocus);
        Fx.interact(() -> window.open(broken));
        waitUntil(() -> robot.lookup("#problems").tryQuery().isPresent());
        robot.clickOn(robot.lookup("#problems-hide").match(NodeQueryUtils.isVisible()).queryButton());
        assertFalse(robot.lookup("#problems").tryQuery().isPresent());
        assertTrue(timeline.isFocused(), () -> "hidden: " + timeline.getScene().getFocusOwner());
        // And on screen, the timeline is as high as before the problems came.
        javafx.scene.control.SplitPane left = (javafx.scene.control.SplitPane) robot.lookup("#timeline").query()
                .getParent().getParent();
        assertEquals(timelineDivider, left.getDividerPositions()[0], 0.005);
    }

    @Test
    void theFileThatFailedIsNotWrittenOverByAnExportOfTheTimelineBeforeIt(FxRobot robot, @TempDir Path dir)
            throws IOException {
        open(robot, BUNDLED);
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"formatVersion\": 1, \"title\": ");
        Fx.interact(() -> window.open(broken));
        waitUntil(() -> robot.lookup("#problems").tryQuery().isPresent());
        byte[] before = Files.readAllBytes(broken);
        double from = window.timelineView().viewport().start();
        double to = window.timelineView().viewport().end();
        Map<String, Runnable> exports = new LinkedHashMap<>();
        exports.put("quotes CSV", () -> window.findings().writeQuotes(broken));
        exports.put("filtered JSON", () -> window.findings().exportTimeline(broken));
        for (boolean svg : new boolean[] {false, true}) {
            exports.put(svg ? "SVG" : "PNG", () -> window.findings().writeImage(
                    new ImageExportDialog.Choice(from, to, 800, 1, svg, ImageTheme.LIGHT, broken)));
        }
        exports.put("events CSV", () -> window.findings().writeEvents(new EventExportDialog.Choice(false, true, ',', broken)));
        for (ReferenceFormat format : ReferenceFormat.values()) {
            exports.put(format.label(), () -> window.findings().writeSources(
                    new SourcesExportDialog.Choice(false, format, LocalDate.of(2026, 11, 30), broken)));
        }
        exports.put("lesson", () -> window.lesson().save(broken));
        exports.put("handout PDF", () -> window.lesson().writeHandout(broken, HandoutPdf.Paper.A4));
        for (Map.Entry<String, Runnable> export : exports.entrySet()) {
            Fx.interact(() -> robot.lookup("#status").queryAs(StatusBar.class).setText(""));
            Fx.interact(export.getValue());
            assertTrue(status(robot).contains("refused to write " + broken + ": it is the open timeline " + broken),
                    export.getKey() + ": " + status(robot));
            assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(broken),
                    export.getKey() + " left the reader's file untouched");
        }
    }

    // Live reload

    @Test
    void anEditReloadsKeepingTheSelectionAnInvalidSaveKeepsTheLastGoodAndTheNextGoodSaveReplacesIt(FxRobot robot,
            @TempDir Path dir) throws IOException {
        String original = Files.readString(BUNDLED);
        Path file = dir.resolve("helsinki.json");
        Files.writeString(file, original);
        open(robot, file);
        assertTrue(window.opening().liveReloadProperty().get(), "on by default for a small file");
        Fx.interact(() -> state.selectedEventProperty().set(
                state.query().timeline().event("press-conference").orElseThrow()));

        save(file, original.replace("\"title\": \"Joint press conference\"", "\"title\": \"Joint press conference (edited)\""));
        waitUntil(() -> state.query() != null && state.selectedEvent() != null
                && state.selectedEvent().title().equals("Joint press conference (edited)"));
        assertEquals("press-conference", state.selectedEvent().id(), "the selection is kept");
        waitUntil(() -> robot.lookup(".notification-bar").tryQuery().isPresent());
        assertTrue(robot.lookup(".notification-bar .label").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().startsWith("helsinki.json changed on disk and was reloaded")));
        // The notice is drawn in the theme's colours (ControlsFX names Modena's, which the theme lacks): a box.
        Fx.interact(() -> {
            // Over the status bar's words, which say the same, not over its counts of what is shown.
            javafx.scene.Node notice = robot.lookup(".notification-bar").query();
            javafx.scene.Node counts = robot.lookup("#counts").query();
            javafx.geometry.Bounds noticeAt = notice.localToScreen(notice.getBoundsInLocal());
            javafx.geometry.Bounds countsAt = counts.localToScreen(counts.getBoundsInLocal());
            assertFalse(noticeAt.intersects(countsAt), "the notice " + noticeAt + " covers the counts " + countsAt);
            var fills = ((javafx.scene.layout.Region) robot.lookup(".notification-bar > .pane").query()).getBackground();
            assertTrue(fills != null && fills.getFills().size() == 2, "the notice has its background: " + fills);
        });

        TimelineQuery lastGood = state.query();
        save(file, original.substring(0, original.length() / 2)); // a save cut off half way
        waitUntil(() -> robot.lookup("#problems").tryQuery().isPresent());
        assertSame(lastGood, state.query(), "the last good version stays on screen");
        // The notice of the save before closes: it stood over the lowest problems, and a click there went to it. It
        // fades within a pulse or two, where its own five seconds would not have run out.
        assertDoesNotThrow(() -> WaitForAsyncUtils.waitFor(1, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() ->
                robot.lookup(".notification-bar").tryQuery().map(n -> n.getOpacity() < 1).orElse(true)).get()),
                "the reloaded notice closes");
        waitUntil(() -> robot.lookup(".notification-bar").tryQuery().isEmpty());
        ListView<?> problems = robot.lookup("#problems").queryListView();
        assertFalse(problems.getItems().isEmpty());
        assertTrue(status(robot).startsWith("helsinki.json was saved with"), status(robot));
        // A save with three errors: the problems' heading says so, and all three lines are in view at 1280×720
        // without scrolling (at the old divider and with a blank line for the "copied" note, two were).
        save(file, original.replace("\"at\": \"2018-07-15T20:55+03:00\"", "\"at\": \"2018-07-15T25:55+03:00\"")
                .replace("\"event\": \"would-wouldnt\"", "\"event\": \"would-wouldn\""));
        waitUntil(() -> robot.lookup("#problems").tryQuery().isPresent()
                && robot.lookup("#problems").queryListView().getItems().size() == 3);
        assertSame(lastGood, state.query(), "the last good version stays on screen");
        assertEquals("helsinki.json was saved with 3 errors; the last good version stays on screen until the next "
                + "good save.", robot.lookup("#problems-heading").queryAs(Label.class).getText());
        // Each save is read: the words say to save again, not to reload.
        assertTrue(robot.lookup("#problems-explanation").queryAs(Label.class).getText()
                .contains("helsinki.json has 3 errors. Correct them in your editor and save: each save is read again;"),
                robot.lookup("#problems-explanation").queryAs(Label.class).getText());
        ListView<?> three = robot.lookup("#problems").queryListView();
        WaitForAsyncUtils.waitForFxEvents();
        Fx.interact(() -> three.getScene().getRoot().layout());
        List<String> outOfView = robot.lookup("#problems .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> !c.isEmpty() && c.isVisible() && c.getParent().isVisible())
                .filter(c -> !three.localToScene(three.getLayoutBounds())
                        .contains(c.localToScene(c.getLayoutBounds())))
                .map(c -> c.getText() + " at " + c.localToScene(c.getLayoutBounds())).toList();
        assertEquals(List.of(), outOfView, "inside " + three.localToScene(three.getLayoutBounds()));
        assertEquals(3L, robot.lookup("#problems .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> !c.isEmpty() && c.isVisible() && c.getParent().isVisible()).count(), "three lines shown");
        // The buttons' words are whole beside the hint that wraps next to them ("R…" had stood for Reload).
        Fx.interact(() -> robot.lookup("#problems-beside .button").queryAllAs(javafx.scene.control.Button.class)
                .forEach(b -> assertEquals(b.getText(), ((javafx.scene.text.Text) b.lookup(".text")).getText())));
        // (The first one's line of the file is shown only where all three stay whole: with what a click does said
        // beside the buttons rather than in the explanation, there is room for it at 1280×720.)
        // No notice says it over the window as well (it covered the toolbar and the Help menu for five seconds).
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(".notification-bar .label").queryAllAs(Label.class).stream()
                .noneMatch(l -> l.getText().startsWith("helsinki.json was saved with")), "no notice of the failed save");
        // A line clicked copies its place, and the note that says so leaves the list where it was.
        var listAt = three.localToScene(three.getLayoutBounds());
        // The lowest line, which the notice of the save before covered (by its index: the flow keeps its cells in
        // no order).
        robot.clickOn(robot.lookup("#problems .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> !c.isEmpty() && c.getIndex() == 2).findFirst().orElseThrow());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#problems-copied").queryAs(Label.class).getText().contains("helsinki.json:"));
        assertEquals(listAt, three.localToScene(three.getLayoutBounds()), "the list stays where it was");
        // Reload by hand reads the same save again; the file is still watched, so the words still say to save.
        robot.clickOn(robot.lookup("#problems-reload").match(NodeQueryUtils.isVisible()).queryButton());
        // What stays is the file's own last good version, not a timeline before it.
        waitUntil(() -> robot.lookup("#problems-heading").queryAs(Label.class).getText()
                .equals("helsinki.json was read again and has 3 errors; the last good version stays on screen."));
        assertTrue(robot.lookup("#problems-explanation").queryAs(Label.class).getText()
                .contains("Correct them in your editor and save: each save is read again;"),
                robot.lookup("#problems-explanation").queryAs(Label.class).getText());

        // Two problems leave room for the first one's line of the file: shown at once, where the room stood blank
        // until a click, a third of the window.
        save(file, original.replace("\"at\": \"2018-07-15T20:55+03:00\"", "\"at\": \"2018-07-15T25:55+03:00\"")
                .replace("\"title\": \"Joint press conference\"", "\"title\": 42"));
        waitUntil(() -> robot.lookup("#problems").queryListView().getItems().size() == 2
                && robot.lookup("#problems").queryListView().getSelectionModel().getSelectedIndex() == 0
                && robot.lookup("#problems .problem-excerpt").tryQuery().isPresent());
        ListView<?> two = robot.lookup("#problems").queryListView();
        Fx.interact(() -> two.getScene().getRoot().layout());
        assertEquals(List.of(), robot.lookup("#problems .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> !c.isEmpty() && c.isVisible() && c.getParent().isVisible())
                .filter(c -> !two.localToScene(two.getLayoutBounds()).contains(c.localToScene(c.getLayoutBounds())))
                .map(c -> c.getIndex() + " at " + c.localToScene(c.getLayoutBounds())).toList(), "both whole");
        Fx.interact(() -> {
            double blank = ((ProblemsView) robot.lookup(".problems-view").query()).roomUnderProblems();
            assertTrue(blank >= 0 && blank < 8, "the problems as tall as they need: " + blank + " px blank");
        });
        save(file, original.replace("\"title\": \"Joint press conference\"", "\"title\": \"Joint press conference (fixed)\""));
        waitUntil(() -> state.query() != lastGood);
        assertEquals("Joint press conference (fixed)", state.selectedEvent().title(), "replaced, selection kept");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup("#problems").tryQuery().isPresent(), "the problems go with the good save");
    }

    /**
     * The problems beside a timeline are fitted anew when the type changes size: fitted at 100 %, two problems kept
     * their room at 121 %, where the second fell below the list's end (a new user's walk).
     */
    @Test
    void problemsBesideTheTimelineAreFittedAgainForLargerType(FxRobot robot, @TempDir Path dir) throws IOException {
        open(robot, Files.copy(BUNDLED, dir.resolve("good.json")));
        String original = Files.readString(BUNDLED);
        Path broken = Files.writeString(dir.resolve("broken.json"), original
                .replace("\"at\": \"2018-07-15T20:55+03:00\"", "\"at\": \"2018-07-15T25:55+03:00\"")
                .replace("\"title\": \"Joint press conference\"", "\"title\": 42"));
        Fx.interact(() -> window.open(broken));
        waitUntil(() -> robot.lookup("#problems").tryQuery().isPresent()
                && robot.lookup("#problems").queryListView().getItems().size() == 2
                && robot.lookup("#problems .problem-excerpt").tryQuery().isPresent());
        for (double scale : new double[] {1.21, 1.0}) {
            Fx.interact(() -> state.fontScaleProperty().set(scale));
            double[] blank = {Double.NaN};
            try {
                waitUntil(() -> {
                    blank[0] = ((ProblemsView) robot.lookup(".problems-view").query()).roomUnderProblems();
                    return blank[0] >= 0 && blank[0] < 8;
                });
            } catch (AssertionError e) {
                throw new AssertionError("at " + scale + ", " + blank[0] + " px blank under the problems", e);
            }
            if (scale > 1) {
                assertEquals(-1, robot.lookup("#problems").queryListView().getSelectionModel().getSelectedIndex(),
                        "at 121 %, the line shown for the reader goes, to keep the second problem in view");
            }
        }
        assertEquals(0, robot.lookup("#problems").queryListView().getSelectionModel().getSelectedIndex(),
                "back at 100 %, the first problem's line shows again");
        // Clicked by the reader, the first problem keeps its line at larger type.
        robot.clickOn(robot.lookup("#problems .list-cell").match((javafx.scene.control.ListCell<?> c) -> c.isVisible()
                && c.getIndex() == 0).queryAs(javafx.scene.control.ListCell.class));
        javafx.scene.control.SplitPane beside = robot.lookup("#problems-beside").queryAs(javafx.scene.control.SplitPane.class);
        double at100 = beside.getDividerPositions()[0];
        Fx.interact(() -> state.fontScaleProperty().set(1.21));
        // Once refitted for 121 % (the divider moved for the larger type), the choice is still there.
        waitUntil(() -> Math.abs(beside.getDividerPositions()[0] - at100) > 0.001);
        assertEquals(0, robot.lookup("#problems").queryListView().getSelectionModel().getSelectedIndex(),
                "the reader's choice stays at 121 %");
        Fx.interact(() -> state.fontScaleProperty().set(1.0));
        // A divider the reader dragged stays where it was put.
        javafx.scene.control.SplitPane split = robot.lookup("#problems-beside").queryAs(javafx.scene.control.SplitPane.class);
        javafx.scene.Node divider = robot.lookup("#problems-beside > .split-pane-divider").query();
        robot.drag(divider, javafx.scene.input.MouseButton.PRIMARY).moveBy(0, -60)
                .release(javafx.scene.input.MouseButton.PRIMARY);
        double put = split.getDividerPositions()[0];
        assertTrue(put < 0.5, "dragged up: " + put);
        Fx.interact(() -> state.fontScaleProperty().set(1.21));
        org.summittimeline.ui.RenderedPulse.await(robot, split.getScene());
        org.summittimeline.ui.RenderedPulse.await(robot, split.getScene());
        assertEquals(put, split.getDividerPositions()[0], 0.001);
        Fx.interact(() -> state.fontScaleProperty().set(1.0));
    }

    /**
     * At 250 % on 720 lines the problems beside the timeline show where the first one is: the least heights of the
     * timeline, the details and the quotes had left them 120 px, the heading alone, and the click hint beside the
     * buttons stood a letter a line. The hint goes under the buttons, the problems' part grows past those least
     * heights, and the page opens on the first problem's first line.
     */
    @Test
    void atTheLargestTypeProblemsBesideTheTimelineShowTheFirstProblemsPlace(FxRobot robot, @TempDir Path dir)
            throws IOException {
        Fx.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(720);
        });
        open(robot, Files.copy(BUNDLED, dir.resolve("good.json")));
        Fx.interact(() -> state.fontScaleProperty().set(2.5));
        Path broken = Files.writeString(dir.resolve("broken.json"), Files.readString(BUNDLED)
                .replace("\"at\": \"2018-07-15T20:55+03:00\"", "\"at\": \"2018-07-15T25:55+03:00\"")
                .replace("\"title\": \"Joint press conference\"", "\"title\": 42"));
        Fx.interact(() -> window.open(broken));
        waitUntil(() -> robot.lookup("#problems").tryQuery().isPresent()
                && robot.lookup("#problems").queryListView().getItems().size() == 2);
        try {
            // Until the file's lines are read and the problems fitted with them (or without the first one's line).
            try {
                waitUntil(() -> {
                    try {
                        firstProblemsPlaceInView(robot);
                        return true;
                    } catch (AssertionError notYet) {
                        return false;
                    }
                });
            } catch (AssertionError e) {
                Fx.interact(() -> firstProblemsPlaceInView(robot));
            }
        } finally {
            Fx.interact(() -> state.fontScaleProperty().set(1.0));
        }
    }

    private static void firstProblemsPlaceInView(FxRobot robot) {
        javafx.scene.Node view = robot.lookup(".problems-view").query();
        javafx.scene.Node up = view.getParent();
        while (!(up instanceof javafx.scene.control.ScrollPane)) {
            up = up.getParent();
        }
        javafx.scene.control.ScrollPane page = (javafx.scene.control.ScrollPane) up;
        javafx.geometry.Bounds shown = page.localToScene(page.getLayoutBounds());
        assertTrue(shown.getHeight() > 180, "the problems' part: " + shown.getHeight() + " px");
        javafx.scene.control.Label hint = robot.lookup("#problems-copied").queryAs(javafx.scene.control.Label.class);
        assertFalse(hint.getParent() instanceof javafx.scene.layout.HBox, "the hint under the buttons");
        javafx.scene.control.ListCell<?> first = robot.lookup("#problems .list-cell")
                .match((javafx.scene.control.ListCell<?> c) -> c.isVisible() && c.getIndex() == 0)
                .queryAs(javafx.scene.control.ListCell.class);
        javafx.geometry.Bounds cell = first.localToScene(first.getLayoutBounds());
        javafx.scene.Node list = robot.lookup("#problems").query();
        javafx.geometry.Bounds listShown = list.localToScene(list.getLayoutBounds());
        double line = ((javafx.scene.control.Label) view.lookup("#problems-explanation")).getFont().getSize();
        assertTrue(cell.getMinY() >= listShown.getMinY() - 0.5 && cell.getMinY() >= shown.getMinY() - 0.5
                && cell.getMinY() + line <= shown.getMaxY(), "the first problem's first line in view: " + cell
                + " in the list " + listShown + ", the page " + shown);
    }

    @Test
    void theMenuToggleTurnsLiveReloadOffAndOnAndIsRemembered(FxRobot robot, @TempDir Path dir) throws IOException {
        Path file = Files.copy(BUNDLED, dir.resolve("helsinki.json"));
        open(robot, file);
        CheckMenuItem toggle = (CheckMenuItem) menuItem(robot, "menu-live-reload");
        assertTrue(toggle.isSelected());
        assertTrue(window.opening().isWatching());
        Fx.interact(() -> {
            toggle.setSelected(false);
            toggle.fire();
        });
        assertFalse(window.opening().isWatching());
        assertEquals("false", settings.get(Settings.Key.LIVE_RELOAD));
        // Remembered: the next file opened is not watched either.
        Path other = Files.copy(BUNDLED, dir.resolve("other.json"));
        open(robot, other);
        assertFalse(toggle.isSelected());
        assertFalse(window.opening().isWatching());
        Fx.interact(() -> {
            toggle.setSelected(true);
            toggle.fire();
        });
        assertTrue(window.opening().isWatching());
        assertEquals("true", settings.get(Settings.Key.LIVE_RELOAD));
        // The example inside the program is no file to watch: greyed, not an unticked box read as "turned off".
        Fx.interact(window::openBundled);
        waitUntil(() -> window.opening().file() == null && !window.opening().isReading());
        assertTrue(toggle.isDisable(), "greyed with the example open");
        open(robot, other);
        assertFalse(toggle.isDisable());
        assertTrue(toggle.isSelected());
    }

    @Test
    void aFileOverFiftyMegabytesIsNotWatchedByDefault() {
        assertTrue(Opening.watchesByDefault(true, 50_000_000L));
        assertFalse(Opening.watchesByDefault(true, 50_000_001L));
        assertFalse(Opening.watchesByDefault(false, 1000));
    }

    private static MenuItem menuItem(FxRobot robot, String id) {
        MenuItem item = MenuItems.find(robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus(), id);
        assertNotNull(item, id);
        return item;
    }

    // Helpers

    private void open(FxRobot robot, Path file) {
        TimelineQuery before = state.query();
        Fx.interact(() -> window.open(file));
        waitUntil(() -> state.query() != null && state.query() != before);
    }

    /** Writes a new version as editors do: a new file moved over the old one. */
    private static void save(Path file, String text) throws IOException {
        Path temp = Files.writeString(file.resolveSibling(file.getFileName() + ".tmp"), text);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private DragEvent drag(FxRobot robot, javafx.event.EventType<DragEvent> type, List<File> files) {
        AtomicReference<DragEvent> fired = new AtomicReference<>();
        Fx.interact(() -> {
            // A drag from another program offers to copy; the toolkit's local clipboard knows no drag, so its
            // transfer modes are given here and everything else is its own.
            TKClipboard local = Toolkit.getToolkit().createLocalClipboard();
            TKClipboard peer = (TKClipboard) Proxy.newProxyInstance(TKClipboard.class.getClassLoader(),
                    new Class<?>[] {TKClipboard.class}, (proxy, method, args) -> method.getName().equals("getTransferModes")
                            ? EnumSet.of(TransferMode.COPY) : method.invoke(local, args));
            Dragboard board = DragboardHelper.createDragboard(peer);
            DragboardHelper.setDataAccessRestriction(board, false);
            board.setContent(Map.of(DataFormat.FILES, files));
            Scene scene = window.getScene();
            DragEvent e = new DragEvent(type, board, 400, 300, 400, 300, TransferMode.COPY, null, null, null);
            Event.fireEvent(scene, e);
            fired.set(e);
        });
        return fired.get();
    }

    private static String status(FxRobot robot) {
        return onFx(() -> robot.lookup("#status").queryAs(StatusBar.class).getText());
    }

    /** A look at the scene from the UI thread, which may be changing it meanwhile; with a timeout. */
    private static <T> T onFx(java.util.concurrent.Callable<T> look) {
        try {
            return WaitForAsyncUtils.asyncFx(look).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void waitUntil(java.util.concurrent.Callable<Boolean> condition) {
        try {
            // Asked on the UI thread: the window's state is changed there, a property at a time.
            WaitForAsyncUtils.waitFor(WAIT_S, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(condition).get());
        } catch (TimeoutException e) {
            throw new AssertionError("not within " + WAIT_S + " s", e);
        }
    }

    /** The real documents, counting the reads that have ended. */
    private static final class CountingDocuments implements TimelineDocuments {
        private final TimelineDocuments real;
        private final java.util.List<Path> ended = new java.util.concurrent.CopyOnWriteArrayList<>();
        private volatile LoadResult last;
        /** When set, a read that has ended waits here before it is handed to the window. */
        private volatile CountDownLatch held;
        /** The progress of the read begun last. */
        private volatile ReadProgress progress;

        CountingDocuments(TimelineDocuments real) {
            this.real = real;
        }

        @Override
        public LoadResult open(Path file) {
            return open(file, new ReadProgress(0));
        }

        @Override
        public LoadResult open(Path file, ReadProgress progress) {
            this.progress = progress;
            LoadResult result = real.open(file, progress);
            last = result;
            ended.add(file);
            CountDownLatch gate = held;
            if (gate != null) {
                try {
                    if (!gate.await(WAIT_S, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("the test never let the read end");
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return result;
        }

        @Override
        public LoadResult openBundled() {
            return real.openBundled();
        }

        int reads() {
            return ended.size();
        }

        int readsOf(Path file) {
            return (int) ended.stream().filter(file::equals).count();
        }

        LoadResult last() {
            return last;
        }
    }
}
