package org.summittimeline.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.summittimeline.model.Citation;
import org.summittimeline.model.Era;
import org.summittimeline.model.Event;
import org.summittimeline.model.Precision;
import org.summittimeline.model.Source;
import org.summittimeline.model.Timeline;

/** A TimelineJS3 JSON file opens as a timeline: every field mapped, every oddity a warning at its place. */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@Tag("toolkit-free")
class TimelineJsImportTest {
    static Path fixture(String name) {
        try {
            return Path.of(TimelineJsImportTest.class.getResource("/timelinejs/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private final LoadResult moon = new TimelineLoader().load(fixture("moon.json"));
    private final Timeline timeline = moon.timeline();

    private LoadResult load(String json) {
        return new TimelineLoader().load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.json");
    }

    private Event event(String id) {
        return timeline.event(id).orElseThrow(() -> new AssertionError("no event " + id));
    }

    private Source sourceOf(Event e, int i) {
        Citation c = e.sources().get(i);
        return timeline.source(c.sourceId()).orElseThrow();
    }

    @Test
    void theFileOpensWithItsWarningsAtTheirPlaces() {
        assertFalse(moon.hasErrors());
        assertEquals(List.of(
                "moon.json:24:5: warning: events[2]: 5 events cite no source (the first is here): they have neither "
                        + "media with a web address or credit nor a link in their text",
                "moon.json:24:19: warning: events[2].unique_id: unique_id \"gagarin\" is used by an earlier event too; "
                        + "this one is called \"gagarin-2\"",
                "moon.json:27:5: warning: events[3]: 2 events have no unique_id (the first is here); they are named "
                        + "after their places, event-N",
                "moon.json:31:19: warning: events[4].unique_id: unique_id \"my event #5\" holds characters an id "
                        + "cannot; it is written \"my-event-5\"",
                "moon.json:32:5: warning: events[5]: the event has no start date (start_date, or Year in a sheet); "
                        + "it is left out",
                "moon.json:34:45: warning: events[7].start_date: the year -13800000000 lies beyond the years Java can "
                        + "count (about \u00b11 billion), far outside the years -10000 to 9999 a timeline shows; the event "
                        + "is left out",
                "moon.json:35:74: warning: events[8].end_date: the event ends before it starts; it is shown without "
                        + "its end"),
                moon.problems().stream().map(p -> p.format("moon.json")).toList());
        assertEquals(8, timeline.events().size());
    }

    @Test
    void aNegativeYearIsThatYearBeforeTheCommonEraAsTimelineJsShowsIt() {
        // TimelineJS shows -44 as "44 BCE"; ISO 8601 and java.time count 1 BCE as year 0, so 44 BCE is -0043.
        Event ides = event("caesar");
        assertEquals(Instant.parse("-0043-03-15T00:00:00Z"), ides.start().earliest());
        assertEquals(Precision.DAY, ides.start().precision());
        assertEquals(-43, ides.start().earliest().atZone(ZoneOffset.UTC).getYear());
    }

    @Test
    void theTitleSlideGivesTitleAndDescriptionAsPlainText() {
        assertEquals("The race to the Moon", timeline.title());
        assertEquals("From Sputnik to Apollo\u00a011.".replace('\u00a0', ' '), timeline.description());
        assertEquals("UTC", timeline.zone().getId());
        assertEquals(1, timeline.formatVersion());
    }

    @Test
    void datePartsAsStringsGiveTheMomentAndThePrecisionOfTheFinestPart() {
        Event sputnik = event("sputnik");
        assertEquals(Instant.parse("1957-10-04T19:28:34Z"), sputnik.start().earliest());
        assertTrue(sputnik.start().isExact());
        assertEquals(Precision.SECOND, sputnik.start().precision());
        assertEquals(Precision.MINUTE, event("gagarin").start().precision());
        Event apollo = timeline.events().stream().filter(e -> e.title().equals("Apollo 11 lands")).findFirst().orElseThrow();
        assertEquals(Instant.parse("1969-07-20T20:17:40.250Z"), apollo.start().earliest());
        assertEquals(Precision.DAY, apollo.end().precision());
        assertEquals(Instant.parse("1969-07-21T00:00:00Z"), apollo.end().earliest());
    }

    @Test
    void aYearOrAMonthAloneIsTheBoundsOfThatYearOrMonth() {
        Event friendship = event("gagarin-2");
        assertEquals(Instant.parse("1962-02-01T00:00:00Z"), friendship.start().earliest());
        assertEquals(Instant.parse("1962-02-28T23:59:59Z"), friendship.start().latest());
        assertEquals(Precision.DAY, friendship.start().precision());
        Event last = event("my-event-5");
        assertEquals(Instant.parse("1972-01-01T00:00:00Z"), last.start().earliest());
        assertEquals(Instant.parse("1972-12-31T23:59:59Z"), last.start().latest());
        Event luna = timeline.events().stream().filter(e -> e.title().equals("Luna 2")).findFirst().orElseThrow();
        assertEquals(Instant.parse("1959-09-01T00:00:00Z"), luna.start().earliest());
    }

    @Test
    void displayDateBecomesThePhraseAndGroupsBecomeCategories() {
        assertEquals("4 October 1957, evening", event("sputnik").start().phrase());
        assertNull(event("gagarin").start().phrase());
        assertEquals("soviet-union", event("sputnik").categoryId());
        assertEquals("Soviet Union", timeline.category("soviet-union").orElseThrow().label());
        assertEquals("united-states", event("gagarin-2").categoryId());
        assertEquals("Events", timeline.category(event("my-event-5").categoryId()).orElseThrow().label());
    }

    @Test
    void htmlIsReducedToPlainTextAndItsLinksAreKeptAsSources() {
        Event sputnik = event("sputnik");
        assertEquals("Sputnik 1 launched", sputnik.title());
        assertEquals("First satellite.\nSee its article.\n\nSecond paragraph.", sputnik.summary());
        assertFalse(sputnik.summary().contains("alert"), "a script leaves no text");
        Source link = sourceOf(sputnik, 1);
        assertEquals("https://en.wikipedia.org/wiki/Sputnik_1", link.url());
        assertEquals("en.wikipedia.org", link.publisher());
        assertEquals("its article", link.title());
    }

    @Test
    void mediaBecomesASourceOfTheEvent() {
        Source media = sourceOf(event("sputnik"), 0);
        assertEquals("NASA History Office", media.publisher());
        assertEquals("A replica of Sputnik 1", media.title());
        assertEquals("https://www.nasa.gov/sputnik.jpg", media.url());
        Source uncredited = sourceOf(event("gagarin"), 0);
        assertEquals("esa.int", uncredited.publisher(), "without a credit, the site is the publisher");
        assertNull(uncredited.title());
        Event apollo = timeline.events().stream().filter(e -> e.title().equals("Apollo 11 lands")).findFirst().orElseThrow();
        Source transcript = sourceOf(apollo, 0);
        assertEquals("Mission transcript", transcript.publisher());
        assertNull(transcript.url(), "an embedded quotation is no web address");
    }

    @Test
    void anEventWithoutHeadlineIsTitledByTheFirstLineOfItsText() {
        assertEquals("Last crewed landing: Apollo 17.", event("my-event-5").title());
    }

    @Test
    void erasKeepTheirHeadlineAndSpanWholeYearsAndMonths() {
        List<Era> eras = timeline.eras();
        assertEquals(2, eras.size());
        assertEquals(new Era("Space race", Instant.parse("1957-10-01T00:00:00Z"),
                Instant.parse("1969-12-31T23:59:59Z"), null), eras.get(0));
        assertEquals("Apollo & Gemini", eras.get(1).title());
        assertEquals(Instant.parse("1972-12-31T23:59:59Z"), eras.get(1).end());
    }

    @Test
    void missingIdsAreNumberedInTheirOrder() {
        assertTrue(timeline.event("event-4").isPresent(), "the fourth slide has no unique_id");
        assertTrue(timeline.event("event-10").isPresent(), "the tenth slide has no unique_id");
    }

    @Test
    void isDetectedByContentWhateverTheName() {
        LoadResult r = load("{\"events\": [{\"start_date\": {\"year\": 2018, \"month\": 7, \"day\": 16}, "
                + "\"text\": {\"headline\": \"Summit\"}, \"unique_id\": \"summit\"}]}");
        assertEquals(List.of("t.json:1:13: warning: events[0]: 1 event cites no source (this one): it has neither "
                + "media with a web address or credit nor a link in its text"), r.problems().stream().map(p -> p.format("t.json")).toList());
        assertEquals("t", r.timeline().title(), "without a title slide, the file's name");
        assertEquals(Precision.DAY, r.timeline().events().get(0).start().precision());
    }

    @Test
    void ourOwnFilesAreNotTakenForTimelineJs() {
        LoadResult r = new TimelineLoader().load(BrokenFilesTest.corpus("valid-minimal.json"));
        assertEquals(List.of(), r.problems());
    }

    @Test
    void badPartsSayWhatWasFoundAndWhatToWrite() {
        LoadResult r = load("{\"events\": [{\"start_date\": {\"year\": \"1969\", \"month\": \"13\"}},"
                + "{\"start_date\": {\"year\": \"19x9\"}}, {\"start_date\": {\"year\": 2019, \"month\": 2, \"day\": 30}},"
                + "{\"start_date\": {\"year\": 2019, \"day\": 3}}, {\"start_date\": {\"year\": 2019.5}}]}");
        assertEquals(List.of(
                "events[0].start_date: \"start_date.month\" is 13; it runs from 1 to 12; the event is left out",
                "events[1].start_date: \"start_date.year\" is \"19x9\"; write a whole year, such as 1969 or -500; "
                        + "the event is left out",
                "events[2].start_date: \"start_date.day\" is 30, but February 2019 has 28 days; the event is left out",
                "events[3].start_date: \"start_date.day\" is given without \"start_date.month\"; give every part "
                        + "from the year down to the finest one; the event is left out",
                "events[4].start_date: \"start_date.year\" is \"2019.5\"; write a whole year, such as 1969 or -500; "
                        + "the event is left out"),
                r.problems().stream().filter(p -> !p.path().isEmpty()).map(Problem::describe).toList());
        assertTrue(r.timeline().events().isEmpty());
    }

    @Test
    void aSyntaxErrorStopsTheReadAtItsPlace() {
        LoadResult r = load("{\"events\": [{\"start_date\": {\"year\": 1969,}}]}");
        assertTrue(r.hasErrors());
        assertEquals(1, r.errors().get(0).line());
    }
}
