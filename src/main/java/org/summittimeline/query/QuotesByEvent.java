package org.summittimeline.query;

import java.util.Arrays;
import java.util.List;
import org.summittimeline.model.Quote;
import org.summittimeline.model.Timeline;

/**
 * The quotes of each event, in file order, built once per timeline. The quotes are laid out event after event
 * in one array with an offset per event (no map entry and list per event: at 100,000 events that was 8 MB).
 */
final class QuotesByEvent {
    private final Timeline timeline;
    private final Quote[] grouped;
    /** The quotes of the event at position p are grouped[start[p]] up to grouped[start[p + 1]]. */
    private final int[] start;

    /** {@code quoteEvent[i]} is the position of quote i's event, or -1 when it names no event. */
    QuotesByEvent(Timeline timeline, int[] quoteEvent) {
        this.timeline = timeline;
        int events = timeline.events().size();
        // Counted, summed, then filled from the last quote back, each event's count running down to where its
        // quotes begin: no second array of offsets (4 MB at a million events, at the fullest moment of a load).
        start = new int[events + 1];
        for (int e : quoteEvent) {
            if (e >= 0) {
                start[e]++;
            }
        }
        for (int p = 1; p < events; p++) {
            start[p] += start[p - 1];
        }
        if (events > 0) {
            start[events] = start[events - 1];
        }
        grouped = new Quote[start[events]];
        List<Quote> quotes = timeline.quotes();
        for (int i = quoteEvent.length - 1; i >= 0; i--) {
            if (quoteEvent[i] >= 0) {
                grouped[--start[quoteEvent[i]]] = quotes.get(i);
            }
        }
    }

    List<Quote> of(String eventId) {
        int p = timeline.eventPosition(eventId);
        if (p < 0 || start[p] == start[p + 1]) {
            return List.of();
        }
        return List.of(Arrays.copyOfRange(grouped, start[p], start[p + 1]));
    }
}
