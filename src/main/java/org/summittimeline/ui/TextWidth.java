package org.summittimeline.ui;

import java.util.List;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * A text's width on one line in a font, as a {@code Text} node lays it out. The timeline's counts, the search box's
 * room, the choice boxes' widths and the classroom strip all size themselves by it, so they round alike.
 */
public final class TextWidth {
    private TextWidth() {
    }

    public static double of(String text, Font font) {
        Text measure = new Text(text);
        measure.setFont(font);
        return measure.getLayoutBounds().getWidth();
    }

    /** The widest of {@code texts} in {@code font}. */
    public static double widest(Iterable<String> texts, Font font) {
        Text measure = new Text();
        measure.setFont(font);
        double widest = 0;
        for (String text : texts) {
            measure.setText(text);
            widest = Math.max(widest, measure.getLayoutBounds().getWidth());
        }
        return widest;
    }

    /**
     * The first of {@code forms} no wider than {@code room} in {@code font}, else {@code otherwise}: a longer and a
     * shorter way of saying the same where the room may not hold the longer (the status line's counts, a hint).
     */
    public static String firstFitting(List<String> forms, Font font, double room, String otherwise) {
        Text measure = new Text();
        measure.setFont(font);
        for (String form : forms) {
            measure.setText(form);
            if (measure.getLayoutBounds().getWidth() <= room) {
                return form;
            }
        }
        return otherwise;
    }
}
