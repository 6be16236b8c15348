package org.summittimeline.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.summittimeline.model.Quote;
import org.summittimeline.model.Timeline;

/** The quotes of each event, in file order, built once per timeline. */
public final class QuotesByEvent {
    private final Map<String, List<Quote>> byEvent = new HashMap<>();

    public QuotesByEvent(Timeline timeline) {
        for (Quote q : timeline.quotes()) {
            byEvent.computeIfAbsent(q.eventId(), k -> new ArrayList<>()).add(q);
        }
        byEvent.replaceAll((k, v) -> List.copyOf(v));
    }

    public List<Quote> of(String eventId) {
        return byEvent.getOrDefault(eventId, List.of());
    }
}
