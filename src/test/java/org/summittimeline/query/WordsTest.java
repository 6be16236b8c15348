package org.summittimeline.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import java.nio.file.Path;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.model.Anchor;
import org.summittimeline.model.Precision;
import org.summittimeline.model.SourceDate;
import org.summittimeline.model.TimeBound;
import org.summittimeline.model.Timeline;

@Tag("toolkit-free")
class WordsTest {
    private static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");
    private static final Instant NOON = Instant.parse("2018-07-16T11:07:00Z");

    @AfterEach
    void english() {
        Words.use(Locale.ENGLISH);
    }

    @Test
    void englishWritesDayBeforeMonthAndA24HourClock() {
        Words.use(Locale.ENGLISH);
        assertEquals("16 Jul 14:07", new TimeText(HELSINKI).dayAndClock(NOON));
        assertEquals("Monday, 16 July 2018", Words.current().fullDay(NOON.atZone(HELSINKI)));
        assertEquals("1\u201315 min before the start of the talks", TimeText.anchor(anchor(-15, -1), "the talks"));
        assertEquals("\u00b618", Words.current().place(new org.summittimeline.model.Locator(
                org.summittimeline.model.Locator.Kind.PARAGRAPH, "18")));
    }

    @Test
    void germanWritesDatesTimesAndWordsTheGermanWay() {
        Words.use(Locale.GERMAN);
        assertEquals("16.07. 14:07", new TimeText(HELSINKI).dayAndClock(NOON));
        assertEquals("Montag, 16. Juli 2018", Words.current().fullDay(NOON.atZone(HELSINKI)));
        // A place in a source as the German citation styles write it, in every copy alike.
        assertEquals("Abs. 18", Words.current().place(new org.summittimeline.model.Locator(
                org.summittimeline.model.Locator.Kind.PARAGRAPH, "18")));
        assertEquals("S. 12", Words.current().place(new org.summittimeline.model.Locator(
                org.summittimeline.model.Locator.Kind.PAGE, "12")));
        // The name in the phrase's case: "vor dem Beginn von diesem Ereignis" read as a learner's German.
        assertEquals("1\u201315 Min. vor dem Beginn der Gespräche", TimeText.anchor(anchor(-15, -1), "der Gespräche"));
        assertEquals("20 Min. nach dem Ende von \u201eX\u201c", TimeText.anchor(new Anchor("x", Anchor.Point.END,
                Duration.ofMinutes(20), Duration.ofMinutes(20)), TimeText.titled("X")));
        assertEquals("20 Min. nach dem Ende von x", TimeText.anchor(new Anchor("x", Anchor.Point.END,
                Duration.ofMinutes(20), Duration.ofMinutes(20))));
    }

    @Test
    void aTitleWithinQuotationMarksHasItsOwnMarksMadeSingle() {
        String title = "Trump: \u201cwould\u201d should have been \u201cwouldn't\u201d";
        Words.use(Locale.ENGLISH);
        assertEquals("\u201cTrump: \u2018would\u2019 should have been \u2018wouldn't\u2019\u201d",
                TimeText.titled(title));
        assertEquals("\u201che said 'no'\u201d", Words.current().format("marks", "he said \"no\""));
        Words.use(Locale.GERMAN);
        // German single marks inside German double ones, not English ones.
        assertEquals("von \u201eTrump: \u201awould\u2018 should have been \u201awouldn't\u2018\u201c",
                TimeText.titled(title));
        assertEquals("\u201eein \u201aWort\u2018\u201c", Words.current().format("marks",
                "ein \u201eWort\u201c"));
        // Only what stands between marks: a place or a number is left as it is.
        assertEquals("\u201eX\u201c, Abs. 3", Words.current().format("marks", "X") + ", "
                + Words.current().format("place.paragraph", "3"));
    }

    @Test
    void aTimelineThatSpansYearsWritesTheYearWithEachDay() throws Exception {
        Timeline history = new TimelineLoader().load(Path.of("src/test/resources/timelinejs/moon.json")).timeline();
        Timeline summit = new TimelineLoader().load(Path.of("data/helsinki-2018-summit.json")).timeline();
        try {
            TimeText.showYearsFor(history);
            assertEquals("16 Jul 2018 14:07", new TimeText(HELSINKI).dayAndClock(NOON));
            // A range over New Year asks for the year as well: written once, not twice.
            assertEquals("16 Jul 2018 14:07", new TimeText(HELSINKI).dayAndClock(NOON, true));
            TimeText.showYearsFor(summit);
            assertEquals("16 Jul 14:07 2018", new TimeText(HELSINKI).dayAndClock(NOON, true));
            assertEquals("16 Jul 14:07", new TimeText(HELSINKI).dayAndClock(NOON));
        } finally {
            TimeText.showYearsFor(summit);
        }
    }

