package org.summittimeline.model;

import java.util.List;

/**
 * Something that happened at a place and time: an arrival, the talks, the press conference.
 * {@code end} is null for an event that is a moment rather than a span. The summary is our own words.
 */
public record Event(String id, String title, String categoryId, List<String> actorIds, String location,
                    String summary, TimeBound start, TimeBound end, List<Citation> sources) {

    public Event {
        actorIds = List.copyOf(actorIds);
        sources = List.copyOf(sources);
    }

    public boolean isRange() {
        return end != null;
    }
}
