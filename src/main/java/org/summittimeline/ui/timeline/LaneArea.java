package org.summittimeline.ui.timeline;

import java.util.function.DoubleSupplier;
import java.util.function.Supplier;
import javafx.geometry.Point2D;
import org.summittimeline.ui.timeline.layout.PlacedMark;
import org.summittimeline.ui.timeline.layout.TimelineLayout;

/**
 * Where the lane area stands in the timeline's canvas, for the questions that cross between the two: the canvas
 * point of a place in the layout (x from where time begins, y from the top of the lanes as laid out), the layout's
 * place under a canvas point, and where an event's mark is now. The names column is to its left, the axis and the
 * relative time's strip above it, and the lanes scroll inside it.
 */
final class LaneArea {
    private final NamesColumn names;
    private final LaneScroll scroll;
    private final DoubleSupplier top;
    private final DoubleSupplier bottom;
    private final DoubleSupplier timeWidth;
    private final Supplier<TimelineLayout> layout;

    LaneArea(NamesColumn names, LaneScroll scroll, DoubleSupplier top, DoubleSupplier bottom, DoubleSupplier timeWidth,
             Supplier<TimelineLayout> layout) {
        this.names = names;
        this.scroll = scroll;
        this.top = top;
        this.bottom = bottom;
        this.timeWidth = timeWidth;
        this.layout = layout;
    }

    Point2D localOf(double x, double y) {
        return new Point2D(names.width() + x, top.getAsDouble() + y - scroll.value());
    }

    /**
     * The content coordinates of a point of the canvas in the lane area, or null above or below it, or right of
     * where time ends: marks cut off there are not drawn, so they are not hovered or clicked either.
     */
    Point2D contentAt(double x, double y) {
        double lanesTop = top.getAsDouble();
        if (y < lanesTop || y > bottom.getAsDouble() || x > names.width() + timeWidth.getAsDouble()) {
            return null;
        }
        return new Point2D(x - names.width(), y - lanesTop + scroll.value());
    }

    /** Where the mark of the event at this place in time order is on the canvas, or null when it is not in view. */
    Point2D pointOf(int position) {
        PlacedMark m = layout.get().markOf(position);
        if (m == null) {
            return null;
        }
        double width = timeWidth.getAsDouble();
        double x = Math.max(0, m.x0()) + (Math.min(m.x1(), width) - Math.max(0, m.x0())) / 2;
        Point2D local = localOf(m.shape() == PlacedMark.Shape.BAR ? x : m.centre(), m.y());
        boolean inArea = local.getY() >= top.getAsDouble() && local.getY() <= bottom.getAsDouble()
                && local.getX() >= names.width() && local.getX() <= names.width() + width;
        return inArea ? local : null;
    }
}