    @Test
    void theYearsReadFromTheTimeIndexAgreeWithThoseReadFromEveryEvent() throws Exception {
        Timeline history = new TimelineLoader().load(Path.of("src/test/resources/timelinejs/moon.json")).timeline();
        Timeline summit = new TimelineLoader().load(Path.of("data/helsinki-2018-summit.json")).timeline();
        try {
            for (Timeline t : List.of(history, summit)) {
                TimeText.showYearsFor(t);
                String fromEvents = new TimeText(HELSINKI).dayAndClock(NOON);
                TimeText.showYearsFor(t, new TimeIndex(t));
                assertEquals(fromEvents, new TimeText(HELSINKI).dayAndClock(NOON), t.title());
            }
        } finally {
            TimeText.showYearsFor(summit);
        }
    }

    @Test
    void yearsBeforeTheCommonEraAreWrittenAsReadersCountThem() {
        ZoneId utc = ZoneId.of("UTC");
        // ISO 8601 and java.time count 0 as 1 BCE: -0043 is the year of the Ides of March, 44 BCE.
        Instant ides = Instant.parse("-0043-03-15T12:00:00Z");
        Words.use(Locale.ENGLISH);
        Words words = Words.current();
        assertEquals("44 BCE", words.year(-43));
        assertEquals("1 BCE", words.year(0));
        assertEquals("1 CE", words.year(1));
        assertEquals("2", words.year(2));
        assertEquals("2018", words.year(2018));
        assertEquals("15 Mar 44 BCE", words.dayWithYear(ides.atZone(utc)));
        assertEquals("Mar 44 BCE", words.month(ides.atZone(utc)));
        assertEquals("Jul 2018", words.month(NOON.atZone(HELSINKI)));
        assertEquals("16 Jul 2018", words.dayWithYear(NOON.atZone(HELSINKI)));
        assertEquals("Friday, 15 March 44 BCE", words.fullDay(ides.atZone(utc)));
        Words.use(Locale.GERMAN);
        assertEquals("15.03. 44 v. Chr.", Words.current().dayWithYear(ides.atZone(utc)));
        assertEquals("10000 v. Chr.", Words.current().year(-9999));
    }

    /** A text set inside quotation marks takes the single marks of the marks round it: English ‘…’, German ‚…‘. */
    @Test
    void marksInsideMarksAreTheLanguagesOwnSingleOnes() {
        String title = "Trump: \u201cwould\u201d should have been \u201cwouldn't\u201d";
        assertEquals("Trump: \u2018would\u2019 should have been \u2018wouldn't\u2019",
                Words.inMarks("\u201c{0}\u201d", title)[0]);
        assertEquals("Trump: \u201awould\u2018 should have been \u201awouldn't\u2018",
                Words.inMarks("\u201e{0}\u201c", title)[0]);
        // A German text's own marks, „…“, inside German marks.
        assertEquals("er sagte \u201anie\u2018", Words.nestedGerman("er sagte \u201enie\u201c"));
        // Both in one text: each “ read by where it stands.
        assertEquals("\u201aA\u2018 und \u201aB\u2018", Words.nestedGerman("\u201eA\u201c und \u201cB\u201d"));
        Object[] filled = Words.inMarks("Zitat {0}: \u201e{1}\u201c", 3, "a \u201cb\u201d c");
        assertEquals(3, filled[0], "an argument outside the marks as it was");
        assertEquals("a \u201ab\u2018 c", filled[1]);
    }

    /** A city's zone is "New York time"; a zone that names no city keeps its own name, not "… Time time". */
    @Test
    void aZonesTimeIsNamedByItsCityOrItsOwnName() {
        Words.use(Locale.ENGLISH);
        assertEquals("New York time", TimeText.zoneTime(ZoneId.of("America/New_York")));
        assertEquals("UTC", TimeText.zoneTime(ZoneId.of("UTC")));
        String cet = TimeText.zoneTime(ZoneId.of("CET"));
        assertTrue(!cet.endsWith("time time") && !cet.endsWith("Time time") && !cet.isEmpty(), cet);
        Words.use(Locale.GERMAN);
        assertEquals("Zeit in New York", TimeText.zoneTime(ZoneId.of("America/New_York")));
    }

