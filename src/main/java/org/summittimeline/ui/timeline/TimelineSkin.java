package org.summittimeline.ui.timeline;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import javafx.util.Duration;
import org.summittimeline.model.Actor;
import org.summittimeline.model.Anchor;
import org.summittimeline.model.Category;
import org.summittimeline.model.Event;
import org.summittimeline.model.TimeAccount;
import org.summittimeline.model.TimeBound;
import org.summittimeline.model.Timeline;
import org.summittimeline.query.TimeIndex;
import org.summittimeline.query.TimeText;
import org.summittimeline.query.TimelineQuery;
import org.summittimeline.ui.AppState;

/**
 * Draws {@link TimelineView} on two canvases, the lanes and the overview strip, and turns mouse, wheel and keys
 * into viewport changes and selections. Only the events in the visible window are visited; marks that would
 * overlap merge into a numbered cluster, so the number of shapes drawn is bounded by the width, not by the
 * number of events. Redraws are coalesced: a change marks the frame dirty and the next layout pass draws it.
 */
final class TimelineSkin extends SkinBase<TimelineView> {
    static final double LABEL_WIDTH = 150;
    static final double OVERVIEW_HEIGHT = 40;
    private static final double AXIS_HEIGHT = 42;
    private static final double SECOND_AXIS_HEIGHT = 16;
    private static final double ROW_HEIGHT = 20;
    private static final double CLUSTER_GAP = 6;
    private static final Color[] PALETTE = {Color.web("#4e79a7"), Color.web("#f28e2b"), Color.web("#e15759"),
        Color.web("#76b7b2"), Color.web("#59a14f"), Color.web("#edc948"), Color.web("#b07aa1"), Color.web("#ff9da7"),
        Color.web("#9c755f"), Color.web("#bab0ac")};

    private final Canvas canvas = new Canvas();
    private final Canvas overview = new Canvas();
    private final Tooltip tooltip = new Tooltip();
    private final Font labelFont = Font.font("System", 12);
    private final Font laneFont = Font.font("System", FontWeight.BOLD, 12);
    private final Font axisFont = Font.font("System", 11);
    private final Map<String, Double> textWidths = new HashMap<>();
    private final Map<String, String> fitted = new HashMap<>();
    private final Text measurer = new Text();
    private final List<Mark> marks = new ArrayList<>();
    private final MarkSprites sprites = new MarkSprites();
    private final List<Lane> lanes = new ArrayList<>();
    /** The lanes of each event (by time-order position), worked out once per timeline and lane mode. */
    private int[][] lanesByEvent = new int[0][];
    /** Bucketed counts for the zoomed-out view, kept while the index, lanes and shown events stay the same. */
    private ClusterBins clusterBins;
    private TimeIndex clusterBinsIndex;
    private int[][] clusterBinsLanes;
    private TimelineQuery.Result clusterBinsResult;
    /** The overview's bars, counted once per timeline, filter and width rather than on every frame. */
    private int[] overviewCounts;
    /** The overview's bars drawn once for the counts above; the frame only copies them. */
    private javafx.scene.image.WritableImage overviewBars;
    private int[] overviewBarsFrom;
    private Color overviewBarsColour;
    private double overviewWidth = -1;
    private boolean dirty = true;
    private boolean fitPending = true;
    private long frames;
    private double pressX;
    private double lastDragX;
    private boolean dragged;
    private boolean draggingOverview;
    private Mark hovered;

    /** A lane: its label, colour, and which events it holds. */
    private record Lane(String id, String label, Color colour) {
    }

    /** A drawn event or cluster, kept for hit-testing and labels: what the user sees is what the mouse finds. */
    private static final class Mark {
        final int lane;
        final int row;
        double x0;
        double x1;
        final double y;
        int event;
        int count = 1;
        /** A cluster of the zoomed-out view, whose {@link #to} is its column's end until clicked. */
        boolean binned;
        /** True when the selected event is this mark or one of the events merged into it. */
        boolean holdsSelection;
        long from;
        long to;
        final boolean bar;

        Mark(int lane, int row, double x0, double x1, double y, int event, boolean bar, long from, long to) {
            this.lane = lane;
            this.row = row;
            this.x0 = x0;
            this.x1 = x1;
            this.y = y;
            this.event = event;
            this.bar = bar;
            this.from = from;
            this.to = to;
        }

        boolean isCluster() {
            return count > 1;
        }

        double centre() {
            return (x0 + x1) / 2;
        }
    }

