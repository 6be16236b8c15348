package org.summittimeline.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.summittimeline.model.Event;
import org.summittimeline.model.Timeline;

/**
 * Events whose times are clock times are kept as their events from the moment they are read; only those that
 * count from another event (or have something to report at the end) wait as drafts. Relative times count from
 * either kind alike.
 */
@Tag("toolkit-free")
class EventDraftsTest {
    private static final String FILE = """
            {"formatVersion": 1, "title": "Drafts", "timeZone": "Europe/Helsinki",
             "sources": [{"id": "ap", "publisher": "AP"}], "actors": [],
             "categories": [{"id": "talks", "label": "Talks"}],
             "events": [
               {"id": "arrival", "title": "Arrival", "category": "talks", "sources": [{"source": "ap"}],
                "start": "2018-07-16T13:00:00+03:00"},
               {"id": "talks", "title": "Talks", "category": "talks", "sources": [{"source": "ap"}],
                "start": "2018-07-16T14:00:00+03:00", "end": "2018-07-16T16:00:00+03:00"},
               {"id": "after", "title": "After the talks", "category": "talks", "sources": [{"source": "ap"}],
                "start": {"relativeTo": {"event": "talks", "point": "end", "offset": "PT10M"}}},
               {"id": "later", "title": "Later still", "category": "talks", "sources": [{"source": "ap"}],
                "start": {"relativeTo": {"event": "after", "point": "start", "offset": "PT5M"}}}
             ],
             "quotes": []}
            """;

    @Test
    void onlyEventsCountingFromOthersWaitAsDraftsAndTheirTimesResolveFromEither() throws Exception {
        List<Problem> problems = new ArrayList<>();
        TimelineBinder binder = new TimelineBinder(problems, LoadLimits.DEFAULT, new Suggestions());
        new JsonTreeReader(LoadLimits.DEFAULT, problems, TimelineBinder.STREAMED)
                .readPlain(new ByteArrayInputStream(FILE.getBytes(StandardCharsets.UTF_8)), binder);
        assertEquals(2, binder.draftsToResolve(), "the two relative times; the clock-time events are events already");
        Timeline timeline = binder.finish();
        assertNotNull(timeline, problems::toString);
        assertEquals(List.of(), problems);
        assertEquals(Instant.parse("2018-07-16T13:10:00Z"), start(timeline, "after"), "from a settled end");
        assertEquals(Instant.parse("2018-07-16T13:15:00Z"), start(timeline, "later"), "from a draft's time");
        Event talks = timeline.event("talks").orElseThrow();
        assertEquals(Instant.parse("2018-07-16T13:00:00Z"), talks.end().earliest());
        assertEquals("talks", timeline.event("after").orElseThrow().start().anchor().eventId());
    }

    private static Instant start(Timeline timeline, String id) {
        return timeline.event(id).orElseThrow().start().earliest();
    }
}
