package org.summittimeline.ui;

import java.util.List;
import javafx.beans.InvalidationListener;
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

    /**
     * {@code text} with its last two words held together by a no-break space, so that a text that wraps never leaves
     * one word alone on its last line: a slide's time had put "conference”" there by itself, and the Events list a
     * time's zone ("EEST").
     */
    public static String lastWordsTogether(String text) {
        int last = text.lastIndexOf(' ');
        return last <= 0 || text.length() - last > LONGEST_HELD ? text
                : text.substring(0, last) + '\u00a0' + text.substring(last + 1);
    }

    /**
     * A time's bounds held together where a line may not break: its last two words (the zone with its clock time) and
     * the "≈" of an uncertain time with the date after it. In Compare's narrow event column the sign had ended a line
     * ("… EEST to ≈"), its date on the next.
     */
    public static String boundsHeld(String bounds) {
        return lastWordsTogether(bounds.startsWith("\u2248 ") ? "\u2248\u00a0" + bounds.substring(2) : bounds);
    }

    /**
     * Shows {@code held} (words held together by no-break spaces) where each of its unbroken runs fits the label's
     * width, else {@code plain}: at 250 % a run wider than Compare's event column ("18:05–18:35 EEST") was broken
     * inside a word, "EES" at a line's end and "T" on the next.
     */
    public static void heldWhereItFits(Label label, String held, String plain) {
        List<String> runs = List.of(held.split("[ \\n]"));
        InvalidationListener fit = o -> {
            double room = label.getWidth() - label.snappedLeftInset() - label.snappedRightInset();
            String text = room <= 0 || TextWidth.widest(runs, label.getFont()) <= room ? held : plain;
            if (!text.equals(label.getText())) {
                label.setText(text);
            }
        };
        label.widthProperty().addListener(fit);
        label.fontProperty().addListener(fit);
        fit.invalidated(null);
    }

    /** A last word longer than this may stand alone: holding it to the one before would leave a short line above. */
    private static final int LONGEST_HELD = 16;
}
