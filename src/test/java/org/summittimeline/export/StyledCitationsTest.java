package org.summittimeline.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.summittimeline.BundledTimeline;
import org.summittimeline.model.Citation;
import org.summittimeline.model.Locator;
import org.summittimeline.model.Timeline;

/** Citations of the bundled sources and quotes in each style, against what the style's rules make of them. */
@Tag("toolkit-free")
class StyledCitationsTest {
    private static Timeline helsinki;
    private static final String NL = System.lineSeparator();
    private static final String GUARDIAN =
            "https://www.theguardian.com/world/2018/jul/18/activist-tells-of-detention-for-disrupting-trump-putin-summit";

    @BeforeAll
    static void readTheBundledTimeline() {
        helsinki = BundledTimeline.helsinki();
    }

    private final StyledCitations cite = new StyledCitations(helsinki);

    @Test
    void apaLeadsWithTheTitleOfAnUnsignedReportAndWithThePublisherOfAnUntitledOne() {
        assertEquals("Activist tells of detention for disrupting Trump-Putin summit. (2018, July 18). "
                + "The Guardian. " + GUARDIAN, cite.reference(CitationStyle.APA, "guardian"));
        assertEquals("Associated Press. (2018, July 16).", cite.reference(CitationStyle.APA, "ap"));
        assertEquals("(Associated Press, 2018, para. 3)",
                cite.inText(CitationStyle.APA, new Citation("ap", new Locator(Locator.Kind.PARAGRAPH, "3"))));
        assertEquals("(\u201cPutin Arrives Late, but Consensus Already Emerging in Helsinki,\u201d 2018)",
                cite.inText(CitationStyle.APA, new Citation("politico", Locator.NONE)));
    }

    @Test
    void chicagoAuthorDatePutsTheYearAfterThePublication() {
        assertEquals("The Guardian. 2018. Activist Tells of Detention for Disrupting Trump-Putin Summit. "
                + "July 18. " + GUARDIAN + ".", cite.reference(CitationStyle.CHICAGO, "guardian"));
        assertEquals("Associated Press. 2018. July 16.", cite.reference(CitationStyle.CHICAGO, "ap"));
        assertEquals("(TASS, n.d.)", cite.inText(CitationStyle.CHICAGO, new Citation("tass-newsaz", Locator.NONE)));
        assertEquals("(Associated Press 2018, 12)",
                cite.inText(CitationStyle.CHICAGO, new Citation("ap", new Locator(Locator.Kind.PAGE, "12"))));
    }

    @Test
    void mlaQuotesTheTitleAndGivesTheDayBeforeTheMonth() {
        assertEquals("\u201cActivist Tells of Detention for Disrupting Trump-Putin Summit.\u201d The Guardian, "
                + "18 July 2018, " + GUARDIAN + ".", cite.reference(CitationStyle.MLA, "guardian"));
        // The processor leaves ", ." for the title an untitled source lacks; the citation reads without it.
        assertEquals("Associated Press. 16 July 2018.", cite.reference(CitationStyle.MLA, "ap"));
        assertEquals("(Associated Press, par. 3)",
                cite.inText(CitationStyle.MLA, new Citation("ap", new Locator(Locator.Kind.PARAGRAPH, "3"))));
    }

    @Test
    void aQuoteIsCitedWithItsParagraphAndFollowedByItsReference() {
        var quote = helsinki.quote("putin-denial").orElseThrow();
        String words = "Vladimir Putin: \u201c" + quote.text() + "\u201d ";
        assertEquals(words + "(Associated Press, 2018, para. 3)" + NL + NL + "Associated Press. (2018, July 16).",
                cite.quote(CitationStyle.APA, quote));
        // Chicago labels a paragraph ("3" alone read as page 3) and leaves a page bare.
        assertEquals(words + "(Associated Press 2018, para. 3)" + NL + NL + "Associated Press. 2018. July 16.",
                cite.quote(CitationStyle.CHICAGO, quote));
        assertEquals(words + "(Associated Press, par. 3)" + NL + NL + "Associated Press. 16 July 2018.",
                cite.quote(CitationStyle.MLA, quote));
    }

    @Test
    void reportedSpeechIsNotPutInQuotationMarksButMarkedAsReported() {
        var quote = helsinki.quote("putin-never-interfered").orElseThrow();
        // In the language the citations were made in, as the style's citation is: the window's, when they were made.
        org.summittimeline.query.Words.use(java.util.Locale.GERMAN);
        String cited;
        try {
            cited = cite.quote(CitationStyle.APA, quote);
        } finally {
            org.summittimeline.query.Words.use(java.util.Locale.ENGLISH);
        }
        assertEquals(cited, cite.quote(CitationStyle.APA, quote));
        assertEquals("Vladimir Putin: (reported) " + quote.text() + " (Associated Press, 2018, para. 1)" + NL + NL
                + "Associated Press. (2018, July 16).", cite.quote(CitationStyle.APA, quote));
    }

