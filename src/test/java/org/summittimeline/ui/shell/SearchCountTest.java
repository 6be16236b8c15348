package org.summittimeline.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    void aSearchTypedBeforeTheIndexesAreBuiltSaysItIsPreparedThenCounts() {
        List<Runnable> held = new ArrayList<>();
        TimelineQuery q = new TimelineQuery(new TimelineLoader().load(Path.of("data", "helsinki-2018-summit.json"))
                .timeline(), held::add);
        QueryResult early = q.apply(QueryFilter.NONE.withSearch("niinisto"));
        assertEquals("Preparing search\u2026", SearchCount.text(early.search(), 0));
        held.get(0).run();
        QueryResult done = q.apply(QueryFilter.NONE.withSearch("niinisto"));
        assertEquals("1 event matches", SearchCount.text(done.search(), done.matchingEventPositions().size()));
        assertEquals("", SearchCount.text(q.apply(QueryFilter.NONE).search(), 0));
    }

    @Test
    void eachStateReadsInBothLanguages() {
        assertEquals("Search unavailable: the word index did not fit in memory",
                SearchCount.text(Search.UNAVAILABLE, 0));
        assertEquals("no matches", SearchCount.text(Search.DONE, 0));
        assertEquals("1,234 events match", SearchCount.text(Search.DONE, 1234));
        Texts.use(Locale.GERMAN);
        assertEquals("Suche wird vorbereitet\u2026", SearchCount.text(Search.PREPARING, 0));
        assertEquals("Suche nicht verfügbar: Der Wortindex passte nicht in den Speicher",
                SearchCount.text(Search.UNAVAILABLE, 0));
        assertEquals("keine Treffer", SearchCount.text(Search.DONE, 0));
        assertEquals("3 Ereignisse passen", SearchCount.text(Search.DONE, 3));
    }
}