    @Test
    void everyShortMonthInEnglishIsThreeLettersAndReadsBack() {
        Words.use(Locale.ENGLISH);
        Words words = Words.current();
        java.time.ZonedDateTime september = Instant.parse("2018-09-22T10:15:00Z").atZone(ZoneId.of("UTC"));
        assertEquals("22 Sep", words.day().format(september));
        assertEquals("22 Sep 2018", words.dayWithYear(september));
        assertEquals("Sep 2018", words.month(september));
        assertEquals("22 Sep 2018, 10:15", words.dayAndClock().format(september));
        assertEquals(java.time.LocalDate.of(2018, 9, 22),
                java.time.LocalDate.parse("22 SEP 2018", words.dateFormat()));
        // German keeps its own abbreviations, where "Sept." is the written norm.
        Words.use(Locale.GERMAN);
        assertEquals("Sept. 2018", Words.current().month(september));
    }

    @Test
    void aTimeKnownToTheDayOrYearShowsNoClockNoSourceGave() {
        ZoneId utc = ZoneId.of("UTC");
        TimeText.showYearsFor(new TimelineLoader().load(Path.of("src/test/resources/timelinejs/moon.json")).timeline());
        try {
            TimeText text = new TimeText(utc);
            assertEquals("15 Mar 44 BCE", text.bounds(TimeBound.exact(Instant.parse("-0043-03-15T00:00:00Z"),
                    Precision.DAY)));
            assertEquals("1975", text.bounds(days("1975-01-01T00:00:00Z", "1975-12-31T23:59:59Z")));
            assertEquals("Feb 1962", text.bounds(days("1962-02-01T00:00:00Z", "1962-02-28T23:59:59Z")));
            assertEquals("\u2248 15 Jul 2018 \u2013 17 Jul 2018",
                    text.bounds(days("2018-07-15T00:00:00Z", "2018-07-17T23:59:59Z")));
            // Whole days in UTC are not shifted to the evening before in New York.
            assertEquals("1975", new TimeText(ZoneId.of("America/New_York"))
                    .bounds(days("1975-01-01T00:00:00Z", "1975-12-31T23:59:59Z")));
            // A time known to the minute keeps its clock.
            assertEquals("16 Jul 2018 14:07 EEST", new TimeText(HELSINKI).bounds(TimeBound.exact(NOON, Precision.MINUTE)));
        } finally {
            TimeText.showYearsFor(new TimelineLoader().load(Path.of("data/helsinki-2018-summit.json")).timeline());
        }
    }

    private static TimeBound days(String from, String to) {
        return new TimeBound(Instant.parse(from), Instant.parse(to), Precision.DAY, null, null, List.of(), List.of());
    }

    @Test
    void aSourcesDateIsWrittenInTheChosenLanguageAsPreciselyAsItIsKnown() {
        Words.use(Locale.ENGLISH);
        assertEquals("16 July 2018", Words.current().sourceDate(new SourceDate(2018, 7, 16)));
        assertEquals("July 2019", Words.current().sourceDate(new SourceDate(2019, 7, 0)));
        assertEquals("2019", Words.current().sourceDate(new SourceDate(2019, 0, 0)));
        Words.use(Locale.GERMAN);
        assertEquals("16. Juli 2018", Words.current().sourceDate(new SourceDate(2018, 7, 16)));
        assertEquals("Juli 2019", Words.current().sourceDate(new SourceDate(2019, 7, 0)));
    }

    @Test
    void theYearIsTakenOutOfTheLocalesMediumDate() {
        assertEquals("d MMM", Words.withoutYear("d MMM y"));
        assertEquals("MMM d", Words.withoutYear("MMM d, y"));
        assertEquals("dd.MM.", Words.withoutYear("dd.MM.y"));
        assertEquals("MMM d", Words.withoutYear("y MMM d"));
    }

    private static Anchor anchor(int earliest, int latest) {
        return new Anchor("talks", Anchor.Point.START, Duration.ofMinutes(earliest), Duration.ofMinutes(latest));
    }
}
