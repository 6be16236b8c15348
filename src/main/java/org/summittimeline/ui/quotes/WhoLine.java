package org.summittimeline.ui.quotes;

import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import org.summittimeline.ui.Texts;

/**
 * A quote card's first line: who spoke (with the "reported" mark), then the event's title beside it while the whole
 * title fits there, else on a line of its own below, after "at", where it has the card's width. In large type beside a long
 * name, the title was squeezed into a column a syllable wide ("confer / ence"); kept to eight ems, it still stood
 * as a narrow column of three lines ("Apparent / protester escorted / out") beside an empty space under the name.
 */
final class WhoLine extends Region {
    static final double GAP = 6;

    private final Region who;
    private final Label title;
    /**
     * The "·" between the name and the title beside it, a label of its own: part of the title's text, it began the
     * title's line when the title went below ("· Apparent protester escorted out").
     */
    private final Label dot = new Label("\u00b7");
    /**
     * "at", which begins the title's own line below the name: with nothing before it, a long title on a grey line of
     * its own was read as the first words of the quote or of its note (a new user's walk, on the dense file).
     */
    private final Label at = new Label(Texts.get("quotes.atEvent"));

    WhoLine(Region who, Label title) {
        this.who = who;
        this.title = title;
        dot.getStyleClass().add("quote-event-dot");
        dot.managedProperty().bind(title.managedProperty());
        dot.setMinWidth(Region.USE_PREF_SIZE);
        at.getStyleClass().add("quote-event-at");
        at.managedProperty().bind(title.managedProperty());
        at.setMinWidth(Region.USE_PREF_SIZE);
        getChildren().addAll(who, dot, at, title);
    }

    /** Where a title below the name begins: after "at" and a word's space. */
    private double afterAt() {
        return at.prefWidth(-1) + space();
    }

    /** A word's space in the title's type: 3 pixels after "·" or "at" read as none at 200 % ("·Apparent"). */
    private double space() {
        return Math.round(title.getFont().getSize() * 0.3);
    }

    /** The name, the gap, the dot and a gap: where a title beside the name begins. */
    private double besideName(double nameWidth) {
        return nameWidth + GAP + dot.prefWidth(-1) + space();
    }

    private boolean below(double width) {
        return title.isManaged() && width - besideName(who.prefWidth(-1)) < title.prefWidth(-1);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double ww = Math.min(w, who.prefWidth(-1));
        double wh = who.prefHeight(ww);
        if (!title.isManaged()) {
            // A card used again for a quote shown without its event's title keeps no dot of the one before.
            dot.setVisible(false);
            at.setVisible(false);
            who.resizeRelocate(0, 0, ww, wh);
            return;
        }
        boolean below = below(w);
        dot.setVisible(!below);
        at.setVisible(below);
        if (below) {
            who.resizeRelocate(0, 0, ww, wh);
            dot.resizeRelocate(0, 0, 0, 0);
            double tw = Math.max(0, w - afterAt());
            title.resizeRelocate(afterAt(), wh, tw, title.prefHeight(tw));
            // On the title's first baseline (known once the title has its size), as the dot stands on the name's.
            at.resizeRelocate(0, wh + title.getBaselineOffset() - at.getBaselineOffset(), at.prefWidth(-1),
                    at.prefHeight(-1));
            return;
        }
        at.resizeRelocate(0, 0, 0, 0);
        double tw = w - besideName(ww);
        double th = title.prefHeight(tw);
        // The title's first line on the name's baseline, as the box of both did.
        double shift = who.getBaselineOffset() - title.getBaselineOffset();
        double top = Math.max(0, -shift);
        who.resizeRelocate(0, top, ww, wh);
        dot.resizeRelocate(ww + GAP, top + shift, dot.prefWidth(-1), dot.prefHeight(-1));
        title.resizeRelocate(besideName(ww), top + shift, tw, th);
    }

    @Override
    protected double computePrefHeight(double width) {
        double w = width < 0 ? computePrefWidth(-1) : width;
        double ww = Math.min(w, who.prefWidth(-1));
        double wh = who.prefHeight(ww);
        if (!title.isManaged()) {
            return wh;
        }
        if (below(w)) {
            return wh + title.prefHeight(Math.max(0, w - afterAt()));
        }
        double shift = who.getBaselineOffset() - title.getBaselineOffset();
        double top = Math.max(0, -shift);
        return Math.max(top + wh, top + shift + title.prefHeight(w - besideName(ww)));
    }

    @Override
    protected double computePrefWidth(double height) {
        double name = who.prefWidth(-1);
        return title.isManaged() ? besideName(name) + title.prefWidth(-1) : name;
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }
}
