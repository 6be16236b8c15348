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

    /** The events whose mark is in view, per lane (those a reader expects to see), as the engine defines a mark. */
    public static Map<Integer, List<Integer>> visibleByLane(LayoutInput in) {
        Map<Integer, List<Integer>> out = new HashMap<>();
        TimeIndex index = in.index();
        index.visit((long) Math.floor(in.start()), (long) Math.ceil(in.end()), i -> {
            if (!in.isShown(i)) {
                return;
            }
            double xs = in.xOf(index.startEarliest(i));
            double xe = in.xOf(index.endLatest(i));
            boolean bar = index.isRange(i) && xe - xs >= LayoutEngine.MIN_BAR;
            double c = (xs + in.xOf(index.startLatest(i))) / 2;
            double x0 = bar ? xs : c - LayoutEngine.MARK_WIDTH / 2;
            double x1 = bar ? xe : c + LayoutEngine.MARK_WIDTH / 2;
            if (x1 >= 0 && x0 <= in.width()) {
                for (int lane : in.lanes().of(i)) {
                    if (!in.collapsed().contains(in.lanes().get(lane).id())) {
                        out.computeIfAbsent(lane, k -> new ArrayList<>()).add(i);
                    }
                }
            }
        });
        return out;
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
        visibleByLane(in).forEach((lane, events) -> {
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
                if (Math.abs(p[2] - q[2]) < LayoutEngine.ROW_HEIGHT - 2 && p[0] < q[1] && q[0] < p[1]) {
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
        visibleByLane(in).forEach((lane, events) -> {
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

    /** All of the above that hold for any layout. */
    public static List<String> invariants(LayoutInput in, TimelineLayout layout) {
        List<String> problems = new ArrayList<>();
        problems.addAll(everyEventAccountedFor(in, layout));
        problems.addAll(noLabelsOverlap(layout));
        problems.addAll(noLabelCrossesAnotherMark(layout));
        problems.addAll(noLabelOverAnotherEventsBand(in, layout));
        problems.addAll(noMomentMergedIntoASpan(in, layout));
        return problems;
    }
}
