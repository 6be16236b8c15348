package org.summittimeline.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.model.Timeline;
import org.summittimeline.ui.Texts;
import org.summittimeline.ui.present.QuoteCard.Line;

/** The relations card's lines on the bundled timeline: no toolkit, no window. */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@Tag("toolkit-free")
class QuoteCardTest {
    private static final Timeline HELSINKI =
            new TimelineLoader().load(Path.of("data", "helsinki-2018-summit.json")).timeline();
    private static final String OUR_READING = "(our reading, not a source's)";

    @BeforeAll
    static void english() {
        Texts.use(Locale.ENGLISH);
    }

    private static List<String> relations(String quoteId) {
        return QuoteCard.relations(HELSINKI.quote(quoteId).orElseThrow(), HELSINKI).get(0).stream()
                .map(Line::text).toList();
    }

    /** The line right under a heading: the mark, when the link is the author's, or the other quote's words. */
    private static String afterTheWords(List<String> lines, String heading) {
        int at = lines.indexOf(heading);
        assertTrue(at >= 0 && at + 2 < lines.size(), heading + " in " + lines);
        return lines.get(at + 2);
    }

    private static String under(List<String> lines, String heading) {
        int at = lines.indexOf(heading);
        assertTrue(at >= 0, heading + " in " + lines);
        return lines.get(at + 1);
    }

    @Test
    void aLinkTheAuthorMakesIsMarkedAsOurReadingWhicheverQuoteTheCardShows() {
        List<String> correction = relations("trump-would-wouldnt");
        // After the words, as the panel says it: between the heading and the words it read as a stray fragment.
        assertEquals(OUR_READING, afterTheWords(correction, "It contradicts Vladimir Putin:"));
        assertEquals(OUR_READING, afterTheWords(relations("putin-denial"), "Donald Trump contradicts it:"));
    }

    /**
     * A linked quote still to come in the presentation has no words on the card: the mark then stands right under the
     * heading it qualifies, before the line that says when the words come, which it had seemed to qualify.
     */
    @Test
    void withTheWordsStillToComeTheMarkQualifiesTheHeading() {
        List<String> lines = QuoteCard.relations(HELSINKI.quote("putin-denial").orElseThrow(), HELSINKI,
                q -> "Its words come later.").get(0).stream().map(Line::text).toList();
        assertEquals(List.of("Donald Trump contradicts it:", OUR_READING, "Its words come later."), lines);
        List<String> bySource = QuoteCard.relations(HELSINKI.quote("putin-yes-i-did").orElseThrow(), HELSINKI,
                q -> "Its words come later.").get(0).stream().map(Line::text).toList();
        assertEquals(List.of("It answers Jeff Mason:", "Its words come later."), bySource, "no mark, no source");
    }

    /** A direct quotation between the language's own marks, as in the quote panel: „…“ in German. */
    @Test
    void theWordsStandBetweenTheLanguagesQuotationMarks() {
        var quote = HELSINKI.quote("putin-denial").orElseThrow();
        try {
            Texts.use(Locale.GERMAN);
            assertEquals("\u201e" + quote.text() + "\u201c", QuoteCard.words(quote));
        } finally {
            Texts.use(Locale.ENGLISH);
        }
        assertEquals("\u201c" + quote.text() + "\u201d", QuoteCard.words(quote));
    }

    /** In German the heading says which way the answer goes: "Es antwortet Jeff Mason" read as Mason answering. */
    @Test
    void theGermanHeadingNamesWhomTheQuoteAnswers() {
        try {
            Texts.use(Locale.GERMAN);
            List<String> lines = relations("putin-yes-i-did");
            assertTrue(lines.contains("Antwort auf Jeff Mason:"), lines.toString());
        } finally {
            Texts.use(Locale.ENGLISH);
        }
    }

    @Test
    void aLinkASourceMakesCarriesNoMark() {
        // Trump himself says what he corrects; Putin's answer follows Mason's question in the transcript.
        List<String> server = relations("trump-server");
        assertTrue(under(server, "Donald Trump corrects it:").startsWith("\u201cIn a key sentence"), server.toString());
        assertTrue(relations("putin-yes-i-did").stream().noneMatch(OUR_READING::equals));
        assertEquals(1, relations("trump-would-wouldnt").stream().filter(OUR_READING::equals).count(),
                "of its three links only the contradiction is ours");
    }
}
