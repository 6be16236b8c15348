package org.summittimeline.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.summittimeline.format.LoadResult;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.model.Actor;
import org.summittimeline.model.Relation;
import org.summittimeline.model.Timeline;
import org.summittimeline.ui.Texts;
import org.summittimeline.ui.compare.CompareModel.Cell;
import org.summittimeline.ui.compare.CompareModel.Entry;
import org.summittimeline.ui.compare.CompareModel.Link;
import org.summittimeline.ui.compare.CompareModel.Row;

/** Trump and Putin side by side over the bundled timeline: columns, rows by event, citations and links. */
@Tag("toolkit-free")
class CompareModelTest {
    private static Timeline helsinki;

    @BeforeAll
    static void load() {
        LoadResult loaded = new TimelineLoader().load(Path.of("data", "helsinki-2018-summit.json"));
        assertFalse(loaded.hasErrors(), loaded.problems().toString());
        helsinki = loaded.timeline();
    }

    @Test
    void columnsAreTheChosenSpeakersInTheOrderChosen() {
        CompareModel m = CompareModel.of(helsinki, List.of("trump", "putin"), null);
        assertEquals(List.of("Donald Trump", "Vladimir Putin"), m.columns().stream().map(c -> c.name()).toList());
    }

    @Test
    void rowsAreEventsInTimeOrderAndThePressConferenceFacesBothSpeakers() {
        CompareModel m = CompareModel.of(helsinki, List.of("trump", "putin"), null);
        assertEquals(List.of("press-conference", "would-wouldnt"), m.rows().stream().map(r -> r.event().id()).toList());
        Row press = m.rows().get(0);
        assertEquals(10, press.cells().get(0).entries().size(), "Trump at the press conference");
        assertEquals(15, press.cells().get(1).entries().size(), "Putin at the press conference");
        // In the order of the transcript, which is the file's order.
        assertEquals("trump-raised-meddling", press.cells().get(0).entries().get(0).quote().id());
        assertEquals("putin-never-interfered", press.cells().get(1).entries().get(0).quote().id());
        Row later = m.rows().get(1);
        assertEquals(List.of("trump-would-wouldnt"), later.cells().get(0).entries().stream().map(e -> e.quote().id()).toList());
        assertTrue(later.cells().get(1).entries().isEmpty(), "Putin said nothing at the next day's remarks");
    }

    @Test
    void eachQuoteCarriesItsCitation() {
        CompareModel m = CompareModel.of(helsinki, List.of("trump", "putin"), null);
        Entry first = m.rows().get(0).cells().get(1).entries().get(0);
        assertEquals("Associated Press, 16 July 2018, \u00b61", first.citation());
    }

    @Test
    void relationsBetweenShownQuotesAreLinksBetweenTheirCells() {
        CompareModel m = CompareModel.of(helsinki, List.of("trump", "putin"), null);
        assertEquals(List.of("trump-would-wouldnt CORRECTS trump-server", "trump-would-wouldnt CORRECTS trump-no-reason",
                "trump-would-wouldnt CONTRADICTS putin-denial"), m.links().stream().map(CompareModelTest::describe).toList());
        Link contradicts = m.links().get(2);
        Cell from = m.cellOf(contradicts.from().id()).orElseThrow();
        Cell to = m.cellOf(contradicts.to().id()).orElseThrow();
        assertEquals(List.of(1, 0), List.of(from.row(), from.column()));
        assertEquals(List.of(0, 1), List.of(to.row(), to.column()));
        assertEquals(Relation.Basis.EDITORIAL, contradicts.basis());
        Entry wouldWouldnt = m.rows().get(1).cells().get(0).entries().get(0);
        // The link the timeline's author makes is marked as such; the corrections Trump himself makes are not.
        assertEquals("contradicts Vladimir Putin: \u201cI had to repeat that the Russian state never interfered,\u2026\u201d"
                + " (our reading, not a source's)", wouldWouldnt.relations().get(2));
        assertFalse(wouldWouldnt.relations().get(0).contains("our reading"), wouldWouldnt.relations().get(0));
    }

