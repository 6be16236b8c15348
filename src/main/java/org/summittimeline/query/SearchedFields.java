package org.summittimeline.query;

import java.util.List;
import org.summittimeline.model.Event;
import org.summittimeline.model.Quote;

/** What the word indexes read of the events and of the quotes, field by field. */
final class SearchedFields {
    private SearchedFields() {
    }

    /**
     * The events' searched fields: titles, summaries, places. Read from the events when asked, not gathered into
     * arrays: the events keep their texts as bytes, and arrays of them would be three million strings made at once,
     * beside a million events in a heap of one gigabyte.
     */
    static SearchIndex.Fields events(List<Event> events) {
        return SearchIndex.Fields.of(3, events.size(), (field, doc) -> {
            Event e = events.get(doc);
            return field == 0 ? e.title() : field == 1 ? e.summary() : e.location();
        });
    }

    /**
     * Each quote's searched fields, read when asked: its words (a variant's words after a line break), the note on
     * its context, and its topics (one a line). A researcher looking for "collusion" wants the quotes filed under it,
     * whose words seldom name it.
     */
    static SearchIndex.Fields quotes(List<Quote> quotes) {
        return SearchIndex.Fields.of(3, quotes.size(), (field, doc) -> {
            Quote q = quotes.get(doc);
            if (field == 1) {
                return q.context();
            }
            if (field == 2) {
                return q.topics().isEmpty() ? null : String.join("\n", q.topics());
            }
            if (q.variants().isEmpty()) {
                return q.text();
            }
            StringBuilder text = new StringBuilder(q.text());
            q.variants().forEach(v -> text.append('\n').append(v.text()));
            return text.toString();
        });
    }
}
