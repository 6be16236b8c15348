package org.summittimeline.ui.timeline.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import org.summittimeline.query.TimeIndex;

/**
 * Decides where every mark and label of a frame goes, without a toolkit: rows within lanes, clusters, labels,
 * the selection's plate and the anchor note. The skin draws what it returns.
 *
 * <p>Each lane is packed on its own, its visible events in the order of their marks' left edges. An event takes
 * the first row where its mark and its whole title fit (inside its bar, right of it, or left of it); a lane
 * opens rows as it needs them, up to as many as the lane area's height holds. Spans and moments never share a
 * row, so a moment never merges into a bar. Only when every row is full does a title get cut (by the next mark
 * of its row), and only when a mark overlaps the last mark of every row, in pixels, do they merge into a
 * cluster. Far zoomed out, where there are several events per pixel, each lane is counted per column instead.
 */
public final class LayoutEngine {
    public static final double ROW_HEIGHT = 20;
    public static final double LANE_PADDING = 6;
    public static final double MIN_LANE_HEIGHT = ROW_HEIGHT + LANE_PADDING;
    /** Lanes grow to fill spare height, but no taller than this: a lonely lane would look empty. */
    public static final double STRETCH_LIMIT = 96;
    public static final double COLLAPSED_HEIGHT = 22;
    public static final double ANCHOR_STRIP = 18;
    public static final double MARK_WIDTH = 10;
    /** A span shorter than this many pixels is drawn as a moment. */
    public static final double MIN_BAR = 8;
    /** From a mark to its title: far enough that the selection outline never covers the first letter. */
    public static final double LABEL_GAP = 9;
    public static final double INSIDE_PAD = 6;
    /** Titles keep this far from the right edge, where the lane area's scroll bar stands. */
    public static final double RIGHT_MARGIN = 12;
    static final double MARK_GAP = 2;
    static final double SPACING = 8;
    static final double MIN_LABEL = 36;
    static final double BIN = 18;

    private final TextMeasure text;
    private ClusterBins bins;
    private TimeIndex binsIndex;
    private Lanes binsLanes;
    private IntPredicate binsShown;

    public LayoutEngine(TextMeasure text) {
        this.text = text;
    }

    public TimelineLayout layout(LayoutInput in) {
        int laneCount = in.lanes().size();
        double strip = in.anchorText() != null && !Double.isNaN(in.anchorTime()) && in.selected() >= 0
                ? ANCHOR_STRIP : 0;
        double visible = Math.max(0, in.height() - strip);
        int cap = Math.max(2, (int) Math.floor((visible - LANE_PADDING) / ROW_HEIGHT));
        boolean[] collapsed = new boolean[laneCount];
        for (int l = 0; l < laneCount; l++) {
            collapsed[l] = in.collapsed().contains(in.lanes().get(l).id());
        }
        Frame frame = new Frame(in, cap, collapsed);
        long from = (long) Math.floor(in.start());
        long to = (long) Math.ceil(in.end());
        boolean binned = in.index().entriesIn(from, to) > in.width() * 4;
        if (binned) {
            placeBinned(frame);
        } else {
            placeEach(frame, from, to);
        }
        List<PlacedLane> lanes = stackLanes(frame, visible);
        int selected = in.selected();
        if (selected >= 0 && in.isShown(selected)) {
            for (int lane : in.lanes().of(selected)) {
                if (!collapsed[lane]) {
                    if (binned) {
                        plateBinnedSelection(frame, lane, selected);
                    } else {
                        plateSelection(frame, lane, selected);
                    }
                }
            }
        }
        List<PlacedLabel> labels = new ArrayList<>();
        for (LabelDraft d : frame.labels) {
            if (!d.removed) {
                PlacedMark m = d.mark;
                labels.add(new PlacedLabel(m.event, m.lane, d.text, d.whole, d.x, m.y, d.width, d.side));
            }
        }
        return new TimelineLayout(lanes, frame.marks, labels, frame.plates, anchorNote(in), strip,
                lanes.isEmpty() ? 0 : lanes.get(lanes.size() - 1).bottom(), binned, cap);
    }

