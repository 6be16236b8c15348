package org.summittimeline.ui.timeline;

import java.util.List;
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
import org.summittimeline.ui.AppState;

/**
 * The zoomable timeline: one lane per category (or per actor), events drawn on a canvas from the time index,
 * an axis in the display time zone and an overview strip. It reads the selection, filters and search from
 * {@link AppState} and writes clicks and key presses back to it. Colours of the chrome come from CSS
 * ({@code -st-text-fill}, {@code -st-accent}, …); colours of events from the data.
 */
public final class TimelineView extends Control {
    static final String STYLESHEET = TimelineView.class.getResource("timeline.css").toExternalForm();

    private final AppState state;
    private final TimeViewport viewport = new TimeViewport();

    public TimelineView(AppState state) {
        this.state = state;
        getStyleClass().add("timeline-view");
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.TEXT);
        setAccessibleRoleDescription("timeline");
        state.selectedEventProperty().addListener((obs, old, e) -> setAccessibleText(describe(e)));
        setAccessibleText(describe(null));
    }

    private String describe(Event e) {
        if (e == null) {
            return "Timeline. No event selected. Left and Right select events; plus and minus zoom.";
        }
        return "Selected event: " + e.title() + ", " + new TimeText(state.zoneProperty().get()).span(e);
    }

    public AppState state() {
        return state;
    }

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

    public void zoomIn() {
        zoomBy(1 / 1.5);
    }

    public void zoomOut() {
        zoomBy(1.5);
    }

    private void zoomBy(double factor) {
        TimelineSkin s = timelineSkin();
        if (s != null) {
            s.zoomAroundCentre(factor);
        }
    }

    public void zoomToFit() {
        TimelineSkin s = timelineSkin();
        if (s != null) {
            s.fit();
        }
    }

    /** Where the event's mark was drawn in the last frame, in this control's coordinates; null if not drawn. */
    public Point2D pointOf(String eventId) {
        TimelineSkin s = timelineSkin();
        return s == null ? null : s.pointOf(eventId);
    }

    /** The number of marks (events and clusters) drawn in the last frame. */
    public int marksDrawn() {
        TimelineSkin s = timelineSkin();
        return s == null ? 0 : s.marksDrawn();
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
                java.util.function.Function<TimelineView, StyleableObjectProperty<Paint>> get, Color initial) {
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
        List<CssMetaData<? extends Styleable, ?>> all = new java.util.ArrayList<>(Control.getClassCssMetaData());
        all.addAll(Css.ALL);
        return all;
    }
}
