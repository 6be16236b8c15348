package org.summittimeline.ui.quotes;

import javafx.geometry.Orientation;
import javafx.scene.control.Labeled;
import javafx.scene.layout.Region;

/**
 * The speaker's name and the "reported" mark beside it on one baseline, the mark on a line of its own under the name
 * where the two do not fit the card: side by side in a box, the German mark "wiedergegeben" ran past the card's
 * right edge at 250 % and was cut to "wiedergeg".
 */
final class NameAndMark extends Region {
    private final Labeled name;
    private final Region mark;

    NameAndMark(Labeled name, Region mark) {
        this.name = name;
        this.mark = mark;
        getChildren().addAll(name, mark);
    }

    /** Between the name and the mark, as after the speaker's dot: 6 px at the designed size, growing with the type. */
    private double gap() {
        return 0.43 * name.getFont().getSize();
    }

    private boolean oneLine(double width) {
        return !mark.isManaged() || width < 0 || name.prefWidth(-1) + gap() + mark.prefWidth(-1) <= width + 0.5;
    }

    /** The first line's baseline: the lower of the two where both stand on it. */
    private double ascent(boolean oneLine) {
        return oneLine && mark.isManaged() ? Math.max(name.getBaselineOffset(), mark.getBaselineOffset())
                : name.getBaselineOffset();
    }

    @Override
    public double getBaselineOffset() {
        return ascent(oneLine(getWidth() > 0 ? getWidth() : -1));
    }

    @Override
    protected double computePrefWidth(double height) {
        return name.prefWidth(-1) + (mark.isManaged() ? gap() + mark.prefWidth(-1) : 0);
    }

    @Override
    protected double computeMinWidth(double height) {
        return Math.max(name.minWidth(-1), mark.isManaged() ? mark.minWidth(-1) : 0);
    }

    @Override
    protected double computePrefHeight(double width) {
        if (!oneLine(width)) {
            return name.prefHeight(-1) + mark.prefHeight(-1);
        }
        double a = ascent(true);
        double nameBottom = a - name.getBaselineOffset() + name.prefHeight(-1);
        return mark.isManaged() ? Math.max(nameBottom, a - mark.getBaselineOffset() + mark.prefHeight(-1)) : nameBottom;
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double nameWidth = Math.min(w, name.prefWidth(-1));
        if (oneLine(w)) {
            double a = ascent(true);
            name.resizeRelocate(0, a - name.getBaselineOffset(), nameWidth, name.prefHeight(-1));
            mark.resizeRelocate(nameWidth + gap(), a - mark.getBaselineOffset(), mark.prefWidth(-1), mark.prefHeight(-1));
        } else {
            double nameHeight = name.prefHeight(-1);
            name.resizeRelocate(0, 0, nameWidth, nameHeight);
            mark.resizeRelocate(0, nameHeight, Math.min(w, mark.prefWidth(-1)), mark.prefHeight(-1));
        }
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }
}
