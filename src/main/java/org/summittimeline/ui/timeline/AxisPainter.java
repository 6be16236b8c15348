package org.summittimeline.ui.timeline;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;
import org.summittimeline.model.Event;
import org.summittimeline.query.TimeText;
import org.summittimeline.query.Words;
import org.summittimeline.ui.timeline.layout.PlacedMark;
import org.summittimeline.ui.timeline.layout.TimeAxis;
import org.summittimeline.ui.timeline.layout.TimeViewport;
import org.summittimeline.ui.timeline.layout.TimelineLayout;

/**
 * Draws the time axis across the top of the timeline: the day being looked at and its zone, the ticks with their
 * clock times, grid lines down through the lanes, and an optional second zone's clock times under them.
 */
final class AxisPainter {
    static final double HEIGHT = 42;
    static final double SECOND_ZONE_HEIGHT = 16;

    /** The longest view, in seconds, whose header names one day; a longer one names its years. */
    private static final double NAMES_A_DAY_UP_TO = 90 * 86_400.0;
    private CanvasType type = CanvasType.DESIGNED;
    private final LabelMeasure headerMeasure = new LabelMeasure(type.header());
    private final LabelMeasure tickLabels = new LabelMeasure(type.axis());

    /** Where the header's words go: their text (cut only where even the whole width is too narrow) and left edge. */
    record HeaderPlace(String text, double x) {
    }

    /** "Mon 16 July 2018": the day the header names. */
    static String day(Instant at, ZoneId zone) {
        return Words.current().fullDay(at.atZone(zone));
    }

    /**
     * What the header names: the day, while the view shows hours or days; the years it covers once it shows
     * months or more, where one day would be an arbitrary pick ("1957 – 1976").
     */
    static String header(TimeViewport viewport, Instant dayOf, ZoneId zone) {
        return header(viewport, dayOf, zone, null);
    }

    /**
     * As {@link #header(TimeViewport, Instant, ZoneId)}, the years those of the view within the timeline's first
     * and last second ({@code data}, or null): the view's margin round a whole timeline of 2018 named "2017 – 2019".
     */
    static String header(TimeViewport viewport, Instant dayOf, ZoneId zone, long[] data) {
        if (viewport.end() - viewport.start() < NAMES_A_DAY_UP_TO) {
            return day(dayOf, zone);
        }
        long[] spoken = spoken(viewport, data);
        int from = Instant.ofEpochSecond(spoken[0]).atZone(zone).getYear();
        int to = Instant.ofEpochSecond(spoken[1]).atZone(zone).getYear();
        Words words = Words.current();
        return from == to ? words.year(from) : words.year(from) + " \u2013 " + words.year(to);
    }

    /** "EEST (Helsinki)"; a zone whose name is its city's, as UTC's, is named once ("UTC (UTC)" said it twice). */
    static String withCity(String name, ZoneId zone) {
        String city = TimeText.city(zone);
        return name.equals(city) ? name : name + " (" + city + ")";
    }

    /**
     * The zone's short name as the header gives it: at the header's day while it names one, else over the whole view
     * ("EET/EEST" for a year in Helsinki).
     */
    static String zoneName(TimeViewport viewport, Instant dayOf, ZoneId zone) {
        return zoneName(viewport, dayOf, zone, null);
    }

    static String zoneName(TimeViewport viewport, Instant dayOf, ZoneId zone, long[] data) {
        if (viewport.end() - viewport.start() < NAMES_A_DAY_UP_TO) {
            return TimeText.abbreviation(zone, dayOf);
        }
        long[] spoken = spoken(viewport, data);
        return TimeText.abbreviation(zone, Instant.ofEpochSecond(spoken[0]), Instant.ofEpochSecond(spoken[1]));
    }

    /**
     * The zone's short name beside the ticks: over the whole view, margins round the timeline too, whose ticks may
     * fall either side of a change of clocks while the header names one day ("EEST" beside ticks from February to
     * April).
     */
    static String ticksZoneName(TimeViewport viewport, ZoneId zone) {
        return TimeText.abbreviation(zone, Instant.ofEpochSecond((long) viewport.start()),
                Instant.ofEpochSecond((long) viewport.end()));
    }

