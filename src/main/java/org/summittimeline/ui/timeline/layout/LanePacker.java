package org.summittimeline.ui.timeline.layout;

import static org.summittimeline.ui.timeline.layout.LayoutEngine.RIGHT_MARGIN;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.summittimeline.query.TimeIndex;
import org.summittimeline.ui.timeline.layout.LayoutFrame.LabelDraft;
import org.summittimeline.ui.timeline.layout.LayoutFrame.Row;

/**
 * Packs each lane's visible events into rows (a lane that fills the area while the lanes overflow, again with its
 * share of the rows: RowShares), in the order of their marks' left edges: an event takes the first
 * row where its mark and its whole title fit (inside its bar, right of it, or left of it), opens a row while the
 * lane may have more, else goes where its mark overlaps no other (cutting the title before it), and only where
 * its mark overlaps the last mark of every row does it join a cluster. Spans and moments never share a row.
 */
final class LanePacker {
    private final TextMeasure text;

    LanePacker(TextMeasure text) {
        this.text = text;
    }

    /** The visible events of one lane: their marks' extents, gathered in start order and sorted by left edge. */
    static final class Visible {
        int n;
        int[] event = new int[8];
        double[] x0 = new double[8];
        double[] x1 = new double[8];
        boolean[] bar = new boolean[8];
        boolean ordered = true;
        boolean hasBars;
        boolean hasMoments;

        void add(int e, double a, double b, boolean isBar) {
            if (n == event.length) {
                event = Arrays.copyOf(event, n * 2);
                x0 = Arrays.copyOf(x0, n * 2);
                x1 = Arrays.copyOf(x1, n * 2);
                bar = Arrays.copyOf(bar, n * 2);
            }
            ordered &= n == 0 || a >= x0[n - 1];
            event[n] = e;
            x0[n] = a;
            x1[n] = b;
            bar[n] = isBar;
            hasBars |= isBar;
            hasMoments |= !isBar;
            n++;
        }

        /** The order to pack in: by left edge, ties by time order. Usually already so; sorted only when not. */
        int[] order() {
            int[] order = new int[n];
            if (ordered) {
                for (int k = 0; k < n; k++) {
                    order[k] = k;
                }
                return order;
            }
            long[] keys = new long[n];
            for (int k = 0; k < n; k++) {
                long px = Math.round(Math.max(-1e6, Math.min(1e6, x0[k])) * 8) + 8_000_000L;
                keys[k] = px << 24 | k;
            }
            Arrays.sort(keys);
            for (int k = 0; k < n; k++) {
                order[k] = (int) (keys[k] & 0xFFFFFF);
            }
            return order;
        }
    }

    /**
     * Packs every lane's visible events, each lane on its own; where the lanes then overflow the area and a lane
     * opened every row it holds, that lane is packed again with its share of the rows (RowShares), and the others
     * keep what they made.
     */
    void packLanes(LayoutFrame f, Visible[] visible, RowMetrics metrics) {
        int lanes = visible.length;
        int[] marksFrom = new int[lanes + 1];
        int[] labelsFrom = new int[lanes + 1];
        for (int lane = 0; lane < lanes; lane++) {
            marksFrom[lane] = f.marks.size();
            labelsFrom[lane] = f.labels.size();
            pack(f, lane, visible[lane]);
        }
        marksFrom[lanes] = f.marks.size();
        labelsFrom[lanes] = f.labels.size();
        int[] caps = RowShares.caps(f, metrics, Math.max(0, f.in.height()));
        if (caps == null) {
            return;
        }
        // Packed again only where a lane opened more rows than its share; the other lanes keep what they made.
        List<PlacedMark> marks = new ArrayList<>(f.marks);
        List<LabelDraft> labels = new ArrayList<>(f.labels);
        f.marks.clear();
        f.labels.clear();
        for (int lane = 0; lane < lanes; lane++) {
            if (f.rows.get(lane).size() <= caps[lane]) {
                f.marks.addAll(marks.subList(marksFrom[lane], marksFrom[lane + 1]));
                f.labels.addAll(labels.subList(labelsFrom[lane], labelsFrom[lane + 1]));
            } else {
                f.laneCap[lane] = caps[lane];
                f.rows.get(lane).clear();
                pack(f, lane, visible[lane]);
            }
        }
    }

