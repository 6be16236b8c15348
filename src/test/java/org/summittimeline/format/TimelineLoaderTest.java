package org.summittimeline.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.summittimeline.model.Anchor;
import org.summittimeline.model.Event;
import org.summittimeline.model.Locator;
import org.summittimeline.model.Precision;
import org.summittimeline.model.Quote;
import org.summittimeline.model.QuoteKind;
import org.summittimeline.model.TimeBound;
import org.summittimeline.model.Timeline;

@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@Tag("toolkit-free")
class TimelineLoaderTest {
    private final TimelineLoader loader = new TimelineLoader();

    private static Instant at(String iso) {
        return OffsetDateTime.parse(iso).toInstant();
    }

    private LoadResult loadText(String json) {
        return loader.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test.json");
    }

    private static String minimalWith(String events) {
        return """
                {"formatVersion": 1, "title": "T", "timeZone": "Europe/Helsinki",
                 "sources": [{"id": "ap", "publisher": "AP", "title": "Report"}],
                 "categories": [{"id": "c", "label": "C"}],
                 "events": [%s]}
                """.formatted(events);
    }

    @Test
    void theMinimalFileLoadsEveryField() {
        LoadResult result = loader.load(BrokenFilesTest.corpus("valid-minimal.json"));
        assertEquals(List.of(), result.problems());
        Timeline t = result.timeline();
        assertEquals(1, t.formatVersion());
        assertEquals("Europe/Helsinki", t.zone().getId());
        Event talks = t.events().get(0);
        assertEquals(at("2018-07-16T14:07+03:00"), talks.start().earliest());
        assertTrue(talks.start().isExact());
        assertEquals(Precision.MINUTE, talks.start().precision());
        assertEquals(new Locator(Locator.Kind.PARAGRAPH, "1"), talks.sources().get(0).locator());
        Quote q = t.quotes().get(0);
        assertEquals(QuoteKind.DIRECT, q.kind());
        assertEquals("trump", q.speakerId());
        assertEquals("\u00b613", q.citation().locator().display());
    }

    @Test
    void aRelativeTimeIsResolvedFromItsAnchorsBounds() {
        LoadResult result = loadText(minimalWith("""
                {"id": "removal", "title": "Removal", "category": "c", "sources": [{"source": "ap"}],
                 "start": {"relativeTo": {"event": "presser", "earliestOffset": "-PT15M", "latestOffset": "-PT1M"},
                           "phrase": "minutes before"}},
                {"id": "presser", "title": "Presser", "category": "c", "sources": [{"source": "ap"}],
                 "start": {"earliest": "2018-07-16T18:05+03:00", "latest": "2018-07-16T18:15+03:00"}}
                """));
        assertEquals(List.of(), result.problems());
        Event removal = result.timeline().event("removal").orElseThrow();
        assertEquals(at("2018-07-16T17:50+03:00"), removal.start().earliest());
        assertEquals(at("2018-07-16T18:14+03:00"), removal.start().latest());
        Anchor anchor = removal.start().anchor();
        assertEquals("presser", anchor.eventId());
        assertEquals(Anchor.Point.START, anchor.point());
        assertEquals("minutes before", removal.start().phrase());
        assertEquals(List.of("removal", "presser"), result.timeline().events().stream().map(Event::id).toList(),
                "events are kept in time order, not file order");
    }

    @Test
    void aRelativeTimeMayCountFromTheEndOfAnEventListedLater() {
        LoadResult result = loadText(minimalWith("""
                {"id": "after", "title": "After", "category": "c", "sources": [{"source": "ap"}],
                 "start": {"relativeTo": {"event": "talks", "point": "end", "offset": "PT10M"}}},
                {"id": "talks", "title": "Talks", "category": "c", "sources": [{"source": "ap"}],
                 "start": "2018-07-16T14:00+03:00", "end": "2018-07-16T16:20:30+03:00"}
                """));
        assertEquals(List.of(), result.problems());
        TimeBound after = result.timeline().event("after").orElseThrow().start();
        assertTrue(after.isExact());
        assertEquals(at("2018-07-16T16:30:30+03:00"), after.earliest());
        assertEquals(Precision.SECOND, result.timeline().event("talks").orElseThrow().end().precision());
    }

