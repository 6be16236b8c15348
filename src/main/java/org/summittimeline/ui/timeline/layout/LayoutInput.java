package org.summittimeline.ui.timeline.layout;

import java.util.Objects;
import java.util.Set;
import java.util.function.IntPredicate;
import org.summittimeline.query.TimeIndex;

/**
 * Everything placement depends on: the time index, the lanes, which events are shown, the selection, the
 * viewport (time at the left edge, seconds per pixel, width of the lane area) and the height the lanes have
 * on screen, the lanes the reader collapsed, and the selected event's anchor when its time is relative.
 *
 * @param shown       null when every event is shown
 * @param selected    the selected event's time-order position, or -1
 * @param height      the lane area's height on screen, below the axis
 * @param anchorTime  epoch second of the anchor of the selection's relative time, NaN when there is none
 * @param anchorText  what the anchor note says, null when there is none
 * @param stripKept   the timeline has relative times: their note's strip keeps its room while every lane fits below
 *                    it, so that choosing one, or leaving it, moves no lane under the reader's pointer
 */
public record LayoutInput(TimeIndex index, Lanes lanes, IntPredicate shown, int selected, double start,
                          double secondsPerPixel, double width, double height, Set<String> collapsed,
                          double anchorTime, String anchorText, boolean stripKept) {

    public LayoutInput {
        collapsed = Set.copyOf(collapsed);
    }

    /** An input whose timeline keeps no room for a relative time's note: pictures, previews and tests. */
    public LayoutInput(TimeIndex index, Lanes lanes, IntPredicate shown, int selected, double start,
                       double secondsPerPixel, double width, double height, Set<String> collapsed,
                       double anchorTime, String anchorText) {
        this(index, lanes, shown, selected, start, secondsPerPixel, width, height, collapsed, anchorTime, anchorText,
                false);
    }

    /** The same input without a selection's anchor, for plain views in tests and previews. */
    public LayoutInput(TimeIndex index, Lanes lanes, IntPredicate shown, int selected, TimeViewport viewport,
                       double height) {
        this(index, lanes, shown, selected, viewport.start(), viewport.secondsPerPixel(), viewport.width(), height,
                Set.of(), Double.NaN, null);
    }

    public LayoutInput withView(double newStart, double newSecondsPerPixel) {
        return new LayoutInput(index, lanes, shown, selected, newStart, newSecondsPerPixel, width, height, collapsed,
                anchorTime, anchorText, stripKept);
    }

    public LayoutInput withSelection(int newSelected) {
        return new LayoutInput(index, lanes, shown, newSelected, start, secondsPerPixel, width, height, collapsed,
                anchorTime, anchorText, stripKept);
    }

    public double xOf(double epochSecond) {
        return (epochSecond - start) / secondsPerPixel;
    }

    /** Where a moment's mark stands: midway between its start's earliest and latest bounds. */
    public double momentX(int event) {
        return (xOf(index.startEarliest(event)) + xOf(index.startLatest(event))) / 2;
    }

    public double end() {
        return start + width * secondsPerPixel;
    }

    boolean isShown(int event) {
        return shown == null || shown.test(event);
    }

    // Written out, not generated: the generated pair is linked through method handles the first time it runs, which
    // a start or a load paid for (StartPathBootstrapTest; PERFORMANCE.md, session 25).
    @Override
    public boolean equals(Object other) {
        return other instanceof LayoutInput i && Objects.equals(index, i.index) && Objects.equals(lanes, i.lanes)
                && Objects.equals(shown, i.shown) && selected == i.selected && Double.compare(start, i.start) == 0
                && Double.compare(secondsPerPixel, i.secondsPerPixel) == 0 && Double.compare(width, i.width) == 0
                && Double.compare(height, i.height) == 0 && collapsed.equals(i.collapsed)
                && Double.compare(anchorTime, i.anchorTime) == 0 && Objects.equals(anchorText, i.anchorText)
                && stripKept == i.stripKept;
    }

    @Override
    public int hashCode() {
        int h = Objects.hashCode(index);
        h = 31 * h + Objects.hashCode(lanes);
        h = 31 * h + Objects.hashCode(shown);
        h = 31 * h + selected;
        h = 31 * h + Double.hashCode(start);
        h = 31 * h + Double.hashCode(secondsPerPixel);
        h = 31 * h + Double.hashCode(width);
        h = 31 * h + Double.hashCode(height);
        h = 31 * h + collapsed.hashCode();
        h = 31 * h + Double.hashCode(anchorTime);
        h = 31 * h + Objects.hashCode(anchorText);
        return 31 * h + Boolean.hashCode(stripKept);
    }
}
