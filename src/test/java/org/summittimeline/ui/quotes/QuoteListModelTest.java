package org.summittimeline.ui.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.model.Event;
import org.summittimeline.query.QueryFilter;
import org.summittimeline.query.TimelineQuery;
import org.summittimeline.ui.present.Presentation;

/** Which quotes show and what the heading says, without a toolkit. */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
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

    /** A search says in the heading how many of the quotes counted there match it, none included. */
    @Test
    void aSearchCountsTheMatchingQuotesInTheHeading() {
        int total = query.timeline().quotes().size();
        var nonsense = query.apply(QueryFilter.NONE.withSearch("nonsense"));
        assertEquals("All " + total + " quotes, 1\u00a0matching", QuoteListModel.shown(query, nonsense, null, false).heading());
        Event presser = query.timeline().event("press-conference").orElseThrow();
        var ofPresser = QuoteListModel.shown(query, nonsense, presser, true);
        assertEquals(ofPresser.quotes().size() + " quotes of \u201cJoint press conference\u201d, 1\u00a0matching",
                ofPresser.heading());
        var interfere = query.apply(QueryFilter.NONE.withSearch("interfere"));
        long inQuotes = query.timeline().quotes().stream()
                .filter(q -> interfere.quoteMatches(query.quotePositionOf(q.id()))).count();
        assertTrue(inQuotes > 1);
        assertEquals("All " + total + " quotes, " + inQuotes + "\u00a0matching",
                QuoteListModel.shown(query, interfere, null, false).heading());
        // Filtered to Trump, Putin's words are not counted.
        var trumpOnly = query.apply(QueryFilter.NONE.withSearch("nonsense").withSpeakers(Set.of("trump")));
        assertTrue(QuoteListModel.shown(query, trumpOnly, null, false).heading().endsWith(", none\u00a0matching"));
        // A filter that leaves no quote: the count alone, not "0 quotes, none matching".
        Event breakfast = query.timeline().event("breakfast-niinisto").orElseThrow();
        var ofBreakfast = QuoteListModel.shown(query, nonsense, breakfast, true);
        assertEquals(total, ofBreakfast.quotes().size(), "an event nobody is quoted at: every quote in its place");
        assertFalse(ofBreakfast.ofEvent());
        // What the list is in the heading, why in the note under it: the two in one bold heading took four lines.
        assertEquals("All " + total + " quotes, 1\u00a0matching", ofBreakfast.heading());
        assertEquals("No quotes of \u201c" + breakfast.title() + "\u201d", ofBreakfast.note());
        assertEquals("", ofPresser.note(), "one event's own quotes need no note");
        assertEquals("", QuoteListModel.shown(query, nonsense, breakfast, false).note(), "\"All\" chosen: no note");
        var noQuotes = query.apply(QueryFilter.NONE.withSearch("nonsense").withSpeakers(Set.of("no-such-speaker")));
        assertEquals("0 of " + total + " quotes", QuoteListModel.shown(query, noQuotes, null, false).heading());
        // No search: no count.
        assertFalse(QuoteListModel.shown(query, query.apply(QueryFilter.NONE), null, false).heading().contains("\u00b7"));
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
        // The heading says that the filter holds some of the event's quotes back.
        assertEquals(trump.quotes().size() + " of " + all.quotes().size() + " quotes of \u201cJoint press conference\u201d",
                trump.heading());
        var filtered = QuoteListModel.shown(query, query.apply(QueryFilter.NONE.withSpeakers(Set.of("trump"))), presser, false);
        assertEquals(filtered.quotes().size() + " of " + query.timeline().quotes().size() + " quotes", filtered.heading());
    }

    @Test
    void thePresentationReadsTheSameRule() {
        var result = query.apply(QueryFilter.NONE.withSpeakers(Set.of("putin")));
        Presentation presentation = new Presentation(query, result, List.of(), null);
        assertFalse(presentation.slides().isEmpty());
        int quotes = 0;
        for (Presentation.Slide slide : presentation.slides()) {
            // Where nobody is quoted at the event the panel shows every quote in its place; the slide shows none.
            var panel = QuoteListModel.shown(query, result, slide.event(), true);
            assertEquals(panel.ofEvent() ? panel.quotes() : List.of(), slide.quotes(),
                    "the slide of " + slide.event().id() + " shows what the quote panel shows");
            assertTrue(slide.quotes().stream().allMatch(q -> q.speakerId().equals("putin")), slide.event().id());
            quotes += slide.quotes().size();
        }
        assertTrue(quotes > 0 && quotes < query.timeline().quotes().size(), "the filter narrows the slides: " + quotes);
    }
}
