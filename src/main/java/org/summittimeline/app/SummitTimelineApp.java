package org.summittimeline.app;

import java.nio.file.Path;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.ui.FxBackgroundWork;
import org.summittimeline.ui.Settings;
import org.summittimeline.ui.Theme;
import org.summittimeline.ui.shell.MainWindow;

/** The composition root: builds the loader, the settings and the window and connects them. No logic of its own. */
public final class SummitTimelineApp extends Application {
    private final FxBackgroundWork work = new FxBackgroundWork();

    static void launchWith(CommandLine.Open request) {
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
    public void start(Stage stage) {
        Settings settings = new PreferenceSettings();
        Theme.valueOf(settings.get("theme", "LIGHT")).apply();
        MainWindow window = new MainWindow(new FileDocuments(new TimelineLoader()), work, settings, this::openInBrowser);
        window.loadedProperty().addListener((obs, old, loaded) -> stage.setTitle(loaded.hasErrors()
                ? "Summit Timeline \u2014 " + loaded.fileName() + " (problems)"
                : loaded.timeline().title() + " \u2014 Summit Timeline"));
        stage.setTitle("Summit Timeline");
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        // Small screens (a 1280×720 projector, a laptop) get the whole screen; large ones a generous window.
        boolean small = screen.getWidth() <= 1440;
        double width = Math.min(settings.getDouble("window.width", small ? screen.getWidth()
                : Math.min(1600, screen.getWidth() * 0.94)), screen.getWidth());
        double height = Math.min(settings.getDouble("window.height", small ? screen.getHeight()
                : Math.min(1000, screen.getHeight() * 0.94)), screen.getHeight());
        stage.setScene(new Scene(window, width, height));
        stage.setMaximized(Boolean.parseBoolean(settings.get("window.maximized", "false")));
        stage.setOnCloseRequest(e -> {
            settings.put("window.maximized", String.valueOf(stage.isMaximized()));
            if (!stage.isMaximized()) {
                settings.putDouble("window.width", stage.getScene().getWidth());
                settings.putDouble("window.height", stage.getScene().getHeight());
            }
        });
        if (Boolean.getBoolean("summit.reportFirstFrame")) {
            reportFirstFrame(window);
        }
        stage.show();
        var args = new java.util.ArrayList<>(getParameters().getUnnamed());
        if (args.remove("--present")) {
            window.present();
        }
        if (args.isEmpty()) {
            window.openBundled();
        } else {
            window.open(Path.of(args.get(0)));
        }
    }

    /** For the start-up measurement: prints the time from JVM start to the first frame showing a timeline. */
    private static void reportFirstFrame(MainWindow window) {
        long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        Runnable[] check = new Runnable[1];
        check[0] = () -> {
            if (window.state().query() != null && window.timelineView().framesDrawn() > 0) {
                System.out.println("first frame: " + (System.currentTimeMillis() - jvmStart) + " ms");
                System.out.flush();
                window.getScene().removePostLayoutPulseListener(check[0]);
            }
        };
        window.getScene().addPostLayoutPulseListener(check[0]);
    }

    /** Sources open in the system browser, and only web addresses: a timeline file must not launch programs. */
    private void openInBrowser(String url) {
        if (org.summittimeline.ui.details.EventDetails.isWeb(url)) {
            getHostServices().showDocument(url);
        }
    }

    @Override
    public void stop() {
        work.close();
    }
}
