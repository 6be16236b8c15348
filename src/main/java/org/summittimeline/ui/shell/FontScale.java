package org.summittimeline.ui.shell;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import javafx.scene.Scene;

/** The viewer's type follows the same scale as the presentation: a small stylesheet sets the root's size. */
final class FontScale {
    private FontScale() {
    }

    static void apply(Scene scene, double scale) {
        if (scene == null) {
            return;
        }
        String css = ".root { -fx-font-size: " + String.format(Locale.ROOT, "%.1f", 14 * scale) + "px; }";
        scene.getStylesheets().removeIf(s -> s.startsWith("data:"));
        scene.getStylesheets().add("data:text/css;base64," + Base64.getEncoder()
                .encodeToString(css.getBytes(StandardCharsets.UTF_8)));
    }
}
