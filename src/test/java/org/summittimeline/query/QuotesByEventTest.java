package org.summittimeline.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.summittimeline.format.SyntheticTimeline;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.model.Event;
import org.summittimeline.model.Quote;
import org.summittimeline.model.QuoteKind;
import org.summittimeline.model.Timeline;

/** Each event's quotes, in the file's order, whatever events have none and whatever quotes name none. */
@Tag("toolkit-free")
class QuotesByEventTest {

    @Test
    void everyEventHasExactlyItsQuotesInFileOrder() throws Exception {
        StringWriter json = new StringWriter();
        new SyntheticTimeline(2_000, 4, true).write(json);
        Timeline loaded = new TimelineLoader().load(new ByteArrayInputStream(
                json.toString().getBytes(StandardCharsets.UTF_8)), "t.json").timeline();
        List<Quote> quotes = new ArrayList<>(loaded.quotes());
        // A quote whose event is not in this timeline, first and last, as a timeline built by hand may have.
        quotes.add(0, quote("first", "nowhere"));
        quotes.add(quote("last", "nowhere"));
        Timeline t = new Timeline(1, "t", null, loaded.zone(), null, loaded.sources(), loaded.actors(),
                loaded.categories(), loaded.events(), quotes);
        QuotesByEvent byEvent = new QuotesByEvent(t, t.quoteEventPositions());
        int withQuotes = 0;
        for (Event e : t.events()) {
            List<Quote> expected = t.quotes().stream().filter(q -> q.eventId().equals(e.id())).toList();
            assertEquals(expected, byEvent.of(e.id()), e.id());
            withQuotes += expected.isEmpty() ? 0 : 1;
        }
        assertEquals(List.of(), byEvent.of("nowhere"));
        // In time order: every quote once, event after event, those naming no event last, as the file has them.
        int[] order = byEvent.timeOrder();
        int[] ranks = byEvent.timeRanks();
        assertEquals(t.quotes().size(), order.length);
        assertEquals(0, order[order.length - 2]);
        assertEquals(t.quotes().size() - 1, order[order.length - 1]);
        for (int k = 0; k < order.length; k++) {
            assertEquals(k, ranks[order[k]]);
            if (k > 0 && k < order.length - 2) {
                int before = t.eventPosition(t.quotes().get(order[k - 1]).eventId());
                int here = t.eventPosition(t.quotes().get(order[k]).eventId());
                assertTrue(before < here || before == here && order[k - 1] < order[k], "at " + k);
            }
        }
        // The generated file leaves some events without quotes and gives others several: both cases are met.
        assertEquals(true, withQuotes > 0 && withQuotes < t.events().size(), withQuotes + " events with quotes");
    }

    private static Quote quote(String id, String eventId) {
        return new Quote(id, "a0", eventId, "words", QuoteKind.DIRECT, List.of(), null, List.of(), List.of(), null);
    }
}
