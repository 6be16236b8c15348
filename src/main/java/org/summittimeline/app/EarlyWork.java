package org.summittimeline.app;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.scene.image.Image;
import org.kordamp.ikonli.javafx.IkonResolver;
import org.summittimeline.ui.Language;
import org.summittimeline.ui.Settings;

/**
 * Work the first frame needs that need not run on the UI thread, begun on threads of their own as early as each can
 * be, so that the UI thread finds it done (issue 15: every part of the UI thread's way to the first frame counts).
 */
final class EarlyWork {
    private EarlyWork() {
    }

    /**
     * The remembered settings and the texts in the chosen language. java.util.prefs reads its XML file on first
     * use (a tenth of a second cold), which needs no toolkit: this runs while JavaFX starts.
     */
    static CompletableFuture<Settings> settings() {
        return onThread("read settings at start", EarlyWork::readSettings);
    }

    static Settings readSettings() {
        Settings settings = new PreferenceSettings();
        Language.apply(settings);
        return settings;
    }

    /**
     * Once the toolkit runs: the icon font, which Ikonli loads when the first icon is made (0.1–0.2 s cold), and
     * the window's own icons. Icons made on the UI thread meanwhile wait for the font, so none is drawn without it.
     */
    static CompletableFuture<List<Image>> iconsAndFont() {
        return onThread("load icons at start", () -> {
            IkonResolver.getInstance();
            List<Image> icons = new ArrayList<>();
            for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
                // The icon the installers use, drawn from src/dist/icons/summit-timeline.svg.
                icons.add(new Image(EarlyWork.class.getResource("icons/icon-" + size + ".png").toExternalForm()));
            }
            return icons;
        });
    }

    private static <T> CompletableFuture<T> onThread(String name, Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                result.complete(work.get());
            } catch (RuntimeException | Error e) {
                result.completeExceptionally(e);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
        return result;
    }
}
