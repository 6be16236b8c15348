package org.summittimeline.ui.timeline;

import java.util.function.DoublePredicate;
import javafx.geometry.Orientation;
import javafx.scene.control.ScrollBar;
import org.summittimeline.ui.timeline.layout.LayoutEngine;
import org.summittimeline.ui.timeline.layout.PlacedLane;
import org.summittimeline.ui.timeline.layout.TimelineLayout;

/**
 * How far the lanes are scrolled down when they are taller than the lane area, and the bar beside them that
 * shows it. The value is kept within what there is to scroll to, in whole pixels so that marks stay crisp.
 */
final class LaneScroll {
    static final double BAR_WIDTH = 10;

    private final ScrollBar bar = new ScrollBar();
    private double value;

    /**
     * How far past the content's end a reveal has scrolled, so that the area's top edge stands at a row's top: at the
     * end the top edge had stood where the content's height put it, through a row (stepped to the bundled summit's
     * last event, half of "Putin lands, late" over Arrival's name). Gone once the reader scrolls back within the end.
     */
    private double overshoot;

    /** {@code moved} runs when the reader drags the bar. */
    LaneScroll(Runnable moved) {
        bar.setOrientation(Orientation.VERTICAL);
        bar.setId("lane-scroll");
        bar.setVisible(false);
        bar.valueProperty().addListener((obs, old, v) -> {
            if (Math.abs(v.doubleValue() - value) > 0.5) {
                value = v.doubleValue();
                moved.run();
            }
        });
    }

    ScrollBar bar() {
        return bar;
    }

    double value() {
        return value;
    }

    void reset() {
        value = 0;
        overshoot = 0;
    }

    /**
     * Scrolls to {@code pixels} down, held within the content at the next {@link #fit}: past its end as far as a
     * reveal had taken it (a reload puts back where the lanes were, a row's top past the end included).
     */
    void set(double pixels) {
        value = Math.max(0, pixels);
    }

    /** Scrolls by this many pixels, no further than {@code max}; false when it could not move. */
    boolean by(double pixels, double max) {
        double next = Math.max(0, Math.min(Math.max(max, max + overshoot), value + pixels));
        if (next == value) {
            return false;
        }
        value = next;
        return true;
    }

    /**
     * Moves on to the lane's or row's top nearest the value, up to a row ({@code row} pixels) past the content's end
     * ({@code max}), as a reveal may: scrolled by a height of its own (the note's strip opening), the area's top edge
     * had cut through a row, and held at the content's end it had stood there half a row down.
     */
    void toNearestStop(Stops stops, double max, double row) {
        double best = nearestStop(stops, stop -> stop >= 0 && stop < Math.max(max, 0) + row);
        if (!Double.isNaN(best)) {
            value = best;
            overshoot = Math.max(0, best - max);
        }
    }

    /**
     * Where the value stands through a row (the rows grew or shrank under it, with the type or the area), on to the
     * nearest lane's or row's top that keeps the band [y0, y1] in view, if one does: at 177 % a sliver of the row above
     * the selected lane had stood under the strip's edge.
     */
    void onToAStop(double y0, double y1, double area, Stops stops) {
        if (!Double.isNaN(nearestStop(stops, stop -> Math.abs(stop - value) < 0.5))) {
            return;
        }
        double best = nearestStop(stops, stop -> stop >= 0 && stop <= y0 + 0.5 && stop >= y1 - area - 0.5);
        if (!Double.isNaN(best)) {
            value = best;
        }
    }

    /** The lane's or row's top nearest the value among those {@code allowed}; NaN if none is. */
    private double nearestStop(Stops stops, DoublePredicate allowed) {
        double best = Double.NaN;
        for (double[] some : new double[][] {stops.lanes(), stops.rows()}) {
            for (double stop : some) {
                if (allowed.test(stop) && (Double.isNaN(best) || Math.abs(stop - value) < Math.abs(best - value))) {
                    best = stop;
                }
            }
        }
        return best;
    }

    /** Brings the band [y0, y1] into an area this high, moving as little as it takes, its top first. */
    void reveal(double y0, double y1, double area) {
        if (y0 < value) {
            value = y0;
        } else if (y1 > value + area) {
            value = Math.min(y0, y1 - area);
        }
    }

    /** Where the lanes begin, and where each of their rows begins: the places a reveal stops at. */
    record Stops(double[] lanes, double[] rows) {
    }

