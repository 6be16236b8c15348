package org.summittimeline.ui.quotes;

import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * A quote card's first line: who spoke (with the "reported" mark), then the event's title beside it while the
 * title keeps room there for a few words, else on a line of its own below. In large type beside a long name, the
 * title was squeezed into a column a syllable wide ("confer / ence"), or into none at all.
 */
final class WhoLine extends Region {
    static final double GAP = 6;
    /** The least room the title keeps beside the name, in its own font's size. */
    static final double LEAST_EMS = 8;

    private final HBox who;
    private final Label title;

    WhoLine(HBox who, Label title) {
        this.who = who;
        this.title = title;
        getChildren().addAll(who, title);
    }

    private boolean below(double width) {
        return title.isManaged() && width - who.prefWidth(-1) - GAP < title.getFont().getSize() * LEAST_EMS;
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
