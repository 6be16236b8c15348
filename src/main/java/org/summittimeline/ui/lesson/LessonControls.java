package org.summittimeline.ui.lesson;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;

/** The Lesson tab's buttons, menu items and notes, each with the id the tests and the style sheet know it by. */
final class LessonControls {
    private LessonControls() {
    }

    static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    static MenuItem item(String id, String text, Runnable action) {
        MenuItem i = new MenuItem(text);
        i.setId("menu-" + id);
        i.setOnAction(e -> action.run());
        return i;
    }

    static Label note(String id, String text) {
        Label l = new Label(text);
        l.setId(id);
        l.setWrapText(true);
        l.getStyleClass().add("lesson-note");
        return l;
    }
}
