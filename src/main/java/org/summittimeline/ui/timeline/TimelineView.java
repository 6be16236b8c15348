package org.summittimeline.ui.timeline;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.css.converter.PaintConverter;
import javafx.geometry.Point2D;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.summittimeline.model.Event;
import org.summittimeline.query.TimeText;
import org.summittimeline.query.QueryResult;
import org.summittimeline.query.TimelineQuery;
import org.summittimeline.ui.timeline.layout.LaneMode;
import org.summittimeline.ui.timeline.layout.PreparedLayout;
import org.summittimeline.ui.timeline.layout.TimeViewport;
import org.summittimeline.ui.timeline.layout.TimeWindow;
import org.summittimeline.ui.timeline.layout.TimelineLayout;
import org.summittimeline.ui.Texts;

/**
 * The zoomable timeline: lanes of events drawn on a canvas from the time index, an axis in the display time zone
 * and an overview strip. A control with properties of its own (the timeline, what the filters show, the
 * selection, the zones, the lane mode); the window binds them to its state. Colours of the chrome come from CSS
 * ({@code -st-text-fill}, {@code -st-accent}, …); colours of events from the data.
 */
public final class TimelineView extends Control {
    static final String STYLESHEET = TimelineView.class.getResource("timeline.css").toExternalForm();

    private final ObjectProperty<TimelineQuery> query = new SimpleObjectProperty<>(this, "query");
    private final ObjectProperty<QueryResult> result = new SimpleObjectProperty<>(this, "result");
    private final ObjectProperty<Event> selectedEvent = new SimpleObjectProperty<>(this, "selectedEvent");
    private final ObjectProperty<ZoneId> zone = new SimpleObjectProperty<>(this, "zone", ZoneId.of("UTC"));
    private final ObjectProperty<ZoneId> secondZone = new SimpleObjectProperty<>(this, "secondZone");
    private final ObjectProperty<LaneMode> laneMode = new SimpleObjectProperty<>(this, "laneMode", LaneMode.CATEGORY);
    private final DoubleProperty textScale = new SimpleDoubleProperty(this, "textScale", 1);
    private final TimeViewport viewport = new TimeViewport();
    /** The lanes and cluster counts worked out while the query was prepared, or null. */
    private PreparedLayout prepared;
    private final FoldedLanes foldedLanes = new FoldedLanes();
    private final ReadOnlyObjectWrapper<TimeWindow> timeWindow = new ReadOnlyObjectWrapper<>(this, "timeWindow",
            viewport.window());

