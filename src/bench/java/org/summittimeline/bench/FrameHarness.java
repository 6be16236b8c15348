package org.summittimeline.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import com.sun.javafx.perf.PerformanceTracker;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.summittimeline.model.Timeline;
import org.summittimeline.query.TimelineQuery;
import org.summittimeline.ui.AppState;
import org.summittimeline.ui.Theme;
import org.summittimeline.ui.shell.TimelineBinding;
import org.summittimeline.ui.timeline.TimelineView;

/**
 * Measures the viewer the way a user feels it, headless (Monocle, software rendering): the time each frame takes
 * while panning and zooming at three zoom levels, the time from process start to the first drawn frame, the heap
 * after load and the peak resident memory.
 *
 * <pre>
 *   java -jar target/benchmarks.jar ...        (JMH)
 *   java -cp target/benchmarks.jar org.summittimeline.bench.FrameHarness 100000 [--bursty]
 *   java -cp target/benchmarks.jar org.summittimeline.bench.FrameHarness --startup [FILE] [-- JVM options]
 * </pre>
 */
public final class FrameHarness {
    private static final int PAN_FRAMES = 300;
    private static final int ZOOM_STEPS = 20;

    private FrameHarness() {
    }

    public static void main(String[] args) throws Exception {
        headless();
        if (args.length > 0 && args[0].equals("--startup")) {
            // --startup [FILE] [-- JVM options for the started program, e.g. a class-data sharing archive]
            List<String> rest = new ArrayList<>(Arrays.asList(args).subList(1, args.length));
            int dashes = rest.indexOf("--");
            List<String> jvmOptions = dashes < 0 ? List.of() : rest.subList(dashes + 1, rest.size());
            List<String> before = dashes < 0 ? rest : rest.subList(0, dashes);
            startup(before.isEmpty() ? null : before.get(0), jvmOptions);
            return;
        }
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        boolean bursty = Arrays.asList(args).contains("--bursty");
        Path file = Files.createTempFile("summit-frames", ".json");
        long t0 = System.nanoTime();
        Timeline timeline;
        try {
            timeline = Timelines.generated(file, events, 1, bursty);
            System.out.printf(Locale.ROOT, "file: %d events, %.1f MB; generate + load took %.0f ms%n", events,
                    Files.size(file) / 1048576.0, (System.nanoTime() - t0) / 1e6);
        } finally {
            Files.deleteIfExists(file);
        }
        TimelineQuery query = new TimelineQuery(timeline);
        // The word indexes are built after the first frame; the heap figure is taken with them.
        query.searchIndexed().join();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf(Locale.ROOT, "heap after load, GC'd: %.1f MB%n", heap / 1048576.0);

        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        List<String> report = new ArrayList<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                report.addAll(frames(query));
            } finally {
                done.countDown();
            }
        });
        done.await(30, TimeUnit.MINUTES);
        report.forEach(System.out::println);
        System.out.printf(Locale.ROOT, "peak RSS: %s%n", peakRss());
        Platform.exit();
    }

    private static void headless() {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        System.setProperty("javafx.animation.fullspeed", "true");
    }

    private static List<String> frames(TimelineQuery query) {
        Theme.LIGHT.apply();
        AppState state = new AppState();
        TimelineView view = TimelineBinding.bind(new TimelineView(), state);
        Stage stage = new Stage();
        Scene scene = new Scene(view, 1280, 720);
        stage.setScene(scene);
        stage.show();
        state.queryProperty().set(query);
        scene.getRoot().applyCss();
        scene.getRoot().layout();
        double first = query.index().first();
        double span = query.index().last() - first;
        List<String> out = new ArrayList<>();
        out.add("zoom level      | draw p50 / p95 / p99 (ms) | frame p50 / p95 / p99 (ms) | marks");
        // One untimed pass of rendered frames at every level first: otherwise the first level measured also pays
        // for compiling JavaFX's and our drawing code and for preparing the mark images.
        for (int level : new int[] {1, 20, 400}) {
            double middle = first + span / 2;
            view.viewport().show(middle - span / level / 2, middle + span / level / 2);
            renderedFrames(scene, view);
        }
        for (int level : new int[] {1, 20, 400}) {
            double middle = first + span / 2;
            view.viewport().show(middle - span / level / 2, middle + span / level / 2);
            List<Double> draw = new ArrayList<>();
            int marks = 0;
            for (int f = 0; f < PAN_FRAMES + ZOOM_STEPS; f++) {
                step(view, f);
                long a = System.nanoTime();
                scene.getRoot().layout();
                draw.add((System.nanoTime() - a) / 1e6);
                marks = Math.max(marks, view.marksDrawn());
            }
            view.viewport().show(middle - span / level / 2, middle + span / level / 2);
            List<Double> frames = renderedFrames(scene, view);
            out.add(String.format(Locale.ROOT, "1/%-13d | %s | %s | %d", level, percentiles(draw),
                    percentiles(frames), marks));
        }
        return out;
    }

    private static void step(TimelineView view, int f) {
        if (f < PAN_FRAMES) {
            view.viewport().pan(f % 60 < 30 ? 4 : -4);
        } else {
            view.viewport().zoomAround(view.viewport().width() / 2, f % 2 == 0 ? 0.9 : 1 / 0.9);
        }
    }

    /**
     * The same script again, one step per pulse, timed from the start of the pulse that makes the change to the
     * moment JavaFX has rendered that frame to the screen's pixels (CSS, layout, our drawing, the scene graph
     * sync and the software rasteriser, with dirty regions as in a real window). Runs on the FX thread's pulses
     * and waits on a latch off it; called on the FX thread, so it nests an event loop.
     */
    private static List<Double> renderedFrames(Scene scene, TimelineView view) {
        PerformanceTracker tracker = PerformanceTracker.getSceneTracker(scene);
        List<Double> times = java.util.Collections.synchronizedList(new ArrayList<>());
        long[] started = {0};
        boolean[] waiting = {false};
        int[] step = {0};
        Object key = new Object();
        tracker.setOnRenderedFrameTask(() -> {
            synchronized (started) {
                if (waiting[0]) {
                    times.add((System.nanoTime() - started[0]) / 1e6);
                    waiting[0] = false;
                }
            }
        });
        javafx.animation.AnimationTimer timer = new javafx.animation.AnimationTimer() {
            @Override
            public void handle(long now) {
                synchronized (started) {
                    if (waiting[0]) {
                        return;
                    }
                    if (step[0] == PAN_FRAMES + ZOOM_STEPS) {
                        stop();
                        Platform.exitNestedEventLoop(key, null);
                        return;
                    }
                    started[0] = System.nanoTime();
                    waiting[0] = true;
                }
                step(view, step[0]++);
            }
        };
        timer.start();
        Platform.enterNestedEventLoop(key);
        tracker.setOnRenderedFrameTask(null);
        PerformanceTracker.releaseSceneTracker(scene);
        return new ArrayList<>(times);
    }

    private static String percentiles(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return String.format(Locale.ROOT, "%5.2f / %5.2f / %5.2f", v[(int) (v.length * 0.50)],
                v[(int) (v.length * 0.95)], v[Math.min(v.length - 1, (int) (v.length * 0.99))]);
    }

    private static String peakRss() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return line.substring(6).trim();
                }
            }
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
        return "unknown";
    }

    /** Starts the real program in a new JVM and reports when it drew its first timeline frame. */
    private static void startup(String file, List<String> jvmOptions) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-Dsummit.reportFirstFrame=true", "-cp", System.getProperty("java.class.path"),
                "org.summittimeline.app.Launcher"));
        if (file != null) {
            command.add(file);
        }
        long[] results = new long[5];
        for (int run = 0; run < results.length; run++) {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (line.startsWith("first frame:")) {
                        results[run] = Long.parseLong(line.replaceAll("\\D+", ""));
                        break;
                    }
                }
            } finally {
                p.destroyForcibly().waitFor();
            }
        }
        Arrays.sort(results);
        System.out.printf(Locale.ROOT, "process start to first drawn frame (%s%s), 5 runs: median %d ms, min %d ms, "
                + "max %d ms%n", file == null ? "bundled" : file, jvmOptions.isEmpty() ? "" : ", " + String.join(" ",
                jvmOptions), results[2], results[0], results[4]);
    }
}
