package org.summittimeline.ui.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.model.Event;
import org.summittimeline.query.QueryFilter;
import org.summittimeline.query.TimelineQuery;

/** Which quotes show and what the heading says, without a toolkit. */
@Tag("toolkit-free")
class QuoteListModelTest {
    private final TimelineQuery query;

    QuoteListModelTest() throws Exception {
        query = new TimelineQuery(new TimelineLoader().load(Path.of("data/helsinki-2018-summit.json")).timeline(),
                Runnable::run);
    }

    @Test
    void withoutASelectionTheHeadingSaysAllAndCounts() {
        var shown = QuoteListModel.shown(query, query.apply(QueryFilter.NONE), null, true);
        assertEquals(false, shown.ofEvent(), "no selection: not one event's quotes, whatever the toggle says");
        assertEquals("All " + query.timeline().quotes().size() + " quotes", shown.heading());
    }

    @Test
    void oneEventsQuotesAreNamedByItsTitleAndFollowTheFilters() {
        Event presser = query.timeline().event("press-conference").orElseThrow();
        var all = QuoteListModel.shown(query, query.apply(QueryFilter.NONE), presser, true);
        assertTrue(all.ofEvent());
        assertEquals(all.quotes().size() + " quotes of \u201cJoint press conference\u201d", all.heading());
        var trump = QuoteListModel.shown(query, query.apply(QueryFilter.NONE.withSpeakers(Set.of("trump"))), presser, true);
        assertTrue(trump.quotes().size() < all.quotes().size());
        assertTrue(trump.quotes().stream().allMatch(q -> q.speakerId().equals("trump")));
        var filtered = QuoteListModel.shown(query, query.apply(QueryFilter.NONE.withSpeakers(Set.of("trump"))), presser, false);
        assertEquals(filtered.quotes().size() + " of " + query.timeline().quotes().size() + " quotes", filtered.heading());
    }

    @Test
    void thePresentationReadsTheSameRule() {
        var result = query.apply(QueryFilter.NONE.withSpeakers(Set.of("putin")));
        Event presser = query.timeline().event("press-conference").orElseThrow();
        assertEquals(QuoteListModel.shown(query, result, presser, true).quotes(), QuoteListModel.ofEvent(query, result,
                "press-conference"));
    }
}