    TimelineSkin(TimelineView view) {
        super(view);
        getChildren().addAll(canvas, overview);
        tooltip.setShowDelay(Duration.millis(250));
        Tooltip.install(canvas, tooltip);
        AppState state = view.state();
        state.queryProperty().addListener((obs, old, q) -> {
            fitPending = true;
            textWidths.clear();
            fitted.clear();
            rebuildLanes();
            redraw();
        });
        state.laneModeProperty().addListener((obs, old, m) -> {
            rebuildLanes();
            redraw();
        });
        state.resultProperty().addListener((obs, old, r) -> {
            overviewCounts = null;
            redraw();
        });
        state.zoneProperty().addListener((obs, old, z) -> redraw());
        state.secondZoneProperty().addListener((obs, old, z) -> redraw());
        state.selectedEventProperty().addListener((obs, old, e) -> {
            revealSelection();
            redraw();
        });
        canvas.setOnMousePressed(this::pressed);
        canvas.setOnMouseDragged(this::dragged);
        canvas.setOnMouseReleased(this::released);
        canvas.setOnMouseMoved(this::moved);
        canvas.setOnScroll(this::scrolled);
        canvas.setOnZoom(this::pinched);
        overview.setOnMousePressed(this::overviewDragged);
        overview.setOnMouseDragged(this::overviewDragged);
        view.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        view.viewport().setOnChange(this::redraw);
        rebuildLanes();
    }

    // Layout and drawing

    void redraw() {
        dirty = true;
        getSkinnable().requestLayout();
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double mainHeight = Math.max(0, h - OVERVIEW_HEIGHT);
        if (canvas.getWidth() != w || canvas.getHeight() != mainHeight) {
            canvas.setWidth(w);
            canvas.setHeight(mainHeight);
            overview.setWidth(w);
            overview.setHeight(OVERVIEW_HEIGHT);
            double oldWidth = getSkinnable().viewport().width();
            getSkinnable().viewport().setWidth(Math.max(1, w - LABEL_WIDTH));
            if (oldWidth <= 1) {
                fitPending = true;
            }
            dirty = true;
        }
        canvas.relocate(x, y);
        overview.relocate(x, y + mainHeight);
        if (fitPending && w > LABEL_WIDTH + 10) {
            fitPending = false;
            fit();
        }
        if (dirty) {
            dirty = false;
            draw();
            drawOverview();
        }
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return AXIS_HEIGHT + Math.max(1, lanes.size()) * 64 + OVERVIEW_HEIGHT + top + bottom;
    }