    /** The stretch a long view's header speaks of: the view, within the timeline's own seconds where they meet. */
    private static long[] spoken(TimeViewport viewport, long[] data) {
        long from = (long) viewport.start();
        long to = (long) viewport.end();
        if (data != null && Math.max(from, data[0]) <= Math.min(to, data[1])) {
            return new long[] {Math.max(from, data[0]), Math.min(to, data[1])};
        }
        return new long[] {from, to};
    }

    /** The timeline's first and last second, or null when there is none. */
    static long[] dataSpan(TimelineView view) {
        return view.query() == null || view.query().index().size() == 0 ? null
                : new long[] {view.query().index().first(), view.query().index().last()};
    }

    /**
     * The moment whose day the header names: the selected event's while it is in view, else the median of the marks
     * in view, else the view's middle. A filter that left one event of 17 July at the right of a two-day view had the
     * header name 16 July, the day at the middle, where nothing was drawn.
     */
    static Instant headerMoment(TimelineView view, TimelineLayout layout) {
        TimeViewport viewport = view.viewport();
        Event selected = view.selectedEvent();
        if (selected != null && view.query() != null) {
            PlacedMark m = layout.markOf(view.query().positionOf(selected.id()));
            // Inside a cluster it has no mark of its own, but it is in view all the same (the dense file named
            // the day at the middle of the view, a month off, while the ringed cluster stood at the left edge).
            boolean shown = m != null ? m.x1() >= 0 && m.x0() <= viewport.width()
                    : layout.marks().stream().anyMatch(c -> c.holdsSelection() && c.x1() >= 0
                            && c.x0() <= viewport.width());
            if (shown) {
                return selected.start().midpoint();
            }
        }
        // The median event drawn, not the middle of the marks' stretch: ten events of 16 July and one late on
        // 17 July are a view of 16 July. Counted by pixel column (a cluster weighs its count), so a frame costs a
        // pass over its marks and its width, with no sort.
        int columns = Math.max(1, (int) Math.ceil(viewport.width()));
        int[] events = new int[columns];
        long total = 0;
        for (PlacedMark m : layout.marks()) {
            if (m.x1() >= 0 && m.x0() <= viewport.width()) {
                double centre = (Math.max(0, m.x0()) + Math.min(viewport.width(), m.x1())) / 2;
                int weight = Math.max(1, m.count());
                events[Math.min(columns - 1, (int) centre)] += weight;
                total += weight;
            }
        }
        if (total == 0) {
            return Instant.ofEpochSecond((long) ((viewport.start() + viewport.end()) / 2));
        }
        long seen = 0;
        int column = 0;
        while (column < columns - 1 && (seen += events[column]) * 2 < total) {
            column++;
        }
        return Instant.ofEpochSecond((long) viewport.timeAt(column + 0.5));
    }

    /** The axis's height in {@code type}: its rows grow with the reader's text size. */
    static double height(ZoneId second, CanvasType type) {
        return type.px(HEIGHT) + (second == null ? 0 : type.px(SECOND_ZONE_HEIGHT));
    }

    void setType(CanvasType type) {
        this.type = type;
        headerMeasure.setFont(type.header());
        tickLabels.setFont(type.axis());
    }

    /**
     * The header starts over the time area; where it is longer than that (large type in a narrow window: "Monday,
     * 16 July 2018 · EEST (Helsi"), it starts over the lane names, whose column is empty at its height, and only
     * beyond that is it cut.
     */
    HeaderPlace placeHeader(String text, double left, double width) {
        double w = headerMeasure.width(text);
        if (left + 8 + w <= width - 4) {
            return new HeaderPlace(text, left + 8);
        }
        return new HeaderPlace(w <= width - 12 ? text : headerMeasure.fit(text, width - 12), 8);
    }

