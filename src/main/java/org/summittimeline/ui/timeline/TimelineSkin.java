package org.summittimeline.ui.timeline;

import java.util.function.IntPredicate;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.SkinBase;
import org.summittimeline.model.Event;
import org.summittimeline.query.QueryResult;
import org.summittimeline.query.TimelineQuery;
import org.summittimeline.ui.timeline.layout.Lanes;
import org.summittimeline.ui.timeline.layout.LayoutEngine;
import org.summittimeline.ui.timeline.layout.LayoutInput;
import org.summittimeline.ui.timeline.layout.PlacedMark;
import org.summittimeline.ui.timeline.layout.TimeWindow;
import org.summittimeline.ui.timeline.layout.TimelineLayout;

/**
 * Puts {@link TimelineView} on screen: asks the {@link LayoutEngine} where everything of a frame goes, has the
 * painters draw it on the canvas, keeps the lane area's vertical scroll, and answers the view's questions about
 * the last frame. Redraws are coalesced: a change marks the frame dirty and the next layout pass draws it.
 */
final class TimelineSkin extends SkinBase<TimelineView> {
    private final Canvas canvas = new Canvas();
    private final OverviewStrip overview;
    private final LaneScroll scroll = new LaneScroll(this::redraw);
    private final CanvasTypes types = new CanvasTypes();
    private final LabelMeasure labels = new LabelMeasure(CanvasType.DESIGNED.title());
    private final LayoutEngine engine = new LayoutEngine(labels);
    private final LanePainter lanePainter = new LanePainter();
    private final AxisPainter axisPainter = new AxisPainter();
    private final EraPainter eraPainter = new EraPainter();
    private final TimelineInput input;
    private final NamesColumn names = new NamesColumn();
    private final LaneArea area = new LaneArea(names, scroll, this::lanesTop, canvas::getHeight,
            () -> getSkinnable().viewport().width(), () -> this.layout);
    private final ShownLanes lanes = new ShownLanes();
    private TimelineLayout layout = TimelineLayout.EMPTY;
    private LayoutInput layoutInput;
    private final PassLayouts layouts = new PassLayouts(engine);
    private boolean dirty = true;
    private boolean fitPending = true;
    private final SelectionReveal reveal;
    private final LanesInSight inSight = new LanesInSight();
    private long frames;

    TimelineSkin(TimelineView view) {
        super(view);
        overview = new OverviewStrip(view, names::width);
        getChildren().addAll(canvas, overview.canvas(), scroll.bar());
        types.use(type -> labels.setFont(type.title()));
        types.use(type -> engine.setTextScale(type.scale()));
        types.use(lanePainter::setType);
        types.use(axisPainter::setType);
        types.use(eraPainter::setType);
        types.use(overview::setType);
        input = new TimelineInput(view, this, canvas);
        reveal = new SelectionReveal(view, labels, engine::markSizes, scroll, new SelectionReveal.NextFrame() {
            @Override
            public TimelineLayout layout() {
                return layouts.forReveal(input(Math.max(0, canvas.getHeight() - axisHeight())));
            }

            @Override
            public double laneArea(TimelineLayout next) {
                return Math.max(0, canvas.getHeight() - axisHeight() - next.stripHeight());
            }

            @Override
            public double stripNow() {
                return layout.stripHeight();
            }
        });
        registerChangeListener(view.queryProperty(), o -> {
            fitPending = true;
            scroll.reset();
            getSkinnable().folded().clear();
            labels.clear();
            lanes.markStale();
            redraw();
        });
        registerChangeListener(view.laneModeProperty(), o -> {
            scroll.reset();
            reveal.afterLaneModeChange();
            // Category and actor lanes have ids of their own: folds of the one mode mean nothing in the other.
            getSkinnable().folded().clear();
            rebuildLanes();
            redraw();
        });
        registerChangeListener(view.resultProperty(), o -> {
            if (lanes.changedBy(view.result())) {
                QueryResult before = lanes.madeFor();
                rebuildLanes();
                ViewportMoves.bringShownIntoView(view, labels, engine.markSizes(), before);
            }
            inSight.resultChanged(view.result());
            overview.recount();
            redraw();
        });
        registerChangeListener(view.foldedLaneCountProperty(), o -> redraw());
        registerChangeListener(view.zoneProperty(), o -> redraw());
        registerChangeListener(view.secondZoneProperty(), o -> redraw());
        registerChangeListener(view.selectedEventProperty(), o -> {
            reveal.afterChoice();
            redraw();
        });
        registerChangeListener(view.timeWindowProperty(), o -> redraw());
        registerChangeListener(view.textScaleProperty(), o -> applyTextScale());
        applyTextScale();
        rebuildLanes();
    }

