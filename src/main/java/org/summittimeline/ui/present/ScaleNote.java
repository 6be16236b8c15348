package org.summittimeline.ui.present;

import javafx.animation.PauseTransition;
import javafx.beans.Observable;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.util.Duration;
import org.summittimeline.ui.Texts;

/**
 * Says the type's size for a moment after Ctrl+plus, Ctrl+minus or Ctrl+0, and, where a larger size left the slide
 * as it was, that the slide is full. A teacher pressed Ctrl+plus six times on a full slide and saw nothing change:
 * the key looked broken, as nothing on screen said what size the type was or why this slide kept its own.
 */
final class ScaleNote {
    static final Duration SHORTEST = Duration.seconds(2.5);
    static final Duration LONGEST = Duration.seconds(8);
    private final Label label;
    private final PauseTransition hide = new PauseTransition(SHORTEST);

    ScaleNote(Label label) {
        this.label = label;
        // The note gives way to the counter and clock beside it, cut on one line, and takes no room when gone.
        label.setWrapText(false);
        label.setMinWidth(0);
        label.managedProperty().bind(label.visibleProperty());
        label.setVisible(false);
        hide.setOnFinished(e -> label.setVisible(false));
    }

    /**
     * Goes when any of {@code moves} changes: "this slide is full" stayed on the next slide, which had grown, for
     * the rest of its moment.
     */
    void goesWith(Observable... moves) {
        for (Observable move : moves) {
            move.addListener(o -> {
                hide.stop();
                label.setVisible(false);
            });
        }
    }

    /**
     * The scale changed to {@code scale} ({@code larger}: up); the slide's texts summed and its quote's size before and
     * after. Made larger, a slide where no text grew is full; one where the quote alone grew keeps the sizes its step
     * shares for the lines round the quote, which a teacher read as "nothing grew but the quote".
     */
    void changed(double scale, boolean larger, double before, double quoteBefore, double after, double quoteAfter) {
        long percent = Math.round(scale * 100);
        boolean grewNothing = larger && after <= before;
        boolean quoteAlone = larger && !grewNothing && quoteAfter > quoteBefore
                && after - quoteAfter <= before - quoteBefore + 0.01;
        say(Texts.format(grewNothing ? "present.scale.full" : quoteAlone ? "present.scale.quoteAlone"
                : "present.scale", percent));
    }

    /** A label's type size when it shows text, else 0. */
    static double size(Label label) {
        return label.isVisible() && !label.getText().isEmpty() ? label.getFont().getSize() : 0;
    }

    /** Takes the note away at once. */
    void clear() {
        hide.stop();
        label.setVisible(false);
    }

    /**
     * Says {@code text} in the corner for a moment: what a key did, or that it had nothing to do here. A long note
     * stays as long as it takes to read: Shift+F5's fifteen words on where the show starts had gone after 2.5 s.
     */
    void say(String text) {
        label.setText(text);
        label.setVisible(true);
        hide.setDuration(shownFor(text));
        hide.playFromStart();
    }

    /** How long the note now said stays. */
    Duration lasts() {
        return hide.getDuration();
    }

    /** Time to read {@code text}: a second, and a third of a second for each word (180 words a minute); 2.5 s to 8 s. */
    static Duration shownFor(String text) {
        int words = text.isBlank() ? 0 : text.trim().split("\\s+").length;
        return Duration.seconds(Math.min(LONGEST.toSeconds(), Math.max(SHORTEST.toSeconds(), 1 + words / 3.0)));
    }

    /**
     * The sizes of the texts shown in {@code shown}, summed. No text is made smaller when the type grows
     * (SlideFit), so a sum that does not grow means that none grew.
     */
    static double textSizes(Parent shown) {
        double sum = 0;
        for (Node n : shown.getChildrenUnmodifiable()) {
            if (!n.isVisible()) {
                continue;
            }
            if (n instanceof Label l) {
                sum += l.getText().isEmpty() ? 0 : l.getFont().getSize();
            } else if (n instanceof Parent p) {
                sum += textSizes(p);
            }
        }
        return sum;
    }
}
