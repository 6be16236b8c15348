package org.summittimeline.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import com.sun.management.GarbageCollectionNotificationInfo;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.summittimeline.app.FileDocuments;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.query.TimelineQuery;
import org.summittimeline.ui.FxBackgroundWork;
import org.summittimeline.ui.Settings;
import org.summittimeline.ui.Theme;
import org.summittimeline.ui.shell.MainWindow;

/**
 * The pulse-gap monitor: how the real window behaves while it opens a large file. The window (headless Monocle,
 * software rendering, 1280×720, 60 pulses a second) first shows the bundled timeline; then the file is opened as
 * File ▸ Open does after the dialog, and every gap between two UI-thread pulses is recorded (an
 * {@code AnimationTimer} keeps the pulses coming) until the first frame that shows the file's events and for a
 * few seconds after, while the word indexes are built. A watcher thread samples the UI thread's stack whenever
 * a pulse is overdue, so each long gap comes with what the UI thread was doing; garbage-collection pauses come
 * from the JVM's notifications. Also reported: when the progress bar with Cancel first showed, when the first
 * frame with the events showed, and the CPU time and bytes the UI thread spent in between (figures that the
 * load of a shared machine moves little).
 * <pre>java -Xmx1g -cp target/benchmarks.jar org.summittimeline.bench.OpenResponsiveness FILE [SECONDS_AFTER]</pre>
 */
public final class OpenResponsiveness {
    /** A gap longer than this is a pause the user feels. */
    private static final long PAUSE_NS = 100_000_000L;
    /** The watcher samples the UI thread's stack once a pulse is this late. */
    private static final long LATE_NS = 40_000_000L;
    private static final int MAX_PULSES = 1_000_000;

    private final long[] pulses = new long[MAX_PULSES];
    /** The UI thread's and the render thread's CPU time at each pulse. */
    private final long[] uiCpu = new long[MAX_PULSES];
    private final long[] renderCpu = new long[MAX_PULSES];
    private long renderId = -1;
    private volatile int pulseCount;
    /** Stack samples of the UI thread taken during late pulses, keyed by the time of the pulse before them. */
    private final Map<Long, List<StackTraceElement[]>> samples = new HashMap<>();
    private final List<long[]> gcPauses = new ArrayList<>();
    private final List<String> gcNames = new ArrayList<>();
    private volatile Thread fxThread;
    private volatile boolean watching = true;

    private volatile long openedAt;
    private long progressShownAt = -1;
    private long firstFrameAt = -1;
    private long queryShownAt = -1;
    private long openedUptime;
    private long indexedAt = -1;
    private volatile long readAt = -1;
    /** Held so that the handler below stays on it (the logging framework keeps loggers weakly). */
    private static final Logger DOCUMENTS = Logger.getLogger(FileDocuments.class.getName());
    private long cpuAtOpen;
    private long bytesAtOpen;
    private long cpuToFrame;
    private long renderCpuToFrame;
    private long bytesToFrame;

