package org.summittimeline.ui.timeline.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;
import org.summittimeline.model.Era;
import org.summittimeline.query.TimeIndex;
import org.summittimeline.ui.timeline.layout.LayoutFrame.LabelDraft;
import org.summittimeline.ui.timeline.layout.LayoutFrame.Row;

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
    /**
     * The anchor note's line of text, and below it the room its bracket and ticks take, which the text never enters;
     * both grow with the type. At 13 a line of the note's 12 pixels (14 high with its descenders) had reached the
     * bracket, which at larger type read as drawn through the note's words.
     */
    public static final double ANCHOR_TEXT = 15;
    public static final double ANCHOR_BRACKET = 6;
    public static final double ANCHOR_STRIP = ANCHOR_TEXT + ANCHOR_BRACKET;
    public static final double MARK_WIDTH = 10;
    /** A span shorter than this many pixels is drawn as a moment. */
    public static final double MIN_BAR = 8;
    /** From a mark to its title: far enough that the selection outline never covers the first letter. */
    public static final double LABEL_GAP = 9;
    public static final double INSIDE_PAD = 6;
    /** Titles keep this far from the right edge, where the lane area's scroll bar stands. */
    public static final double RIGHT_MARGIN = 12;
    static final double MARK_GAP = 2;
    /** Between one title and the next mark or title of its row, so that two titles never read as one. */
    static final double SPACING = 14;
    static final double MIN_LABEL = 36;
    static final double BIN = 18;

    private final TextMeasure text;
    /** How much larger than designed the reader's type is: rows, strips and lanes grow with the titles in them. */
    private RowMetrics metrics;
    /** The marks and their gaps, grown with the type as the rows are. */
    private MarkSizes sizes = MarkSizes.DESIGNED;
    private final LanePacker packer;
    private final SelectionPlates plates;
    private final ClusterCounts counts = new ClusterCounts();

    public LayoutEngine(TextMeasure text) {
        this.text = text;
        this.metrics = new RowMetrics(1, text.lineHeight());
        this.packer = new LanePacker(text);
        this.plates = new SelectionPlates(text);
    }

    /**
     * Lays out for type {@code scale} times its designed size (the reader's text size): a row, the anchor note's
     * strip, a collapsed lane and a lane's stretch limit grow with it, so that larger titles never overlap the
     * next row. The text measure given at construction must measure in the same type.
     */
    public void setTextScale(double scale) {
        metrics = new RowMetrics(Math.max(0.5, Math.min(4, scale)), text.lineHeight());
        sizes = MarkSizes.at(scale);
    }

    /** The marks' sizes and the gaps round them at the current type size. */
    public MarkSizes markSizes() {
        return sizes;
    }

    public double textScale() {
        return metrics.scale();
    }

    /** The height of one row of marks and titles at the current type size. */
    public double rowHeight() {
        return metrics.rowHeight();
    }

    /**
     * Takes the cluster counts made while the file was opened, for the layouts of its lanes with every event shown
     * (those with {@code shown} null), instead of counting them on the UI thread at the first zoomed-out frame.
     */
    public void adopt(PreparedLayout prepared) {
        counts.adopt(prepared);
    }

    /**
     * Which marks of {@code layout} (laid out from {@code in}) stand for at least one event that {@code matches}: for
     * a cluster any of its events, not its first alone (on a dense file a search lit two discs of the hundreds that
     * held matches). A zoomed-out layout's clusters are looked up in counts of the matching events per lane and
     * bucket, made once per {@code matches} (keep one predicate per search result), as the shown events' are.
     */
    public boolean[] matching(LayoutInput in, TimelineLayout layout, IntPredicate matches) {
        return counts.matching(in, layout, matches, layout.sizes().bin());
    }

    /** The cluster counts the last zoomed-out layout read, for the tests of who made them. */
    ClusterBins binsInUse() {
        return counts.shownBins();
    }

    public TimelineLayout layout(LayoutInput in) {
        int laneCount = in.lanes().size();
        double strip = in.anchorText() != null && !Double.isNaN(in.anchorTime()) && in.selected() >= 0
                ? metrics.anchorStrip() : 0;
        // The lanes' rows are packed in the whole height, the relative time's strip or not, so that none moves to
        // another row as it opens; the lanes are stacked below it, squeezing their padding before they scroll under
        // it (LaneStack), and scroll under it only as far as they must (SelectionReveal).
        double height = Math.max(0, in.height());
        double row = metrics.rowHeight();
        int cap = Math.max(2, (int) Math.floor((height - LANE_PADDING) / row));
        boolean[] collapsed = new boolean[laneCount];
        for (int l = 0; l < laneCount; l++) {
            collapsed[l] = in.collapsed().contains(in.lanes().get(l).id());
        }
        LayoutFrame frame = new LayoutFrame(in, sizes, cap, collapsed);
        long from = (long) Math.floor(in.start());
        long to = (long) Math.ceil(in.end());
        boolean binned = in.index().entriesIn(from, to) > in.width() * 4;
        if (binned) {
            placeBinned(frame);
        } else {
            placeEach(frame, from, to);
        }
        // A timeline with relative times keeps the strip's room whether its note shows or not: at 1920×1080 choosing
        // the protester had pushed every lane 19 px down, and at 1280×720, where the lanes squeeze their padding
        // under the strip, 17 px; the reader's next click, aimed where a title had been, landed on empty ground.
        // Only while every lane fits below it, its padding squeezed: with a second axis at 1280×720 the kept room had
        // pushed the last lane half out of sight, for a note that shows only while a relative time is chosen.
        if (strip == 0 && in.stripKept() && LaneStack.fitsBelow(frame, height, metrics, metrics.anchorStrip())) {
            strip = metrics.anchorStrip();
        }
        List<PlacedLane> lanes = LaneStack.stack(frame, height, metrics, strip);
        int selected = in.selected();
        if (selected >= 0 && in.isShown(selected)) {
            // Folded lanes are strips of ticks without titles: the selected event's title stands in its open lanes,
            // or, with all of them folded, once, in the first. By actor, the talks' title had stood in ten strips.
            int[] of = in.lanes().of(selected);
            boolean anyOpen = false;
            int first = Integer.MAX_VALUE;
            for (int lane : of) {
                anyOpen |= !collapsed[lane];
                first = Math.min(first, lane);
            }
            for (int lane : of) {
                if (collapsed[lane] && (anyOpen || lane != first)) {
                    continue;
                }
                if (binned && !collapsed[lane]) {
                    plates.plateBinnedSelection(frame, lane, selected);
                } else {
                    plates.plateSelection(frame, lane, selected);
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
                lanes.isEmpty() ? 0 : lanes.get(lanes.size() - 1).bottom(), binned, cap, row, sizes);
    }

    /**
     * The eras' bands in this frame's visible window (eras are listed by start, as the timeline keeps them):
     * their pixel ranges in the lane area and a title row for each band that overlaps another.
     */
    public List<PlacedEra> eras(List<Era> eras, LayoutInput in) {
        return EraBands.place(eras, in.start(), in.secondsPerPixel(), in.width());
    }

    /** How many rows the eras' titles need above the lanes: 0 without eras, 2 when two eras overlap in time. */
    public int eraRows(List<Era> eras) {
        return EraBands.rows(eras);
    }

    /**
     * The view (start, seconds per pixel) a click on this cluster zooms to so that its events come apart, or null
     * when no zoom parts them (they stand at the same moment): then the reader is offered a list instead.
     */
    public double[] splitView(LayoutInput in, PlacedMark cluster) {
        if (cluster.binned) {
            ClusterBins bins = counts.shownBins();
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
        double[] candidates = {gap / (sizes.markWidth() + sizes.markGap() + 2), Math.max(1, cluster.to - cluster.from) * 1.2 / in.width()};
        for (double candidate : candidates) {
            double spp = Math.max(TimeViewport.MIN_SECONDS_PER_PIXEL, Math.min(candidates[1], candidate));
            // Every member stays in view: zoomed to the closest two of a burst that came in bursts of its own, the
            // view's middle fell between them, and a cluster of 36 "parted" into a lane with none of them in sight.
            if (spp >= in.secondsPerPixel() || spp * in.width() < cluster.to - cluster.from) {
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
            if (in.isShown(i) && i != cluster.pulled && in.index().startEarliest(i) >= cluster.from
                    && Arrays.stream(in.lanes().of(i)).anyMatch(l -> l == cluster.lane)) {
                found.add(i);
            }
        });
        return found.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Where a click on the event's mark lands in time: a span's start, a moment's middle. */
    static long markTime(TimeIndex index, int i, boolean bar) {
        return bar ? index.startEarliest(i) : (index.startEarliest(i) + index.startLatest(i)) / 2;
    }


    private void placeEach(LayoutFrame f, long from, long to) {
        LayoutInput in = f.in;
        TimeIndex index = in.index();
        LanePacker.Visible[] visible = new LanePacker.Visible[f.collapsed.length];
        for (int l = 0; l < visible.length; l++) {
            visible[l] = new LanePacker.Visible();
        }
        index.visit(from, to, i -> {
            if (!in.isShown(i)) {
                return;
            }
            double xs = in.xOf(index.startEarliest(i));
            double xe = in.xOf(index.endLatest(i));
            boolean bar = index.isRange(i) && xe - xs >= MIN_BAR;
            double x0 = bar ? xs : in.momentX(i) - sizes.markWidth() / 2;
            double x1 = bar ? xe : x0 + sizes.markWidth();
            if (x1 < 0 || x0 > in.width()) {
                return;
            }
            for (int lane : in.lanes().of(i)) {
                visible[lane].add(i, x0, x1, bar);
            }
        });
        packer.packLanes(f, visible, metrics);
    }

    /**
     * When far more events are visible than there are pixels, placing them one by one is wasted work: each lane
     * is cut into columns a cluster wide, and every non-empty column becomes one counted cluster.
     */
    private void placeBinned(LayoutFrame f) {
        LayoutInput in = f.in;
        TimeIndex index = in.index();
        double bin = f.sizes.bin();
        int columns = (int) Math.ceil(in.width() / bin) + 1;
        double columnSeconds = bin * in.secondsPerPixel();
        double start = in.start();
        ClusterBins.Cells cells = counts.shownCells(in, columns, columnSeconds);
        int selected = in.selected();
        int selectedColumn = -1;
        if (selected >= 0 && in.isShown(selected) && index.endLatest(selected) >= Math.floor(start)
                && index.startEarliest(selected) <= Math.ceil(in.end())) {
            selectedColumn = ClusterBins.columnOf(index.startEarliest(selected), start, columnSeconds, columns);
        }
        for (int lane = 0; lane < in.lanes().size(); lane++) {
            int thisLane = lane;
            boolean holdsSelected = selectedColumn >= 0 && Arrays.stream(in.lanes().of(selected)).anyMatch(l -> l == thisLane);
            boolean pulled = false;
            for (int col = 0; col < columns; col++) {
                int count = cells.count[lane][col];
                if (count == 0) {
                    continue;
                }
                int first = cells.firstEvent[lane][col];
                long columnEnd = col == columns - 1 ? (long) Math.ceil(in.end())
                        : ClusterBins.firstSecondOf(col + 1, start, columnSeconds, columns) - 1;
                PlacedMark m;
                if (count == 1 && !f.collapsed[lane] && drawnAlone(in, first)) {
                    // Alone in its column, an event is drawn as itself (its diamond or ring, which a click selects)
                    // at its own time within the column, not as a disc that says "1".
                    m = aloneInColumn(in, f.sizes, lane, col, first);
                } else {
                    // Until clicked, "to" is the column's last second; a click looks up the latest end of its events.
                    m = new PlacedMark(lane, 0, col * bin, col * bin + bin - 2,
                            f.collapsed[lane] ? PlacedMark.Shape.TICK : PlacedMark.Shape.CLUSTER, first,
                            index.startEarliest(first), columnEnd);
                    m.count = count;
                    m.binned = true;
                }
                boolean holder = holdsSelected && col == selectedColumn;
                f.marks.add(m);
                if (holder && m.binned && !f.collapsed[lane] && count > 1) {
                    plates.pullOut(f, m, selected, col, columnEnd);
                    pulled = true;
                } else {
                    m.holdsSelection = holder;
                }
            }
            if (!f.collapsed[lane] && cells.count[lane].length > 0) {
                f.rows.get(lane).add(new Row(false, 0));
            }
            if (pulled) {
                f.rows.get(lane).add(new Row(false, 1));
            }
        }
    }

    /**
     * An event alone in its column, as its own moment's mark at its own time, kept within the column and a mark's
     * gap clear of the discs either side: at the column's edge the diamond, wider than the mark it stands for, had
     * touched the next column's disc (at 250 % a row of them read as one shape).
     */
    static PlacedMark aloneInColumn(LayoutInput in, MarkSizes sizes, int lane, int col, int event) {
        double bin = sizes.bin();
        double half = sizes.markWidth() / 2;
        double centre = Math.max(col * bin + half + sizes.markGap(), Math.min(col * bin + bin - 2 - half
                - sizes.markGap(), in.momentX(event)));
        long at = markTime(in.index(), event, false);
        return new PlacedMark(lane, 0, centre - half, centre + half, PlacedMark.Shape.POINT, event, at, at);
    }

    /**
     * Whether an event alone in its column of a zoomed-out frame can be drawn as its own moment's mark there: not
     * when it began before the view (the first column holds it, far from its start), nor when it is a span long
     * enough for a bar, which a mark one column wide would misstate.
     */
    static boolean drawnAlone(LayoutInput in, int event) {
        TimeIndex index = in.index();
        return index.startEarliest(event) >= Math.floor(in.start())
                && !(index.isRange(event) && in.xOf(index.endLatest(event)) - in.xOf(index.startEarliest(event)) >= MIN_BAR);
    }

    /** The relative time's note: in its own strip, starting just right of the leftmost of its two ends. */
    private AnchorNote anchorNote(LayoutInput in) {
        if (in.anchorText() == null || Double.isNaN(in.anchorTime()) || in.selected() < 0) {
            return null;
        }
        TimeIndex index = in.index();
        double ax = in.xOf(in.anchorTime());
        double sx = in.momentX(in.selected());
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
