package org.summittimeline.ui.timeline.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.summittimeline.query.TimeIndex;

/**
 * What a reader must be able to rely on in any layout, written once so that the engine's unit tests and the
 * window's TestFX tests check the same things. Each method returns the violations it finds (empty when none),
 * so a failing test says what went wrong where.
 */
public final class LayoutChecks {
    private LayoutChecks() {
    }

    /**
     * The events whose mark is in view, per lane (those a reader expects to see), as the engine defines a mark at
     * the given sizes.
     */
    public static Map<Integer, List<Integer>> visibleByLane(LayoutInput in, MarkSizes sizes) {
        Map<Integer, List<Integer>> out = new HashMap<>();
        TimeIndex index = in.index();
        index.visit((long) Math.floor(in.start()), (long) Math.ceil(in.end()), i -> {
            if (!in.isShown(i)) {
                return;
            }
            double[] mark = markExtent(in, sizes, i);
            if (mark[1] >= 0 && mark[0] <= in.width()) {
                for (int lane : in.lanes().of(i)) {
                    if (!in.collapsed().contains(in.lanes().get(lane).id())) {
                        out.computeIfAbsent(lane, k -> new ArrayList<>()).add(i);
                    }
                }
            }
        });
        return out;
    }

    /**
     * Where event i's own mark is drawn in this view, {x0, x1}: a span's bar from its earliest start to its latest
     * end, else a moment's mark at the middle of its start (its fading band of uncertainty is not part of it).
     */
    static double[] markExtent(LayoutInput in, MarkSizes sizes, int i) {
        TimeIndex index = in.index();
        double xs = in.xOf(index.startEarliest(i));
        double xe = in.xOf(index.endLatest(i));
        if (index.isRange(i) && xe - xs >= LayoutEngine.MIN_BAR) {
            return new double[] {xs, xe};
        }
        double c = (xs + in.xOf(index.startLatest(i))) / 2;
        return new double[] {c - sizes.markWidth() / 2, c + sizes.markWidth() / 2};
    }

    /**
     * A cluster stands only where its events' drawn marks overlap in pixels: taken by left edge, each member's mark
     * begins less than the gap between marks after the marks before it end. Counted columns of the far zoomed-out
     * view are clusters by column, not by overlap, and are left out.
     */
    public static List<String> clustersOnlyWhereMarksOverlap(LayoutInput in, TimelineLayout layout) {
        List<String> problems = new ArrayList<>();
        for (PlacedMark m : layout.marks()) {
            if (!m.isCluster() || m.isBinned()) {
                continue;
            }
            if (m.count() < 2) {
                problems.add(m + " is a cluster of one");
                continue;
            }
            List<double[]> marks = new ArrayList<>();
            for (int e : m.members()) {
                double[] x = markExtent(in, layout.sizes(), e);
                marks.add(new double[] {x[0], x[1], e});
            }
            marks.sort((a, b) -> Double.compare(a[0], b[0]));
            double reach = marks.get(0)[1];
            for (double[] x : marks.subList(1, marks.size())) {
                if (x[0] >= reach + layout.sizes().markGap()) {
                    problems.add(m + ": the mark of " + (int) x[2] + " at " + Math.round(x[0]) + ".." + Math.round(x[1])
                            + " px stands apart from the marks before it, which end at " + Math.round(reach) + " px");
                }
                reach = Math.max(reach, x[1]);
            }
        }
        return problems;
    }

    /** Every visible event is drawn once in each of its lanes: as its own mark, or counted in one cluster. */
    public static List<String> everyEventAccountedFor(LayoutInput in, TimelineLayout layout) {
        List<String> problems = new ArrayList<>();
        Map<Integer, Map<Integer, Integer>> seen = new HashMap<>();
        for (PlacedMark m : layout.marks()) {
            if (m.shape() == PlacedMark.Shape.TICK) {
                continue;
            }
            for (int e : m.members()) {
                seen.computeIfAbsent(m.lane(), k -> new HashMap<>()).merge(e, 1, Integer::sum);
            }
        }
        visibleByLane(in, layout.sizes()).forEach((lane, events) -> {
            for (int e : events) {
                int times = seen.getOrDefault(lane, Map.of()).getOrDefault(e, 0);
                if (times != 1) {
                    problems.add("event " + e + " (" + in.index().event(e).id() + ") is drawn " + times
                            + " times in lane " + lane);
                }
            }
        });
        return problems;
    }

    /** No two titles (labels and plates) share pixels. */
    public static List<String> noLabelsOverlap(TimelineLayout layout) {
        List<String> problems = new ArrayList<>();
        List<double[]> boxes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (PlacedLabel l : layout.labels()) {
            boxes.add(new double[] {l.x(), l.right(), l.y()});
            names.add("label of " + l.event() + " \"" + l.text() + "\"");
        }
        for (Plate p : layout.plates()) {
            boxes.add(new double[] {p.left(), p.right(), p.y()});
            names.add("plate of " + p.event());
        }
        for (int a = 0; a < boxes.size(); a++) {
            for (int b = a + 1; b < boxes.size(); b++) {
                double[] p = boxes.get(a);
                double[] q = boxes.get(b);
                if (Math.abs(p[2] - q[2]) < layout.rowHeight() - 2 && p[0] < q[1] && q[0] < p[1]) {
                    problems.add(names.get(a) + " overlaps " + names.get(b));
                }
            }
        }
        return problems;
    }