    // The canvases are as large as the last layout made them; the control itself must still be free to shrink.
    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return LABEL_WIDTH + 150 + left + right;
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 900 + left + right;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return AXIS_HEIGHT + OVERVIEW_HEIGHT + 60;
    }

    private TimelineQuery query() {
        return getSkinnable().state().query();
    }

    void fit() {
        TimelineQuery q = query();
        TimeViewport viewport = getSkinnable().viewport();
        if (q == null || q.index().size() == 0) {
            return;
        }
        viewport.fit(q.index().first(), q.index().last());
        redraw();
    }

    void zoomAroundCentre(double factor) {
        TimeViewport viewport = getSkinnable().viewport();
        viewport.zoomAround(viewport.width() / 2, factor);
        redraw();
    }

    private void revealSelection() {
        Event e = getSkinnable().state().selectedEvent();
        TimelineQuery q = query();
        if (e == null || q == null) {
            return;
        }
        int i = q.positionOf(e.id());
        TimeViewport viewport = getSkinnable().viewport();
        double from = q.index().startEarliest(i);
        double to = q.index().endLatest(i);
        if (to - from > viewport.end() - viewport.start()) {
            viewport.show(from, to);
        } else {
            // Titles stand right of their mark: keep room for one, or stepping right leaves it cut at the edge.
            double titleRoom = Math.min(240, viewport.width() * 0.3) * viewport.secondsPerPixel();
            viewport.reveal(from, to + titleRoom);
        }
    }

    private void rebuildLanes() {
        lanes.clear();
        overviewCounts = null;
        TimelineQuery q = query();
        if (q == null) {
            lanesByEvent = new int[0][];
            return;
        }
        Timeline t = q.timeline();
        if (getSkinnable().state().laneModeProperty().get() == AppState.LaneMode.CATEGORY) {
            List<Category> categories = t.categories();
            for (int i = 0; i < categories.size(); i++) {
                Category c = categories.get(i);
                lanes.add(new Lane(c.id(), c.label(), colour(c.colour(), i)));
            }
        } else {
            Map<String, Boolean> acting = new LinkedHashMap<>();
            t.events().forEach(e -> e.actorIds().forEach(a -> acting.put(a, true)));
            List<Actor> actors = t.actors();
            for (int i = 0; i < actors.size(); i++) {
                Actor a = actors.get(i);
                if (acting.containsKey(a.id())) {
                    lanes.add(new Lane(a.id(), a.name(), colour(a.colour(), i)));
                }
            }
            if (t.events().stream().anyMatch(e -> e.actorIds().isEmpty())) {
                lanes.add(new Lane("", "No actor", Color.GRAY));
            }
        }
        Map<String, Integer> laneIndex = new HashMap<>();
        for (int l = 0; l < lanes.size(); l++) {
            laneIndex.put(lanes.get(l).id(), l);
        }
        lanesByEvent = new int[t.events().size()][];
        for (int i = 0; i < lanesByEvent.length; i++) {
            lanesByEvent[i] = lanesOf(t.events().get(i), laneIndex);
        }
    }

    private static Color colour(String hex, int index) {
        return hex == null ? PALETTE[index % PALETTE.length] : Color.web(hex);
    }

    private double axisHeight() {
        return AXIS_HEIGHT + (getSkinnable().state().secondZoneProperty().get() == null ? 0 : SECOND_AXIS_HEIGHT);
    }

    private double laneHeight() {
        double available = canvas.getHeight() - axisHeight();
        return Math.max(ROW_HEIGHT + 6, Math.min(96, available / Math.max(1, lanes.size())));
    }

    private int rowsPerLane() {
        return (int) Math.max(1, Math.min(3, Math.floor((laneHeight() - 6) / ROW_HEIGHT)));
    }

    private void draw() {
        frames++;
        TimelineView view = getSkinnable();
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        // A fill of the whole canvas first: JavaFX then drops the commands of any earlier frame not yet rendered.
        g.setFill(view.background());
        g.fillRect(0, 0, w, h);
        marks.clear();
        TimelineQuery q = query();
        if (q == null || w <= LABEL_WIDTH) {
            return;
        }
        double laneHeight = laneHeight();
        double top = axisHeight();
        sprites.scale(canvas.getScene() == null || canvas.getScene().getWindow() == null ? 1
                : canvas.getScene().getWindow().getOutputScaleX());
        g.setFill(view.laneFill());
        for (int l = 0; l < lanes.size(); l += 2) {
            g.fillRect(0, top + l * laneHeight, w, laneHeight);
        }
        drawAxis(g, w, h);
        placeMarks(q, laneHeight, top);
        g.save();
        g.beginPath();
        g.rect(LABEL_WIDTH, top, w - LABEL_WIDTH, h - top);
        g.clip();
        drawMarks(g, q, laneHeight);
        drawLabels(g, q, w);
        drawSelection(g, q, laneHeight, top);
        g.restore();
        drawLaneLabels(g, laneHeight, top);
    }

    private void drawLaneLabels(GraphicsContext g, double laneHeight, double top) {
        TimelineView view = getSkinnable();
        g.setFont(laneFont);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        for (int l = 0; l < lanes.size(); l++) {
            Lane lane = lanes.get(l);
            double y = top + l * laneHeight;
            g.setFill(lane.colour());
            g.fillRect(8, y + laneHeight / 2 - 6, 4, 12);
            g.setFill(view.textFill());
            g.fillText(fitText(lane.label(), laneFont, LABEL_WIDTH - 26), 18, y + laneHeight / 2);
        }
        g.setStroke(view.gridStroke());
        g.setLineWidth(1);
        g.strokeLine(LABEL_WIDTH - 0.5, 0, LABEL_WIDTH - 0.5, canvas.getHeight());
    }

    private void drawAxis(GraphicsContext g, double w, double h) {
        TimelineView view = getSkinnable();
        TimeViewport viewport = view.viewport();
        ZoneId zone = view.state().zoneProperty().get();
        ZoneId second = view.state().secondZoneProperty().get();
        long step = TimeAxis.step(viewport.secondsPerPixel(), 70);
        List<TimeAxis.Tick> ticks = TimeAxis.ticks(viewport.start(), viewport.end(), viewport.secondsPerPixel(),
                zone, 70);
        g.setFont(axisFont);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.CENTER);
        for (TimeAxis.Tick tick : ticks) {
            double x = LABEL_WIDTH + viewport.xOf(tick.epochSecond());
            if (x < LABEL_WIDTH) {
                continue;
            }
            // A filled rectangle, not a stroked line: the software renderer fills axis-aligned rectangles directly.
            double lineWidth = tick.major() ? 1.5 : 0.5;
            g.setFill(view.gridStroke());
            g.fillRect(Math.round(x) + 0.5 - lineWidth / 2, 22, lineWidth, h - 22);
            g.setFill(tick.major() ? view.textFill() : view.mutedFill());
            g.fillText(tick.label(), x, 31);
            if (second != null) {
                String label = TimeAxis.label(tick.epochSecond(), step, second);
                g.setFill(view.mutedFill());
                g.fillText(label, x, AXIS_HEIGHT + SECOND_AXIS_HEIGHT / 2 - 2);
            }
        }
        // The date and zone of the middle of the view, so a lone "14:00" is never ambiguous.
        Instant middle = Instant.ofEpochSecond((long) ((viewport.start() + viewport.end()) / 2));
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(view.textFill());
        g.setFont(laneFont);
        g.fillText(java.time.format.DateTimeFormatter.ofPattern("EEE d MMMM yyyy", Locale.ENGLISH)
                .format(middle.atZone(zone)) + "  \u00b7  " + TimeText.abbreviation(zone, middle) + " (" + TimeText.city(zone) + ")",
                LABEL_WIDTH + 8, 11);
        g.setFont(axisFont);
        g.setFill(view.mutedFill());
        g.fillText(TimeText.abbreviation(zone, middle), 8, 31);
        if (second != null) {
            g.fillText(TimeText.abbreviation(second, middle), 8, AXIS_HEIGHT + SECOND_AXIS_HEIGHT / 2 - 2);
        }
        g.setStroke(view.gridStroke());
        g.setLineWidth(1);
        g.strokeLine(0, axisHeight() - 0.5, w, axisHeight() - 0.5);
    }

    /** The lanes an event is drawn in: its category's, or each of its actors'. */
    private int[] lanesOf(Event e, Map<String, Integer> laneIndex) {
        if (getSkinnable().state().laneModeProperty().get() == AppState.LaneMode.CATEGORY) {
            Integer l = laneIndex.get(e.categoryId());
            return l == null ? new int[0] : new int[] {l};
        }
        List<String> ids = e.actorIds().isEmpty() ? List.of("") : e.actorIds();
        return ids.stream().map(laneIndex::get).filter(l -> l != null).mapToInt(Integer::intValue).distinct().toArray();
    }

    /**
     * Lays the visible events into rows of their lanes. A mark that finds no free row merges into the last mark
     * of the fullest row, which becomes a cluster; so each lane holds at most a few marks per few pixels.
     */
    private void placeMarks(TimelineQuery q, double laneHeight, double top) {
        TimeViewport viewport = getSkinnable().viewport();
        TimelineQuery.Result result = getSkinnable().state().result();
        TimeIndex index = q.index();
        int rows = rowsPerLane();
        double[][] rowEnd = new double[lanes.size()][rows];
        Mark[][] lastInRow = new Mark[lanes.size()][rows];
        for (double[] r : rowEnd) {
            java.util.Arrays.fill(r, Double.NEGATIVE_INFINITY);
        }
        long from = (long) Math.floor(viewport.start());
        long to = (long) Math.ceil(viewport.end());
        Event selected = getSkinnable().state().selectedEvent();
        int selectedPosition = selected == null ? -1 : q.positionOf(selected.id());
        if (index.entriesIn(from, to) > viewport.width() * 4) {
            placeBinned(index, result, laneHeight, top, selectedPosition);
            return;
        }
        index.visit(from, to, i -> {
            if (result != null && !result.isEventShown(i)) {
                return;
            }
            double xs = LABEL_WIDTH + viewport.xOf(index.startEarliest(i));
            double xe = LABEL_WIDTH + viewport.xOf(index.endLatest(i));
            boolean bar = index.isRange(i) && xe - xs >= 8;
            double x0 = bar ? xs : (xs + LABEL_WIDTH + viewport.xOf(index.startLatest(i))) / 2 - 5;
            double x1 = bar ? xe : x0 + 10;
            for (int lane : lanesByEvent[i]) {
                int row = -1;
                for (int r = 0; r < rows; r++) {
                    if (rowEnd[lane][r] + CLUSTER_GAP <= x0) {
                        row = r;
                        break;
                    }
                }
                if (row < 0) {
                    int fullest = 0;
                    for (int r = 1; r < rows; r++) {
                        if (rowEnd[lane][r] < rowEnd[lane][fullest]) {
                            fullest = r;
                        }
                    }
                    Mark m = lastInRow[lane][fullest];
                    m.count++;
                    m.holdsSelection |= i == selectedPosition;
                    m.x1 = Math.max(m.x1, x1);
                    m.to = Math.max(m.to, index.endLatest(i));
                    rowEnd[lane][fullest] = Math.max(rowEnd[lane][fullest], x1);
                    continue;
                }
                double y = top + lane * laneHeight + 3 + row * ROW_HEIGHT + (laneHeight - 6 - rows * ROW_HEIGHT) / 2;
                Mark m = new Mark(lane, row, x0, x1, y, i, bar, index.startEarliest(i), index.endLatest(i));
                m.holdsSelection = i == selectedPosition;
                marks.add(m);
                lastInRow[lane][row] = m;
                rowEnd[lane][row] = x1;
            }
        });
    }

    /**
     * When far more events are visible than there are pixels, placing them one by one is wasted work: each lane
     * is cut into columns a cluster wide, and every non-empty column becomes one cluster.
     */
    private void placeBinned(TimeIndex index, TimelineQuery.Result result, double laneHeight, double top,
                             int selectedPosition) {
        TimeViewport viewport = getSkinnable().viewport();
        double bin = 18;
        int columns = (int) Math.ceil(viewport.width() / bin) + 1;
        double columnSeconds = bin * viewport.secondsPerPixel();
        if (clusterBins == null || clusterBinsIndex != index || clusterBinsLanes != lanesByEvent
                || !(result == null ? clusterBinsResult == null : result.showsSameEventsAs(clusterBinsResult))) {
            clusterBins = new ClusterBins(index, lanesByEvent, lanes.size(), result == null ? null : result::isEventShown);
            clusterBinsIndex = index;
            clusterBinsLanes = lanesByEvent;
        }
        clusterBinsResult = result;
        double start = viewport.start();
        ClusterBins.Cells cells = clusterBins.worthwhileFor(columnSeconds)
                ? clusterBins.fill(start, viewport.end(), columnSeconds, columns)
                : clusterBins.fillByVisiting(start, viewport.end(), columnSeconds, columns);
        int selectedColumn = -1;
        if (selectedPosition >= 0 && (result == null || result.isEventShown(selectedPosition))
                && index.endLatest(selectedPosition) >= Math.floor(start)
                && index.startEarliest(selectedPosition) <= Math.ceil(viewport.end())) {
            selectedColumn = ClusterBins.columnOf(index.startEarliest(selectedPosition), start, columnSeconds, columns);
        }
        for (int col = 0; col < columns; col++) {
            for (int lane = 0; lane < lanes.size(); lane++) {
                int count = cells.count[lane][col];
                if (count == 0) {
                    continue;
                }
                int first = cells.firstEvent[lane][col];
                double y = top + lane * laneHeight + (laneHeight - ROW_HEIGHT) / 2;
                long columnEnd = col == columns - 1 ? (long) Math.ceil(viewport.end())
                        : ClusterBins.firstSecondOf(col + 1, start, columnSeconds, columns) - 1;
                // Until clicked, "to" is the column's last second; a click looks up the latest end of its events.
                Mark m = new Mark(lane, 0, LABEL_WIDTH + col * bin, LABEL_WIDTH + col * bin + bin - 2, y, first, false,
                        index.startEarliest(first), columnEnd);
                m.count = count;
                m.binned = true;
                if (col == selectedColumn) {
                    for (int l : lanesByEvent[selectedPosition]) {
                        m.holdsSelection |= l == lane;
                    }
                }
                marks.add(m);
            }
        }
    }

    /** Events take their lane's colour: the category's, or the actor's. */
    private Color eventColour(int lane) {
        return lanes.get(lane).colour();
    }

    private void drawMarks(GraphicsContext g, TimelineQuery q, double laneHeight) {
        TimelineView view = getSkinnable();
        TimeViewport viewport = view.viewport();
        TimelineQuery.Result result = view.state().result();
        TimeIndex index = q.index();
        for (Mark m : marks) {
            Color c = eventColour(m.lane);
            double cy = m.y + ROW_HEIGHT / 2 - 1;
            boolean match = result == null || !result.isSearching() || result.eventMatches(m.event);
            g.setGlobalAlpha(match ? 1 : 0.22);
            if (m.isCluster()) {
                double r = 8;
                double cx = Math.max(m.x0 + r, Math.min(m.x1 - r, m.centre()));
                if (m.x1 - m.x0 > 2 * r + 4) {
                    g.setFill(c.deriveColor(0, 1, 1, 0.25));
                    g.fillRoundRect(m.x0, cy - 5, m.x1 - m.x0, 10, 10, 10);
                }
                sprites.cluster(g, c.darker(), m.count > 99 ? "99+" : String.valueOf(m.count), axisFont, cx, cy);
                continue;
            }
            Event e = index.event(m.event);
            if (m.bar) {
                double sl = LABEL_WIDTH + viewport.xOf(index.startLatest(m.event));
                double ee = LABEL_WIDTH + viewport.xOf(index.endEarliest(m.event));
                drawBar(g, sprites, c, m.x0, sl, ee, m.x1, cy);
            } else {
                drawMoment(g, c, e.start(), m, cy);
            }
            if (result != null && result.isSearching() && match) {
                g.setGlobalAlpha(1);
                g.setStroke(view.matchFill());
                g.setLineWidth(2);
                g.strokeRoundRect(m.x0 - 3, cy - 9, m.x1 - m.x0 + 6, 18, 8, 8);
            }
        }
        g.setGlobalAlpha(1);
    }

    /** A span: solid where it surely lasted, fading in over its uncertain start and out over its uncertain end. */
    private static void drawBar(GraphicsContext g, MarkSprites sprites, Color c, double x0, double startLatest,
                                double endEarliest, double x1, double cy) {
        double top = cy - 6;
        double height = 12;
        double solidFrom = Math.max(x0, Math.min(startLatest, x1));
        double solidTo = Math.max(solidFrom, Math.min(endEarliest, x1));
        if (solidFrom - x0 > 0.5) {
            sprites.fade(g, c, c.getOpacity(), MarkSprites.Fade.IN, x0, top, solidFrom - x0, height);
        }
        g.setFill(c);
        g.fillRect(solidFrom, top, Math.max(1, solidTo - solidFrom), height);
        if (x1 - solidTo > 0.5) {
            sprites.fade(g, c, c.getOpacity(), MarkSprites.Fade.OUT, solidTo, top, x1 - solidTo, height);
        }
    }

    /**
     * A moment: an exact one is a solid diamond; an uncertain one is a band fading out towards its earliest and
     * latest bounds with a hollow marker in the middle, and disputed accounts add a tick per account.
     */
    private void drawMoment(GraphicsContext g, Color c, TimeBound start, Mark m, double cy) {
        TimeViewport viewport = getSkinnable().viewport();
        double cx = m.centre();
        if (start.isExact()) {
            sprites.diamond(g, c, cx, cy);
            return;
        }
        double xs = LABEL_WIDTH + viewport.xOf(start.earliest().getEpochSecond());
        double xl = LABEL_WIDTH + viewport.xOf(start.latest().getEpochSecond());
        if (xl - xs >= 2) {
            sprites.fade(g, c, 0.75, MarkSprites.Fade.BAND, xs, cy - 5, xl - xs, 10);
        }
        for (TimeAccount a : start.accounts()) {
            double ax = LABEL_WIDTH + viewport.xOf((a.earliest().getEpochSecond() + a.latest().getEpochSecond()) / 2.0);
            g.setFill(c.darker());
            g.fillRect(ax - 0.75, cy + 5, 1.5, 4);
        }
        sprites.hollow(g, c.darker(), getSkinnable().background(), cx, cy);
    }

    /** Titles right of their mark (or inside a wide bar), only where they fit before the next mark of the row. */
    private void drawLabels(GraphicsContext g, TimelineQuery q, double width) {
        TimelineView view = getSkinnable();
        TimelineQuery.Result result = view.state().result();
        g.setFont(labelFont);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        Map<Long, Double> nextStart = new HashMap<>();
        for (int k = marks.size() - 1; k >= 0; k--) {
            Mark m = marks.get(k);
            long key = ((long) m.lane << 8) | m.row;
            double limit = nextStart.getOrDefault(key, width);
            nextStart.put(key, m.x0);
            if (m.isCluster()) {
                continue;
            }
            Event e = q.index().event(m.event);
            boolean match = result == null || result.eventMatches(m.event);
            g.setGlobalAlpha(match ? 1 : 0.35);
            double cy = m.y + ROW_HEIGHT / 2 - 1;
            double textWidth = width(e.title());
            if (m.bar && m.x1 - m.x0 >= textWidth + 12 && m.x0 + 6 >= LABEL_WIDTH) {
                g.setFill(readableOn(eventColour(m.lane)));
                g.fillText(e.title(), m.x0 + 6, cy);
                continue;
            }
            // Far enough right that the selection outline never covers the first letter.
            double x = m.x1 + 9;
            double room = limit - x - 8;
            if (room >= 36) {
                g.setFill(view.textFill());
                g.fillText(textWidth <= room ? e.title() : fitText(e.title(), labelFont, room), Math.max(x, LABEL_WIDTH + 2), cy);
            }
        }
        g.setGlobalAlpha(1);
    }

    private static Color readableOn(Color fill) {
        double luminance = 0.2126 * fill.getRed() + 0.7152 * fill.getGreen() + 0.0722 * fill.getBlue();
        return luminance > 0.55 ? Color.web("#1f2328") : Color.WHITE;
    }

    private void drawSelection(GraphicsContext g, TimelineQuery q, double laneHeight, double top) {
        TimelineView view = getSkinnable();
        Event selected = view.state().selectedEvent();
        if (selected == null) {
            return;
        }
        g.setStroke(view.accent());
        g.setLineWidth(2.5);
        for (Mark m : marks) {
            if (m.holdsSelection) {
                double cy = m.y + ROW_HEIGHT / 2 - 1;
                g.strokeRoundRect(m.x0 - 4, cy - 10, m.x1 - m.x0 + 8, 20, 8, 8);
            }
        }
        Anchor anchor = selected.start().anchor();
        if (anchor != null) {
            q.timeline().event(anchor.eventId()).ifPresent(target -> {
                TimeBound point = anchor.point() == Anchor.Point.START ? target.start() : target.end();
                TimeViewport viewport = view.viewport();
                double ax = LABEL_WIDTH + viewport.xOf(point.midpoint().getEpochSecond());
                double sx = LABEL_WIDTH + viewport.xOf(selected.start().midpoint().getEpochSecond());
                double y = top + 4;
                g.setLineDashes(5, 4);
                g.setLineWidth(1.5);
                g.setLineCap(StrokeLineCap.ROUND);
                g.strokeLine(ax, y, ax, canvas.getHeight());
                g.strokeLine(Math.min(ax, sx), y + 2, Math.max(ax, sx), y + 2);
                g.setLineDashes(null);
                g.setFill(view.accent());
                g.setFont(axisFont);
                g.setTextAlign(TextAlignment.LEFT);
                g.setTextBaseline(VPos.TOP);
                g.fillText(TimeText.anchor(anchor, "\u201c" + target.title() + "\u201d"),
                        Math.min(ax, sx) + 4, y + 5);
            });
        }
    }

    private void drawOverview() {
        TimelineView view = getSkinnable();
        GraphicsContext g = overview.getGraphicsContext2D();
        double w = overview.getWidth();
        double h = overview.getHeight();
        g.setFill(view.laneFill());
        g.fillRect(0, 0, w, h);
        g.setStroke(view.gridStroke());
        g.strokeLine(0, 0.5, w, 0.5);
        TimelineQuery q = query();
        g.setFill(view.mutedFill());
        g.setFont(axisFont);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText("Overview", 8, h / 2);
        if (q == null || q.index().size() == 0 || w <= LABEL_WIDTH) {
            return;
        }
        double first = q.index().first();
        double last = q.index().last();
        double span = Math.max(60, last - first) * 1.04;
        double origin = first - span * 0.02;
        double scale = (w - LABEL_WIDTH) / span;
        int columns = (int) Math.max(1, w - LABEL_WIDTH);
        if (overviewCounts == null || overviewWidth != w) {
            overviewCounts = new int[columns];
            overviewWidth = w;
            TimeIndex index = q.index();
            TimelineQuery.Result result = view.state().result();
            for (int i = 0; i < index.size(); i++) {
                if (result != null && !result.isEventShown(i)) {
                    continue;
                }
                int col = (int) ((index.startEarliest(i) - origin) * scale);
                if (col >= 0 && col < columns) {
                    overviewCounts[col]++;
                }
            }
        }
        if (overviewBars == null || overviewBarsFrom != overviewCounts || overviewBars.getHeight() != (int) h
                || !view.mutedFill().equals(overviewBarsColour)) {
            overviewBars = histogram(overviewCounts, (int) h, view.mutedFill());
            overviewBarsFrom = overviewCounts;
            overviewBarsColour = view.mutedFill();
        }
        // One image, not a rectangle per column: a thousand fills a frame cost more than the rest of the strip.
        g.drawImage(overviewBars, LABEL_WIDTH, 0);
        TimeViewport viewport = view.viewport();
        double vx0 = LABEL_WIDTH + (viewport.start() - origin) * scale;
        double vx1 = LABEL_WIDTH + (viewport.end() - origin) * scale;
        g.setFill(view.accent().deriveColor(0, 1, 1, 0.18));
        g.fillRect(Math.max(LABEL_WIDTH, vx0), 2, Math.max(3, Math.min(w, vx1) - Math.max(LABEL_WIDTH, vx0)), h - 4);
        g.setStroke(view.accent());
        g.setLineWidth(1.5);
        g.strokeRect(Math.max(LABEL_WIDTH, vx0), 2, Math.max(3, Math.min(w, vx1) - Math.max(LABEL_WIDTH, vx0)), h - 4);
    }

    /** Bars of a log scale, one pixel column per count, 4 px margin top and bottom. */
    private static javafx.scene.image.WritableImage histogram(int[] counts, int height, Color colour) {
        javafx.scene.image.WritableImage image = new javafx.scene.image.WritableImage(Math.max(1, counts.length),
                Math.max(1, height));
        javafx.scene.image.PixelWriter out = image.getPixelWriter();
        int max = 1;
        for (int c : counts) {
            max = Math.max(max, c);
        }
        for (int col = 0; col < counts.length; col++) {
            if (counts[col] == 0) {
                continue;
            }
            double barHeight = 4 + (height - 14) * Math.log1p(counts[col]) / Math.log1p(max);
            double top = height - 4 - barHeight;
            for (int y = Math.max(0, (int) Math.floor(top)); y < height - 4; y++) {
                double cover = Math.min(1, y + 1 - top);
                out.setColor(col, y, cover >= 1 ? colour : colour.deriveColor(0, 1, 1, cover));
            }
        }
        return image;
    }

    private double width(String text) {
        if (textWidths.size() > 50_000) {
            textWidths.clear();
        }
        return textWidths.computeIfAbsent(text, t -> measure(t, labelFont));
    }

    /**
     * The longest start of {@code text} that fits {@code room} with an ellipsis. A binary search over the length
     * measures a handful of candidates instead of one per character, and results are kept per 8 pixels of room,
     * because panning asks for the same labels frame after frame.
     */
    private String fitText(String text, Font font, double room) {
        String key = (font == laneFont ? "L" : "E") + ((int) room >> 3) + "\u0000" + text;
        String known = fitted.get(key);
        if (known != null) {
            return known;
        }
        String result = measure(text, font) <= room ? text : "";
        if (result.isEmpty()) {
            int lo = 0;
            int hi = text.length() - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (measure(text.substring(0, mid) + "\u2026", font) <= room) {
                    lo = mid;
                } else {
                    hi = mid - 1;
                }
            }
            result = lo == 0 ? "" : text.substring(0, lo).stripTrailing() + "\u2026";
        }
        if (fitted.size() > 20_000) {
            fitted.clear();
        }
        fitted.put(key, result);
        return result;
    }

    private double measure(String text, Font font) {
        measurer.setFont(font);
        measurer.setText(text);
        return measurer.getLayoutBounds().getWidth();
    }

    // Hit-testing and input

    private Mark markAt(double x, double y) {
        Mark best = null;
        double bestDistance = 8;
        for (Mark m : marks) {
            double cy = m.y + ROW_HEIGHT / 2 - 1;
            if (Math.abs(y - cy) > ROW_HEIGHT / 2 + 2) {
                continue;
            }
            double dx = x < m.x0 ? m.x0 - x : (x > m.x1 ? x - m.x1 : 0);
            if (dx < bestDistance || (dx == 0 && best != null && bestDistance == 0 && m.x1 - m.x0 < best.x1 - best.x0)) {
                best = m;
                bestDistance = dx;
            }
        }
        return best;
    }

    Point2D pointOf(String eventId) {
        TimelineQuery q = query();
        if (q == null) {
            return null;
        }
        int position = q.positionOf(eventId);
        for (Mark m : marks) {
            if (m.event == position && !m.isCluster()) {
                return new Point2D(m.centre(), m.y + ROW_HEIGHT / 2 - 1);
            }
        }
        return null;
    }

    int marksDrawn() {
        return marks.size();
    }

    int markImagesPrepared() {
        return sprites.size();
    }

    long framesDrawn() {
        return frames;
    }

    private void pressed(MouseEvent e) {
        getSkinnable().requestFocus();
        pressX = e.getX();
        lastDragX = e.getX();
        dragged = false;
    }

    private void dragged(MouseEvent e) {
        if (Math.abs(e.getX() - pressX) > 3) {
            dragged = true;
        }
        if (dragged) {
            getSkinnable().viewport().pan(e.getX() - lastDragX);
            lastDragX = e.getX();
            redraw();
        }
    }

    private void released(MouseEvent e) {
        if (dragged) {
            return;
        }
        Mark m = markAt(e.getX(), e.getY());
        if (m == null) {
            return;
        }
        if (m.isCluster()) {
            long to = m.binned && clusterBins != null ? clusterBins.lastEnd(m.lane, m.from, m.to) : m.to;
            getSkinnable().viewport().show(m.from, to);
            redraw();
            return;
        }
        getSkinnable().state().selectedEventProperty().set(query().index().event(m.event));
    }

    private void moved(MouseEvent e) {
        Mark m = markAt(e.getX(), e.getY());
        if (m == hovered) {
            return;
        }
        hovered = m;
        if (m == null) {
            tooltip.setText(null);
            tooltip.hide();
            return;
        }
        if (m.isCluster()) {
            tooltip.setText(m.count + " events here \u2014 click to zoom in");
            return;
        }
        Event event = query().index().event(m.event);
        TimeText times = new TimeText(getSkinnable().state().zoneProperty().get());
        StringBuilder text = new StringBuilder(event.title()).append('\n').append(times.describe(event.start()));
        if (event.end() != null) {
            text.append("\nuntil ").append(times.describe(event.end()));
        }
        tooltip.setText(text.toString());
    }

    private void scrolled(ScrollEvent e) {
        TimeViewport viewport = getSkinnable().viewport();
        if (e.isControlDown() || e.isShortcutDown()) {
            viewport.zoomAround(e.getX() - LABEL_WIDTH, Math.pow(1.0025, -e.getDeltaY()));
        } else {
            viewport.pan(e.getDeltaX() != 0 ? e.getDeltaX() : e.getDeltaY());
        }
        redraw();
        e.consume();
    }

    private void pinched(ZoomEvent e) {
        getSkinnable().viewport().zoomAround(e.getX() - LABEL_WIDTH, 1 / e.getZoomFactor());
        redraw();
        e.consume();
    }

    private void overviewDragged(MouseEvent e) {
        TimelineQuery q = query();
        if (q == null || q.index().size() == 0) {
            return;
        }
        double w = overview.getWidth();
        double span = Math.max(60, q.index().last() - q.index().first()) * 1.04;
        double origin = q.index().first() - span * 0.02;
        double t = origin + (e.getX() - LABEL_WIDTH) / (w - LABEL_WIDTH) * span;
        TimeViewport viewport = getSkinnable().viewport();
        double half = (viewport.end() - viewport.start()) / 2;
        viewport.reveal(t - half, t + half);
        viewport.pan(viewport.xOf(t) - viewport.width() / 2);
        redraw();
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        AppState state = getSkinnable().state();
        TimeViewport viewport = getSkinnable().viewport();
        KeyCode code = e.getCode();
        boolean handled = true;
        if (e.isShiftDown() && (code == KeyCode.LEFT || code == KeyCode.RIGHT)) {
            viewport.pan(code == KeyCode.LEFT ? viewport.width() / 5 : -viewport.width() / 5);
            redraw();
        } else if (code == KeyCode.RIGHT) {
            state.selectRelative(1);
        } else if (code == KeyCode.LEFT) {
            state.selectRelative(-1);
        } else if (code == KeyCode.HOME) {
            state.selectFirst();
        } else if (code == KeyCode.END) {
            state.selectLast();
        } else if (code == KeyCode.PLUS || code == KeyCode.ADD || code == KeyCode.EQUALS) {
            zoomAroundCentre(1 / 1.5);
        } else if (code == KeyCode.MINUS || code == KeyCode.SUBTRACT) {
            zoomAroundCentre(1.5);
        } else if ((code == KeyCode.DIGIT0 || code == KeyCode.NUMPAD0) && !e.isShortcutDown()) {
            fit();
        } else {
            handled = false;
        }
        if (handled) {
            e.consume();
        }
    }
}