    @Test
    void conflictingAccountsAreKeptAndTheBoundsSpanThemAll() {
        LoadResult result = loadText(minimalWith("""
                {"id": "landing", "title": "Landing", "category": "c", "sources": [{"source": "ap"}],
                 "start": {"accounts": [
                    {"earliest": "2018-07-16T12:55+03:00", "latest": "2018-07-16T13:05+03:00", "phrase": "about 13:00",
                     "sources": [{"source": "ap", "paragraph": 2}]},
                    {"at": "2018-07-16T13:08+03:00", "sources": [{"source": "ap", "page": 4}]}]}}
                """));
        assertEquals(List.of(), result.problems());
        TimeBound start = result.timeline().events().get(0).start();
        assertTrue(start.isDisputed());
        assertEquals(2, start.accounts().size());
        assertEquals(at("2018-07-16T12:55+03:00"), start.earliest());
        assertEquals(at("2018-07-16T13:08+03:00"), start.latest());
        assertEquals("about 13:00", start.accounts().get(0).phrase());
        assertEquals("p. 4", start.accounts().get(1).sources().get(0).locator().display());
    }

    @Test
    void anEndThatMayBeBeforeTheStartButNeedNotBeIsAccepted() {
        // Overlapping bounds are honest uncertainty; only an end that must lie before the start is an error.
        LoadResult result = loadText(minimalWith("""
                {"id": "e", "title": "E", "category": "c", "sources": [{"source": "ap"}],
                 "start": {"earliest": "2018-07-16T14:00+03:00", "latest": "2018-07-16T14:20+03:00"},
                 "end": {"earliest": "2018-07-16T14:10+03:00", "latest": "2018-07-16T14:30+03:00"}}
                """));
        assertEquals(List.of(), result.problems());
    }

    /**
     * A time written as people write dates is answered with what to write, in the file's zone: a researcher in
     * Berlin who wrote "10.03.2021 14:00" was shown the bundled file's example and its +03:00.
     */
    @Test
    void aTimeWrittenAsPeopleWriteDatesIsRewrittenInTheFilesZone() {
        Map<String, String> advice = new LinkedHashMap<>();
        advice.put("10.03.2021 14:00", "write 2021-03-10T14:00+01:00");
        advice.put("1.7.2021 9:05:30", "write 2021-07-01T09:05:30+02:00");
        advice.put("2021/03/10 14:00", "write 2021-03-10T14:00+01:00");
        advice.put("2021-07-01 14:00", "write 2021-07-01T14:00+02:00");
        advice.put("13/10/2021 14:00", "write 2021-10-13T14:00+02:00");
        advice.put("10/13/2021 14:00", "write 2021-10-13T14:00+02:00");
        advice.put("03/10/2021 14:00", "the day and the month could be either way round: if the month comes first, "
                + "write 2021-03-10T14:00+01:00; if the day does, write 2021-10-03T14:00+02:00");
        advice.put("10.03.2021", "a date alone is not a time; write bounds {\"earliest\": \"2021-03-10T00:00+01:00\", "
                + "\"latest\": \"2021-03-10T23:59+01:00\", \"precision\": \"day\"}");
        advice.put("03/10/2021", "a date alone is not a time, and the day and the month could be either way round: if "
                + "the month comes first, write bounds {\"earliest\": \"2021-03-10T00:00+01:00\", \"latest\": "
                + "\"2021-03-10T23:59+01:00\", \"precision\": \"day\"}; if the day does, write bounds {\"earliest\": "
                + "\"2021-10-03T00:00+02:00\", \"latest\": \"2021-10-03T23:59+02:00\", \"precision\": \"day\"}");
        // Python's isoformat() of a time without a zone.
        advice.put("2021-07-01T14:07:30.25", "write 2021-07-01T14:07:30.25+02:00");
        // The nights the clocks change: a time they skipped, and one they showed twice.
        advice.put("28.03.2021 02:30", "the clocks in Europe/Berlin went from 02:00 to 03:00 that night, so they never "
                + "showed 02:30; write 2021-03-28T02:30+01:00 or 2021-03-28T02:30+02:00, as the source meant");
        advice.put("31.10.2021 02:30", "the clocks in Europe/Berlin showed 02:30 twice that night; write "
                + "2021-10-31T02:30+02:00 for the first time, 2021-10-31T02:30+01:00 for the second");
        advice.put("31.02.2021 14:00", "write it like 2018-07-16T14:07+02:00 (date, 'T', time, offset from UTC)");
        advice.put("next Tuesday", "write it like 2018-07-16T14:07+02:00 (date, 'T', time, offset from UTC)");
        for (Map.Entry<String, String> written : advice.entrySet()) {
            LoadResult result = loadText(minimalWith("""
                    {"id": "e", "title": "E", "category": "c", "sources": [{"source": "ap"}], "start": "%s"}
                    """.formatted(written.getKey())).replace("Europe/Helsinki", "Europe/Berlin"));
            assertEquals(List.of("\"" + written.getKey() + "\" is not an ISO-8601 time with an offset; "
                    + written.getValue()), result.problems().stream().map(Problem::message).toList(), written.getKey());
        }
        // "years" before "timeZone" makes the reader of times first: the zone read after it still writes the advice.
        LoadResult yearsFirst = loadText(minimalWith("""
                {"id": "e", "title": "E", "category": "c", "sources": [{"source": "ap"}], "start": "2018-07-16 14:07"}
                """).replace("{\"formatVersion\": 1,", "{\"formatVersion\": 1, \"years\": {\"from\": 1900, \"to\": 2100},"));
        assertEquals(List.of("\"2018-07-16 14:07\" is not an ISO-8601 time with an offset; write 2018-07-16T14:07+03:00"),
                yearsFirst.problems().stream().map(Problem::message).toList());
    }