    private OpenResponsiveness() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 0) {
            System.err.println("usage: OpenResponsiveness FILE [SECONDS_AFTER_FIRST_FRAME]");
            System.exit(2);
        }
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        Path file = Path.of(args[0]);
        int after = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        new OpenResponsiveness().run(file, after);
        System.exit(0);
    }

    private void run(Path file, int secondsAfter) throws Exception {
        listenToGc();
        // FileDocuments.logged logs a file as opened (INFO, ": opened, ") the moment the loader returns, before the
        // views are prepared; if that line changes, this prints "never".
        DOCUMENTS.addHandler(new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (openedAt != 0 && readAt < 0 && record.getMessage() != null
                        && record.getMessage().contains(": opened, ")) {
                    readAt = System.nanoTime();
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        });
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        FxBackgroundWork work = new FxBackgroundWork(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "timeline-loader");
            t.setDaemon(true);
            return t;
        }));
        MainWindow[] window = new MainWindow[1];
        CountDownLatch bundledShown = new CountDownLatch(1);
        Platform.runLater(() -> {
            fxThread = Thread.currentThread();
            Theme.LIGHT.apply();
            window[0] = new MainWindow(new FileDocuments(TimelineLoader.sizedToMemory()), work, Settings.inMemory(),
                    url -> { });
            Stage stage = new Stage();
            stage.setScene(new Scene(window[0], 1280, 720));
            stage.show();
            window[0].openBundled();
            window[0].getScene().addPostLayoutPulseListener(() -> {
                if (window[0].state().query() != null && window[0].timelineView().framesDrawn() > 0) {
                    bundledShown.countDown();
                }
            });
        });
        if (!bundledShown.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the bundled timeline did not show within a minute");
        }
        Thread.sleep(1500); // let the first CSS pass and the compilers settle before the open is watched
        startWatcher();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> open(window[0], file, secondsAfter, done));
        if (!done.await(10, TimeUnit.MINUTES)) {
            System.out.println("gave up after 10 minutes");
        }
        watching = false;
        report(file);
        work.close();
    }

    /** On the UI thread: starts the pulse recorder, opens the file and watches the window until done. */
    private void open(MainWindow window, Path file, int secondsAfter, CountDownLatch done) {
        TimelineQuery before = window.state().query();
        ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
        com.sun.management.ThreadMXBean sun = (com.sun.management.ThreadMXBean) threads;
        long fxId = fxThread.getId();
        new AnimationTimer() {
            private long endAt = Long.MAX_VALUE;

            @Override
            public void handle(long now) {
                long t = System.nanoTime();
                if (pulseCount < MAX_PULSES) {
                    uiCpu[pulseCount] = sun.getThreadCpuTime(fxId);
                    renderCpu[pulseCount] = renderId < 0 ? 0 : sun.getThreadCpuTime(renderId);
                    pulses[pulseCount] = t;
                    pulseCount++;
                }
                TimelineQuery q = window.state().query();
                if (firstFrameAt >= 0 && indexedAt < 0 && q != null && q.searchReady()) {
                    indexedAt = t;
                    endAt = t + secondsAfter * 1_000_000_000L;
                }
                // Looked for once a second: a lookup parses its selector, which would load the UI thread measured.
                boolean failed = firstFrameAt < 0 && pulseCount % 60 == 0
                        && (window.getScene().lookup("#open-failed") != null
                        || window.getScene().lookup("#problems") != null);
                if (t >= endAt || failed) {
                    if (failed) {
                        System.out.println("the file could not be opened: "
                                + ((StatusBar) window.getScene().lookup("#status")).getText());
                    }
                    stop();
                    done.countDown();
                }
            }
        }.start();
        Scene scene = window.getScene();
        scene.addPostLayoutPulseListener(() -> {
            long t = System.nanoTime();
            if (progressShownAt < 0 && progressShown(scene)) {
                progressShownAt = t;
            }
            TimelineQuery q = window.state().query();
            if (queryShownAt < 0 && q != null && q != before) {
                queryShownAt = t;
            }
            if (firstFrameAt < 0 && q != null && q != before && window.timelineView().framesDrawn() > 0) {
                firstFrameAt = t;
                cpuToFrame = sun.getThreadCpuTime(fxId) - cpuAtOpen;
                bytesToFrame = sun.getThreadAllocatedBytes(fxId) - bytesAtOpen;
                renderCpuToFrame = (renderId < 0 ? 0 : sun.getThreadCpuTime(renderId)) - renderCpu[0];
            }
        });
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().startsWith("QuantumRenderer")) {
                renderId = t.getId();
            }
        }
        cpuAtOpen = sun.getThreadCpuTime(fxId);
        bytesAtOpen = sun.getThreadAllocatedBytes(fxId);
        openedAt = System.nanoTime();
        openedUptime = ManagementFactory.getRuntimeMXBean().getUptime();
        // The Open itself counts as a pulse: the watcher then samples it too when it holds the UI thread.
        pulses[0] = openedAt;
        uiCpu[0] = cpuAtOpen;
        renderCpu[0] = renderId < 0 ? 0 : sun.getThreadCpuTime(renderId);
        pulseCount = 1;
        window.open(file);
    }

    private static boolean progressShown(Scene scene) {
        Node cancel = scene.lookup("#open-cancel");
        Node status = scene.lookup("#status");
        return cancel != null && cancel.isVisible() && status instanceof StatusBar bar && bar.getProgress() != 0;
    }

    /** Samples the UI thread's stack while a pulse is late, so that a long gap says what held it. */
    private void startWatcher() {
        Thread watcher = new Thread(() -> {
            while (watching) {
                int n = pulseCount;
                if (n > 0) {
                    long last = pulses[n - 1];
                    if (System.nanoTime() - last > LATE_NS) {
                        StackTraceElement[] stack = fxThread.getStackTrace();
                        synchronized (samples) {
                            samples.computeIfAbsent(last, k -> new ArrayList<>()).add(stack);
                        }
                    }
                }
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "pulse-gap watcher");
        watcher.setDaemon(true);
        watcher.start();
    }

    private void listenToGc() {
        long jvmStartMs = ManagementFactory.getRuntimeMXBean().getStartTime();
        long nanoAtStart = System.nanoTime() - (System.currentTimeMillis() - jvmStartMs) * 1_000_000L;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener((notification, handback) -> {
                if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    return;
                }
                GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from(
                        (CompositeData) notification.getUserData());
                long start = nanoAtStart + info.getGcInfo().getStartTime() * 1_000_000L;
                synchronized (gcPauses) {
                    gcPauses.add(new long[] {start, info.getGcInfo().getDuration() * 1_000_000L});
                    gcNames.add(info.getGcName() + " (" + info.getGcCause() + ")");
                }
            }, null, null);
        }
    }

    private void report(Path file) throws Exception {
        int n = pulseCount;
        System.out.printf(Locale.ROOT, "file: %s (%.0f MB), heap max %d MB%n", file, Files.size(file) / 1e6,
                Runtime.getRuntime().maxMemory() >> 20);
        // The JVM's uptime at the Open lines these times up with a log of -Xlog:gc, which counts from the start.
        System.out.printf(Locale.ROOT, "Open at the JVM's uptime: %d ms%n", openedUptime);
        System.out.printf(Locale.ROOT, "progress bar with Cancel shown at: %s%n", ms(progressShownAt));
        System.out.printf(Locale.ROOT, "the file read (the loader returned) at: %s%n", ms(readAt));
        System.out.printf(Locale.ROOT, "the file's timeline laid out in the window at: %s%n", ms(queryShownAt));
        System.out.printf(Locale.ROOT, "first frame with the file's events at: %s%n", ms(firstFrameAt));
        System.out.printf(Locale.ROOT, "word indexes ready at: %s%n", ms(indexedAt));
        System.out.printf(Locale.ROOT, "UI thread from Open to that frame: %.0f ms CPU, %.1f MB allocated%n",
                cpuToFrame / 1e6, bytesToFrame / 1e6);
        System.out.printf(Locale.ROOT, "render thread from Open to that frame: %.0f ms CPU%n", renderCpuToFrame / 1e6);
        List<long[]> gaps = new ArrayList<>();
        long max = 0;
        long maxBusy = 0;
        int busyGaps = 0;
        for (int i = 1; i < n; i++) {
            long gap = pulses[i] - pulses[i - 1];
            long busy = uiCpu[i] - uiCpu[i - 1];
            max = Math.max(max, gap);
            maxBusy = Math.max(maxBusy, busy);
            if (busy > PAUSE_NS) {
                busyGaps++;
            }
            if (gap > PAUSE_NS) {
                gaps.add(new long[] {pulses[i - 1], gap, busy, renderCpu[i] - renderCpu[i - 1]});
            }
        }
        System.out.printf(Locale.ROOT, "pulses: %d over %.1f s; max gap %.0f ms; gaps over 100 ms: %d (%.0f ms in all)%n",
                n, (pulses[n - 1] - openedAt) / 1e9, max / 1e6, gaps.size(), gaps.stream().mapToLong(g -> g[1]).sum() / 1e6);
        System.out.printf(Locale.ROOT, "UI thread's own CPU between two pulses: max %.0f ms; over 100 ms: %d times "
                + "(a long gap in which the UI thread itself ran little was the collector, the renderer or a busy "
                + "machine)%n", maxBusy / 1e6, busyGaps);
        for (long[] g : gaps) {
            System.out.printf(Locale.ROOT, "  gap at %7.0f ms: %5.0f ms; UI thread ran %4.0f ms, renderer %4.0f ms; "
                    + "GC in it: %s%n", (g[0] - openedAt) / 1e6, g[1] / 1e6, g[2] / 1e6, g[3] / 1e6,
                    gcWithin(g[0], g[0] + g[1]));
            List<StackTraceElement[]> taken;
            synchronized (samples) {
                taken = samples.getOrDefault(g[0], List.of());
            }
            for (String line : heaviest(taken)) {
                System.out.println("      " + line);
            }
        }
        // The UI thread's own longest runs, whether or not the gap passed 100 ms: what the window's code costs.
        List<long[]> busiest = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            busiest.add(new long[] {pulses[i - 1], pulses[i] - pulses[i - 1], uiCpu[i] - uiCpu[i - 1]});
        }
        busiest.sort(Comparator.comparingLong((long[] b) -> b[2]).reversed());
        for (long[] b : busiest.subList(0, Math.min(3, busiest.size()))) {
            System.out.printf(Locale.ROOT, "  UI thread ran %4.0f ms in the gap at %7.0f ms (%.0f ms)%n", b[2] / 1e6,
                    (b[0] - openedAt) / 1e6, b[1] / 1e6);
            List<StackTraceElement[]> taken;
            synchronized (samples) {
                taken = samples.getOrDefault(b[0], List.of());
            }
            for (String line : heaviest(taken)) {
                System.out.println("      " + line);
            }
        }
        synchronized (gcPauses) {
            long inWindow = 0;
            long longest = 0;
            int count = 0;
            for (long[] p : gcPauses) {
                if (p[0] + p[1] >= openedAt) {
                    count++;
                    inWindow += p[1];
                    longest = Math.max(longest, p[1]);
                }
            }
            System.out.printf(Locale.ROOT, "GC from Open to the end: %d collections, %.0f ms in all, longest %.0f ms "
                    + "(G1's young and mixed pauses and full collections; concurrent work is not a pause)%n",
                    count, inWindow / 1e6, longest / 1e6);
        }
    }

    /** The collections that overlap the interval, each as name, cause and length. */
    private String gcWithin(long from, long to) {
        List<String> found = new ArrayList<>();
        synchronized (gcPauses) {
            for (int i = 0; i < gcPauses.size(); i++) {
                long[] p = gcPauses.get(i);
                if (p[0] < to && p[0] + p[1] > from) {
                    found.add(String.format(Locale.ROOT, "%s %d ms", gcNames.get(i), p[1] / 1_000_000));
                }
            }
        }
        return found.isEmpty() ? "none" : String.join(", ", found);
    }

    /**
     * The UI thread's work during one gap, as the share of samples in each of our (or JavaFX's) methods nearest
     * the top of the stack below the event loop, and the outermost of ours; up to eight lines.
     */
    private static List<String> heaviest(List<StackTraceElement[]> stacks) {
        if (stacks.isEmpty()) {
            return List.of("(no stack samples: the gap was shorter than the watcher's look or spent in a pause)");
        }
        Map<String, Integer> counts = new HashMap<>();
        for (StackTraceElement[] stack : stacks) {
            counts.merge(describe(stack), 1, Integer::sum);
        }
        return counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
                .limit(8).map(e -> String.format(Locale.ROOT, "%3d%% %s", 100 * e.getValue() / stacks.size(), e.getKey()))
                .collect(Collectors.toList());
    }

    /** The innermost frame of our code, with the frame at the top of the stack when that is elsewhere. */
    private static String describe(StackTraceElement[] stack) {
        if (stack.length == 0) {
            return "(empty stack)";
        }
        String top = frame(stack[0]);
        String innermost = null;
        String outermost = null;
        for (StackTraceElement e : stack) {
            if (e.getClassName().startsWith("org.summittimeline.") && !e.getClassName().startsWith("org.summittimeline.bench")) {
                outermost = frame(e);
                if (innermost == null) {
                    innermost = outermost;
                }
            }
        }
        if (innermost == null) {
            return top;
        }
        // The outermost of our frames tells which piece of work it was (a layout, a list taking its rows).
        String from = outermost.equals(innermost) ? "" : " (from " + outermost + ")";
        return (innermost.equals(top) ? innermost : innermost + " … " + top) + from;
    }

    private static String frame(StackTraceElement e) {
        String cls = e.getClassName();
        return cls.substring(cls.lastIndexOf('.') + 1) + "." + e.getMethodName() + ":" + e.getLineNumber();
    }

    private String ms(long at) {
        return at < 0 ? "never" : String.format(Locale.ROOT, "%.0f ms after Open", (at - openedAt) / 1e6);
    }
}