    /** A quote that both answers and contradicts another is said twice under it, once for each link. */
    @Test
    void twoLinksFromOneQuoteAreEachSaidOnce() {
        String json = """
                {"formatVersion": 1, "title": "Two links", "timeZone": "UTC",
                 "sources": [{"id": "s", "publisher": "P"}],
                 "actors": [{"id": "a", "name": "Ann"}, {"id": "b", "name": "Bo"}],
                 "categories": [{"id": "c", "label": "C"}],
                 "events": [{"id": "e", "title": "E", "category": "c", "start": "2018-07-16T10:00Z",
                             "sources": [{"source": "s"}]}],
                 "quotes": [
                  {"id": "qa", "speaker": "a", "event": "e", "kind": "direct", "text": "Yes.", "source": {"source": "s"}},
                  {"id": "qb", "speaker": "b", "event": "e", "kind": "direct", "text": "No.", "source": {"source": "s"},
                   "relations": [{"type": "respondsTo", "quote": "qa", "basis": "sourced"},
                                 {"type": "contradicts", "quote": "qa", "basis": "sourced"}]}]}
                """;
        LoadResult loaded = new TimelineLoader().load(
                new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)), "two.json");
        assertFalse(loaded.hasErrors(), loaded.problems().toString());
        CompareModel m = CompareModel.of(loaded.timeline(), List.of("a", "b"), null);
        assertEquals(List.of("Bo answers it: \u201cNo.\u201d", "Bo contradicts it: \u201cNo.\u201d"),
                entry(m, "qa").relations());
    }

    private static Entry entry(CompareModel m, String quoteId) {
        return m.cellOf(quoteId).orElseThrow().entries().stream().filter(e -> e.quote().id().equals(quoteId))
                .findFirst().orElseThrow();
    }

    /** The quote a curve ends at says so under it too: the walk found the curve's other end off screen, and no words. */
    @Test
    void aQuoteSaysWhatAnswersContradictsOrCorrectsIt() {
        CompareModel m = CompareModel.of(helsinki, List.of("trump", "putin"), null);
        List<String> denial = entry(m, "putin-denial").relations();
        assertEquals(1, denial.size(), denial.toString());
        assertTrue(denial.get(0).startsWith("Donald Trump contradicts it: \u201cIn a key sentence")
                && denial.get(0).endsWith("\u201d (our reading, not a source's)"), denial.get(0));
        try {
            Texts.use(Locale.GERMAN);
            Entry german = entry(CompareModel.of(helsinki, List.of("trump", "putin"), null), "putin-denial");
            assertTrue(german.relations().get(0).startsWith("Donald Trump widerspricht dem: \u201e"),
                    german.relations().toString());
        } finally {
            Texts.use(Locale.ENGLISH);
        }
    }

    @Test
    void aRelationToAQuoteNotShownIsNoLinkUntilItsSpeakerIsChosen() {
        CompareModel two = CompareModel.of(helsinki, List.of("trump", "putin"), null);
        assertTrue(two.links().stream().noneMatch(l -> l.from().id().equals("putin-yes-i-did")));
        CompareModel three = CompareModel.of(helsinki, List.of("putin", "trump", "jeff-mason"), null);
        assertTrue(three.links().stream().anyMatch(l -> l.from().id().equals("putin-yes-i-did")
                && l.to().id().equals("mason-question") && l.type() == Relation.Type.RESPONDS_TO));
    }

    @Test
    void aTopicKeepsOnlyTheQuotesTaggedWithIt() {
        CompareModel m = CompareModel.of(helsinki, List.of("trump", "putin"), "US-Russia relations");
        List<String> ids = m.rows().stream().flatMap(r -> r.cells().stream()).flatMap(c -> c.entries().stream())
                .map(e -> e.quote().id()).toList();
        assertEquals(8, ids.size(), ids.toString());
        assertTrue(ids.contains("putin-cold-war-over") && ids.contains("trump-never-worse"));
        assertEquals(List.of("press-conference"), m.rows().stream().map(r -> r.event().id()).toList());
        assertEquals(List.of(), m.links(), "the quotes of the only relations are not about this topic");
    }

    @Test
    void speakersAreTheActorsWhoHaveQuotesMostQuotedFirst() {
        assertEquals(List.of("putin", "trump", "sam-husseini", "jeff-mason"),
                CompareModel.speakers(helsinki).stream().map(Actor::id).toList());
        List<String> topics = CompareModel.topics(helsinki, List.of("trump", "putin"));
        assertEquals("election interference", topics.get(0));
        assertFalse(topics.contains("press freedom"), "a topic only Husseini's quotes have");
    }

    @Test
    void unknownAndRepeatedSpeakersAreLeftOut() {
        CompareModel m = CompareModel.of(helsinki, List.of("trump", "nobody", "trump"), null);
        assertEquals(1, m.columns().size());
    }

    private static String describe(Link l) {
        return l.from().id() + " " + l.type() + " " + l.to().id();
    }
}
