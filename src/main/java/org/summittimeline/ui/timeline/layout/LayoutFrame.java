package org.summittimeline.ui.timeline.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** What one frame of layout gathers while it is made: the marks and titles so far, and each lane's rows. */
final class LayoutFrame {
    final LayoutInput in;
    /** The marks' sizes and the gaps round them at the reader's type size. */
    final MarkSizes sizes;
    final int cap;
    /** The most rows each lane may open: the area's cap, less for a busy lane that would hide the lanes below it. */
    final int[] laneCap;
    final boolean[] collapsed;
    /** Lanes that had an event with nowhere whole to go and no row left to open: their titles cut, or marks clustered. */
    final boolean[] crowded;
    final List<PlacedMark> marks = new ArrayList<>();
    final List<LabelDraft> labels = new ArrayList<>();
    final List<Plate> plates = new ArrayList<>();
    final List<List<Row>> rows = new ArrayList<>();

    LayoutFrame(LayoutInput in, MarkSizes sizes, int cap, boolean[] collapsed) {
        this.in = in;
        this.sizes = sizes;
        this.cap = cap;
        this.collapsed = collapsed;
        this.laneCap = new int[collapsed.length];
        this.crowded = new boolean[collapsed.length];
        Arrays.fill(laneCap, cap);
        for (int l = 0; l < collapsed.length; l++) {
            rows.add(new ArrayList<>());
        }
    }

    /** A row of a lane while it is packed: how far it is taken, and its last mark and label (which may be cut). */
    static final class Row {
        final boolean bar;
        double end = Double.NEGATIVE_INFINITY;
        double markEnd = Double.NEGATIVE_INFINITY;
        /** How far the fading bands of the row's uncertain moments reach; titles keep clear of them. */
        double bandEnd = Double.NEGATIVE_INFINITY;
        /** Where the row ended before its last mark came: the room a title of that mark may take on its left. */
        double endBefore = Double.NEGATIVE_INFINITY;
        PlacedMark last;
        LabelDraft label;
        /** The row's latest title, whichever mark's: the first of those an uncertain moment's band may reach back over. */
        LabelDraft lastLabel;
        /** The order in which the lane opened it; rows of spans are stacked above rows of moments at the end. */
        final int opened;

        Row(boolean bar, int opened) {
            this.bar = bar;
            this.opened = opened;
        }
    }

    static final class LabelDraft {
        /** The title before it in its row, going back to the row's first. */
        LabelDraft previous;
        final PlacedMark mark;
        final String title;
        String text;
        boolean whole;
        double x;
        double width;
        final PlacedLabel.Side side;
        boolean removed;

        LabelDraft(PlacedMark mark, String title, String text, boolean whole, double x, double width,
                   PlacedLabel.Side side) {
            this.mark = mark;
            this.title = title;
            this.text = text;
            this.whole = whole;
            this.x = x;
            this.width = width;
            this.side = side;
        }

        double right() {
            return x + width;
        }
    }
}