    /**
     * The view (start, seconds per pixel) a click on this cluster zooms to so that its events come apart, or null
     * when no zoom parts them (they stand at the same moment): then the reader is offered a list instead.
     */
    public double[] splitView(LayoutInput in, PlacedMark cluster) {
        if (cluster.binned) {
            long to = bins == null ? cluster.to : bins.lastEnd(cluster.lane, cluster.from, cluster.to);
            double spp = Math.max(TimeViewport.MIN_SECONDS_PER_PIXEL, Math.max(60, to - cluster.from) * 1.2 / in.width());
            return new double[] {(cluster.from + to) / 2.0 - in.width() * spp / 2, spp};
        }
        int[] members = cluster.members();
        long[] times = new long[members.length];
        for (int k = 0; k < members.length; k++) {
            times[k] = markTime(in.index(), members[k], cluster.bar);
        }
        Arrays.sort(times);
        long gap = Long.MAX_VALUE;
        for (int k = 1; k < times.length; k++) {
            if (times[k] > times[k - 1]) {
                gap = Math.min(gap, times[k] - times[k - 1]);
            }
        }
        if (gap == Long.MAX_VALUE) {
            return null;
        }
        // First the zoom at which neighbouring marks stop touching; then the cluster's whole span across the view,
        // which frees rows when the cluster's events are spans that overlap in time.
        double centre = (cluster.from + cluster.to) / 2.0;
        double[] candidates = {gap / (MARK_WIDTH + MARK_GAP + 2), Math.max(1, cluster.to - cluster.from) * 1.2 / in.width()};
        for (double candidate : candidates) {
            double spp = Math.max(TimeViewport.MIN_SECONDS_PER_PIXEL, Math.min(candidates[1], candidate));
            if (spp >= in.secondsPerPixel()) {
                continue;
            }
            double start = centre - in.width() * spp / 2;
            if (parts(layout(in.withView(start, spp)), cluster, members)) {
                return new double[] {start, spp};
            }
        }
        return null;
    }

    private static boolean parts(TimelineLayout after, PlacedMark cluster, int[] members) {
        for (PlacedMark m : after.marks()) {
            if (m.lane == cluster.lane && m.isCluster() && Arrays.stream(members).allMatch(m::contains)) {
                return false;
            }
        }
        return true;
    }

