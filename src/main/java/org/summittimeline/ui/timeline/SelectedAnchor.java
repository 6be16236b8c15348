package org.summittimeline.ui.timeline;

import org.summittimeline.model.Anchor;
import org.summittimeline.model.Event;
import org.summittimeline.model.TimeBound;
import org.summittimeline.model.Timeline;
import org.summittimeline.query.TimeText;

/** The anchor of the selected event's relative time: when it is, and how the note says it; NaN and null without one. */
record SelectedAnchor(double time, String text) {
    static SelectedAnchor of(Event selected, Timeline timeline) {
        Anchor anchor = selected == null ? null : selected.start().anchor();
        Event target = anchor == null ? null : timeline.event(anchor.eventId()).orElse(null);
        if (target == null) {
            return new SelectedAnchor(Double.NaN, null);
        }
        TimeBound point = anchor.point() == Anchor.Point.START ? target.start() : target.end();
        return new SelectedAnchor(point.midpoint().getEpochSecond(),
                TimeText.anchor(anchor, TimeText.titled(target.title())));
    }
}
