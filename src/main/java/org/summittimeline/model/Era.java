package org.summittimeline.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A stretch of time the timeline names as a whole ("The Cold War", "Day two"), drawn as a shaded band behind
 * the events with its title. {@code colour} is "#rrggbb" or null when the viewer picks one.
 */
public record Era(String title, Instant start, Instant end, String colour) {
    public Era {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("era ends " + end + " before it starts " + start);
        }
    }
}
