package org.summittimeline.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summittimeline.model.Event;
import org.summittimeline.model.Timeline;

/**
 * The events of a file handed over before its quotes are read: while the read is still under way, complete,
 * without quotes, and the very events the finished timeline holds; never for a file with an error so far, and
 * never changing what a load ends with.
 */
@Tag("toolkit-free")
class EventsFirstTest {
    private static final String HEADER = "{\"formatVersion\": 1, \"title\": \"Two events\", %s"
            + "\"sources\": [{\"id\": \"ap\", \"publisher\": \"AP\"}],"
            + "\"actors\": [{\"id\": \"trump\", \"name\": \"Donald Trump\"}],"
            + "\"categories\": [{\"id\": \"talks\", \"label\": \"Talks\"}],";
    private static final String EVENTS = "\"events\": ["
            + "{\"id\": \"a\", \"title\": \"Arrival\", \"category\": \"talks\", \"start\": \"%s\","
            + " \"sources\": [{\"source\": \"ap\"}]},"
            + "{\"id\": \"b\", \"title\": \"Talks\", \"category\": \"talks\","
            + " \"start\": {\"relativeTo\": {\"event\": \"a\", \"point\": \"start\", \"offset\": \"PT1H\"}},"
            + " \"sources\": [{\"source\": \"ap\"}]}],";
    private static final String QUOTES = "\"quotes\": [{\"id\": \"q1\", \"speaker\": \"trump\", \"event\": \"b\","
            + " \"text\": \"Good talks.\", \"kind\": \"direct\", \"source\": {\"source\": \"ap\"}}]";

    private static final String ZONE = "\"timeZone\": \"Europe/Helsinki\",";

    private record Told(List<Timeline> timelines, LoadResult result) {
    }

    private static Told load(Path file, AtomicLong bytesAtTelling) {
        AtomicLong bytes = new AtomicLong();
        List<Timeline> told = new ArrayList<>();
        LoadResult result = TimelineLoader.sizedToMemory().load(file, bytes::set, timeline -> {
            told.add(timeline);
            bytesAtTelling.set(bytes.get());
        });
        return new Told(told, result);
    }

    private static Path write(Path dir, String json) throws IOException {
        Path file = dir.resolve("t.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void aLargeFilesEventsArriveWhileItsQuotesAreStillRead(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("g.json");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            new SyntheticTimeline(5_000, 7, false).write(out);
        }
        AtomicLong bytesAtTelling = new AtomicLong(-2);
        Told told = load(file, bytesAtTelling);

        assertFalse(told.result().hasErrors());
        Timeline full = told.result().timeline();
        assertEquals(1, told.timelines().size(), "told once");
        Timeline first = told.timelines().get(0);
        assertTrue(bytesAtTelling.get() > 0 && bytesAtTelling.get() < Files.size(file) * 3 / 4,
                "told after " + bytesAtTelling.get() + " of " + Files.size(file) + " bytes, not at the end");
        assertTrue(first.quotes().isEmpty());
        assertFalse(full.quotes().isEmpty());
        assertEquals(full.title(), first.title());
        assertEquals(full.events().size(), first.events().size());
        assertEquals(full.actors().size(), first.actors().size());
        assertEquals(full.categories().size(), first.categories().size());
        for (int i = 0; i < full.events().size(); i++) {
            // The same objects, in the same order: the events are resolved once and held once.
            assertSame(full.events().get(i), first.events().get(i));
        }
    }

    @Test
    void askingChangesNothingALoadEndsWith(@TempDir Path dir) throws IOException {
        for (String zoneWhere : List.of("before", "after")) {
            String zone = ZONE;
            String json = String.format(HEADER, zoneWhere.equals("before") ? zone : "")
                    + String.format(EVENTS, "2018-07-16T13:00:00+03:00") + QUOTES
                    + (zoneWhere.equals("after") ? "," + zone.substring(0, zone.length() - 1) : "") + "}";
            Path file = write(dir, json);
            Told told = load(file, new AtomicLong());
            LoadResult unasked = TimelineLoader.sizedToMemory().load(file);

            assertEquals(unasked.problems(), told.result().problems(), zoneWhere);
            assertFalse(told.result().hasErrors(), told.result().problems().toString());
            assertEquals(unasked.timeline().events(), told.result().timeline().events(), zoneWhere);
            assertEquals(1, told.timelines().size(), zoneWhere);
            Event relative = told.result().timeline().event("b").orElseThrow();
            assertEquals(relative, told.timelines().get(0).event("b").orElseThrow());
            if (zoneWhere.equals("after")) {
                // A time zone read after the events may change their times: they are resolved again, not reused.
                assertNotSame(relative, told.timelines().get(0).event("b").orElseThrow());
            } else {
                assertSame(relative, told.timelines().get(0).event("b").orElseThrow());
            }
        }
    }

