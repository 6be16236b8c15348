package org.summittimeline.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.summittimeline.format.LoadResult;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.model.Timeline;
import org.summittimeline.ui.Texts;

/** What hovering a mark says: each time in the source's own words, with the source's name, and nothing invented. */
@Tag("toolkit-free")
class MarkTooltipTest {
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static Timeline timeline;

    @BeforeAll
    static void load() {
        Texts.use(Locale.ENGLISH);
        String json = """
                {"formatVersion": 1, "title": "T", "timeZone": "Europe/Helsinki",
                 "sources": [{"id": "stt", "publisher": "STT", "title": "Landing"},
                             {"id": "ft", "publisher": "Finland Today", "title": "Airport"},
                             {"id": "ap", "publisher": "AP", "title": "Report"},
                             {"id": "comma", "publisher": "Goodreads, a reader's notes"},
                             {"id": "wh", "publisher": "The White House", "zone": "America/New_York"},
                             {"id": "yle", "publisher": "Yle", "zone": "Europe/Helsinki"}],
                 "categories": [{"id": "c", "label": "C"}],
                 "events": [
                  {"id": "landing", "title": "Air Force One lands", "category": "c",
                   "sources": [{"source": "stt"}, {"source": "ft"}],
                   "start": {"accounts": [
                     {"at": "2018-07-15T20:55+03:00", "phrase": "landed 20:55", "sources": [{"source": "stt"}]},
                     {"earliest": "2018-07-15T20:50+03:00", "latest": "2018-07-15T21:10+03:00",
                      "phrase": "about 21:00", "sources": [{"source": "ft"}]}]}},
                  {"id": "presser", "title": "Joint press conference", "category": "c", "sources": [{"source": "ap"}],
                   "start": "2018-07-16T18:05+03:00", "end": "2018-07-16T18:51+03:00"},
                  {"id": "removal", "title": "Protester escorted out", "category": "c", "sources": [{"source": "ap"}],
                   "start": {"relativeTo": {"event": "presser", "earliestOffset": "-PT15M", "latestOffset": "-PT1M"},
                             "phrase": "minutes before the presidents entered"}},
                  {"id": "correction", "title": "Correction", "category": "c", "sources": [{"source": "ap"}],
                   "start": {"earliest": "2018-07-17T14:00-04:00", "latest": "2018-07-17T15:02-04:00",
                             "sources": [{"source": "stt"}, {"source": "comma"}]}},
                  {"id": "remarks", "title": "Remarks", "category": "c", "sources": [{"source": "wh"}],
                   "start": {"earliest": "2018-07-17T14:00-04:00", "latest": "2018-07-17T15:02-04:00"}},
                  {"id": "news", "title": "News", "category": "c", "sources": [{"source": "yle"}],
                   "start": "2018-07-16T12:00+03:00"},
                  {"id": "talk", "title": "Talk", "category": "c", "sources": [{"source": "ap"}],
                   "start": "2018-07-16T12:00+03:00",
                   "end": {"relativeTo": {"event": "talk", "offset": "PT46M"}, "phrase": "46 minutes",
                           "sources": [{"source": "ap"}, {"source": "comma"}]}}]}
                """;
        LoadResult loaded = new TimelineLoader().load(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "tips.json");
        assertFalse(loaded.hasErrors(), loaded.problems().toString());
        timeline = loaded.timeline();
    }

    private static String tip(String eventId) {
        return MarkTooltip.of(timeline.event(eventId).orElseThrow(), timeline, HELSINKI);
    }

    @Test
    void sourcesThatDisagreeEachKeepTheirTimesTheirPhraseAndTheirName() {
        // Each account's own times as well as its words, as the details pane gives them.
        assertEquals("""
                Air Force One lands
                At: \u2248 15 Jul 20:50\u201321:10 EEST
                    15 Jul 20:55 EEST \u2014 \u201clanded 20:55\u201d \u2014 STT
                    \u2248 15 Jul 20:50\u201321:10 EEST \u2014 \u201cabout 21:00\u201d \u2014 Finland Today""",
                tip("landing"));
    }

    @Test
    void aRelativeTimeNamesItsAnchorAndThenTheSourcesWords() {
        assertEquals("""
                Protester escorted out
                At: \u2248 16 Jul 17:50\u201318:04 EEST
                    1\u201315 min before the start of \u201cJoint press conference\u201d
                    \u201cminutes before the presidents entered\u201d \u2014 AP""", tip("removal"));
    }

    @Test
    void anEndCountedFromItsOwnStartSaysSoAndItsSourcesStandApart() {
        // "46 min after the start of “Talk”", said of the talk itself, read as another event; and the sources,
        // one of whose names holds a comma, were joined with commas.
        assertEquals("""
                Talk
                Start: 16 Jul 12:00 EEST
                End: 16 Jul 12:46 EEST
                    46 min after the start of this event
                    “46 minutes” — AP; Goodreads, a reader's notes""", tip("talk"));
    }

    @Test
    void aTimeWithNoPhraseShowsItsBoundsAndNoEmptyQuotation() {
        assertEquals("""
                Joint press conference
                Start: 16 Jul 18:05 EEST
                End: 16 Jul 18:51 EEST""", tip("presser"));
    }

    @Test
    void boundsWithSourcesOfTheirOwnButNoPhraseNameTheSources() {
        assertEquals("""
                Correction
                At: \u2248 17 Jul 21:00\u201322:02 EEST
                    per STT; Goodreads, a reader's notes""", tip("correction"));
    }

    @Test
    void aTimeIsAlsoGivenInTheZoneItsSourceTellsTimesIn() {
        assertEquals("""
                Remarks
                At: \u2248 17 Jul 21:00\u201322:02 EEST
                    New York time: \u2248 17 Jul 14:00\u201315:02 EDT""", tip("remarks"));
        assertEquals("""
                News
                At: 16 Jul 12:00 EEST""", tip("news"), "a source in the zone shown adds nothing");
    }

    @Test
    void aLongLineIsBrokenBetweenWordsAndItsContinuationsStandTwoSpacesDeeper() {
        // Seven pixels a letter, 140 pixels: twenty letters a line.
        String text = "Title that is long enough\n    \u201cabout 21:00\u201d \u2014 Finland Today; The Post & Email\nEnd";
        assertEquals("""
                Title that is long
                  enough
                    \u201cabout 21:00\u201d \u2014
                      Finland Today;
                      The Post &
                      Email
                End""", MarkTooltip.withHangingIndents(text, 140, s -> s.length() * 7.0));
        assertEquals(text, MarkTooltip.withHangingIndents(text, 1000, s -> s.length() * 7.0), "short lines stay");
    }
}
