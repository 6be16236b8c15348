package org.summittimeline.ui;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/** The application-wide look. Our stylesheets use the theme's colour names (-color-fg-muted), so it comes first. */
public enum Theme {
    LIGHT, DARK;

    public void apply() {
        Application.setUserAgentStylesheet(stylesheet());
    }

    /** AtlantaFX's stylesheet of this theme. */
    private String stylesheet() {
        return this == LIGHT ? new PrimerLight().getUserAgentStylesheet() : new PrimerDark().getUserAgentStylesheet();
    }

    /** The theme applied last (light before any). */
    public static Theme current() {
        return DARK.stylesheet().equals(Application.getUserAgentStylesheet()) ? DARK : LIGHT;
    }

    /**
     * The theme's page colour (its -color-bg-default), for a new window's scene: the scene's own fill, white, is
     * what shows until the first style pass, a flash of white as a dark window opens.
     */
    public Color background() {
        return this == DARK ? Color.web("#0d1117") : Color.WHITE;
    }

    /**
     * Each time the window is shown, its scene is filled with the page colour of the theme applied then, or of its
     * own ({@link #applyTo}).
     */
    public static void fillWhenShown(Stage stage) {
        stage.addEventHandler(WindowEvent.WINDOW_SHOWING, e -> {
            if (stage.getScene() != null) {
                Object own = stage.getProperties().get(Theme.class);
                stage.getScene().setFill((own instanceof Theme theme ? theme : current()).background());
            }
        });
    }

    /**
     * This theme for {@code stage}'s scene alone, whatever the application's: the keyboard's help over a presentation
     * takes the presentation's light or dark, where the viewer's light window had flashed white on a black slide.
     */
    public void applyTo(Stage stage) {
        stage.getProperties().put(Theme.class, this);
        stage.getScene().setUserAgentStylesheet(stylesheet());
        stage.getScene().setFill(background());
    }
}
