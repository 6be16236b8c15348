package org.summittimeline.ui.timeline;

import java.util.Comparator;
import java.util.function.Supplier;
import org.summittimeline.ui.timeline.layout.MarkSizes;
import org.summittimeline.ui.timeline.layout.PlacedLane;
import org.summittimeline.ui.timeline.layout.PlacedMark;
import org.summittimeline.ui.timeline.layout.TimelineLayout;

/**
 * Keeps the selected event in sight as the view changes under it: once chosen, the view moves only as far as its
 * mark and title need and its lane scrolls into view; once zoomed around, the lanes stack anew and its row is
 * kept in view. A choice that opens or closes the strip of a relative time's note (where the lanes had no height
 * to spare for keeping its room: LayoutEngine) scrolls the lanes by the strip's height, as far as they scroll (only
 * lanes too tall to fit below it once squeezed do: LaneStack), so that they stay where the reader sees them (chosen
 * otherwise than by a click, on to the nearest row's top, which the strip's edge would otherwise cut).
 * Asked for between frames, done in the next layout pass, when the lanes' room is known.
 */
final class SelectionReveal {
    /** The lanes as a frame laid out now would place them, and the height left for them. */
    interface NextFrame {
        TimelineLayout layout();

        double laneArea(TimelineLayout layout);

        /** The height of the relative time's strip in the frame on screen now. */
        double stripNow();
    }

    private final TimelineView view;
    private final LabelMeasure labels;
    /** The marks' sizes at the type drawn now, which the view moves for. */
    private final Supplier<MarkSizes> sizes;
    private final LaneScroll scroll;
    private final NextFrame frame;
    private boolean chosen;
    private boolean zoomed;
    /** The next zoomed pass reveals the selection's whole lane, not its row alone. */
    private boolean wholeLane;
    /** The choice being made is a click on the event's mark or title, which the reader sees where it is. */
    private boolean pointing;
    /** The last choice was such a click: the view keeps its time, as the reader's eyes are on the mark. */
    private boolean inPlace;

    SelectionReveal(TimelineView view, LabelMeasure labels, Supplier<MarkSizes> sizes, LaneScroll scroll, NextFrame frame) {
        this.view = view;
        this.labels = labels;
        this.sizes = sizes;
        this.scroll = scroll;
        this.frame = frame;
    }

    /**
     * An event was chosen: in the next pass the view moves for it and its whole lane shows where it fits; chosen by
     * a click on it, the view stays (a span whose start was off screen had slid its start in under the pointer).
     */
    void afterChoice() {
        chosen = true;
        inPlace = pointing;
    }

    /** Runs {@code choice}, a click on an event's mark or title that selects it. */
    void pointedAt(Runnable choice) {
        pointing = true;
        try {
            choice.run();
        } finally {
            pointing = false;
        }
    }

    /** The view zoomed around the selection: in the next pass its row is kept in view. */
    void afterZoom() {
        zoomed = true;
    }

    /**
     * The lanes changed between categories and actors: the selection's whole lane is brought into view where it fits.
     * By actor after by category, the protester's lanes had been out of sight below Trump's and Putin's, and with its
     * row alone revealed it stood on the area's lower edge, the row under it cut.
     */
    void afterLaneModeChange() {
        zoomed = true;
        wholeLane = true;
    }

    /**
     * The type changed size, and the rows with it: the selection's whole lane is kept in view where it fits. With
     * its row alone kept, the protester's second row at 133 % had been cut by the overview strip.
     */
    void afterTypeChange() {
        afterLaneModeChange();
    }

    /**
     * The lanes' area is to shrink from {@code area} (the window, or a pane beside it: a broken file's problems
     * opening below): a selection in view in the frame {@code now} keeps its whole lane in view where it fits. The
     * joint press conference, selected, had gone below the area's edge as the problems took half a 720-line window.
     * One the reader scrolled away from stays away.
     */
    void beforeShrink(TimelineLayout now, double area) {
        int i = selectedPosition();
        double top = scroll.value();
        // Its own mark or the cluster holding it, in view: markOf would name a mark out of view as well.
        if (i >= 0 && now.marks().stream().anyMatch(m -> (m.event() == i || m.holdsSelection()) && m.y() >= top
                && m.y() <= top + area)) {
            afterLaneModeChange();
        }
    }

    /** The reader's view is to stay as it is. */
    void cancel() {
        chosen = false;
        zoomed = false;
        wholeLane = false;
    }

    /** In a layout pass with room for the lanes; {@code lanesKnown} false while a timeline has no lanes yet. */
    void apply(boolean lanesKnown) {
        if (chosen) {
            chosen = false;
            zoomed = false;
            int i = !lanesKnown ? -1
                    : inPlace ? selectedPosition() : ViewportMoves.revealSelected(view, labels, sizes.get());
            TimelineLayout next = lanesKnown && (i >= 0 || frame.stripNow() > 0) ? frame.layout() : null;
            if (next != null) {
                keepLanesStill(next, !inPlace);
            }
            if (i >= 0) {
                revealRow(next, i, !inPlace);
            }
        }
        if (zoomed) {
            zoomed = false;
            int i = selectedPosition();
            if (i >= 0) {
                revealRow(frame.layout(), i, wholeLane);
            }
            wholeLane = false;
        }
    }

    /**
     * The strip opens above the lanes when a relative time is chosen and closes when it is left: scrolled by its
     * height, the lanes stay put (they had slid down under the pointer that chose the event, and the last lane out
     * of a window that had held them all).
     */
    private void keepLanesStill(TimelineLayout next, boolean toARow) {
        double opened = next.stripHeight() - frame.stripNow();
        double max = LaneScroll.maxFor(next.contentHeight(), frame.laneArea(next));
        // Not after a click: the mark clicked stays under the pointer, for the reader's next click.
        if (opened != 0 && scroll.by(opened, max) && toARow) {
            scroll.toNearestStop(LaneScroll.stops(next), max, next.rowHeight());
        }
    }

    private int selectedPosition() {
        return view.selectedEvent() != null && view.query() != null
                ? view.query().positionOf(view.selectedEvent().id()) : -1;
    }

    /**
     * Scrolls the lanes as little as it takes for the event's mark (or the cluster that holds it, when selected)
     * to show: with {@code wholeLane}, its lane's whole band when it fits.
     */
    private void revealRow(TimelineLayout next, int event, boolean wholeLane) {
        // next: the lanes as laid out at the new view, which only then are known.
        double area = frame.laneArea(next);
        double top = scroll.value();
        PlacedMark m = next.markOf(event, top, top + area);
        if (m == null) {
            m = next.marks().stream().filter(PlacedMark::holdsSelection)
                    .min(Comparator.comparing(c -> c.y() < top || c.y() > top + area)).orElse(null);
        }
        if (m != null) {
            PlacedLane lane = next.lanes().get(m.lane());
            boolean fits = wholeLane && lane.height() <= area;
            double y0 = fits ? lane.top() : m.y() - next.rowHeight();
            double y1 = fits ? lane.bottom() : m.y() + next.rowHeight();
            LaneScroll.Stops stops = LaneScroll.stops(next);
            scroll.reveal(y0, y1, area, stops, LaneScroll.maxFor(next.contentHeight(), area), next.rowHeight());
            if (fits) {
                scroll.onToAStop(y0, y1, area, stops);
            }
        }
    }
}
