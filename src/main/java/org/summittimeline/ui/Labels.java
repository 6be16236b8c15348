package org.summittimeline.ui;

import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextBoundsType;

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
     * Held to {@code lines} lines in its font, whatever its size, and cut with "…" after them (the quote panel's
     * heading and note, a lesson step's notes in the step list).
     */
    public static void atMostLines(Label label, int lines) {
        label.setEllipsisString("\u2026");
        Runnable fit = () -> label.setMaxHeight(linesHeight(label, lines) + label.snappedTopInset()
                + label.snappedBottomInset() + 1);
        label.fontProperty().addListener((obs, old, font) -> fit.run());
        label.paddingProperty().addListener((obs, old, padding) -> fit.run());
        label.lineSpacingProperty().addListener((obs, old, spacing) -> fit.run());
        fit.run();
    }

    /**
     * The height {@code lines} lines of {@code label}'s text take in its font and line spacing, without its padding.
     * Measured as the label measures its text: in plain logical bounds the limit came out a little short, and JavaFX's
     * wrapped ellipsis then cut the text a whole line earlier (two lines of three, one of two).
     */
    public static double linesHeight(Label label, int lines) {
        Text probe = new Text("X" + "\nX".repeat(lines - 1));
        probe.setBoundsType(TextBoundsType.LOGICAL_VERTICAL_CENTER);
        probe.setFont(label.getFont());
        probe.setLineSpacing(label.getLineSpacing());
        return Math.ceil(probe.getLayoutBounds().getHeight());
    }

    /**
     * The distance from one of {@code label}'s lines to the next in its font and line spacing, unrounded: a wrapped
     * label's line at a given height is found by it, and a rounded height drifted a line off over a dozen lines.
     */
    public static double linePitch(Label label) {
        Text probe = new Text("X\nX");
        probe.setBoundsType(TextBoundsType.LOGICAL_VERTICAL_CENTER);
        probe.setFont(label.getFont());
        probe.setLineSpacing(label.getLineSpacing());
        double two = probe.getLayoutBounds().getHeight();
        probe.setText("X");
        return two - probe.getLayoutBounds().getHeight();
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
     * {@code held} with each of its runs of words held together by no-break spaces kept so where it fits {@code room}
     * in {@code font}, else free to break: at 250 % "18:05–18:35 EEST" held as one was wider than Compare's event
     * column, and broke inside a word, "EES" at a line's end and "T" on the next. A pixel to spare: text measured
     * apart and laid out can differ by a fraction.
     */
    public static String heldWhereItFits(String held, Font font, double room) {
        StringBuilder fitted = new StringBuilder(held.length());
        // Each word with the space or line break after it.
        for (String word : held.split("(?<=[ \\n])")) {
            fitted.append(fitted(word, font, room));
        }
        return fitted.toString();
    }

    /**
     * A run of held words freed from its right, a no-break space at a time, until each part still held fits: "≈
     * 18:51–19:00 EEST" too wide for Compare's column at 250 % keeps "≈ 18:51–19:00" together (freed whole, its "≈"
     * had ended a line, the clock on the next).
     */
    private static String fitted(String word, Font font, double room) {
        String run = word;
        while (run.indexOf('\u00a0') >= 0 && widestPart(run.strip(), font) > room - 1) {
            int last = run.lastIndexOf('\u00a0');
            run = run.substring(0, last) + ' ' + run.substring(last + 1);
        }
        return run;
    }

    /** The widest of the run's parts still held; the words freed may break anywhere a word does. */
    private static double widestPart(String run, Font font) {
        double widest = 0;
        for (String part : run.split(" ")) {
            if (part.indexOf('\u00a0') >= 0) {
                widest = Math.max(widest, TextWidth.of(part, font));
            }
        }
        return widest;
    }

    /** A last word longer than this may stand alone: holding it to the one before would leave a short line above. */
    private static final int LONGEST_HELD = 16;
}
