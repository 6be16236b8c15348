package org.summittimeline.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/** Labels for running text: they wrap, and they are never squeezed to one line ending in "...". */
public final class Labels {
    private Labels() {
    }

    public static Label wrapped(String text, String styleClass) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMinHeight(Region.USE_PREF_SIZE);
        label.getStyleClass().add(styleClass);
        return label;
    }
}
