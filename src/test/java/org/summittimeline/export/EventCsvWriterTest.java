package org.summittimeline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summittimeline.BundledTimeline;
import org.summittimeline.format.SafeWrite;
import org.summittimeline.model.Category;
import org.summittimeline.model.Citation;
import org.summittimeline.model.Event;
import org.summittimeline.model.Precision;
import org.summittimeline.model.Source;
import org.summittimeline.model.TimeBound;
import org.summittimeline.model.Timeline;
import org.summittimeline.query.QueryFilter;
import org.summittimeline.query.TimelineQuery;

/** Events as CSV, read back by Commons CSV: every field, the filters, the byte-order mark and hostile cells. */
@Tag("toolkit-free")
class EventCsvWriterTest {
    private static Timeline helsinki;

    @BeforeAll
    static void readTheBundledTimeline() {
        helsinki = BundledTimeline.helsinki();
    }

    private static List<CSVRecord> read(Reader in) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
    }

    private static List<CSVRecord> written(Timeline timeline, List<Event> events) throws IOException {
        StringWriter out = new StringWriter();
        EventCsvWriter.write(timeline, events, out, ',');
        return read(new StringReader(out.toString()));
    }

    @Test
    void everyEventBecomesARowWithItsBoundsAccountsSourcesAndQuotes() throws IOException {
        List<CSVRecord> rows = written(helsinki, helsinki.events());
        assertEquals(helsinki.events().size(), rows.size());
        assertEquals(EventCsvWriter.HEADER, rows.get(0).getParser().getHeaderNames());
        CSVRecord talks = rows.stream().filter(r -> r.get("event_id").equals("one-on-one")).findFirst().orElseThrow();
        assertEquals("One-on-one talks", talks.get("title"));
        assertEquals("Talks", talks.get("category"));
        assertEquals("trump; putin; marina-gross", talks.get("actor_ids"));
        assertEquals("2018-07-16T11:07:00Z", talks.get("start_earliest_utc"));
        assertEquals("2018-07-16T11:12:00Z", talks.get("start_latest_utc"));
        assertEquals("2018-07-16T11:12:00Z \u201c14:12\u201d (SB. Belarus Segodnya, 16 July 2018); "
                + "2018-07-16T11:07:00Z..2018-07-16T11:12:00Z \u201cstill meeting as of 4:09 p.m., two hours after they began their meeting\u201d "
                + "(Associated Press via KSAT, 16 July 2018)", talks.get("start_accounts"));
        assertEquals(String.join("; ", helsinki.quotes().stream().filter(q -> q.eventId().equals("one-on-one"))
                .map(q -> q.id()).toList()), talks.get("quote_ids"));
        CSVRecord protester = rows.stream().filter(r -> r.get("event_id").equals("protester-removed")).findFirst()
                .orElseThrow();
        assertEquals("press-conference start -PT15M..-PT1M", protester.get("start_relative_to"));
        assertEquals("minutes before the two presidents entered to begin their press conference",
                protester.get("start_phrase"));
        assertEquals("Associated Press, 16 July 2018, \u00b619; CNN (live updates), 16 July 2018", protester.get("start_sources"));
        assertEquals("", protester.get("end_earliest_utc"), "a moment has no end");
        // The n-th address is the n-th source's, empty where a source has none (they had been left out, and nine
        // sources stood beside six addresses).
        for (CSVRecord row : rows) {
            String[] ids = row.get("source_ids").split("; ", -1);
            String[] urls = row.get("urls").split("; ", -1);
            assertEquals(ids.length, urls.length, row.get("event_id") + ": " + row.get("urls"));
            for (int i = 0; i < ids.length; i++) {
                String id = ids[i].split(" ")[0];
                assertEquals(helsinki.source(id).map(s -> s.url()).orElse(null) == null ? "" : helsinki.source(id)
                        .orElseThrow().url(), urls[i], row.get("event_id") + ", source " + id);
            }
        }
        assertTrue(protester.get("urls").contains("; ; ") || protester.get("urls").startsWith("; ")
                || protester.get("urls").endsWith("; "), "a source without an address keeps its place: "
                + protester.get("urls"));
    }

    @Test
    void onlyTheEventsPassedAreWrittenSoTheFiltersHold() throws IOException {
        TimelineQuery query = new TimelineQuery(helsinki, Runnable::run);
        var result = query.apply(QueryFilter.NONE.withCategories(Set.of("security")));
        List<CSVRecord> rows = written(helsinki, result.shownEvents());
        assertNotEquals(helsinki.events().size(), rows.size());
        assertEquals(result.shownEvents().stream().map(Event::id).toList(), rows.stream().map(r -> r.get("event_id")).toList());
        rows.forEach(r -> assertEquals("security", r.get("category_id")));
    }

    @Test
    void commasQuotesLineBreaksAndFormulasSurviveAsText() throws IOException {
        Instant at = Instant.parse("2020-01-01T10:00:00Z");
        Event hostile = new Event("e1", "=HYPERLINK(\"http://x\")", "c", List.of(), "Caf\u00e9, \"Le Coin\"\nParis",
                "-2 + 3", TimeBound.exact(at, Precision.MINUTE), null, List.of(new Citation("s", null)));
        Timeline timeline = new Timeline(1, "t", null, ZoneId.of("UTC"), LocalDate.of(2020, 1, 1),
                List.of(new Source("s", "@Publisher", null, null, null)), List.of(), List.of(new Category("c", "C", null)),
                List.of(hostile), List.of());
        CSVRecord row = written(timeline, timeline.events()).get(0);
        assertEquals("'=HYPERLINK(\"http://x\")", row.get("title"));
        assertEquals("Caf\u00e9, \"Le Coin\"\nParis", row.get("location"));
        assertEquals("'-2 + 3", row.get("summary"));
        assertEquals("'@Publisher", row.get("sources"));
    }

    @Test
    void theByteOrderMarkIsThereOnlyWhenAskedFor(@TempDir Path dir) throws IOException {
        Path with = dir.resolve("with.csv");
        Path without = dir.resolve("without.csv");
        EventCsvWriter.export(helsinki, helsinki.events(), with, null, true, ',');
        EventCsvWriter.export(helsinki, helsinki.events(), without, null, false, ',');
        byte[] bytes = Files.readAllBytes(with);
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(bytes[0], bytes[1], bytes[2]));
        assertEquals('e', Files.readAllBytes(without)[0]);
        String text = Files.readString(with, StandardCharsets.UTF_8);
        assertEquals(helsinki.events().size(), read(new StringReader(text.substring(1))).size());
    }

    @Test
    void neverOverTheOpenTimeline(@TempDir Path dir) throws IOException {
        Path open = Files.writeString(dir.resolve("t.json"), "{}");
        assertThrows(SafeWrite.Refused.class, () -> EventCsvWriter.export(helsinki, helsinki.events(), open, open, true, ','));
        assertEquals("{}", Files.readString(open));
    }
}