    @Override
    public void dispose() {
        input.dispose();
        super.dispose();
    }

    /** Draws in the view's text size: titles, names, axis and rows, and the names' column, grow with it. */
    private void applyTextScale() {
        if (!types.take(getSkinnable().getTextScale())) {
            return;
        }
        // The names' column alone; the lanes stay (made anew, a million events were gone over at each Ctrl+plus).
        ViewportMoves.keepingSpan(getSkinnable().viewport(), this::fitNamesColumn);
        reveal.afterTypeChange();
        redraw();
    }

    void redraw() {
        dirty = true;
        getSkinnable().requestLayout();
    }

    /** The axis and, when the timeline has eras, the strip of their titles below it. */
    private double axisHeight() {
        TimelineQuery q = getSkinnable().query();
        return AxisPainter.height(getSkinnable().secondZoneProperty().get(), types.current())
                + (q == null ? 0 : EraPainter.stripHeight(engine.eraRows(q.timeline().eras()), types.current()));
    }

    /** Where the lanes begin: below the axis and, while a relative time is selected, its note's strip. */
    double lanesTop() {
        return axisHeight() + layout.stripHeight();
    }

    double laneAreaHeight() {
        return Math.max(0, canvas.getHeight() - lanesTop());
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        if (lanes.isStale()) {
            rebuildLanes();
        }
        double mainHeight = Math.max(0, h - OverviewStrip.HEIGHT);
        if (canvas.getWidth() != w || canvas.getHeight() != mainHeight) {
            if (mainHeight < canvas.getHeight()) {
                reveal.beforeShrink(layout, laneAreaHeight());
            }
            canvas.setWidth(w);
            canvas.setHeight(mainHeight);
            overview.resize(w);
            double oldWidth = getSkinnable().viewport().width();
            fitNamesColumn();
            getSkinnable().viewport().setWidth(names.timeWidth(w));
            if (oldWidth <= 1) {
                fitPending = true;
            }
            dirty = true;
        }
        canvas.relocate(x, y);
        overview.canvas().relocate(x, y + mainHeight);
        if (fitPending && w > names.width() + 10) {
            fitPending = false;
            fit();
        }
        if (w > names.width() + 10) {
            reveal.apply(lanes.lanes() != null);
        }
        if (dirty) {
            dirty = false;
            draw();
            overview.draw();
        }
        scroll.bar().resizeRelocate(x + w - LaneScroll.BAR_WIDTH, y + lanesTop(), LaneScroll.BAR_WIDTH, laneAreaHeight());
        layouts.endPass();
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        if (lanes.isStale()) {
            rebuildLanes();
        }
        int count = lanes.lanes() == null ? 1 : Math.max(1, lanes.lanes().size());
        CanvasType type = types.current();
        return type.px(AxisPainter.HEIGHT) + count * type.px(64) + OverviewStrip.HEIGHT + top + bottom;
    }

