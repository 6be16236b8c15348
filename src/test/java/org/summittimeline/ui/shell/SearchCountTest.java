package org.summittimeline.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.query.QueryFilter;
import org.summittimeline.query.QueryResult;
import org.summittimeline.query.TimelineQuery;
import org.summittimeline.query.QueryResult.Search;
import org.summittimeline.ui.Texts;

/** The count beside the search field says why there is no count while the word indexes are built or missing. */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@Tag("toolkit-free")
class SearchCountTest {

    @AfterEach
    void english() {
        Texts.use(Locale.ENGLISH);
    }

    @Test
    void theWidestCountIsMeasuredWithTheFontsWidestDigit() {
        Texts.use(Locale.ENGLISH);
        List<String> measured = new ArrayList<>();
        // A font whose 4 is wider than its other digits: each figure of the counts is measured as 4s.
        double widest = SearchCount.widest(text -> {
            measured.add(text);
            return text.chars().mapToDouble(c -> c == '4' ? 12 : 7).sum();
        }, 123, 45_678);
        assertTrue(measured.contains("444 events \u00b7 44,444 quotes"), measured.toString());
        assertEquals("444 events \u00b7 44,444 quotes".chars().mapToDouble(c -> c == '4' ? 12 : 7).sum(), widest, 1e-9);
    }

    @Test
    void aSearchTypedBeforeTheIndexesAreBuiltSaysItIsPreparedThenCounts() {
        List<Runnable> held = new ArrayList<>();
        TimelineQuery q = new TimelineQuery(new TimelineLoader().load(Path.of("data", "helsinki-2018-summit.json"))
                .timeline(), held::add);
        QueryResult early = q.apply(QueryFilter.NONE.withSearch("niinisto"));
        assertEquals("Preparing search\u2026", SearchCount.of(early));
        held.get(0).run();
        QueryResult done = q.apply(QueryFilter.NONE.withSearch("niinisto"));
        // "niinisto" is in the breakfast's title and in none of the quotes: the panel's count of quotes is 0 too.
        assertEquals("1 event \u00b7 no quotes", SearchCount.of(done));
        assertEquals("1 event \u00b7 1 quote", SearchCount.of(q.apply(QueryFilter.NONE.withSearch("nonsense"))));
        QueryResult interference = q.apply(QueryFilter.NONE.withSearch("interference"));
        assertEquals(interference.matchingEventPositions().size() + " events \u00b7 " + interference.matchingQuoteCount()
                + " quotes", SearchCount.of(interference));
        assertTrue(interference.matchingQuoteCount() > 1 && interference.matchingEventPositions().size() > 1);
        assertEquals("", SearchCount.of(q.apply(QueryFilter.NONE)));
    }

    /**
     * The short count, for a box too narrow for the whole, is the events alone (a quote's match counts its event);
     * there is none where nothing matches or there is no count.
     */
    @Test
    void theShortCountIsTheEventsWhereSomeMatch() {
        Texts.use(Locale.ENGLISH);
        TimelineQuery q = new TimelineQuery(new TimelineLoader().load(Path.of("data", "helsinki-2018-summit.json"))
                .timeline(), Runnable::run);
        assertEquals("1 event", SearchCount.brief(q.apply(QueryFilter.NONE.withSearch("niinisto"))));
        QueryResult interference = q.apply(QueryFilter.NONE.withSearch("interference"));
        assertEquals(interference.matchingEventPositions().size() + " events", SearchCount.brief(interference));
        assertNull(SearchCount.brief(q.apply(QueryFilter.NONE.withSearch("zzzqqq"))), "nothing matches");
        assertNull(SearchCount.brief(q.apply(QueryFilter.NONE)), "nothing searched");
        Texts.use(Locale.GERMAN);
        assertEquals("1 Ereignis", SearchCount.brief(q.apply(QueryFilter.NONE.withSearch("niinisto"))));
    }

    @Test
    void eachStateReadsInBothLanguages() {
        assertEquals("Search unavailable: the word index did not fit in memory",
                SearchCount.text(Search.UNAVAILABLE, 0, 0));
        assertEquals("no matches", SearchCount.text(Search.DONE, 0, 0));
        assertEquals("1,234 events \u00b7 1 quote", SearchCount.text(Search.DONE, 1234, 1));
        assertEquals("no events \u00b7 2 quotes", SearchCount.text(Search.DONE, 0, 2));
        Texts.use(Locale.GERMAN);
        assertEquals("Suche wird vorbereitet\u2026", SearchCount.text(Search.PREPARING, 0, 0));
        assertEquals("Suche nicht verfügbar: Der Wortindex passte nicht in den Speicher",
                SearchCount.text(Search.UNAVAILABLE, 0, 0));
        assertEquals("keine Treffer", SearchCount.text(Search.DONE, 0, 0));
        assertEquals("3 Ereignisse \u00b7 1 Zitat", SearchCount.text(Search.DONE, 3, 1));
    }
}
