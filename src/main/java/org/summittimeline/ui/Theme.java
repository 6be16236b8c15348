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
        Application.setUserAgentStylesheet(this == LIGHT
                ? new PrimerLight().getUserAgentStylesheet()
                : new PrimerDark().getUserAgentStylesheet());
    }

    /** The theme applied last (light before any). */
    public static Theme current() {
        return new PrimerDark().getUserAgentStylesheet().equals(Application.getUserAgentStylesheet()) ? DARK : LIGHT;
    }

    /**
     * The theme's page colour (its -color-bg-default), for a new window's scene: the scene's own fill, white, is
     * what shows until the first style pass, a flash of white as a dark window opens.
     */
    public Color background() {
        return this == DARK ? Color.web("#0d1117") : Color.WHITE;
    }

    /** Each time the window is shown, its scene is filled with the page colour of the theme applied then. */
    public static void fillWhenShown(Stage stage) {
        stage.addEventHandler(WindowEvent.WINDOW_SHOWING, e -> {
            if (stage.getScene() != null) {
                stage.getScene().setFill(current().background());
            }
        });
    }
}