    /** Packs one lane's visible events into its rows; a folded lane's become ticks on its strip. */
    private void pack(LayoutFrame f, int lane, Visible v) {
        if (f.collapsed[lane]) {
            for (int k = 0; k < v.n; k++) {
                PlacedMark tick = new PlacedMark(lane, 0, v.x0[k], v.x1[k], PlacedMark.Shape.TICK, v.event[k], 0, 0);
                // Left and Right step through a folded lane's events too: the one selected is ringed there.
                tick.holdsSelection = v.event[k] == f.in.selected();
                f.marks.add(tick);
            }
            return;
        }
        for (int k : v.order()) {
            place(f, lane, v, v.event[k], v.x0[k], v.x1[k], v.bar[k]);
        }
    }

    private void place(LayoutFrame f, int lane, Visible v, int e, double x0, double x1, boolean bar) {
        LayoutInput in = f.in;
        List<Row> rows = f.rows.get(lane);
        String title = in.index().event(e).title();
        double tw = text.width(title);
        double limit = in.width() - RIGHT_MARGIN;
        double insideX = 0;
        double insideRoom = -1;
        if (bar) {
            // Titles sit on the solid part of a bar: on its faded, uncertain ends no colour of text stays readable.
            double solidFrom = Math.max(x0, in.xOf(in.index().startLatest(e)));
            double solidTo = Math.min(x1, in.xOf(in.index().endEarliest(e)));
            insideX = Math.max(solidFrom, 0) + f.sizes.insidePad();
            insideRoom = Math.min(solidTo, limit) - f.sizes.insidePad() - insideX;
        }
        // An uncertain moment's fading band belongs to it too: titles keep off it, though clusters do not count it.
        double bx0 = x0;
        double bx1 = x1;
        if (!bar) {
            bx0 = Math.min(x0, in.xOf(in.index().startEarliest(e)));
            bx1 = Math.max(x1, in.xOf(in.index().startLatest(e)));
        }
        double rightX = bx1 + f.sizes.labelGap();
        double leftX = bx0 - f.sizes.labelGap() - tw;
        boolean insideWhole = bar && insideRoom >= tw;
        boolean rightWhole = rightX + tw <= limit;
        boolean leftWhole = leftX >= 2;
        if (insideWhole || rightWhole) {
            for (Row r : rows) {
                if (r.bar == bar && bx0 >= r.end + f.sizes.spacing()) {
                    put(f, r, lane, e, x0, x1, bx1, bar, title, insideWhole ? PlacedLabel.Side.INSIDE : PlacedLabel.Side.RIGHT,
                            insideWhole ? insideX : rightX, tw, true, title);
                    return;
                }
            }
        }
        if (leftWhole) {
            for (Row r : rows) {
                if (r.bar == bar && leftX >= r.end + f.sizes.spacing()) {
                    put(f, r, lane, e, x0, x1, bx1, bar, title, PlacedLabel.Side.LEFT, leftX, tw, true, title);
                    return;
                }
            }
        }
        Row row = null;
        if (mayOpen(f.laneCap[lane], rows, bar, v)) {
            row = new Row(bar, rows.size());
            rows.add(row);
            if (insideWhole || rightWhole || leftWhole) {
                PlacedLabel.Side side = insideWhole ? PlacedLabel.Side.INSIDE
                        : rightWhole ? PlacedLabel.Side.RIGHT : PlacedLabel.Side.LEFT;
                double x = side == PlacedLabel.Side.INSIDE ? insideX : side == PlacedLabel.Side.RIGHT ? rightX : leftX;
                put(f, row, lane, e, x0, x1, bx1, bar, title, side, x, tw, true, title);
                return;
            }
        } else {
            f.crowded[lane] = true;
            // Every row is open already: the mark goes where it overlaps no mark, cutting the title before it.
            for (Row r : rows) {
                if (r.bar == bar && x0 >= r.markEnd + f.sizes.markGap() && (row == null || r.end < row.end)) {
                    row = r;
                }
            }
            if (row == null) {
                merge(f, rows, bar, e, x0, x1);
                return;
            }
            cutBefore(f, row, bx0);
        }
        // No whole title fits: the longest cut that does, inside the bar, right of the mark (clear of the bands
        // before it) or left of it.
        double from = Math.max(rightX, row.bandEnd + f.sizes.spacing());
        double leftFrom = Math.max(2, row.end + f.sizes.spacing());
        double leftRoom = bx0 - f.sizes.labelGap() - leftFrom;
        // A side whose room keeps too little of the title to read (TextMeasure.fitTitle) gives way to the next; the
        // left side also where it keeps more of the title than the right ("were cou…" at the lane's right end, with
        // 210 empty pixels left of the mark).
        String inside = insideRoom >= f.sizes.minLabel() ? text.fitTitle(title, insideRoom) : "";
        String right = inside.isEmpty() && limit - from >= f.sizes.minLabel() ? text.fitTitle(title, limit - from) : "";
        String left = inside.isEmpty() && leftRoom >= f.sizes.minLabel() && leftRoom > limit - from
                ? text.fitTitle(title, leftRoom) : "";
        if (left.length() > right.length()) {
            right = "";
        }
        // The room a cut made, or the row's bands, can hold the whole title after all.
        if (!inside.isEmpty()) {
            put(f, row, lane, e, x0, x1, bx1, bar, title, PlacedLabel.Side.INSIDE, insideX, text.width(inside),
                    inside.equals(title), inside);
        } else if (!right.isEmpty()) {
            put(f, row, lane, e, x0, x1, bx1, bar, title, PlacedLabel.Side.RIGHT, from, text.width(right),
                    right.equals(title), right);
        } else if (!left.isEmpty()) {
            double w = text.width(left);
            put(f, row, lane, e, x0, x1, bx1, bar, title, PlacedLabel.Side.LEFT, bx0 - f.sizes.labelGap() - w, w,
                    left.equals(title), left);
        } else {
            put(f, row, lane, e, x0, x1, bx1, bar, title, null, 0, 0, false, null);
        }
    }