    public TimelineView() {
        getStyleClass().add("timeline-view");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.TEXT);
        setAccessibleRoleDescription(Texts.get("timeline.role"));
        selectedEvent.addListener((obs, old, e) -> setAccessibleText(describe(e)));
        zone.addListener((obs, old, z) -> setAccessibleText(describe(selectedEvent.get())));
        setAccessibleText(describe(null));
        // One value per change of the view (not per frame: frames are drawn from it after changes coalesce).
        viewport.setOnChange(() -> timeWindow.set(viewport.window()));
        // Lanes made for another timeline would keep it alive (a million events) to no use.
        query.addListener((obs, old, q) -> {
            if (prepared != null && !prepared.isFor(q)) {
                prepared = null;
            }
        });
    }

    private String describe(Event e) {
        if (e == null) {
            return Texts.get("timeline.spoken.none");
        }
        return Texts.format("timeline.spoken.selected", e.title(), new TimeText(zone.get()).span(e));
    }

    /**
     * Lanes and cluster counts made off the UI thread for the query about to be shown ({@link PreparedLayout#of});
     * null for none. They are dropped when the view is given another query.
     */
    public void offerLayout(PreparedLayout layout) {
        prepared = layout;
    }

    PreparedLayout preparedLayout() {
        return prepared;
    }

    // Properties

    /** The open timeline with its indexes; null when none is open. */
    public ObjectProperty<TimelineQuery> queryProperty() { return query; }
    /** Which events the filters show and the search matches; null shows every event. */
    public ObjectProperty<QueryResult> resultProperty() { return result; }
    public ObjectProperty<Event> selectedEventProperty() { return selectedEvent; }
    public ObjectProperty<ZoneId> zoneProperty() { return zone; }
    /** A second zone whose clock times are written under the axis; null for none. */
    public ObjectProperty<ZoneId> secondZoneProperty() { return secondZone; }
    public ObjectProperty<LaneMode> laneModeProperty() { return laneMode; }
    /**
     * The reader's text size as a multiple of the designed one (View ▸ Text Size): the canvas has no stylesheet to
     * follow, so its titles, names, axis and rows are drawn at this scale.
     */
    public DoubleProperty textScaleProperty() { return textScale; }
    public double getTextScale() { return textScale.get(); }

    /** The stretch of time on screen, read-only: it changes through the commands below, the mouse and keys. */
    public ReadOnlyObjectProperty<TimeWindow> timeWindowProperty() { return timeWindow.getReadOnlyProperty(); }

    public TimelineQuery query() { return query.get(); }
    public TimeWindow timeWindow() { return timeWindow.get(); }
    public QueryResult result() { return result.get(); }
    public Event selectedEvent() { return selectedEvent.get(); }

    /** The view's mutable model, for the skin, its input and tests that drive it; others observe {@link #timeWindowProperty()}. */
    public TimeViewport viewport() {
        return viewport;
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TimelineSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return STYLESHEET;
    }

    private TimelineSkin timelineSkin() {
        return getSkin() instanceof TimelineSkin s ? s : null;
    }

    // Commands

    /**
     * Selects the shown event {@code step} places on in time order. From no selection, a step starts from the view:
     * forward, the first shown event that starts in it (or after it); back, the last that starts in it (or before).
     * From the first event of the whole timeline, a reader who had zoomed into a burst was taken to January.
     */
    public void selectRelative(int step) {
        TimelineQuery q = query.get();
        if (q == null) {
            return;
        }
        select(selectedEvent.get() == null && viewport.width() > 1
                ? q.steps().into((long) Math.floor(viewport.start()), (long) Math.floor(viewport.end()), result.get(), step)
                : q.steps().from(selectedEvent.get(), result.get(), step));
    }

    /** The first shown event of the whole timeline. */
    public void selectFirst() {
        TimelineQuery q = query.get();
        select(q == null ? null : q.steps().from(null, result.get(), 1));
    }

    /** The last shown event of the whole timeline. */
    public void selectLast() {
        TimelineQuery q = query.get();
        select(q == null ? null : q.steps().from(null, result.get(), -1));
    }

    /**
     * Lets go of the selected event: the details pane goes back to the timeline's overview (its counts, what the
     * filters show, the key to the marks), which had been seen only before the first selection.
     */
    public void deselect() {
        selectedEvent.set(null);
    }

    private void select(Event next) {
        if (next != null) {
            selectedEvent.set(next);
        }
    }

    public void zoomIn() {
        zoomBy(1 / 1.5);
    }

    public void zoomOut() {
        zoomBy(1.5);
    }

    /** Zooms around the selection when it is on screen (so it stays where the reader looks), else the middle. */
    public void zoomBy(double factor) {
        TimelineSkin s = timelineSkin();
        if (s != null) {
            s.zoomAroundSelection(factor);
        }
    }

    /** Shows this stretch of time (left edge, seconds per pixel), instead of fitting a newly opened timeline. */
    public void showView(double start, double secondsPerPixel) {
        TimelineSkin s = timelineSkin();
        if (s != null) {
            s.keepView();
        }
        viewport.setView(start, secondsPerPixel);
    }

    /**
     * Folds the lanes the selected event is drawn in to strips of ticks, or unfolds them when all of them are
     * folded: the keyboard's way to what a click on a lane's name does.
     */
    public void foldSelectedEventLanes() {
        TimelineSkin s = timelineSkin();
        Event e = selectedEvent.get();
        if (s != null && e != null && query() != null) {
            foldedLanes.toggleLanesOf(s.shownLanes(), query().positionOf(e.id()));
        }
    }

    public void unfoldAllLanes() {
        foldedLanes.clear();
    }

    /** The ids of the lanes the reader has folded, in the lane mode shown. */
    public Set<String> foldedLanes() {
        return Set.copyOf(foldedLanes.ids());
    }

    /** Folds these lanes (ids of the lane mode shown) and unfolds the others, as they were before a reload. */
    public void keepFoldedLanes(Set<String> ids) {
        foldedLanes.keep(ids);
    }

    /** How many lanes the reader has folded; none again for each timeline opened. */
    public ReadOnlyIntegerProperty foldedLaneCountProperty() {
        return foldedLanes.countProperty();
    }

    FoldedLanes folded() {
        return foldedLanes;
    }

    public void zoomToFit() {
        TimelineSkin s = timelineSkin();
        if (s != null) {
            s.fit();
        }
    }

    // What the last frame drew, for tests and the frame harness

    /** The last frame's layout: lanes, marks, labels and plates in the lane area's content coordinates. */
    public TimelineLayout currentLayout() {
        TimelineSkin s = timelineSkin();
        return s == null ? TimelineLayout.EMPTY : s.currentLayout();
    }

    /** Where the lane area began in the last frame, on its canvas: below the axis and a relative time's note, if open. */
    public double lanesTop() {
        TimelineSkin s = timelineSkin();
        return s == null ? 0 : s.lanesTop();
    }

    /** Where a point of the layout's content coordinates stands in this control's coordinates. */
    public Point2D localOf(double x, double y) {
        TimelineSkin s = timelineSkin();
        return s == null ? null : s.area().localOf(x, y);
    }

    /** Where the event's own mark was drawn in the last frame, in this control's coordinates; null if not drawn. */
    public Point2D pointOf(String eventId) {
        TimelineSkin s = timelineSkin();
        return s == null || query() == null ? null : s.area().pointOf(query().positionOf(eventId));
    }

    /** Scrolls the lanes this many pixels down (as far as they reach), instead of to the top of a new timeline. */
    public void showLaneScroll(double pixels) {
        TimelineSkin s = timelineSkin();
        if (s != null) {
            s.keepLaneScroll(pixels);
        }
    }

    /** How far the lanes are scrolled down, in pixels. */
    public double laneScroll() {
        TimelineSkin s = timelineSkin();
        return s == null ? 0 : s.laneScroll();
    }

    /** The width of the lane names' column left of the lanes. */
    public double laneNamesWidth() {
        TimelineSkin s = timelineSkin();
        return s == null ? NamesColumn.MIN_WIDTH : s.namesWidth();
    }

    /** The height of the overview strip along the bottom. */
    public double overviewHeight() {
        return OverviewStrip.HEIGHT;
    }

    /** The number of marks (events, clusters and ticks) drawn in the last frame. */
    public int marksDrawn() {
        return currentLayout().marks().size();
    }

    /** How many mark images have been prepared: one per shape and colour, however many events are drawn. */
    public int markImagesPrepared() {
        TimelineSkin s = timelineSkin();
        return s == null ? 0 : s.markImagesPrepared();
    }

    /** How many frames have been drawn; tests wait for it to move. */
    public long framesDrawn() {
        TimelineSkin s = timelineSkin();
        return s == null ? 0 : s.framesDrawn();
    }

    // CSS colours of the chrome

    private final StyleableObjectProperty<Paint> textFill = colour("textFill", Color.web("#24292f"), 0);
    private final StyleableObjectProperty<Paint> mutedFill = colour("mutedFill", Color.web("#57606a"), 1);
    private final StyleableObjectProperty<Paint> gridStroke = colour("gridStroke", Color.web("#d0d7de"), 2);
    private final StyleableObjectProperty<Paint> laneFill = colour("laneFill", Color.web("#f6f8fa"), 3);
    private final StyleableObjectProperty<Paint> accent = colour("accent", Color.web("#0969da"), 4);
    private final StyleableObjectProperty<Paint> matchFill = colour("matchFill", Color.web("#d4a72c"), 5);
    private final StyleableObjectProperty<Paint> background = colour("background", Color.WHITE, 6);

    private StyleableObjectProperty<Paint> colour(String name, Color initial, int index) {
        return new StyleableObjectProperty<>(initial) {
            @Override
            public Object getBean() {
                return TimelineView.this;
            }

            @Override
            public String getName() {
                return name;
            }

            @Override
            public CssMetaData<TimelineView, Paint> getCssMetaData() {
                return Css.ALL.get(index);
            }

            @Override
            protected void invalidated() {
                TimelineSkin s = timelineSkin();
                if (s != null) {
                    s.redraw();
                }
            }
        };
    }

    Color textFill() { return (Color) textFill.get(); }
    Color mutedFill() { return (Color) mutedFill.get(); }
    Color gridStroke() { return (Color) gridStroke.get(); }
    Color laneFill() { return (Color) laneFill.get(); }
    Color accent() { return (Color) accent.get(); }
    Color matchFill() { return (Color) matchFill.get(); }
    Color background() { return (Color) background.get(); }

    private static final class Css {
        static final List<CssMetaData<TimelineView, Paint>> ALL = List.of(
                meta("-st-text-fill", v -> v.textFill, Color.web("#24292f")),
                meta("-st-muted-fill", v -> v.mutedFill, Color.web("#57606a")),
                meta("-st-grid-stroke", v -> v.gridStroke, Color.web("#d0d7de")),
                meta("-st-lane-fill", v -> v.laneFill, Color.web("#f6f8fa")),
                meta("-st-accent", v -> v.accent, Color.web("#0969da")),
                meta("-st-match-fill", v -> v.matchFill, Color.web("#d4a72c")),
                meta("-st-background", v -> v.background, Color.WHITE));

        private static CssMetaData<TimelineView, Paint> meta(String property,
                Function<TimelineView, StyleableObjectProperty<Paint>> get, Color initial) {
            return new CssMetaData<>(property, PaintConverter.getInstance(), initial) {
                @Override
                public boolean isSettable(TimelineView view) {
                    return !get.apply(view).isBound();
                }

                @Override
                public StyleableProperty<Paint> getStyleableProperty(TimelineView view) {
                    return get.apply(view);
                }
            };
        }
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getControlCssMetaData() {
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Control.getClassCssMetaData());
        all.addAll(Css.ALL);
        return all;
    }
}