    /**
     * As {@link #reveal(double, double, double)}, then, where it scrolled, on to the nearest lane's top that keeps the
     * band in view, else the nearest row's: scrolled to a selection, the area's top edge had cut through a row above
     * it, a sliver of its titles and marks over the next lane's name; and stopped at a lane's last row, the lane's
     * name beside that row alone read as a lane of one event.
     */
    void reveal(double y0, double y1, double area, Stops stops) {
        double before = value;
        reveal(y0, y1, area);
        if (value == before) {
            return;
        }
        double best = nearest(stops.lanes(), y0, y1, area, value > before);
        if (Double.isNaN(best)) {
            best = nearest(stops.rows(), y0, y1, area, value > before);
        }
        if (!Double.isNaN(best)) {
            value = Math.max(0, best);
        }
    }

    /**
     * As {@link #reveal(double, double, double, Stops)}, with the lanes scrolling {@code max} at most: where that
     * scrolled to or past {@code max}, and {@code max} is no stop, on to the first stop past it, up to a row
     * ({@code row} pixels) beyond the content's end, that keeps the band's top in view.
     */
    void reveal(double y0, double y1, double area, Stops stops, double max, double row) {
        double before = value;
        reveal(y0, y1, area, stops);
        // Where the band was in view already, the lanes stay where the reader put them.
        if (value == before || max <= 0 || value < max - 0.5) {
            return;
        }
        double best = Double.NaN;
        for (double[] some : new double[][] {stops.lanes(), stops.rows()}) {
            for (double stop : some) {
                boolean fits = stop >= max - 0.5 && stop < max + row && stop <= y0 + 0.5 && stop >= y1 - area - 0.5;
                if (fits && (Double.isNaN(best) || stop < best)) {
                    best = stop;
                }
            }
        }
        if (!Double.isNaN(best)) {
            value = best;
            overshoot = Math.max(0, best - max);
        }
    }

    /** The stop nearest the value onward (further down when scrolling down) that keeps [y0, y1] in view; NaN if none. */
    private double nearest(double[] stops, double y0, double y1, double area, boolean down) {
        double best = Double.NaN;
        for (double stop : stops) {
            boolean keeps = stop <= y0 + 0.5 && stop >= y1 - area - 0.5;
            boolean onward = down ? stop >= value - 0.5 : stop <= value + 0.5;
            if (keeps && onward && (Double.isNaN(best) || (down ? stop < best : stop > best))) {
                best = stop;
            }
        }
        return best;
    }

    /** Where each lane and each of its rows begins, the stops a reveal scrolls to. */
    static Stops stops(TimelineLayout layout) {
        double row = layout.rowHeight();
        double[] lanes = new double[layout.lanes().size()];
        double[] rows = new double[layout.lanes().stream().mapToInt(l -> l.collapsed() ? 0 : l.rows()).sum()];
        int n = 0;
        for (PlacedLane lane : layout.lanes()) {
            lanes[lane.index()] = lane.top();
            if (!lane.collapsed()) {
                double first = lane.firstRowCentre(row) - row / 2;
                for (int r = 0; r < lane.rows(); r++) {
                    rows[n++] = Math.floor(first + r * row);
                }
            }
        }
        return new Stops(lanes, rows);
    }

    /** After a frame is laid out: holds the value within the content and sets the bar to match. */
    void fit(double content, double area) {
        double end = maxFor(content, area);
        double max = end > 0 ? end + overshoot : 0;
        value = Math.round(Math.max(0, Math.min(max, value)));
        overshoot = Math.max(0, Math.min(overshoot, value - end));
        bar.setVisible(max > 0);
        bar.setMax(max);
        bar.setVisibleAmount(max * area / Math.max(1, content));
        bar.setUnitIncrement(40);
        bar.setBlockIncrement(area * 0.9);
        bar.setValue(value);
    }

    /**
     * How far lanes this tall scroll in an area this high. Up to half a lane's padding over is the last lane's empty
     * margin, not content to scroll to: at 1280x720 the whole summit asked for 2 px more than its area, and a
     * full-height scroll bar stood beside it.
     */
    static double maxFor(double content, double area) {
        return content - area > LayoutEngine.LANE_PADDING / 2 ? content - area : 0;
    }

    void hide() {
        bar.setVisible(false);
    }
}