    @Test
    void everyProblemIsFoundInOnePassAndInFileOrder() {
        LoadResult result = loadText("""
                {"formatVersion": 1, "title": "", "timeZone": "Mars/Olympus",
                 "sources": [{"id": "ap", "publisher": "AP", "title": "R", "url": "ftp://x"}],
                 "categories": [{"id": "c", "label": "C", "colour": "#12"}],
                 "events": [{"id": "e", "title": "E", "category": "c", "sources": [{"source": "nyt"}],
                             "start": "yesterday"}]}
                """);
        assertEquals(List.of(
                "t:1:31: error: title: must not be empty",
                "t:1:47: error: timeZone: unknown time zone \"Mars/Olympus\"; write an IANA name such as "
                        + "\"Europe/Helsinki\" or \"UTC\"",
                "t:2:67: error: sources[0].url: \"ftp://x\" is not a web address; write a full http:// or https:// URL",
                "t:3:53: error: categories[0].colour: \"#12\" is not a colour; write it as # and six hex digits, "
                        + "such as \"#1f77b4\"",
                "t:4:79: error: events[0].sources[0].source: no source has the id \"nyt\"; add it to the sources or "
                        + "correct the id",
                "t:5:23: error: events[0].start: \"yesterday\" is not an ISO-8601 time with an offset; write it like "
                        + "2018-07-16T14:07+00:00 (date, 'T', time, offset from UTC); in UTC's offset: no known "
                        + "\"timeZone\" stands before the events"),
                result.problems().stream().map(p -> p.format("t")).toList());
        assertNull(result.timeline());
    }

    @Test
    void aNewerFormatVersionIsRefusedWithTheVersionsThisBuildReads() {
        LoadResult result = loadText("{\"formatVersion\": 3, \"title\": \"T\"}");
        assertEquals(1, result.problems().size());
        assertEquals("this file is written in format version 3, but this build reads format version 1; open it "
                + "with a newer Summit Timeline", result.problems().get(0).message());
        assertEquals(List.of(1), TimelineLoader.readableVersions());
    }

