package org.summittimeline.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.summittimeline.format.LoadResult;
import org.summittimeline.format.SyntheticTimeline;
import org.summittimeline.format.TimelineLoader;

/**
 * A loaded timeline knows each quote's event from the load, in time order, without looking a million ids up
 * again; what the load could not place (quotes read before their events) is looked up.
 */
@Tag("toolkit-free")
class QuoteEventsLoadedTest {

    private static Timeline load(String json) {
        LoadResult result = new TimelineLoader().load(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
        assertNotNull(result.timeline(), () -> result.problems().toString());
        return result.timeline();
    }

    private static int[] lookedUp(Timeline t) {
        return t.quotes().stream().mapToInt(q -> t.eventPosition(q.eventId())).toArray();
    }

    @Test
    void aGeneratedFilesQuotesHaveTheirEventsFromTheLoadWithoutTheEventsIdTable() throws IOException {
        // Bursty: many events in the same second, so sorting within a second moves them as well.
        StringWriter json = new StringWriter();
        new SyntheticTimeline(3_000, 5, true).write(json);
        Timeline t = load(json.toString());
        int[] positions = t.quoteEventPositions();
        assertFalse(t.areEventIdsIndexed(), "the loader's positions needed no lookup by id");
        assertArrayEquals(lookedUp(t), positions);
    }

    @Test
    void quotesReadBeforeTheirEventsAreLookedUp() {
        Timeline t = load("""
                {"formatVersion": 1, "title": "Quotes first", "timeZone": "Europe/Helsinki",
                 "sources": [{"id": "ap", "publisher": "AP"}], "actors": [{"id": "a", "name": "A"}],
                 "categories": [{"id": "talks", "label": "Talks"}],
                 "quotes": [
                   {"id": "q1", "speaker": "a", "event": "late", "text": "later", "kind": "direct",
                    "source": {"source": "ap"}},
                   {"id": "q2", "speaker": "a", "event": "early", "text": "sooner", "kind": "direct",
                    "source": {"source": "ap"}}],
                 "events": [
                   {"id": "late", "title": "Late", "category": "talks", "start": "2018-07-16T15:00:00+03:00", "sources": [{"source": "ap"}]},
                   {"id": "early", "title": "Early", "category": "talks", "start": "2018-07-16T13:00:00+03:00",
                    "sources": [{"source": "ap"}]}]}
                """);
        assertArrayEquals(new int[] {1, 0}, t.quoteEventPositions());
        assertTrue(t.areEventIdsIndexed(), "looked up by id");
    }
}