    /**
     * @param left    where the time area begins (right of the lane names)
     * @param height  how far down the grid lines go
     * @param dayOf   the moment whose day the header names: the selected event's when it is in view, else the
     *                middle of the view
     */
    void draw(GraphicsContext g, TimelineView view, double left, double width, double height, Instant dayOf) {
        TimeViewport viewport = view.viewport();
        ZoneId zone = view.zoneProperty().get();
        ZoneId second = view.secondZoneProperty().get();
        // Ticks stand further apart in larger type, so that their clock times still have room, but by less than
        // the type grows: at 70 px times 2.5 a year's view kept one tick and named no month.
        double spacing = Math.round(70 * (1 + 0.3 * (type.scale() - 1)));
        long step = TimeAxis.step(viewport.secondsPerPixel(), spacing);
        List<TimeAxis.Tick> ticks = TimeAxis.ticks(viewport.start(), viewport.end(), viewport.secondsPerPixel(),
                zone, spacing);
        double axisHeight = type.px(HEIGHT);
        double secondRow = axisHeight + type.px(SECOND_ZONE_HEIGHT) / 2 - 2;
        // Below the second zone's row where there is one: the lines had run through its labels ("05:|00").
        double gridTop = type.px(37) + (second == null ? 0 : type.px(SECOND_ZONE_HEIGHT));
        double labelRow = type.px(30);
        g.setFont(type.axis());
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.CENTER);
        double lastLabelEnd = Double.NEGATIVE_INFINITY;
        // Not into the names column, where the second zone's own name stands on the row.
        double lastSecondEnd = left - 6;
        for (TimeAxis.Tick tick : ticks) {
            double x = left + viewport.xOf(tick.epochSecond());
            if (x < left) {
                continue;
            }
            // A filled rectangle, not a stroked line: the software renderer fills axis-aligned rectangles directly.
            // It starts below the tick's label, so no line runs through the text.
            double lineWidth = tick.major() ? 1.5 : 0.5;
            g.setFill(view.gridStroke());
            g.fillRect(Math.round(x) + 0.5 - lineWidth / 2, gridTop, lineWidth, height - gridTop);
            // A label that would run off the right edge, or into the label before it, is left out rather than cut
            // or overlapped (a month's name is wider than a clock time, and the spacing is the clock time's).
            double half = tickLabels.width(tick.label()) / 2;
            if (x + half > width - 2 || x - half < lastLabelEnd + 6) {
                continue;
            }
            g.setFill(tick.major() ? view.textFill() : view.mutedFill());
            g.fillText(tick.label(), x, labelRow);
            lastLabelEnd = x + half;
            // The second zone's time under the first's, for the ticks whose first is written.
            if (second != null) {
                // With its day, wider than the clock above it: left out where it would meet the one before.
                String below = TimeAxis.secondLabel(tick.epochSecond(), step, tick.major(), second);
                double belowHalf = tickLabels.width(below) / 2;
                if (x - belowHalf >= lastSecondEnd + 6 && x + belowHalf <= width - 2) {
                    g.setFill(view.mutedFill());
                    g.fillText(below, x, secondRow);
                    lastSecondEnd = x + belowHalf;
                }
            }
        }
        // The day and zone, so a lone "14:00" is never ambiguous.
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(view.textFill());
        g.setFont(type.header());
        long[] data = dataSpan(view);
        HeaderPlace place = placeHeader(header(viewport, dayOf, zone, data) + "  \u00b7  "
                + withCity(zoneName(viewport, dayOf, zone, data), zone), left, width);
        g.fillText(place.text(), place.x(), type.px(11));
        g.setFont(type.axis());
        g.setFill(view.mutedFill());
        g.fillText(ticksZoneName(viewport, zone), 8, type.px(31));
        if (second != null) {
            g.fillText(ticksZoneName(viewport, second), 8, secondRow);
        }
        g.setStroke(view.gridStroke());
        g.setLineWidth(1);
        double bottom = height(second, type);
        g.strokeLine(0, bottom - 0.5, width, bottom - 0.5);
    }
}