    @Test
    void countCapsStopAHugeListWithAClearMessage() {
        LoadLimits two = new LoadLimits(1 << 20, 1000, 64, 2, 5, 100, 100);
        String event = "{\"id\": \"e%d\", \"title\": \"E\", \"category\": \"c\", \"sources\": [{\"source\": \"ap\"}], "
                + "\"start\": \"2018-07-16T14:0%d+03:00\"}";
        LoadResult result = new TimelineLoader(two).load(new ByteArrayInputStream(minimalWith(
                String.format(event, 1, 1) + "," + String.format(event, 2, 2) + "," + String.format(event, 3, 3))
                .getBytes(StandardCharsets.UTF_8)), "many.json");
        assertEquals(List.of("events[2]: the file holds more than 2 events, the most this reader accepts; split it "
                + "into smaller timelines"), result.problems().stream().map(Problem::describe).toList());
    }

    @Test
    void loadingNeverChangesTheFile(@TempDir Path dir) throws IOException {
        Path copy = dir.resolve("copy.json");
        Files.copy(BrokenFilesTest.corpus("unknown-field.json"), copy);
        FileTime before = Files.getLastModifiedTime(copy);
        byte[] bytes = Files.readAllBytes(copy);
        LoadResult result = loader.load(copy);
        assertFalse(result.hasErrors());
        assertEquals(before, Files.getLastModifiedTime(copy));
        assertArrayEquals(bytes, Files.readAllBytes(copy));
    }

    @Test
    void positionsCountColumnsFromOneAtTheValuesFirstCharacter() {
        LoadResult result = loadText("{\n  \"formatVersion\": 1,\n  \"title\": true,\n  \"timeZone\": \"UTC\",\n"
                + "  \"events\": []\n}");
        Problem p = result.problems().get(0);
        assertEquals(3, p.line());
        assertEquals(12, p.column());
        assertEquals("title: expected text in double quotation marks, found true; write it in quotation marks, \"true\", or the text meant", p.describe());
    }