    /**
     * A syntax error among the quotes: the plain reader has told the events when it meets it and gives up, and
     * Gson reads the file again to say what is wrong; the events are told once, and the load ends with the error.
     */
    @Test
    void aSyntaxErrorAmongTheQuotesIsReportedAndTheEventsToldOnce(@TempDir Path dir) throws IOException {
        String json = String.format(HEADER, ZONE) + String.format(EVENTS, "2018-07-16T13:00:00+03:00")
                + QUOTES.replace("\"kind\": \"direct\"", "\"kind\": 'direct'") + "}";
        Told told = load(write(dir, json), new AtomicLong());

        assertEquals(1, told.timelines().size(), "told once");
        assertTrue(told.result().hasErrors());
        Problem syntax = told.result().problems().get(0);
        assertEquals(1, syntax.line());
        assertEquals("text and names take double quotation marks (\"), not single ones (')", syntax.message());
        assertEquals(json.indexOf("'direct'") + 1, syntax.column());
    }

    @Test
    void aFileWithAnErrorAmongItsEventsTellsNothing(@TempDir Path dir) throws IOException {
        String json = String.format(HEADER, ZONE) + String.format(EVENTS, "2018-07-16T25:00:00+03:00") + QUOTES + "}";
        Told told = load(write(dir, json), new AtomicLong());

        assertTrue(told.result().hasErrors());
        assertTrue(told.timelines().isEmpty());
    }

    @Test
    void eventsWhoseTimesCannotBeResolvedTellNothingAndAreReportedOnce(@TempDir Path dir) throws IOException {
        // Each time is fine alone; that the end comes before the start is found only when times are resolved.
        String events = "\"events\": [{\"id\": \"a\", \"title\": \"Arrival\", \"category\": \"talks\","
                + " \"start\": \"2018-07-16T13:00:00+03:00\", \"end\": \"2018-07-16T12:00:00+03:00\","
                + " \"sources\": [{\"source\": \"ap\"}]}],";
        Path file = write(dir, String.format(HEADER, ZONE) + events + QUOTES.replace("\"event\": \"b\"", "\"event\": \"a\"")
                + "}");
        Told told = load(file, new AtomicLong());
        LoadResult unasked = TimelineLoader.sizedToMemory().load(file);

        assertTrue(told.timelines().isEmpty());
        assertTrue(told.result().hasErrors());
        assertEquals(unasked.problems(), told.result().problems());
        assertEquals(1, told.result().problems().stream().filter(p -> p.message().contains("before the start")).count(),
                told.result().problems().toString());
    }

    @Test
    void quotesBeforeEventsOrNoneTellNothing(@TempDir Path dir) throws IOException {
        String events = String.format(EVENTS, "2018-07-16T13:00:00+03:00");
        String quotesFirst = String.format(HEADER, ZONE) + QUOTES + "," + events.substring(0, events.length() - 1) + "}";
        Told told = load(write(dir, quotesFirst), new AtomicLong());
        assertFalse(told.result().hasErrors(), told.result().problems().toString());
        assertTrue(told.timelines().isEmpty());

        String noQuotes = String.format(HEADER, ZONE) + events.substring(0, events.length() - 1) + "}";
        told = load(write(dir, noQuotes), new AtomicLong());
        assertFalse(told.result().hasErrors(), told.result().problems().toString());
        assertTrue(told.timelines().isEmpty());
    }

    @Test
    void aFileWithoutATitleTellsNothingAndIsStillReportedOnce(@TempDir Path dir) throws IOException {
        String json = String.format(HEADER, ZONE).replace("\"title\": \"Two events\", ", "")
                + String.format(EVENTS, "2018-07-16T13:00:00+03:00") + QUOTES + "}";
        Told told = load(write(dir, json), new AtomicLong());
        LoadResult unasked = TimelineLoader.sizedToMemory().load(write(dir, json));

        assertTrue(told.timelines().isEmpty());
        assertNull(told.result().timeline());
        assertEquals(unasked.problems(), told.result().problems());
        assertNotNull(told.result().problems().get(0));
    }
}
