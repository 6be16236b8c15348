package org.summittimeline.ui.shell;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.summittimeline.ui.AppState;
import org.summittimeline.ui.Settings;
import org.summittimeline.ui.Settings.Key;
import org.summittimeline.ui.Theme;
import org.summittimeline.ui.timeline.layout.LaneMode;

/**
 * How the window looks, remembered between runs: the type size, the theme and how lanes are made. The toolbar's
 * and the menu's theme switches show the theme in use, however it was changed.
 */
final class Appearance {
    private final Settings settings;
    private final AppState state;
    private final Supplier<Scene> scene;
    private ShellToolbar toolbar;
    private ShellMenuBar menu;

    Appearance(Settings settings, AppState state, Supplier<Scene> scene) {
        this.settings = settings;
        this.scene = scene;
        this.state = state;
        state.fontScaleProperty().set(settings.number(Key.FONT_SCALE));
        state.fontScaleProperty().addListener((obs, old, scale) -> {
            settings.putNumber(Key.FONT_SCALE, scale.doubleValue());
            FontScale.apply(scene.get(), scale.doubleValue());
        });
        state.laneModeProperty().set(settings.choice(Key.LANES, LaneMode.class));
        state.laneModeProperty().addListener((obs, old, m) -> settings.put(Key.LANES, m.name()));
    }

    /** The switches that show the theme; they are made after the commands that change it. */
    void showThemeOn(ShellToolbar toolbar, ShellMenuBar menu) {
        this.toolbar = toolbar;
        this.menu = menu;
        showDark(settings.choice(Key.THEME, Theme.class) == Theme.DARK);
    }

    /** The menu's Ctrl+plus needs Shift on a US keyboard; Ctrl+= is what people press there, anywhere in it. */
    Appearance largerOnCtrlEquals(Node window) {
        window.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() && e.getCode() == KeyCode.EQUALS) {
                scaleText(1.1);
                e.consume();
            }
        });
        return this;
    }

    /**
     * Another window of the viewer's (Compare Speakers) in the same type size, changed there with the same keys:
     * Ctrl+plus in it had done nothing, and a size chosen in the viewer reached it only when it was opened again.
     */
    void alsoFor(Scene other) {
        FontScale.apply(other, state.fontScaleProperty().get());
        state.fontScaleProperty().addListener((obs, old, scale) -> FontScale.apply(other, scale.doubleValue()));
        other.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (!e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            // The theme's key too: pressed in Compare, Ctrl+Shift+D had done nothing in either window.
            if (e.isShiftDown() && e.getCode() == KeyCode.D) {
                toggleDark();
                e.consume();
                return;
            }
            switch (e.getCode()) {
                case PLUS, ADD, EQUALS -> scaleText(1.1);
                case MINUS, SUBTRACT -> scaleText(1 / 1.1);
                case DIGIT0, NUMPAD0 -> scaleText(0);
                default -> {
                    return;
                }
            }
            e.consume();
        });
    }

    /** Steps the type size a size up ({@code factor} over 1) or down on the ladder of sizes; 0 resets it. */
    void scaleText(double factor) {
        double scale = factor == 0 ? 1.0 : Key.FONT_SCALE.step(state.fontScaleProperty().get(), factor);
        state.fontScaleProperty().set(scale);
    }

    void toggleDark() {
        Theme theme = settings.choice(Key.THEME, Theme.class) == Theme.DARK ? Theme.LIGHT : Theme.DARK;
        theme.apply();
        settings.put(Key.THEME, theme.name());
        showDark(theme == Theme.DARK);
        if (scene.get() != null) {
            scene.get().setFill(theme.background()); // else the other theme's colour shows where nothing is painted
        }
    }

    private void showDark(boolean on) {
        if (toolbar != null) {
            toolbar.showDark(on);
            menu.showDark(on);
        }
    }
}