    // The canvases are as large as the last layout made them; the control itself must still be free to shrink.
    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return names.width() + 150 + left + right;
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 900 + left + right;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return types.current().px(AxisPainter.HEIGHT) + OverviewStrip.HEIGHT + types.current().px(60);
    }

    private void rebuildLanes() {
        lanes.rebuild(getSkinnable(), engine);
        fitNamesColumn();
        overview.recount();
    }

    /** The lane names' column as wide as its longest name needs in the type drawn, within its limits. */
    private void fitNamesColumn() {
        if (names.fit(lanePainter.namesWidth(getSkinnable().query(), getSkinnable().laneModeProperty().get()),
                types.current(), canvas.getWidth())) {
            getSkinnable().viewport().setWidth(names.timeWidth(canvas.getWidth()));
        }
    }

    double namesWidth() {
        return names.width();
    }

    private IntPredicate shown() {
        return lanes.shown(getSkinnable().result());
    }

    /** The layout input for the current state, the given lane area height and the viewport as it is now. */
    private LayoutInput input(double areaHeight) {
        TimelineView view = getSkinnable();
        TimelineQuery q = view.query();
        TimeWindow window = view.timeWindow();
        Event selected = view.selectedEvent();
        int position = selected == null ? -1 : q.positionOf(selected.id());
        SelectedAnchor anchor = SelectedAnchor.of(selected, q.timeline());
        // Every event shown (as when a file opens): no test per event, which at a million events was a tenth of
        // the first layout's counting on the UI thread. The lanes keep the test: they leave out empty categories.
        QueryResult result = view.result();
        IntPredicate shown = result != null && result.showsEveryEvent() ? null : shown();
        return new LayoutInput(q.index(), lanes.lanes(), shown, position, window.start(), window.secondsPerPixel(),
                window.width(), areaHeight, getSkinnable().folded().ids(), anchor.time(), anchor.text(),
                q.hasRelativeTimes());
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
        // Also before any timeline is shown: a large file opened first has its heaviest frame as its first.
        lanePainter.writeCountsAhead(canvas.getScene());
        TimelineQuery q = view.query();
        if (q == null || lanes.lanes() == null || w <= names.width()) {
            layout = TimelineLayout.EMPTY;
            layoutInput = null;
            scroll.hide();
            return;
        }
        layoutInput = input(Math.max(0, h - axisHeight()));
        layout = layouts.forFrame(layoutInput);
        QueryResult result = view.result();
        boolean[] lit = result == null || !result.isSearching() ? null
                : engine.matching(layoutInput, layout, lanes.matching(result));
        inSight.scroll(layout, lit, scroll, laneAreaHeight());
        scroll.fit(layout.contentHeight(), laneAreaHeight());
        lanePainter.scale(canvas.getScene() == null || canvas.getScene().getWindow() == null ? 1
                : canvas.getScene().getWindow().getOutputScaleX());
        lanePainter.stripes(g, view, layout, lanesTop(), scroll.value(), w, h);
        axisPainter.draw(g, view, names.width(), w, h, AxisPainter.headerMoment(view, layout));
        var eras = engine.eras(q.timeline().eras(), layoutInput);
        double axis = AxisPainter.height(view.secondZoneProperty().get(), types.current());
        eraPainter.strip(g, view, eras, names.width(), axis, axisHeight() - axis, w);
        lanePainter.draw(g, view, layout, lit, eras, lanes.colours(), names.width(), lanesTop(), scroll.value(), w, h);
    }

    String headerDay() {
        TimelineView view = getSkinnable();
        return AxisPainter.header(view.viewport(), AxisPainter.headerMoment(view, layout), view.zoneProperty().get(),
                AxisPainter.dataSpan(view));
    }

    // Commands

    void fit() {
        ViewportMoves.fit(getSkinnable(), labels, engine.markSizes());
    }

    void zoomAroundSelection(double factor) {
        if (ViewportMoves.zoomAroundSelection(getSkinnable(), factor)) {
            // Zoomed in, a dense lane stacks its events into more rows, and the selected one's row could sink
            // below the view while the details still describe it: its row is kept in view, as a step keeps it.
            reveal.afterZoom();
            redraw();
        }
    }

    void scrollLanes(double pixels) {
        if (scroll.by(pixels, LaneScroll.maxFor(layout.contentHeight(), laneAreaHeight()))) {
            redraw();
        }
    }

    /** Selects the event the reader clicked; the view keeps its time, as the mark is where the reader looks. */
    void selectPointedAt(Event event) {
        reveal.pointedAt(() -> getSkinnable().selectedEventProperty().set(event));
    }

    /** The reader's view is to stay: a timeline just opened is not fitted to the width. */
    void keepView() {
        fitPending = false;
        reveal.cancel();
    }

    /** Scrolls the lanes to this many pixels down in the next frame, as far as they reach. */
    void keepLaneScroll(double pixels) {
        scroll.set(pixels);
        redraw();
    }

    /** Keeps this lane in view in the next frame, whatever its height there. */
    void keepLaneInView(int lane) {
        inSight.keep(lane);
        redraw();
    }

    void toggleCollapsed(String laneId) {
        getSkinnable().folded().toggle(laneId);
    }

    /** The lanes of the timeline and lane mode shown; null until they are made for them. */
    Lanes shownLanes() {
        return lanes.isStale() ? null : lanes.lanes();
    }

    double[] splitView(PlacedMark cluster) {
        return layoutInput == null ? null : engine.splitView(layoutInput, cluster);
    }

    int[] membersOf(PlacedMark cluster) {
        return layoutInput == null ? new int[0] : engine.membersOf(layoutInput, cluster);
    }

    // Questions about the last frame

    boolean countsWritten() {
        return lanePainter.countsWritten();
    }

    TimelineLayout currentLayout() {
        return layout;
    }

    /** What the last frame was laid out from; null before the first frame with a timeline. */
    LayoutInput currentInput() {
        return layoutInput;
    }

    double laneScroll() {
        return scroll.value();
    }

    LaneArea area() {
        return area;
    }

    int markImagesPrepared() {
        return lanePainter.spritesPrepared();
    }

    long framesDrawn() {
        return frames;
    }

    /** How many times the lanes were laid out for a frame or a reveal (not for a cluster's split). */
    long layoutsMade() {
        return layouts.made();
    }

    TimelineInput input() {
        return input;
    }
}
