package org.summittimeline.app;

import java.io.File;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.summittimeline.format.LoadResult;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.ui.FxBackgroundWork;
import org.summittimeline.ui.Pulses;
import org.summittimeline.ui.Texts;
import org.summittimeline.ui.shell.ErrorDialog;
import org.summittimeline.ui.Settings;
import org.summittimeline.ui.Theme;
import org.summittimeline.ui.shell.MainWindow;
import org.summittimeline.ui.shell.OpenedTimeline;
import org.summittimeline.ui.shell.ReadProgress;
import org.summittimeline.ui.timeline.layout.LaneMode;

/** The composition root: builds the loader, the settings and the window and connects them. No logic of its own. */
public final class SummitTimelineApp extends Application {
    private static final Logger LOG = Logger.getLogger(SummitTimelineApp.class.getName());
    /** Threads of their own when the others are busy, so that one stuck read never holds up the next open. */
    private final FxBackgroundWork work = new FxBackgroundWork(Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "timeline-loader");
        t.setDaemon(true);
        return t;
    }));
    /** The window, closed with the application so that its file watch ends. */
    private MainWindow window;
    /** The file the launcher began reading before JavaFX started; JavaFX makes this class, so it is handed over here. */
    private static volatile CompletableFuture<OpenedTimeline> started;
    /** A system property: quit once the first frame with the timeline is drawn. */
    static final String EXIT_AFTER_FIRST_FRAME = "summit.exitAfterFirstFrame";
    /** How far that reading has come, for the status bar once the window shows. */
    private static volatile ReadProgress startedProgress;
    /** How long the window waits for that reading before it shows itself empty and fills in later. */
    static final long WAIT_FOR_FILE_MS = 400;

    /** The folder of the log files; null when there are none (the folder could not be written). */
    private static volatile Path logFolder;

    /** The settings, read on a thread of their own while JavaFX starts; null when started otherwise (tests). */
    private static volatile CompletableFuture<Settings> startedSettings;
    /** The icon font and the window's icons, loaded on a thread of their own once the toolkit runs. */
    private CompletableFuture<List<Image>> windowIcons;

    /** The lane mode the window will start in, for the read to work out its lanes ahead; null if unknown. */
    private static LaneMode laneMode() {
        CompletableFuture<Settings> settings = startedSettings;
        if (settings == null) {
            return null;
        }
        try {
            return settings.join().choice(Settings.Key.LANES, LaneMode.class);
        } catch (RuntimeException e) {
            return null; // the window reads the settings again and says what is wrong; the lanes wait for it
        }
    }

    static void launchWith(CommandLine.Open request, Path logs) {
        logFolder = logs;
        startedSettings = EarlyWork.settings();
        FileDocuments documents = new FileDocuments(TimelineLoader.sizedToMemory());
        Path file = request.file();
        CompletableFuture<OpenedTimeline> reading = new CompletableFuture<>();
        ReadProgress progress = file == null ? new ReadProgress(0) : ReadProgress.forOpening(size(file));
        Thread reader = new Thread(() -> {
            try {
                LoadResult read = file == null ? documents.openBundled() : documents.open(file, progress);
                reading.complete(OpenedTimeline.of(read, laneMode()));
            } catch (RuntimeException | Error e) {
                reading.completeExceptionally(e);
            }
        }, "read timeline at start");
        reader.setDaemon(true);
        reader.start();
        started = reading;
        startedProgress = progress;
        java.util.List<String> list = new java.util.ArrayList<>();
        if (request.present()) {
            list.add("--present");
        }
        if (request.file() != null) {
            list.add(request.file().toString());
        }
        String[] args = list.toArray(String[]::new);
        Application.launch(SummitTimelineApp.class, args);
    }

    @Override
    public void init() {
        windowIcons = EarlyWork.iconsAndFont();
    }

    @Override
    public void start(Stage stage) {
        Settings settings = settings();
        Theme theme = settings.choice(Settings.Key.THEME, Theme.class);
        theme.apply();
        ErrorDialog.install();
        window = new MainWindow(new FileDocuments(TimelineLoader.sizedToMemory()), work, settings, this::openInBrowser);
        if (logFolder != null) {
            window.offerLogFolder(logFolder, this::revealFolder);
        }
        window.loadedProperty().addListener((obs, old, loaded) -> stage.setTitle(loaded == null ? "Summit Timeline"
                : loaded.hasErrors()
                ? Texts.format("window.stage.problems", loaded.fileName())
                : Texts.format("window.stage.title", loaded.timeline().title())));
        stage.setTitle("Summit Timeline");
        try {
            stage.getIcons().setAll(windowIcons.join());
        } catch (CompletionException e) {
            LOG.log(Level.WARNING, "the window's icons could not be loaded", e);
        }
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double[] size = WindowSize.of(settings.number(Settings.Key.WINDOW_WIDTH),
                settings.number(Settings.Key.WINDOW_HEIGHT), screen.getWidth(), screen.getHeight());
        double width = size[0];
        double height = size[1];
        stage.setScene(new Scene(window, width, height));
        // The theme's page colour where the window is not painted yet (while it grows, say): white flashed in the dark.
        Theme.fillWhenShown(stage);
        stage.setMaximized(settings.flag(Settings.Key.WINDOW_MAXIMIZED));
        // A file read by now is put in before the first layout, so the window is laid out once, not twice.
        CompletableFuture<OpenedTimeline> reading = started;
        started = null; // taken once; kept here it would hold the first timeline after the user opens another
        if (reading != null) {
            try {
                reading.get(waitForFileMillis(startedProgress), TimeUnit.MILLISECONDS);
            } catch (TimeoutException stillReading) {
                // shown empty; the timeline fills in when the reading ends
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (ExecutionException failed) {
                reading = null;
            }
        }
        stage.setOnCloseRequest(e -> {
            if (!window.lesson().mayClose(stage)) {
                e.consume(); // the teacher went back to the lesson not saved
                return;
            }
            settings.put(Settings.Key.WINDOW_MAXIMIZED, String.valueOf(stage.isMaximized()));
            if (!stage.isMaximized()) {
                settings.putNumber(Settings.Key.WINDOW_WIDTH, stage.getScene().getWidth());
                settings.putNumber(Settings.Key.WINDOW_HEIGHT, stage.getScene().getHeight());
            }
        });
        boolean exitAfterFirstFrame = Boolean.getBoolean(EXIT_AFTER_FIRST_FRAME);
        if (Boolean.getBoolean("summit.reportFirstFrame") || exitAfterFirstFrame) {
            reportFirstFrame(window, exitAfterFirstFrame);
        }
        var args = new java.util.ArrayList<>(getParameters().getUnnamed());
        boolean present = args.remove("--present");
        Path file = args.isEmpty() ? null : Path.of(args.get(0));
        if (reading != null) {
            window.open(file, reading, startedProgress);
            startedProgress = null; // like the reading: kept here it would hold the events told first
        } else if (file == null) {
            window.openBundled();
        } else {
            window.open(file);
        }
        stage.show();
        if (present) {
            window.present();
        }
    }

    /**
     * How long the window waits for the file read at start before it shows: {@link #WAIT_FOR_FILE_MS} for a file
     * read whole, so that the window is laid out once with it; none for a file read events first, which is never
     * read in that time. Waiting for one gave its reader a core to itself but kept the window, progress bar and
     * all, from the screen 400 ms longer, and the first frame with its events came no sooner (100,000 events,
     * headless, in turns: medians 2765, 2726, 2460 ms waiting against 2640, 2710, 2219 ms not).
     */
    static long waitForFileMillis(ReadProgress progress) {
        return progress != null && progress.wantsEventsFirst() ? 0 : WAIT_FOR_FILE_MS;
    }

    private static Settings settings() {
        CompletableFuture<Settings> read = startedSettings;
        startedSettings = null;
        if (read != null) {
            try {
                return read.join();
            } catch (CompletionException e) {
                LOG.log(Level.WARNING, "reading the settings at start failed; reading them again", e);
            }
        }
        return EarlyWork.readSettings();
    }

    private static long size(Path file) {
        try {
            return file == null ? 0 : Files.size(file);
        } catch (IOException | RuntimeException e) {
            return 0; // the loader says what is wrong with the file
        }
    }

    /**
     * For the start-up measurement: prints the time from JVM start to the first frame showing a timeline; with
     * {@code exit}, the program then quits (the build's training run for the class-data archive, and timing).
     */
    private static void reportFirstFrame(MainWindow window, boolean exit) {
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        Pulses.afterLayoutWhen(window.getScene(),
                () -> window.state().query() != null && window.timelineView().framesDrawn() > 0, () -> {
                    System.out.println("first frame: " + (System.currentTimeMillis() - jvmStart) + " ms");
                    // The UI thread's own CPU time moves less than the wall clock on a machine shared with others.
                    System.out.println("UI thread CPU to the first frame: "
                            + ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000 + " ms");
                    System.out.flush();
                    if (exit) {
                        Platform.exit();
                    }
                });
    }

    /** Sources open in the system browser, and only web addresses: a timeline file must not launch programs. */
    private void openInBrowser(String url) {
        if (org.summittimeline.ui.details.EventDetails.isWeb(url)) {
            getHostServices().showDocument(url);
        }
    }

    /**
     * Opens a folder in the file manager. HostServices gives no word when it fails, and on Linux it needs
     * xdg-open (or a browser) on the PATH, so without one the caller shows the path instead.
     */
    private boolean revealFolder(Path folder) {
        if (!System.getProperty("os.name", "").toLowerCase(Locale.ROOT).matches("(windows|mac).*")
                && !onPath("xdg-open")) {
            return false;
        }
        getHostServices().showDocument(folder.toUri().toString());
        return true;
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && Arrays.stream(path.split(File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, command)));
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
        work.close();
    }
}