    /** The events of a cluster; a binned cluster's are looked up in the index now (its marks only counted them). */
    public int[] membersOf(LayoutInput in, PlacedMark cluster) {
        if (!cluster.binned) {
            return cluster.members();
        }
        List<Integer> found = new ArrayList<>();
        in.index().visit(cluster.from, cluster.to, i -> {
            if (in.isShown(i) && in.index().startEarliest(i) >= cluster.from
                    && Arrays.stream(in.lanes().of(i)).anyMatch(l -> l == cluster.lane)) {
                found.add(i);
            }
        });
        return found.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Where a click on the event's mark lands in time: a span's start, a moment's middle. */
    private static long markTime(TimeIndex index, int i, boolean bar) {
        return bar ? index.startEarliest(i) : (index.startEarliest(i) + index.startLatest(i)) / 2;
    }

    // One frame's work

    /** What one frame of layout gathers: the marks and labels so far, each lane's rows. */
    private static final class Frame {
        final LayoutInput in;
        final int cap;
        final boolean[] collapsed;
        final List<PlacedMark> marks = new ArrayList<>();
        final List<LabelDraft> labels = new ArrayList<>();
        final List<Plate> plates = new ArrayList<>();
        final List<List<Row>> rows = new ArrayList<>();

        Frame(LayoutInput in, int cap, boolean[] collapsed) {
            this.in = in;
            this.cap = cap;
            this.collapsed = collapsed;
            for (int l = 0; l < collapsed.length; l++) {
                rows.add(new ArrayList<>());
            }
        }
    }

    /** A row of a lane while it is packed: how far it is taken, and its last mark and label (which may be cut). */
    private static final class Row {
        final boolean bar;
        double end = Double.NEGATIVE_INFINITY;
        double markEnd = Double.NEGATIVE_INFINITY;
        PlacedMark last;
        LabelDraft label;
        /** The order in which the lane opened it; rows of spans are stacked above rows of moments at the end. */
        final int opened;

        Row(boolean bar, int opened) {
            this.bar = bar;
            this.opened = opened;
        }
    }

    private static final class LabelDraft {
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

    /** The visible events of one lane: their marks' extents, gathered in start order and sorted by left edge. */
    private static final class Visible {
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

    private void placeEach(Frame f, long from, long to) {
        LayoutInput in = f.in;
        TimeIndex index = in.index();
        Visible[] visible = new Visible[f.collapsed.length];
        for (int l = 0; l < visible.length; l++) {
            visible[l] = new Visible();
        }
        index.visit(from, to, i -> {
            if (!in.isShown(i)) {
                return;
            }
            double xs = in.xOf(index.startEarliest(i));
            double xe = in.xOf(index.endLatest(i));
            boolean bar = index.isRange(i) && xe - xs >= MIN_BAR;
            double x0 = bar ? xs : (xs + in.xOf(index.startLatest(i))) / 2 - MARK_WIDTH / 2;
            double x1 = bar ? xe : x0 + MARK_WIDTH;
            if (x1 < 0 || x0 > in.width()) {
                return;
            }
            for (int lane : in.lanes().of(i)) {
                visible[lane].add(i, x0, x1, bar);
            }
        });
        for (int lane = 0; lane < visible.length; lane++) {
            Visible v = visible[lane];
            if (f.collapsed[lane]) {
                for (int k = 0; k < v.n; k++) {
                    f.marks.add(new PlacedMark(lane, 0, v.x0[k], v.x1[k], PlacedMark.Shape.TICK, v.event[k], 0, 0));
                }
                continue;
            }
            for (int k : v.order()) {
                place(f, lane, v, v.event[k], v.x0[k], v.x1[k], v.bar[k]);
            }
        }
    }

    private void place(Frame f, int lane, Visible v, int e, double x0, double x1, boolean bar) {
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
            insideX = Math.max(solidFrom, 0) + INSIDE_PAD;
            insideRoom = Math.min(solidTo, limit) - INSIDE_PAD - insideX;
        }
        double rightX = x1 + LABEL_GAP;
        double leftX = x0 - LABEL_GAP - tw;
        boolean insideWhole = bar && insideRoom >= tw;
        boolean rightWhole = rightX + tw <= limit;
        boolean leftWhole = leftX >= 2;
        if (insideWhole || rightWhole) {
            for (Row r : rows) {
                if (r.bar == bar && x0 >= r.end + SPACING) {
                    put(f, r, lane, e, x0, x1, bar, title, insideWhole ? PlacedLabel.Side.INSIDE : PlacedLabel.Side.RIGHT,
                            insideWhole ? insideX : rightX, tw, true);
                    return;
                }
            }
        }
        if (leftWhole) {
            for (Row r : rows) {
                if (r.bar == bar && leftX >= r.end + SPACING) {
                    put(f, r, lane, e, x0, x1, bar, title, PlacedLabel.Side.LEFT, leftX, tw, true);
                    return;
                }
            }
        }
        Row row = null;
        if (mayOpen(f, rows, bar, v)) {
            row = new Row(bar, rows.size());
            rows.add(row);
            if (insideWhole || rightWhole || leftWhole) {
                PlacedLabel.Side side = insideWhole ? PlacedLabel.Side.INSIDE
                        : rightWhole ? PlacedLabel.Side.RIGHT : PlacedLabel.Side.LEFT;
                double x = side == PlacedLabel.Side.INSIDE ? insideX : side == PlacedLabel.Side.RIGHT ? rightX : leftX;
                put(f, row, lane, e, x0, x1, bar, title, side, x, tw, true);
                return;
            }
        } else {
            // Every row is open already: the mark goes where it overlaps no mark, cutting the title before it.
            for (Row r : rows) {
                if (r.bar == bar && x0 >= r.markEnd + MARK_GAP && (row == null || r.end < row.end)) {
                    row = r;
                }
            }
            if (row == null) {
                merge(f, rows, bar, e, x0, x1);
                return;
            }
            cutBefore(row, x0);
        }
        if (insideRoom >= MIN_LABEL) {
            String cut = text.fit(title, insideRoom);
            put(f, row, lane, e, x0, x1, bar, title, PlacedLabel.Side.INSIDE, insideX, text.width(cut), false, cut);
        } else if (limit - rightX >= MIN_LABEL) {
            String cut = text.fit(title, limit - rightX);
            put(f, row, lane, e, x0, x1, bar, title, PlacedLabel.Side.RIGHT, rightX, text.width(cut), false, cut);
        } else {
            put(f, row, lane, e, x0, x1, bar, title, null, 0, 0, false, null);
        }
    }

    /** A lane may open a row while it has fewer than the cap, keeping one for moments if it has moments but no row for them (and likewise for spans). */
    private static boolean mayOpen(Frame f, List<Row> rows, boolean bar, Visible v) {
        if (rows.size() >= f.cap) {
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
        return same < f.cap - (otherKindWaits ? 1 : 0);
    }

    private void put(Frame f, Row r, int lane, int e, double x0, double x1, boolean bar, String title,
                     PlacedLabel.Side side, double x, double width, boolean whole) {
        put(f, r, lane, e, x0, x1, bar, title, side, x, width, whole, title);
    }

    private void put(Frame f, Row r, int lane, int e, double x0, double x1, boolean bar, String title,
                     PlacedLabel.Side side, double x, double width, boolean whole, String shown) {
        TimeIndex index = f.in.index();
        PlacedMark m = new PlacedMark(lane, r.opened, x0, x1, bar ? PlacedMark.Shape.BAR : PlacedMark.Shape.POINT, e,
                markTime(index, e, bar), bar ? index.endLatest(e) : markTime(index, e, false));
        f.marks.add(m);
        r.last = m;
        r.markEnd = x1;
        r.end = x1;
        r.label = null;
        if (side != null && shown != null && !shown.isEmpty()) {
            LabelDraft d = new LabelDraft(m, title, shown, whole, x, width, side);
            f.labels.add(d);
            r.label = d;
            r.end = Math.max(x1, d.right());
            if (side == PlacedLabel.Side.LEFT) {
                r.end = x1;
            }
        }
    }

    /** Cuts the row's last title so that it ends before x (less the spacing), or drops it when too little is left. */
    private void cutBefore(Row r, double x) {
        LabelDraft d = r.label;
        if (d != null && d.side == PlacedLabel.Side.RIGHT && d.right() > x - SPACING) {
            double room = x - SPACING - d.x;
            String cut = room >= MIN_LABEL ? text.fit(d.title, room) : "";
            if (cut.isEmpty()) {
                d.removed = true;
                r.label = null;
            } else {
                d.text = cut;
                d.width = text.width(cut);
                d.whole = false;
            }
        }
        r.end = r.label == null || r.label.side != PlacedLabel.Side.RIGHT ? r.markEnd : Math.max(r.markEnd, r.label.right());
    }

    /** The mark overlaps the last mark of every row of its kind: it joins the one that overlaps least. */
    private static void merge(Frame f, List<Row> rows, boolean bar, int e, double x0, double x1) {
        Row into = null;
        for (Row r : rows) {
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
        m.from = Math.min(m.from, markTime(index, e, bar));
        m.to = Math.max(m.to, bar ? index.endLatest(e) : markTime(index, e, false));
        into.markEnd = Math.max(into.markEnd, m.x1);
        into.end = into.markEnd;
    }

    /**
     * The selected event gets its own mark (taken out of a cluster if it was in one) and its whole title on a
     * plate, right of the mark where it fits, else left, else as near as the view allows; the titles the plate
     * covers are left out.
     */
    private void plateSelection(Frame f, int lane, int selected) {
        PlacedMark holder = null;
        for (PlacedMark m : f.marks) {
            if (m.lane == lane && m.shape != PlacedMark.Shape.TICK && m.contains(selected)) {
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
                double[] extent = extent(in, rest, holder.bar);
                holder.x0 = extent[0];
                holder.x1 = extent[1];
            }
            double[] extent = extent(in, selected, holder.bar);
            own = new PlacedMark(lane, holder.row, extent[0], extent[1],
                    holder.bar ? PlacedMark.Shape.BAR : PlacedMark.Shape.POINT, selected,
                    markTime(index, selected, holder.bar), holder.bar ? index.endLatest(selected) : markTime(index, selected, false));
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
        if (label != null && label.whole) {
            x = label.x;
        } else if (own.x1 + LABEL_GAP + tw <= limit) {
            x = own.x1 + LABEL_GAP;
        } else if (own.x0 - LABEL_GAP - tw >= 2) {
            x = own.x0 - LABEL_GAP - tw;
        } else if (tw <= limit - 2) {
            x = Math.max(2, Math.min(own.x1 + LABEL_GAP, limit - tw));
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

    /** Zoomed far out the selection stands in a counted column: its title goes on a plate beside that column. */
    private void plateBinnedSelection(Frame f, int lane, int selected) {
        for (PlacedMark m : f.marks) {
            if (m.lane == lane && m.holdsSelection) {
                String title = f.in.index().event(selected).title();
                double limit = f.in.width() - RIGHT_MARGIN;
                double tw = text.width(title);
                double x = m.x1 + LABEL_GAP + tw <= limit ? m.x1 + LABEL_GAP : Math.max(2, m.x0 - LABEL_GAP - tw);
                String shown = x + tw <= limit ? title : text.fit(title, limit - x);
                f.plates.add(new Plate(selected, lane, shown, x, m.y, text.width(shown)));
                return;
            }
        }
    }

    private static double[] extent(LayoutInput in, int e, boolean bar) {
        TimeIndex index = in.index();
        if (bar) {
            return new double[] {in.xOf(index.startEarliest(e)), in.xOf(index.endLatest(e))};
        }
        double c = (in.xOf(index.startEarliest(e)) + in.xOf(index.startLatest(e))) / 2;
        return new double[] {c - MARK_WIDTH / 2, c + MARK_WIDTH / 2};
    }

    /**
     * When far more events are visible than there are pixels, placing them one by one is wasted work: each lane
     * is cut into columns a cluster wide, and every non-empty column becomes one counted cluster.
     */
    private void placeBinned(Frame f) {
        LayoutInput in = f.in;
        TimeIndex index = in.index();
        int columns = (int) Math.ceil(in.width() / BIN) + 1;
        double columnSeconds = BIN * in.secondsPerPixel();
        if (bins == null || binsIndex != index || binsLanes != in.lanes() || binsShown != in.shown()) {
            bins = new ClusterBins(index, in.lanes().byEvent(), in.lanes().size(), in.shown());
            binsIndex = index;
            binsLanes = in.lanes();
            binsShown = in.shown();
        }
        double start = in.start();
        ClusterBins.Cells cells = bins.worthwhileFor(columnSeconds)
                ? bins.fill(start, in.end(), columnSeconds, columns)
                : bins.fillByVisiting(start, in.end(), columnSeconds, columns);
        int selected = in.selected();
        int selectedColumn = -1;
        if (selected >= 0 && in.isShown(selected) && index.endLatest(selected) >= Math.floor(start)
                && index.startEarliest(selected) <= Math.ceil(in.end())) {
            selectedColumn = ClusterBins.columnOf(index.startEarliest(selected), start, columnSeconds, columns);
        }
        for (int lane = 0; lane < in.lanes().size(); lane++) {
            int thisLane = lane;
            boolean holdsSelected = selectedColumn >= 0 && Arrays.stream(in.lanes().of(selected)).anyMatch(l -> l == thisLane);
            for (int col = 0; col < columns; col++) {
                int count = cells.count[lane][col];
                if (count == 0) {
                    continue;
                }
                int first = cells.firstEvent[lane][col];
                long columnEnd = col == columns - 1 ? (long) Math.ceil(in.end())
                        : ClusterBins.firstSecondOf(col + 1, start, columnSeconds, columns) - 1;
                // Until clicked, "to" is the column's last second; a click looks up the latest end of its events.
                PlacedMark m = new PlacedMark(lane, 0, col * BIN, col * BIN + BIN - 2,
                        f.collapsed[lane] ? PlacedMark.Shape.TICK : PlacedMark.Shape.CLUSTER, first,
                        index.startEarliest(first), columnEnd);
                m.count = count;
                m.binned = true;
                m.holdsSelection = holdsSelected && col == selectedColumn;
                f.marks.add(m);
            }
            if (!f.collapsed[lane] && cells.count[lane].length > 0) {
                f.rows.get(lane).add(new Row(false, 0));
            }
        }
    }

    /**
     * Gives each lane its height (the rows it uses, at least the minimum; collapsed lanes a thin strip), lets
     * lanes grow into spare height up to a limit, stacks them, and puts each mark on its row's centre line:
     * rows of spans above rows of moments, each kind in the order the lane opened them.
     */
    private static List<PlacedLane> stackLanes(Frame f, double visible) {
        int n = f.collapsed.length;
        double[] heights = new double[n];
        double sum = 0;
        int open = 0;
        for (int l = 0; l < n; l++) {
            int rows = f.rows.get(l).size();
            heights[l] = f.collapsed[l] ? COLLAPSED_HEIGHT : Math.max(MIN_LANE_HEIGHT, rows * ROW_HEIGHT + LANE_PADDING);
            sum += heights[l];
            open += f.collapsed[l] ? 0 : 1;
        }
        // Spare height is shared out among the lanes still under the limit, again while any is left.
        double spare = visible - sum;
        for (int pass = 0; pass < n && spare > 0.5 && open > 0; pass++) {
            double share = spare / open;
            open = 0;
            for (int l = 0; l < n; l++) {
                if (!f.collapsed[l] && heights[l] < STRETCH_LIMIT) {
                    double grow = Math.min(share, STRETCH_LIMIT - heights[l]);
                    heights[l] += grow;
                    spare -= grow;
                    open += heights[l] < STRETCH_LIMIT ? 1 : 0;
                }
            }
        }
        List<PlacedLane> lanes = new ArrayList<>(n);
        int[][] finalRow = new int[n][];
        double top = 0;
        for (int l = 0; l < n; l++) {
            List<Row> rows = f.rows.get(l);
            finalRow[l] = new int[rows.size()];
            int next = 0;
            for (Row r : rows) {
                if (r.bar) {
                    finalRow[l][r.opened] = next++;
                }
            }
            for (Row r : rows) {
                if (!r.bar) {
                    finalRow[l][r.opened] = next++;
                }
            }
            lanes.add(new PlacedLane(l, f.in.lanes().get(l), top, heights[l], rows.size(), f.collapsed[l]));
            top += heights[l];
        }
        for (PlacedMark m : f.marks) {
            PlacedLane lane = lanes.get(m.lane);
            if (m.shape == PlacedMark.Shape.TICK) {
                m.y = lane.top() + lane.height() / 2;
                continue;
            }
            int rows = Math.max(1, lane.rows());
            m.row = m.row < finalRow[m.lane].length ? finalRow[m.lane][m.row] : 0;
            double offset = Math.max(0, (lane.height() - LANE_PADDING - rows * ROW_HEIGHT) / 2);
            m.y = lane.top() + LANE_PADDING / 2 + offset + m.row * ROW_HEIGHT + ROW_HEIGHT / 2;
        }
        return lanes;
    }

    /** The relative time's note: in its own strip, starting just right of the leftmost of its two ends. */
    private AnchorNote anchorNote(LayoutInput in) {
        if (in.anchorText() == null || Double.isNaN(in.anchorTime()) || in.selected() < 0) {
            return null;
        }
        TimeIndex index = in.index();
        double ax = in.xOf(in.anchorTime());
        double sx = in.xOf((index.startEarliest(in.selected()) + index.startLatest(in.selected())) / 2.0);
        double limit = in.width() - RIGHT_MARGIN;
        String shown = in.anchorText();
        double tw = text.width(shown);
        if (tw > limit - 2) {
            shown = text.fit(shown, limit - 2);
            tw = text.width(shown);
        }
        double x = Math.max(2, Math.min(Math.min(ax, sx) + 4, limit - tw));
        return new AnchorNote(ax, sx, shown, x, tw);
    }
}
