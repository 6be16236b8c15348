package org.summittimeline.ui.shell;

import org.summittimeline.ui.AppState;
import org.summittimeline.ui.timeline.TimelineView;

/**
 * Ties a timeline view's own properties to the window's state: the view shows the state's timeline, filters,
 * zones, lane mode and text size, and the selection is one and the same in both directions.
 */
public final class TimelineBinding {
    private TimelineBinding() {
    }

    public static TimelineView bind(TimelineView view, AppState state) {
        view.queryProperty().bind(state.queryProperty());
        view.resultProperty().bind(state.resultProperty());
        view.zoneProperty().bind(state.zoneProperty());
        view.secondZoneProperty().bind(state.secondZoneProperty());
        view.laneModeProperty().bind(state.laneModeProperty());
        view.textScaleProperty().bind(state.fontScaleProperty());
        view.selectedEventProperty().bindBidirectional(state.selectedEventProperty());
        return view;
    }
}