    @Test
    void repeatedValuesAreKeptOnceAfterLoading() throws IOException {
        // The memory target at 100,000 events depends on this: a reference keeps the id it names, equal
        // topic and actor lists are one list, not a copy per quote or event.
        java.io.StringWriter out = new java.io.StringWriter();
        new SyntheticTimeline(3000, 7, false).write(out);
        Timeline t = loadText(out.toString()).timeline();
        java.util.Set<List<String>> topicLists = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.Set<String> topicWords = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Quote q : t.quotes()) {
            assertTrue(q.eventId() == t.event(q.eventId()).orElseThrow().id(), q.id());
            topicLists.add(q.topics());
            topicWords.addAll(q.topics());
        }
        long distinctLists = t.quotes().stream().map(Quote::topics).distinct().count();
        assertEquals(distinctLists, topicLists.size());
        assertEquals(t.quotes().stream().flatMap(q -> q.topics().stream()).distinct().count(), topicWords.size());
        long actorLists = t.events().stream().map(Event::actorIds).distinct().count();
        java.util.Set<List<String>> actorInstances = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        t.events().forEach(e -> actorInstances.add(e.actorIds()));
        assertEquals(actorLists, actorInstances.size());
    }

    @Test
    void eventsAreFoundByIdAndTheFirstOfTwoEqualIdsWins() {
        // The loader reports duplicate ids as errors; a timeline built in code may still have them.
        java.util.function.BiFunction<String, String, Event> event = (id, time) -> new Event(id, id + " " + time,
                "c", List.of(), null, null, TimeBound.exact(at(time), Precision.MINUTE), null, List.of());
        Timeline t = new Timeline(1, "T", null, java.time.ZoneOffset.UTC, null, List.of(), List.of(), List.of(),
                List.of(event.apply("b", "2018-07-16T13:00:00Z"), event.apply("a", "2018-07-16T12:00:00Z"),
                        event.apply("a", "2018-07-16T14:00:00Z")), List.of());
        assertEquals("a 2018-07-16T12:00:00Z", t.event("a").orElseThrow().title());
        assertEquals(0, t.eventPosition("a"));
        assertEquals(1, t.eventPosition("b"));
        assertEquals(-1, t.eventPosition("c"));
        assertEquals(-1, t.eventPosition(null));
        assertTrue(t.event("c").isEmpty());
    }

    @Test
    void theFileCapFollowsTheMemoryJavaMayUse() {
        assertEquals(LoadLimits.DEFAULT.maxFileBytes(), LoadLimits.forMemory(64L << 20).maxFileBytes());
        long oneGigabyte = 1L << 30;
        long cap = LoadLimits.forMemory(oneGigabyte).maxFileBytes();
        assertTrue(cap > 655L * 1024 * 1024 && cap < oneGigabyte, "a million events (655 MB) fit in -Xmx1g: " + cap);
    }

    @Test
    void aFileOverTheDefaultCapSaysHowToGiveJavaMoreMemory(@TempDir Path dir) throws IOException {
        Path small = dir.resolve("small.json");
        Files.write(small, new byte[1024]);
        String smallMessage = new TimelineLoader(LoadLimits.DEFAULT.withMaxFileBytes(100)).load(small)
                .problems().get(0).message();
        assertTrue(smallMessage.endsWith("split it into smaller timelines"), smallMessage);
        // 300 MB without writing them: a sparse file is refused by its size before a byte is read.
        Path big = dir.resolve("big.json");
        try (java.io.RandomAccessFile file = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(300L << 20);
        }
        String bigMessage = new TimelineLoader(LoadLimits.DEFAULT).load(big).problems().get(0).message();
        assertEquals("the file is 300.0 MB, larger than the 256.0 MB this reader accepts; split it into smaller "
                + "timelines, or give Java more memory (java -Xmx2g -jar summit-timeline.jar \u2026)", bigMessage);
        assertTrue(TimelineLoader.outOfMemory().contains("-Xmx"), TimelineLoader.outOfMemory());
        // Always more than Java has: twice the heap, in whole gigabytes, at least 2.
        assertEquals("the timeline does not fit in the memory Java may use (256.0 MB); start the program with more, "
                + "e.g. java -Xmx2g -jar summit-timeline.jar, or split the file into smaller timelines",
                TimelineLoader.outOfMemory(256L << 20));
        assertTrue(TimelineLoader.outOfMemory(4L << 30).contains("(4096.0 MB); start the program with more, e.g. "
                + "java -Xmx8g "), TimelineLoader.outOfMemory(4L << 30));
        assertTrue(TimelineLoader.outOfMemory(12L << 30).contains("java -Xmx24g "));
        assertTrue(TimelineLoader.outOfMemory((3L << 30) + 1).contains("java -Xmx7g "), "rounded up");
    }

    @Test
    void aRelativeTimeMayAlsoBeLimitedByAClockTime() {
        // The anchor alone allows 17:50-18:34; a source's 18:12 caps it, and the anchor is still kept.
        LoadResult result = loadText(minimalWith("""
                {"id": "removal", "title": "Removal", "category": "c", "sources": [{"source": "ap"}],
                 "start": {"relativeTo": {"event": "presser", "earliestOffset": "-PT15M", "latestOffset": "-PT1M"},
                           "latest": "2018-07-16T18:12+03:00", "phrase": "minutes before"}},
                {"id": "presser", "title": "Presser", "category": "c", "sources": [{"source": "ap"}],
                 "start": {"accounts": [
                    {"earliest": "2018-07-16T18:05+03:00", "latest": "2018-07-16T18:15+03:00", "sources": [{"source": "ap"}]},
                    {"at": "2018-07-16T18:35+03:00", "sources": [{"source": "ap"}]}]}}
                """));
        assertEquals(List.of(), result.problems());
        TimeBound removal = result.timeline().event("removal").orElseThrow().start();
        assertEquals(at("2018-07-16T17:50+03:00"), removal.earliest());
        assertEquals(at("2018-07-16T18:12+03:00"), removal.latest());
        assertEquals("presser", removal.anchor().eventId());
    }

    @Test
    void aClockTimeLimitMayRaiseTheEarliestOfARelativeTime() {
        LoadResult result = loadText(minimalWith("""
                {"id": "lunch", "title": "Lunch", "category": "c", "sources": [{"source": "ap"}],
                 "start": "2018-07-16T16:30+03:00",
                 "end": {"relativeTo": {"event": "lunch", "earliestOffset": "PT5M", "latestOffset": "PT2H"},
                         "earliest": "2018-07-16T17:00+03:00"}}
                """));
        assertEquals(List.of(), result.problems());
        TimeBound end = result.timeline().events().get(0).end();
        assertEquals(at("2018-07-16T17:00+03:00"), end.earliest());
        assertEquals(at("2018-07-16T18:30+03:00"), end.latest());
    }

    @Test
    void aSourceMayGiveOnlyTheYearOrMonthOfItsDateAndNoTitle() {
        LoadResult result = loadText("""
                {"formatVersion": 1, "title": "T", "timeZone": "Europe/Helsinki",
                 "sources": [{"id": "a", "publisher": "A", "date": "2019"},
                             {"id": "b", "publisher": "B", "title": "Bee", "date": "2019-07"},
                             {"id": "c", "publisher": "C", "date": "2018-07-16"}],
                 "events": []}
                """);
        assertEquals(List.of(), result.problems());
        List<org.summittimeline.model.Source> sources = result.timeline().sources();
        assertEquals(new org.summittimeline.model.SourceDate(2019, 0, 0), sources.get(0).date());
        assertNull(sources.get(0).title());
        assertEquals("2019", sources.get(0).date().toString());
        assertEquals(new org.summittimeline.model.SourceDate(2019, 7, 0), sources.get(1).date());
        assertEquals("2019-07", sources.get(1).date().toString());
        assertEquals(new org.summittimeline.model.SourceDate(2018, 7, 16), sources.get(2).date());
    }

    @Test
    void aRelationSaysWhetherASourceOrTheAuthorMakesTheLink() {
        LoadResult result = loadText("""
                {"formatVersion": 1, "title": "T", "timeZone": "Europe/Helsinki",
                 "sources": [{"id": "ap", "publisher": "AP"}],
                 "actors": [{"id": "x", "name": "X"}], "categories": [{"id": "c", "label": "C"}],
                 "events": [{"id": "e", "title": "E", "category": "c", "start": "2018-07-16T14:07+03:00",
                             "sources": [{"source": "ap"}]}],
                 "quotes": [
                   {"id": "q1", "speaker": "x", "event": "e", "text": "Q?", "kind": "direct", "source": {"source": "ap"}},
                   {"id": "q2", "speaker": "x", "event": "e", "text": "A.", "kind": "direct", "source": {"source": "ap"},
                    "relations": [{"type": "respondsTo", "quote": "q1", "basis": "sourced"},
                                  {"type": "contradicts", "quote": "q1", "basis": "editorial"},
                                  {"type": "corrects", "quote": "q1"}]}]}
                """);
        assertEquals(List.of(), result.problems());
        List<org.summittimeline.model.Relation> relations = result.timeline().quote("q2").orElseThrow().relations();
        assertEquals(org.summittimeline.model.Relation.Basis.SOURCED, relations.get(0).basis());
        assertEquals(org.summittimeline.model.Relation.Basis.EDITORIAL, relations.get(1).basis());
        assertNull(relations.get(2).basis(), "a file that does not say is read as not saying");
    }

    @Test
    void aFileThatStatesItsYearsMayHoldTimesBeforeTheCommonEra() {
        String json = """
                {"formatVersion": 1, "title": "Rome", "timeZone": "UTC",
                 "years": {"from": -800, "to": 600}, "categories": [{"id": "rome", "label": "Rome"}],
                 "eras": [{"title": "Republic", "start": "-0508-01-01T00:00Z", "end": "-0026-01-01T00:00Z"}],
                 "events": [
                   {"id": "ides", "title": "Ides of March", "category": "rome", "start": "-0043-03-15T11:00Z"},
                   {"id": "after", "title": "A day later", "category": "rome", "start": {"relativeTo": {"event": "ides", "offset": "P1D"}}}
                 ]}""";
        LoadResult r = new TimelineLoader().load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "rome.json");
        assertEquals(List.of(), r.errors());
        assertEquals(Instant.parse("-0043-03-16T11:00:00Z"), r.timeline().event("after").orElseThrow().start().earliest());
        assertEquals(Instant.parse("-0508-01-01T00:00:00Z"), r.timeline().eras().get(0).start());
    }
}
