package org.summittimeline.ui.shell;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.scene.Scene;

/**
 * The scene's own stylesheets. The viewer's type follows the same scale as the presentation: a small stylesheet
 * sets the root's size, and the icons' from the theme's 18 pixels. Beside it, the rules the window's pop-ups,
 * dialogs and notices need (popups.css): they take their owner scene's stylesheets when they are shown, not the
 * window's, so the rules are there before their first style pass. (Added to a notice after it showed, they came after
 * that pass, which logged a ClassCastException for each of Modena's colours the theme lacks.)
 */
final class FontScale {
    /** The viewer's type size at 100 %, in pixels. */
    static final double DESIGNED_SIZE = 14;
    private static final String POPUPS = FontScale.class.getResource("popups.css").toExternalForm();
    /** Pop-ups without their shadows, where windows cannot be see-through (opaque-popups.css says why). */
    static final String OPAQUE_POPUPS = FontScale.class.getResource("opaque-popups.css").toExternalForm();

    private FontScale() {
    }

    static void apply(Scene scene, double scale) {
        if (scene == null) {
            return;
        }
        // The icons grow with the words beside them: at 200 % the toolbar's 18-pixel icons looked tiny by them.
        // A tooltip's pop-up has a root of its own that the .root rule does not reach: the timeline's tooltips stayed
        // in the designed size beside titles three sizes larger.
        String size = String.format(Locale.ROOT, "%.1f", DESIGNED_SIZE * scale) + "px";
        // Whole pixels: padding is laid out in whole pixels, and a half more each side had widened the button.
        long arrowHalf = Math.round(5 * scale);
        // Half as fast as the type: each pixel the » takes is one the bar's other items lose (German at 170 % on
        // 1280 px kept its zoom buttons in the bar with a few pixels to spare).
        double overflowScale = 1 + (scale - 1) / 2;
        long overflowHalf = Math.round(6 * overflowScale);
        // And a list's arrow, the theme's 10 by 5 pixels drawn at its own size: at 250 % a speck beside words of 35 px.
        // It grows into the padding beside it, which the theme's arrow, drawn over a button of no width, overlapped: a
        // list keeps its width up to about 200 % (a wider one had pushed the time slider behind the bar's » at 121 %),
        // a choice box's grows by half its arrow's. Lists and choice boxes only: a date picker's button is its own
        // calendar icon, which the theme already sizes with the type.
        String css = ".root { -fx-font-size: " + size + "; }\n"
                + ".tooltip { -fx-font-size: " + size + "; }\n"
                + ".ikonli-font-icon { -fx-icon-size: " + Math.round(18 * scale) + "px; }\n"
                + ".combo-box > .arrow-button > .arrow, .choice-box > .open-button > .arrow { -fx-scale-shape: true;"
                + " -fx-padding: " + arrowHalf / 2.0 + "px " + arrowHalf + "px; }\n"
                + ".combo-box > .arrow-button { -fx-padding: 8px " + Math.max(2, 12 - arrowHalf) + "px; }\n"
                + ".choice-box { -fx-padding: 8px " + Math.max(2, 12 - arrowHalf) + "px 8px 12px; }\n"
                // The tool bars' overflow (»), the theme's 12 by 10 pixels: at 250 % a speck few found. Its button
                // is as wide as its padding alone, the arrow drawn over it centred: a larger arrow ran onto the search
                // box beside it, so the button is made as wide as the arrow. As the theme draws it at 100 %.
                + (scale <= 1 ? "" : ".tool-bar > .tool-bar-overflow-button > .arrow { -fx-scale-shape: true;"
                + " -fx-padding: " + Math.round(5 * overflowScale) + "px " + overflowHalf + "px; }\n"
                + ".tool-bar > .tool-bar-overflow-button { -fx-padding: 0 " + overflowHalf + "px; }");
        if (!scene.getStylesheets().contains(POPUPS)) {
            scene.getStylesheets().addAll(popupSheets(Platform.isSupported(ConditionalFeature.TRANSPARENT_WINDOW)));
        }
        scene.getStylesheets().removeIf(s -> s.startsWith("data:"));
        scene.getStylesheets().add("data:text/css;base64," + Base64.getEncoder()
                .encodeToString(css.getBytes(StandardCharsets.UTF_8)));
    }

    /** The pop-ups' stylesheets on a display whose windows can ({@code seeThrough}) or cannot be see-through. */
    static List<String> popupSheets(boolean seeThrough) {
        return seeThrough ? List.of(POPUPS) : List.of(POPUPS, OPAQUE_POPUPS);
    }
}
