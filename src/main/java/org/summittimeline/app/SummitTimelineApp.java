package org.summittimeline.app;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.summittimeline.format.LoadResult;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.ui.FxBackgroundWork;
import org.summittimeline.ui.Theme;
import org.summittimeline.ui.shell.EventListWindow;
import org.summittimeline.ui.shell.TimelineDocuments;

/** The composition root: builds the loader and the window and connects them. No logic of its own. */
public final class SummitTimelineApp extends Application {
    /** Where the bundled timeline sits on the class path (the jar carries a copy of data/). */
    static final String BUNDLED = "/data/helsinki-2018-summit.json";

    private final FxBackgroundWork work = new FxBackgroundWork();

    static void launchWith(CommandLine.Open request) {
        String[] args = request.file() == null ? new String[0] : new String[] {request.file().toString()};
        Application.launch(SummitTimelineApp.class, args);
    }

    /** Files come from the loader; the bundled one from the class path, so the jar works from any folder. */
    static TimelineDocuments documents(TimelineLoader loader) {
        return new TimelineDocuments() {
            @Override
            public LoadResult open(Path file) {
                return loader.load(file);
            }

            @Override
            public LoadResult openBundled() {
                try (InputStream in = SummitTimelineApp.class.getResourceAsStream(BUNDLED)) {
                    if (in == null) {
                        return loader.load(Path.of("data", "helsinki-2018-summit.json"));
                    }
                    return loader.load(in, "helsinki-2018-summit.json");
                } catch (IOException e) {
                    return loader.load(Path.of("data", "helsinki-2018-summit.json"));
                }
            }
        };
    }

    @Override
    public void start(Stage stage) {
        Theme.LIGHT.apply();
        EventListWindow window = new EventListWindow(documents(new TimelineLoader()), work);
        window.resultProperty().addListener((obs, old, loaded) -> stage.setTitle(loaded.hasErrors()
                ? "Summit Timeline \u2014 " + loaded.fileName() + " (problems)"
                : loaded.timeline().title() + " \u2014 Summit Timeline"));
        stage.setTitle("Summit Timeline");
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        stage.setScene(new Scene(window, Math.min(1280, screen.getWidth() * 0.9), Math.min(860, screen.getHeight() * 0.9)));
        stage.show();
        var args = getParameters().getUnnamed();
        if (args.isEmpty()) {
            window.openBundled();
        } else {
            window.open(Path.of(args.get(0)));
        }
    }

    @Override
    public void stop() {
        work.close();
    }
}