    /**
     * In a German window the styles cite in German (the CSL project's de-DE locale): „…“ marks, "Abs." for a
     * paragraph, "o. J." for no date, the day before the month's German name ("16. Juli"; "Juli 16" had kept the
     * English order). The titles stay as the English sources capitalise them: told nothing of their language, the
     * styles set them in sentence case ("Putin arrives late, but …").
     */
    @Test
    void inGermanTheStylesCiteInGermanAndTheEnglishTitlesKeepTheirCapitals() {
        StyledCitations german = new StyledCitations(helsinki, java.util.Locale.GERMAN);
        var denial = helsinki.quote("putin-denial").orElseThrow();
        assertEquals("Vladimir Putin: \u201e" + denial.text() + "\u201c (Associated Press, 2018, Abs. 3)" + NL + NL
                + "Associated Press. (2018, 16. Juli).", german.quote(CitationStyle.APA, denial));
        assertEquals("(Associated Press 2018, Abs. 3)", german.inText(CitationStyle.CHICAGO, denial.citation()));
        var reported = helsinki.quote("putin-never-interfered").orElseThrow();
        assertTrue(german.quote(CitationStyle.MLA, reported).startsWith("Vladimir Putin: (wiedergegeben) "
                + reported.text() + " (Associated Press, Abs. 1)"), german.quote(CitationStyle.MLA, reported));
        assertEquals("(TASS, o.\u00a0J.)", german.inText(CitationStyle.CHICAGO,
                new Citation("tass-newsaz", Locator.NONE)));
        assertEquals("(Associated Press, 2018, bei 00:12:30)", german.inText(CitationStyle.APA,
                new Citation("ap", new Locator(Locator.Kind.TIMECODE, "00:12:30"))));
        assertEquals("The Guardian. 2018. Activist Tells of Detention for Disrupting Trump-Putin Summit. 18. Juli. "
                + GUARDIAN + ".", german.reference(CitationStyle.CHICAGO, "guardian"));
        assertEquals("(\u201ePutin Arrives Late, but Consensus Already Emerging in Helsinki\u201c, 2018)",
                german.inText(CitationStyle.APA, new Citation("politico", Locator.NONE)));
    }

    /** The day goes before the month whatever the line breaks between the two parts (a Windows checkout's CRLF). */
    @Test
    void theDayIsTurnedBeforeTheMonthAcrossAnyLineBreak() {
        for (String between : List.of("\n      ", "\r\n      ", "")) {
            assertEquals("<date-part name=\"day\" suffix=\". \"/>" + between + "<date-part name=\"month\"/>",
                    CitationStyle.dayFirst("<date-part name=\"month\"/>" + between
                            + "<date-part name=\"day\" prefix=\" \"/>"));
        }
        assertEquals(CitationStyle.APA.xml(), CitationStyle.APA.xml("en-US"), "English keeps the style as it is");
    }

    @Test
    void anEventCitesAllItsSourcesInOneParenthesisAndListsEachReferenceOnce() {
        var event = helsinki.event("putin-lands").orElseThrow();
        String text = cite.event(CitationStyle.APA, event);
        List<String> lines = text.lines().toList();
        assertEquals("Putin lands, late (Finland Today, 2018; \u201cPutin Arrives Late, but Consensus Already Emerging in "
                + "Helsinki,\u201d 2018; TASS, n.d.; \u201cTrump Arrived in Helsinki for the Meeting with Putin "
                + "(Video) [Translated],\u201d 2018)", lines.get(0));
        assertEquals("", lines.get(1));
        assertEquals(event.sources().size(), lines.size() - 2);
        assertEquals("TASS. (n.d.). News.az. Retrieved https://news.az/news/putin-arrives-in-helsinki-for-meeting-with-trump",
                lines.get(2));
    }

    @Test
    void aSectionAndATimecodeStayInTheCitation() {
        var question = helsinki.quote("mason-question").orElseThrow();
        assertEquals("(\u201cWhite House Updates Online Transcript of Trump-Putin News Conference,\u201d 2018, "
                + "sec. corrected White House transcript)", cite.inText(CitationStyle.APA, question.citation()));
        assertEquals("(CBS News 2018, sec. corrected White House transcript)",
                cite.inText(CitationStyle.CHICAGO, question.citation()));
        assertEquals("(Associated Press, 2018, at 00:12:30)", cite.inText(CitationStyle.APA,
                new Citation("ap", new Locator(Locator.Kind.TIMECODE, "00:12:30"))));
    }

    /**
     * A wire report read where a paper reprinted it ("Associated Press via KSAT") is the agency's, in the paper:
     * the agency leads as author, the paper stands where the styles name a newspaper, in its own capitals.
     */
    @Test
    void aReprintedWireReportIsTheAgencysInThePaperThatReprintedIt() {
        String live = "https://www.ksat.com/news/2018/07/16/live-heres-the-latest-on-trump-putin-summit-meeting-in-finland/";
        assertEquals("Associated Press. (2018, July 16). LIVE: Here\u2019s the latest on Trump-Putin summit meeting in "
                + "Finland. KSAT. " + live, cite.reference(CitationStyle.APA, "ap-live"));
        assertEquals("(Associated Press, 2018)", cite.inText(CitationStyle.APA, new Citation("ap-live", Locator.NONE)));
        assertEquals("Associated Press. 2018. Newsday, July 16. "
                + "https://www.newsday.com/news/world/trump-putin-apparent-protester-1.19858147.",
                cite.reference(CitationStyle.CHICAGO, "ap-newsday"));
        assertEquals("The Hill. \u201cPutin Denies Interference in U.S. Election at Meeting with Trump.\u201d Matzav, "
                + "16 July 2018, http://matzav.com/putin-denies-interference-in-u-s-election-at-meeting-with-trump/.",
                cite.reference(CitationStyle.MLA, "the-hill"));
        assertEquals("A KSAT report", StyledCitations.asWritten("A Ksat report", "KSAT"));
        assertEquals("Ksatish", StyledCitations.asWritten("Ksatish", "KSAT"), "a longer word is left alone");
        assertEquals("Matzav", StyledCitations.asWritten("Matzav", "Matzav"));
    }

    @Test
    void aSourceTheTimelineDoesNotHaveIsNamedByItsId() {
        assertEquals("nowhere", cite.reference(CitationStyle.APA, "nowhere"));
        assertEquals("(nowhere)", cite.inText(CitationStyle.MLA, new Citation("nowhere", Locator.NONE)));
    }
}
