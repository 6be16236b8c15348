package org.summittimeline.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.summittimeline.model.Event;
import org.summittimeline.model.Precision;
import org.summittimeline.model.Source;
import org.summittimeline.model.Timeline;

/** TimelineJS's spreadsheet template saved as CSV opens as a timeline; problems are told by row. */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@Tag("toolkit-free")
class TimelineJsSheetTest {
    private final LoadResult sheet = new TimelineLoader().load(TimelineJsImportTest.fixture("sheet.csv"));
    private final Timeline timeline = sheet.timeline();

    private static LoadResult load(String csv, String name) {
        return new TimelineLoader().load(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), name);
    }

    private Event titled(String title) {
        return timeline.events().stream().filter(e -> e.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no event " + title));
    }

    @Test
    void aRowThatCannotBeReadIsAWarningWithItsRow() {
        assertFalse(sheet.hasErrors());
        assertEquals(List.of(
                "sheet.csv:row 5: warning: \"Month\" is \"Jully\"; write a month from 1 to 12 or its English name; "
                        + "the event is left out",
                "sheet.csv:row 6: warning: 2 events cite no source (the first is here): they have neither media with "
                        + "a web address or credit nor a link in their text",
                "sheet.csv:row 7: warning: \"Time\" is \"noon\"; write hours and minutes, such as 13:15 or 1:15 PM; "
                        + "the time of day is left out",
                "sheet.csv:row 8: warning: the event has no start date (start_date, or Year in a sheet); it is left out"),
                sheet.problems().stream().map(p -> p.format("sheet.csv")).toList());
    }

    /**
     * Excel in German saves CSV with semicolons (its decimal mark is the comma): such a sheet had been refused for
     * want of a "Year" column that was there. A tab-separated one reads too; commas inside quotes count for nothing.
     */
    @Test
    void aSheetSavedWithSemicolonsOrTabsIsReadAsOneSavedWithCommas() {
        String commas = "Year,Month,Day,Time,Headline,Text,Media,Media Credit,Type\n"
                + "2018,7,16,14:07,\"Talks, one on one\",Trump and Putin meet.,https://example.org/a,AP,\n";
        LoadResult byCommas = load(commas, "c.csv");
        assertFalse(byCommas.hasErrors(), byCommas.problems().toString());
        for (char separator : new char[] {';', '\t'}) {
            String other = commas.replace(',', separator).replace("Talks" + separator + " one on one", "Talks, one on one");
            LoadResult read = load(other, "s.csv");
            assertFalse(read.hasErrors(), separator + ": " + read.problems());
            assertEquals(byCommas.timeline().events(), read.timeline().events(), "separated by " + separator);
        }
        assertEquals("Talks, one on one", byCommas.timeline().events().get(0).title());
        assertEquals(',', TimelineJsSheet.separator("Year,\"Head;line;x\",Text;\nnext;;;;"), "only the header row counts");
        assertEquals(';', TimelineJsSheet.separator("\"Year, of it\";Headline;Text"), "a comma in quotes is no separator");
    }

    @Test
    void headerNamesAreMatchedWithoutCaseAndTheTitleRowNamesTheTimeline() {
        assertEquals("Helsinki summit", timeline.title());
        assertEquals("Trump and Putin meet in Helsinki.", timeline.description());
        assertEquals(3, timeline.events().size());
    }

    @Test
    void timesOfDayInTwelveAndTwentyFourHoursGiveMinutes() {
        Event talks = titled("One-on-one talks");
        assertEquals(Instant.parse("2018-07-16T13:15:00Z"), talks.start().earliest());
        assertEquals(Precision.MINUTE, talks.start().precision());
        assertEquals(Instant.parse("2018-07-16T15:25:00Z"), talks.end().earliest());
        assertEquals("about 13:15", talks.start().phrase());
        assertEquals("talks", talks.categoryId());
        assertEquals("Only interpreters present.", talks.summary());
    }

    @Test
    void aMonthByItsNameAndACellOverTwoLinesAreRead() {
        Event press = titled("Press conference, \"joint\"");
        assertEquals(Instant.parse("2018-07-16T18:05:00Z"), press.start().earliest());
        // The cell is HTML, as TimelineJS reads it: a line break in it is a space, as a browser shows it.
        assertEquals("Two lines: second line", press.summary());
    }

    @Test
    void aBadTimeLeavesTheEventOnItsDay() {
        Event lunch = titled("Lunch");
        assertEquals(Instant.parse("2018-07-16T00:00:00Z"), lunch.start().earliest());
        assertEquals(Precision.DAY, lunch.start().precision());
    }

    @Test
    void mediaColumnsBecomeTheEventsSource() {
        Event talks = titled("One-on-one talks");
        Source s = timeline.source(talks.sources().get(0).sourceId()).orElseThrow();
        assertEquals(new Source(s.id(), "AP", "Report of the day", null, "https://apnews.com/article/helsinki"), s);
        assertTrue(titled("Lunch").sources().isEmpty());
    }

    @Test
    void anEraRowIsAnEra() {
        assertEquals(1, timeline.eras().size());
        assertEquals("Summit days", timeline.eras().get(0).title());
        assertEquals(Instant.parse("2018-07-15T00:00:00Z"), timeline.eras().get(0).start());
        // "to 17 July": the whole of its last day, as an event's day alone is (it ended at midnight before it).
        assertEquals(Instant.parse("2018-07-17T23:59:59Z"), timeline.eras().get(0).end());
    }

    @Test
    void negativeYearsAreBeforeTheCommonEraAndTheYearZeroIsAWarning() {
        LoadResult r = load("Year,Month,Day,Headline\n-753,4,21,Rome founded\n-44,Mar,15,Ides of March\n"
                + "0,,,No such year\n-10001,,,Too early\n", "rome.csv");
        assertFalse(r.hasErrors());
        assertEquals(List.of(
                "rome.csv:row 4: warning: the year 0 does not exist: 1 BCE, written -1, is followed by 1 CE, written "
                        + "1; the event is left out",
                "rome.csv:row 5: warning: the year -10001 lies outside the years -10000 (10000 BCE) to 9999, the "
                        + "years a timeline can show; the event is left out"),
                r.problems().stream().filter(p -> !p.message().contains("cite no source"))
                        .map(p -> p.format("rome.csv")).toList());
        Event rome = r.timeline().events().stream().filter(e -> e.title().equals("Rome founded")).findFirst()
                .orElseThrow();
        assertEquals(Instant.parse("-0752-04-21T00:00:00Z"), rome.start().earliest());
        assertEquals(2, r.timeline().events().size());
    }

    @Test
    void aSheetWithoutYearColumnIsRefusedAtTheHeader() {
        LoadResult r = load("Headline,Text\nA,B\n", "x.csv");
        assertTrue(r.hasErrors());
        assertEquals("x.csv:row 1: error: the header row has no \"Year\" column; a TimelineJS sheet names its "
                + "columns Year, Month, Day, Time, End Year, End Month, End Day, End Time, Display Date, Headline, "
                + "Text, Media, Media Credit, Media Caption, Media Thumbnail, Type, Group, Background",
                r.problems().get(0).format("x.csv"));
    }

    @Test
    void aByteOrderMarkIsNoFaultOfASheetAndAnUnclosedQuoteIsAnErrorAtItsRow() {
        LoadResult bom = load("\uFEFFYear,Headline\n2018,Summit\n", "s.csv");
        assertEquals(List.of("1 event cites"), bom.problems().stream()
                .map(p -> p.message().substring(0, 13)).toList());
        LoadResult open = load("Year,Headline\n2018,Summit\n2019,\"never closed\n", "s.csv");
        assertTrue(open.hasErrors());
        assertEquals(3, open.errors().get(0).line());
        assertTrue(open.errors().get(0).isRow());
    }

    @Test
    void aSheetIsDetectedByItsHeaderWhateverTheName() {
        LoadResult r = load("YEAR,HEADLINE,GROUP\n1989,Wall falls,Europe\n", "export.txt");
        assertFalse(r.hasErrors());
        assertEquals("europe", r.timeline().events().get(0).categoryId());
        assertNull(r.timeline().events().get(0).summary());
    }
}
