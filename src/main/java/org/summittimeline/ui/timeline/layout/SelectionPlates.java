package org.summittimeline.ui.timeline.layout;

import static org.summittimeline.ui.timeline.layout.LayoutEngine.RIGHT_MARGIN;

import java.util.Arrays;
import java.util.List;
import org.summittimeline.query.TimeIndex;
import org.summittimeline.ui.timeline.layout.LayoutFrame.LabelDraft;

/** Gives the selected event its own mark and its whole title on a plate, once the lanes are packed and stacked. */
final class SelectionPlates {
    private final TextMeasure text;

    SelectionPlates(TextMeasure text) {
        this.text = text;
    }

    /**
     * The selected event gets its own mark (taken out of a cluster if it was in one) and its whole title on a
     * plate, right of the mark where it fits before the next mark of its row, else left; a title too long for
     * either side is cut to the roomier one, and only where not five letters of it fit there does the plate stand
     * over the marks, as near as the view allows. The titles the plate covers are left out.
     */
    void plateSelection(LayoutFrame f, int lane, int selected) {
        PlacedMark holder = null;
        // A folded lane's ticks have no titles: its selected tick is plated all the same, as the selection always is.
        for (PlacedMark m : f.marks) {
            if (m.lane == lane && (m.shape != PlacedMark.Shape.TICK || f.collapsed[lane]) && m.contains(selected)) {
                holder = m;
            }
        }
        if (holder == null) {
            return;
        }
        LayoutInput in = f.in;
        TimeIndex index = in.index();
        PlacedMark own = holder;
        if (holder.isCluster()) {
            holder.removeMember(selected);
            if (holder.count == 1) {
                int rest = holder.event;
                holder.members = null;
                holder.shape = holder.bar ? PlacedMark.Shape.BAR : PlacedMark.Shape.POINT;
                double[] extent = extent(in, f.sizes, rest, holder.bar);
                holder.x0 = extent[0];
                holder.x1 = extent[1];
            }
            double[] extent = extent(in, f.sizes, selected, holder.bar);
            own = new PlacedMark(lane, holder.row, extent[0], extent[1],
                    holder.bar ? PlacedMark.Shape.BAR : PlacedMark.Shape.POINT, selected,
                    LayoutEngine.markTime(index, selected, holder.bar), holder.bar ? index.endLatest(selected) : LayoutEngine.markTime(index, selected, false));
            own.y = holder.y;
            f.marks.add(own);
        }
        own.holdsSelection = true;
        String title = index.event(selected).title();
        LabelDraft label = null;
        for (LabelDraft d : f.labels) {
            if (d.mark == own && !d.removed) {
                label = d;
            }
        }
        if (label != null && label.whole && label.side == PlacedLabel.Side.INSIDE) {
            return;
        }
        double limit = in.width() - RIGHT_MARGIN;
        double tw = text.width(title);
        double x;
        String shown = title;
        // Up to the next mark of its row on either side: a plate laid over a cluster of 43 in a dense lane hid it.
        // Its row as drawn (a zoomed-out lane's columns number their rows otherwise).
        // A mark the selection's overlaps (the cluster it was taken out of) is stepped over with it.
        double markLeft = own.x0;
        double markRight = own.x1;
        for (PlacedMark m : f.marks) {
            if (m != own && m.lane == lane && Math.abs(m.y - own.y) < 1 && m.x0 <= own.x1 && m.x1 >= own.x0) {
                markLeft = Math.min(markLeft, m.x0);
                markRight = Math.max(markRight, m.x1);
            }
        }
        double rightEnd = limit;
        double leftEnd = 2;
        // A folded lane's ticks are a strip, not titled marks: its plate stands whole beside its tick, over them.
        for (PlacedMark m : f.collapsed[lane] ? List.<PlacedMark>of() : f.marks) {
            if (m != own && m.lane == lane && Math.abs(m.y - own.y) < 1) {
                if (m.x0 > markRight) {
                    rightEnd = Math.min(rightEnd, m.x0 - f.sizes.labelGap());
                } else if (m.x1 < markLeft) {
                    leftEnd = Math.max(leftEnd, m.x1 + f.sizes.labelGap());
                }
            }
        }
        double right = rightEnd - markRight - f.sizes.labelGap();
        double left = markLeft - f.sizes.labelGap() - leftEnd;
        String beside = tw <= right || tw <= left ? title : text.fitTitle(title, Math.max(right, left));
        if (label != null && label.whole) {
            x = label.x;
        } else if (tw <= right) {
            x = markRight + f.sizes.labelGap();
        } else if (tw <= left) {
            x = markLeft - f.sizes.labelGap() - tw;
        } else if (!beside.isEmpty()) {
            // Too long for either side (large type in a narrow window): cut beside the mark, on the roomier side,
            // rather than whole over the mark, which hid the very event the plate names.
            shown = beside;
            tw = text.width(shown);
            x = right >= left ? markRight + f.sizes.labelGap() : markLeft - f.sizes.labelGap() - tw;
        } else if (tw <= limit - 2) {
            x = Math.max(2, Math.min(own.x1 + f.sizes.labelGap(), limit - tw));
        } else {
            x = 2;
            shown = text.fit(title, limit - 2);
            tw = text.width(shown);
        }
        Plate plate = new Plate(selected, lane, shown, x, own.y, tw);
        for (LabelDraft d : f.labels) {
            if (d.mark.lane == lane && d.mark.row == own.row && d.right() > plate.left() && d.x < plate.right()) {
                d.removed = true;
            }
        }
        if (label != null) {
            label.removed = true;
        }
        f.plates.add(plate);
    }

