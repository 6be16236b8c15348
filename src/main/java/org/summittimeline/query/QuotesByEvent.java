package org.summittimeline.query;

import java.util.List;
import org.summittimeline.model.Quote;
import org.summittimeline.model.Timeline;

/**
 * The quotes of each event, in file order, and all of them in time order (event after event as the timeline has
 * its events, each event's in the file's order, those naming no event of it last), built once per timeline. The
 * order is one array of the quotes' places with an offset per event (no map entry and list per event: at 100,000
 * events that was 8 MB); the quote panel lists every quote in it, so that the quotes said together stand together.
 */
final class QuotesByEvent {
    private final Timeline timeline;
    /** The place in the file of the k-th quote in time order. */
    private final int[] order;
    /** The quotes of the event at position p are order[start[p]] up to order[start[p + 1]]. */
    private final int[] start;
    /** Where each quote stands in time order, made when first asked (only a list that finds a row by its quote asks). */
    private volatile int[] rank;

    /** {@code quoteEvent[i]} is the position of quote i's event, or -1 when it names no event. */
    QuotesByEvent(Timeline timeline, int[] quoteEvent) {
        this.timeline = timeline;
        int events = timeline.events().size();
        // Counted, summed, then filled from the last quote back, each event's count running down to where its
        // quotes begin: no second array of offsets (4 MB at a million events, at the fullest moment of a load).
        // Quotes naming no event count in a last group of their own, after every event's.
        start = new int[events + 2];
        for (int e : quoteEvent) {
            start[e >= 0 ? e : events]++;
        }
        for (int p = 1; p <= events; p++) {
            start[p] += start[p - 1];
        }
        start[events + 1] = start[events];
        order = new int[quoteEvent.length];
        for (int i = quoteEvent.length - 1; i >= 0; i--) {
            order[--start[quoteEvent[i] >= 0 ? quoteEvent[i] : events]] = i;
        }
    }

    List<Quote> of(String eventId) {
        int p = timeline.eventPosition(eventId);
        if (p < 0 || start[p] == start[p + 1]) {
            return List.of();
        }
        List<Quote> quotes = timeline.quotes();
        Quote[] out = new Quote[start[p + 1] - start[p]];
        for (int k = 0; k < out.length; k++) {
            out[k] = quotes.get(order[start[p] + k]);
        }
        return List.of(out);
    }

    /** The place in the file of each quote in time order; not to be changed. */
    int[] timeOrder() {
        return order;
    }

    /** Where the quote at each place in the file stands in {@link #timeOrder()}; not to be changed. */
    int[] timeRanks() {
        int[] r = rank;
        if (r == null) {
            // A race makes it twice, the same.
            r = new int[order.length];
            for (int k = 0; k < order.length; k++) {
                r[order[k]] = k;
            }
            rank = r;
        }
        return r;
    }
}