    /** A lane may open a row while it has fewer than the cap, keeping one for moments if it has moments but no row for them (and likewise for spans). */
    private static boolean mayOpen(int cap, List<Row> rows, boolean bar, Visible v) {
        if (rows.size() >= cap) {
            return false;
        }
        int same = 0;
        int other = 0;
        for (Row r : rows) {
            if (r.bar == bar) {
                same++;
            } else {
                other++;
            }
        }
        boolean otherKindWaits = (bar ? v.hasMoments : v.hasBars) && other == 0;
        return same < cap - (otherKindWaits ? 1 : 0);
    }

    private void put(LayoutFrame f, Row r, int lane, int e, double x0, double x1, double bandEnd, boolean bar,
                     String title, PlacedLabel.Side side, double x, double width, boolean whole, String shown) {
        TimeIndex index = f.in.index();
        PlacedMark m = new PlacedMark(lane, r.opened, x0, x1, bar ? PlacedMark.Shape.BAR : PlacedMark.Shape.POINT, e,
                LayoutEngine.markTime(index, e, bar), bar ? index.endLatest(e) : LayoutEngine.markTime(index, e, false));
        f.marks.add(m);
        r.endBefore = r.end;
        r.last = m;
        r.markEnd = x1;
        r.bandEnd = Math.max(r.bandEnd, bandEnd);
        r.end = Math.max(x1, bandEnd);
        r.label = null;
        if (side != null && shown != null && !shown.isEmpty()) {
            LabelDraft d = new LabelDraft(m, title, shown, whole, x, width, side);
            f.labels.add(d);
            r.label = d;
            d.previous = r.lastLabel;
            r.lastLabel = d;
            if (side != PlacedLabel.Side.LEFT) {
                r.end = Math.max(r.end, d.right());
            }
        }
    }

