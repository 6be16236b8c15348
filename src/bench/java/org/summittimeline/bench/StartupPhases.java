package org.summittimeline.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.kordamp.ikonli.javafx.FontIcon;
import org.summittimeline.app.FileDocuments;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.ui.BackgroundWork;
import org.summittimeline.ui.Settings;
import org.summittimeline.ui.Theme;
import org.summittimeline.ui.shell.MainWindow;

/**
 * Where the start-up goes, phase by phase, in one fresh JVM (headless, software rendering): the toolkit, the
 * theme, the first icon (Ikonli loads its font), building the window, reading the bundled file, the first CSS
 * pass, the first layout, and showing the window. Run it a few times; each run is one cold start.
 * <pre>java -cp target/benchmarks.jar org.summittimeline.bench.StartupPhases</pre>
 */
public final class StartupPhases {
    private StartupPhases() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        List<String> phases = new ArrayList<>();
        long[] last = {System.nanoTime(), 0};
        CountDownLatch started = new CountDownLatch(1);
        Platform.startup(started::countDown);
        started.await();
        phases.add(phase("toolkit", last));
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                last[1] = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime(); // from here the UI thread's
                Theme.LIGHT.apply();
                phases.add(phase("theme", last));
                new FontIcon("mdi2r-reload");
                phases.add(phase("first icon", last));
                MainWindow window = new MainWindow(new FileDocuments(new TimelineLoader()), BackgroundWork.sameThread(),
                        Settings.inMemory(), url -> { });
                Stage stage = new Stage();
                stage.setScene(new Scene(window, 1280, 720));
                phases.add(phase("build window", last));
                window.openBundled();
                phases.add(phase("read + index bundled file", last));
                window.applyCss();
                phases.add(phase("first CSS pass", last));
                window.layout();
                phases.add(phase("first layout", last));
                stage.show();
                phases.add(phase("show (window, CSS and layout again, first render)", last));
                phases.add("nodes in the window: " + count(window));
            } finally {
                done.countDown();
            }
        });
        done.await();
        phases.forEach(System.out::println);
        Platform.exit();
    }

    private static int count(javafx.scene.Node node) {
        int n = 1;
        if (node instanceof javafx.scene.Parent parent) {
            for (javafx.scene.Node child : parent.getChildrenUnmodifiable()) {
                n += count(child);
            }
        }
        return n;
    }

    private static String phase(String name, long[] last) {
        long now = System.nanoTime();
        // The thread's CPU time beside the wall clock: on a shared machine it is the steadier of the two.
        long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        String line = String.format(Locale.ROOT, "%-52s %5d ms   CPU %5d ms", name, (now - last[0]) / 1_000_000,
                (cpu - last[1]) / 1_000_000);
        last[0] = now;
        last[1] = cpu;
        return line;
    }
}