    /** No title crosses a mark of another event (the selection's plate, drawn above everything, excepted). */
    public static List<String> noLabelCrossesAnotherMark(TimelineLayout layout) {
        List<String> problems = new ArrayList<>();
        for (PlacedLabel l : layout.labels()) {
            for (PlacedMark m : layout.marks()) {
                if (m.shape() == PlacedMark.Shape.TICK || m.lane() != l.lane() || Math.abs(m.y() - l.y()) >= 1
                        || (m.shape() != PlacedMark.Shape.CLUSTER && m.event() == l.event())) {
                    continue;
                }
                if (m.x0() < l.right() && l.x() < m.x1()) {
                    problems.add("label of " + l.event() + " \"" + l.text() + "\" crosses " + m);
                }
            }
        }
        return problems;
    }

    /** No title lies over the fading band of another event's uncertain moment in its row. */
    public static List<String> noLabelOverAnotherEventsBand(LayoutInput in, TimelineLayout layout) {
        List<String> problems = new ArrayList<>();
        TimeIndex index = in.index();
        for (PlacedLabel l : layout.labels()) {
            for (PlacedMark m : layout.marks()) {
                if (m.shape() != PlacedMark.Shape.POINT || m.lane() != l.lane() || Math.abs(m.y() - l.y()) >= 1
                        || m.event() == l.event()) {
                    continue;
                }
                double b0 = in.xOf(index.startEarliest(m.event()));
                double b1 = in.xOf(index.startLatest(m.event()));
                if (b1 - b0 >= 2 && b0 < l.right() && l.x() < b1) {
                    problems.add("label of " + l.event() + " \"" + l.text() + "\" lies over the band of " + m);
                }
            }
        }
        return problems;
    }

    /** Every visible event is in a cluster or shows its whole title (as a label or on the selection's plate). */
    public static List<String> everyEventInAClusterOrTitledWhole(LayoutInput in, TimelineLayout layout) {
        List<String> problems = new ArrayList<>();
        visibleByLane(in, layout.sizes()).forEach((lane, events) -> {
            for (int e : events) {
                boolean clustered = layout.marks().stream()
                        .anyMatch(m -> m.lane() == lane && m.isCluster() && m.contains(e));
                String title = in.index().event(e).title();
                boolean titled = layout.labels().stream()
                        .anyMatch(l -> l.lane() == lane && l.event() == e && l.whole() && l.text().equals(title))
                        || layout.plates().stream().anyMatch(p -> p.lane() == lane && p.event() == e
                        && p.text().equals(title));
                if (!clustered && !titled) {
                    problems.add("\"" + title + "\" (lane " + in.lanes().get(lane).label() + ") is neither clustered nor titled whole");
                }
            }
        });
        return problems;
    }

    /** A cluster never mixes spans with moments: spans are packed in rows of their own. */
    public static List<String> noMomentMergedIntoASpan(LayoutInput in, TimelineLayout layout) {
        List<String> problems = new ArrayList<>();
        TimeIndex index = in.index();
        for (PlacedMark m : layout.marks()) {
            if (!m.isCluster() || m.isBinned()) {
                continue;
            }
            long bars = java.util.Arrays.stream(m.members()).filter(i -> index.isRange(i)
                    && in.xOf(index.endLatest(i)) - in.xOf(index.startEarliest(i)) >= LayoutEngine.MIN_BAR).count();
            if (bars != 0 && bars != m.count()) {
                problems.add(m + " mixes " + bars + " spans with " + (m.count() - bars) + " moments");
            }
        }
        return problems;
    }

    /**
     * Every title, the selection's plate and the anchor note stay within the lane area's width: nothing is drawn
     * under the lane names or past the right edge.
     */
    public static List<String> titlesInView(LayoutInput in, TimelineLayout layout) {
        List<String> problems = new ArrayList<>();
        double width = in.width();
        for (PlacedLabel l : layout.labels()) {
            if (l.x() < 0 || l.right() > width) {
                problems.add("label of " + l.event() + " \"" + l.text() + "\" at " + Math.round(l.x()) + ".."
                        + Math.round(l.right()) + " px leaves the lane area (0.." + Math.round(width) + ")");
            }
        }
        for (Plate p : layout.plates()) {
            if (p.x() < 0 || p.x() + p.width() > width) {
                problems.add("plate of " + p.event() + " \"" + p.text() + "\" at " + Math.round(p.x()) + ".."
                        + Math.round(p.x() + p.width()) + " px leaves the lane area (0.." + Math.round(width) + ")");
            }
        }
        AnchorNote note = layout.anchor();
        if (note != null && (note.textX() < 0 || note.textX() + note.textWidth() > width)) {
            problems.add("anchor note \"" + note.text() + "\" at " + Math.round(note.textX()) + ".."
                    + Math.round(note.textX() + note.textWidth()) + " px leaves the lane area (0.." + Math.round(width) + ")");
        }
        return problems;
    }

    /** All of the above that hold for any layout. */
    public static List<String> invariants(LayoutInput in, TimelineLayout layout) {
        List<String> problems = new ArrayList<>();
        problems.addAll(everyEventAccountedFor(in, layout));
        problems.addAll(noLabelsOverlap(layout));
        problems.addAll(noLabelCrossesAnotherMark(layout));
        problems.addAll(noLabelOverAnotherEventsBand(in, layout));
        problems.addAll(noMomentMergedIntoASpan(in, layout));
        problems.addAll(clustersOnlyWhereMarksOverlap(in, layout));
        problems.addAll(titlesInView(in, layout));
        return problems;
    }
}