    /**
     * The selected event leaves its counted column for a row of its own below it, drawn as itself at its own time
     * (a reader who chose one event of a column of 400 saw only the column's disc, ringed); the column counts the
     * others, and one left alone is drawn as itself too.
     */
    void pullOut(LayoutFrame f, PlacedMark column, int selected, int col, long columnEnd) {
        LayoutInput in = f.in;
        TimeIndex index = in.index();
        column.count--;
        // Its events are looked up on a click: the one taken out is not among them (a disc left saying "1" then
        // selected its event, not a list of two).
        column.pulled = selected;
        long columnStart = column.from;
        if (column.count == 1 || column.event == selected) {
            int lane = column.lane;
            int[] other = {-1};
            index.visit(columnStart, columnEnd, i -> {
                // In the column as its count has it: the first column also holds what began before the view and
                // lasts into it, never what ended before.
                if (other[0] < 0 && i != selected && in.isShown(i) && index.startEarliest(i) >= columnStart
                        && index.startEarliest(i) <= columnEnd && index.endLatest(i) >= Math.floor(in.start())
                        && Arrays.stream(in.lanes().of(i)).anyMatch(l -> l == lane)) {
                    other[0] = i;
                }
            });
            if (other[0] >= 0) {
                column.event = other[0];
                column.from = Math.max(columnStart, index.startEarliest(other[0]));
                if (column.count == 1 && LayoutEngine.drawnAlone(in, other[0])) {
                    f.marks.set(f.marks.lastIndexOf(column), LayoutEngine.aloneInColumn(in, f.sizes, lane, col, other[0]));
                }
            }
        }
        boolean bar = index.isRange(selected)
                && in.xOf(index.endLatest(selected)) - in.xOf(index.startEarliest(selected)) >= LayoutEngine.MIN_BAR;
        double[] extent = extent(in, f.sizes, selected, bar);
        PlacedMark own = new PlacedMark(column.lane, 1, extent[0], extent[1], bar ? PlacedMark.Shape.BAR : PlacedMark.Shape.POINT,
                selected, LayoutEngine.markTime(index, selected, bar), bar ? index.endLatest(selected) : LayoutEngine.markTime(index, selected, false));
        own.holdsSelection = true;
        f.marks.add(own);
    }

    /**
     * Zoomed far out the selection is drawn as itself, its title on a plate beside it as at any zoom; where it still
     * stands in a counted column (a folded lane, or a span that began before the view), the plate goes beside that.
     */
    void plateBinnedSelection(LayoutFrame f, int lane, int selected) {
        for (PlacedMark m : f.marks) {
            if (m.lane == lane && m.holdsSelection && !m.isCluster() && m.shape != PlacedMark.Shape.TICK) {
                // Drawn as itself (alone in its column, or taken out of it): its title beside it as anywhere.
                plateSelection(f, lane, selected);
                return;
            }
            if (m.lane == lane && m.holdsSelection) {
                String title = f.in.index().event(selected).title();
                double limit = f.in.width() - RIGHT_MARGIN;
                double tw = text.width(title);
                double x = m.x1 + f.sizes.labelGap() + tw <= limit ? m.x1 + f.sizes.labelGap() : Math.max(2, m.x0 - f.sizes.labelGap() - tw);
                String shown = x + tw <= limit ? title : text.fit(title, limit - x);
                f.plates.add(new Plate(selected, lane, shown, x, m.y, text.width(shown)));
                return;
            }
        }
    }

    private static double[] extent(LayoutInput in, MarkSizes sizes, int e, boolean bar) {
        TimeIndex index = in.index();
        if (bar) {
            return new double[] {in.xOf(index.startEarliest(e)), in.xOf(index.endLatest(e))};
        }
        double c = in.momentX(e);
        return new double[] {c - sizes.markWidth() / 2, c + sizes.markWidth() / 2};
    }
}
