package org.summittimeline.ui;

import org.summittimeline.model.Anchor;
import org.summittimeline.model.Event;
import org.summittimeline.model.Timeline;
import org.summittimeline.query.TimeText;

/**
 * How a relative time names the event it counts from: its title in quotation marks, or "this event" when an end
 * counts from its own event's start ("46 min after the start of “Joint press conference”", said of the press
 * conference itself, read as if it pointed at another event).
 */
public final class AnchorName {
    private AnchorName() {
    }

    public static String of(Anchor anchor, Event event, Timeline timeline) {
        if (event != null && anchor.eventId().equals(event.id())) {
            return Texts.get("anchor.itself");
        }
        String title = timeline.event(anchor.eventId()).map(Event::title).orElse(anchor.eventId());
        return TimeText.titled(title);
    }
}
