package org.summittimeline.ui.shell;

import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import org.kordamp.ikonli.javafx.FontIcon;

/** The window's buttons: an icon, a tooltip that names the command and its key, and what it does. */
final class Buttons {
    private Buttons() {
    }

    static Button icon(String icon, String tip, Runnable action) {
        return labelled(null, icon, tip, action);
    }

    static Button labelled(String text, String icon, String tip, Runnable action) {
        Button b = new Button(text, new FontIcon(icon));
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(text == null ? tip : text);
        b.setOnAction(e -> action.run());
        return b;
    }
}