    /**
     * Cuts the row's last title so that it ends before x (less the spacing); where the row's room before the mark
     * holds more of it, the title goes left of its mark instead, else, when too little is left, it is dropped.
     */
    private void cutBefore(LayoutFrame f, Row r, double x) {
        LabelDraft d = r.label;
        if (d != null && d.side == PlacedLabel.Side.RIGHT && d.right() > x - f.sizes.spacing()) {
            double room = x - f.sizes.spacing() - d.x;
            String cut = room >= f.sizes.minLabel() ? text.fitTitle(d.title, room) : "";
            double bandStart = bandStart(f, d.mark);
            // Not left either where the new mark's band reaches back past this mark: the title would lie in it.
            double leftRoom = bandStart - f.sizes.labelGap() > x - f.sizes.spacing() ? -1
                    : bandStart - f.sizes.labelGap() - Math.max(2, r.endBefore + f.sizes.spacing());
            // Measured only where the left has more room: it cannot keep more of the title with less.
            String left = leftRoom >= f.sizes.minLabel() && leftRoom > room ? text.fitTitle(d.title, leftRoom) : "";
            // On a dense file a title was cut to "place to…" right of its diamond with 400 empty pixels on its left
            // (a new user's walk); a title cut to nothing left the diamond bare.
            if (left.length() > cut.length()) {
                d.removed = true;
                double w = text.width(left);
                LabelDraft moved = new LabelDraft(d.mark, d.title, left, left.equals(d.title),
                        bandStart - f.sizes.labelGap() - w, w, PlacedLabel.Side.LEFT);
                f.labels.add(moved);
                r.label = moved;
                moved.previous = d.previous;
                if (r.lastLabel == d) {
                    r.lastLabel = moved;
                }
            } else if (cut.isEmpty()) {
                d.removed = true;
                r.label = null;
            } else {
                d.text = cut;
                d.width = text.width(cut);
                d.whole = false;
            }
        }
        // An uncertain moment's band of hours can reach back past the last mark, over titles (the last mark's on its
        // left, or those of the marks before): each is cut to end before the band, or goes, rather than lie in it
        // and be read as the uncertain event's. A row's titles end further right one after another, so the walk
        // stops at the first clear of the band.
        for (LabelDraft before = r.lastLabel; before != null; before = before.previous) {
            if (before.removed) {
                continue;
            }
            if (before.right() <= x - f.sizes.spacing()) {
                break;
            }
            double room = x - f.sizes.spacing() - before.x;
            String cut = before.side == PlacedLabel.Side.RIGHT && room >= f.sizes.minLabel() ? text.fitTitle(before.title, room) : "";
            if (cut.isEmpty()) {
                before.removed = true;
                if (before == r.label) {
                    r.label = null;
                }
            } else {
                before.text = cut;
                before.width = text.width(cut);
                before.whole = false;
            }
        }
        r.end = Math.max(r.bandEnd, r.label == null || r.label.side != PlacedLabel.Side.RIGHT ? r.markEnd
                : Math.max(r.markEnd, r.label.right()));
    }

    /** Where a mark's drawing begins: a bar's start, or an uncertain moment's band's when it is left of the mark. */
    private static double bandStart(LayoutFrame f, PlacedMark m) {
        return m.shape() == PlacedMark.Shape.BAR ? m.x0
                : Math.min(m.x0, f.in.xOf(f.in.index().startEarliest(m.event())));
    }

    /**
     * The mark overlaps the last mark of every row of its kind: it joins a cluster it overlaps where there is one,
     * else the row whose last mark overlaps it least. (Always the least, a burst of a hundred events in one day was
     * dealt out over every row: a column of fourteen discs of 3 and 4 where one disc counted them.)
     */
    private static void merge(LayoutFrame f, List<Row> rows, boolean bar, int e, double x0, double x1) {
        Row into = null;
        for (Row r : rows) {
            if (r.bar == bar && r.last != null && r.last.isCluster() && r.last.x0 <= x1 && x0 <= r.last.x1
                    && (into == null || r.markEnd < into.markEnd)) {
                into = r;
            }
        }
        for (Row r : into == null ? rows : List.<Row>of()) {
            if (r.bar == bar && (into == null || r.markEnd < into.markEnd)) {
                into = r;
            }
        }
        if (into == null) {
            for (Row r : rows) {
                if (into == null || r.markEnd < into.markEnd) {
                    into = r;
                }
            }
        }
        PlacedMark m = into.last;
        if (into.label != null) {
            into.label.removed = true;
            into.label = null;
        }
        m.addMember(e);
        m.x0 = Math.min(m.x0, x0);
        m.x1 = Math.max(m.x1, x1);
        TimeIndex index = f.in.index();
        m.from = Math.min(m.from, LayoutEngine.markTime(index, e, bar));
        m.to = Math.max(m.to, bar ? index.endLatest(e) : LayoutEngine.markTime(index, e, false));
        into.markEnd = Math.max(into.markEnd, m.x1);
        into.end = Math.max(into.markEnd, into.bandEnd);
    }
}
