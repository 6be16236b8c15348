package org.summittimeline.ui.quotes;

import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * A quote card's first line: who spoke (with the "reported" mark), then the event's title beside it while the whole
 * title fits there, else on a line of its own below, where it has the card's width. In large type beside a long
 * name, the title was squeezed into a column a syllable wide ("confer / ence"); kept to eight ems, it still stood
 * as a narrow column of three lines ("Apparent / protester escorted / out") beside an empty space under the name.
 */
final class WhoLine extends Region {
    static final double GAP = 6;

    private final HBox who;
    private final Label title;

    WhoLine(HBox who, Label title) {
        this.who = who;
        this.title = title;
        getChildren().addAll(who, title);
    }

    private boolean below(double width) {
        return title.isManaged() && width - who.prefWidth(-1) - GAP < title.prefWidth(-1);
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double ww = Math.min(w, who.prefWidth(-1));
        double wh = who.prefHeight(ww);
        if (!title.isManaged()) {
            who.resizeRelocate(0, 0, ww, wh);
            return;
        }
        if (below(w)) {
            who.resizeRelocate(0, 0, ww, wh);
            title.resizeRelocate(0, wh, w, title.prefHeight(w));
            return;
        }
        double tw = w - ww - GAP;
        double th = title.prefHeight(tw);
        // The title's first line on the name's baseline, as the box of both did.
        double shift = who.getBaselineOffset() - title.getBaselineOffset();
        double top = Math.max(0, -shift);
        who.resizeRelocate(0, top, ww, wh);
        title.resizeRelocate(ww + GAP, top + shift, tw, th);
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
            return wh + title.prefHeight(w);
        }
        double shift = who.getBaselineOffset() - title.getBaselineOffset();
        double top = Math.max(0, -shift);
        return Math.max(top + wh, top + shift + title.prefHeight(w - ww - GAP));
    }

    @Override
    protected double computePrefWidth(double height) {
        return who.prefWidth(-1) + (title.isManaged() ? GAP + title.prefWidth(-1) : 0);
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
