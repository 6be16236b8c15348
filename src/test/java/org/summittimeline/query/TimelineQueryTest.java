package org.summittimeline.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.summittimeline.BundledTimeline;
import org.summittimeline.format.SyntheticTimeline;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.model.Citation;
import org.summittimeline.model.Event;
import org.summittimeline.model.Locator;
import org.summittimeline.model.Timeline;

@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@Tag("toolkit-free")
class TimelineQueryTest {
    private static Timeline helsinki;

    @BeforeAll
    static void readTheBundledTimeline() {
        helsinki = BundledTimeline.helsinki();
    }

    @Test
    void theVisibleWindowQueryFindsExactlyTheEventsThatTouchIt() throws Exception {
        StringWriter json = new StringWriter();
        new SyntheticTimeline(20_000, 5, true).write(json);
        Timeline big = new TimelineLoader().load(new ByteArrayInputStream(
                json.toString().getBytes(StandardCharsets.UTF_8)), "big.json").timeline();
        TimeIndex index = new TimeIndex(big);
        long from = index.first() + (index.last() - index.first()) / 3;
        long to = from + 3 * 86_400;
        List<Integer> found = new ArrayList<>();
        int looked = index.visit(from, to, found::add);
        List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < index.size(); i++) {
            if (index.endLatest(i) >= from && index.startEarliest(i) <= to) {
                expected.add(i);
            }
        }
        assertEquals(expected, found);
        // The work is bounded by the events near the window, not by the size of the timeline.
        assertTrue(looked < index.size() / 20, "looked at " + looked + " of " + index.size());
        assertTrue(looked <= found.size() + 200, "looked at " + looked + " for " + found.size() + " found");
    }

    @Test
    void whatTheFirstFrameNeedsIsThereBeforeTheWordIndexesAreBuilt() {
        List<Runnable> held = new ArrayList<>();
        TimelineQuery q = new TimelineQuery(helsinki, held::add);
        // Nothing of the word indexes has run: the time index, the quotes of an event and the filters answer.
        assertFalse(q.searchReady());
        assertEquals(1, held.size());
        assertEquals(helsinki.events().size(), q.index().size());
        assertFalse(q.quotesOf("press-conference").isEmpty());
        assertEquals(helsinki.events().size(), q.apply(QueryFilter.NONE).shownEventCount());
        assertFalse(q.searchReady());
        held.get(0).run();
        assertTrue(q.searchReady());
        assertEquals(List.of(q.positionOf("breakfast-niinisto")),
                q.apply(QueryFilter.NONE.withSearch("niinisto")).matchingEventPositions());
    }

    @Test
    void aSearchAskedBeforeTheWordIndexesAreBuiltWaitsForThemWithoutHoldingTheCaller() {
        List<Runnable> held = new ArrayList<>();
        TimelineQuery q = new TimelineQuery(helsinki, held::add);
        QueryResult early = q.apply(QueryFilter.NONE.withSearch("niinisto"));
        // Answered at once (the caller is the UI thread): everything shows and the result says the search waits.
        assertEquals(QueryResult.Search.PREPARING, early.search());
        assertFalse(early.isSearching());
        assertEquals(helsinki.events().size(), early.shownEventCount());
        assertFalse(q.searchIndexed().isDone());
        held.get(0).run();
        assertTrue(q.searchIndexed().isDone());
        QueryResult answered = q.apply(QueryFilter.NONE.withSearch("niinisto"));
        assertEquals(QueryResult.Search.DONE, answered.search());
        assertEquals(List.of(q.positionOf("breakfast-niinisto")), answered.matchingEventPositions());
        assertEquals(QueryResult.Search.NONE, q.apply(QueryFilter.NONE).search());
    }

    @Test
    void searchFoldsCaseAndAccents() {
        TimelineQuery q = new TimelineQuery(helsinki, Runnable::run);
        var result = q.apply(QueryFilter.NONE.withSearch("NIINISTÖ"));
        var plain = q.apply(QueryFilter.NONE.withSearch("niinisto"));
        // Only the breakfast names him in its title or summary; two empty results must not pass as equal.
        assertEquals(List.of(q.positionOf("breakfast-niinisto")), result.matchingEventPositions());
        assertEquals(List.of(q.positionOf("breakfast-niinisto")), plain.matchingEventPositions());
        assertEquals("nonsense", TextMatch.fold("NONSENSE"));
        assertEquals("niinisto", TextMatch.fold("Niinistö"));
    }

    @Test
    void aFirstStepFromAViewTakesTheShownEventNearestItsEdge() {
        TimelineQuery q = new TimelineQuery(helsinki, Runnable::run);
        TimeIndex index = q.index();
        long talks = index.startEarliest(q.positionOf("one-on-one"));
        long press = index.startEarliest(q.positionOf("press-conference"));
        assertEquals("one-on-one", q.steps().into(talks, press, null, 1).id(), "forward: the first starting in the view");
        assertEquals("press-conference", q.steps().into(talks, press, null, -1).id(), "back: the last starting in it");
        QueryResult arrivals = q.apply(QueryFilter.NONE.withCategories(Set.of("arrival")));
        assertEquals("trump-at-palace", q.steps().into(press, press + 3600, arrivals, 1).id(),
                "no arrival after the view: the nearest before it");
        assertEquals("trump-at-palace", q.steps().into(talks, press, arrivals, -1).id(),
                "back from the talks: the last arrival that started before the view's end");
        long first = index.first();
        assertEquals("air-force-one-lands", q.steps().into(first - 86_400, first - 3600, arrivals, -1).id(),
                "back from a day before the timeline: the nearest after it");
    }

    @Test
    void searchMatchesVariantsToo() {
        TimelineQuery q = new TimelineQuery(helsinki, Runnable::run);
        var r = q.apply(QueryFilter.NONE.withSearch("personal contacts"));
        assertTrue(r.quoteMatches(q.quotePositionOf("putin-denial")), "found through The Hill's rendering");
    }

    @Test
    void searchFindsAQuoteByItsTopicsAndItsContextNoteToo() {
        TimelineQuery q = new TimelineQuery(helsinki, Runnable::run);
        int nonsense = q.quotePositionOf("putin-nonsense");
        // Filed under "collusion", a word its text does not use.
        assertFalse(TextMatch.fold(helsinki.quotes().get(nonsense).text()).contains("collusion"));
        var byTopic = q.apply(QueryFilter.NONE.withSearch("collusion"));
        assertTrue(byTopic.quoteMatches(nonsense), "found by its topic");
        assertTrue(byTopic.matchingEventPositions().contains(q.positionOf(helsinki.quotes().get(nonsense).eventId())),
                "and its event with it");
        // A phrase from the topic, and one that would only be made by running two topics together.
        assertTrue(q.apply(QueryFilter.NONE.withSearch("us intelligence")).quoteMatches(q.quotePositionOf("trump-server")));
        int cyber = q.quotePositionOf("putin-intelligence-cooperation");
        assertFalse(q.apply(QueryFilter.NONE.withSearch("terrorism cyber")).quoteMatches(cyber),
                "two topics are not one phrase");
        // The note on the quote's context: "so-called" is Putin's name for the interference "in the 2016 election".
        int soCalled = q.quotePositionOf("putin-so-called");
        assertFalse(TextMatch.fold(helsinki.quotes().get(soCalled).text()).contains("2016"));
        assertTrue(q.apply(QueryFilter.NONE.withSearch("2016 election")).quoteMatches(soCalled), "found by its note");
    }

    /**
     * Speakers never change which events show, with a topic chosen too: the protester's event has quotes on the
     * nuclear-weapons protest, none of them Trump's, and stays; no quote shows. A new user had seen every event go
     * while the status bar said the speaker narrowed only the quotes.
     */
    @Test
    void aSpeakerBesideATopicNarrowsTheQuotesNotTheEvents() {
        TimelineQuery q = new TimelineQuery(helsinki, Runnable::run);
        QueryFilter topic = QueryFilter.NONE.withTopics(Set.of("nuclear-weapons protest"));
        assertEquals(List.of("protester-removed"), q.apply(topic).shownEvents().stream().map(Event::id).toList());
        var both = q.apply(topic.withSpeakers(Set.of("trump")));
        assertEquals(List.of("protester-removed"), both.shownEvents().stream().map(Event::id).toList());
        assertEquals(List.of(), both.shownQuotes());
        var his = q.apply(topic.withSpeakers(Set.of("sam-husseini")));
        assertEquals(2, his.shownQuotes().size(), "the protester's own quotes on it");
        assertTrue(his.shownQuotes().stream().allMatch(x -> x.speakerId().equals("sam-husseini")));
    }

    @Test
    void aTimeRangeKeepsEventsThatOverlapIt() {
        TimelineQuery q = new TimelineQuery(helsinki, Runnable::run);
        long from = Instant.parse("2018-07-16T13:30:00Z").getEpochSecond();
        long to = Instant.parse("2018-07-16T14:00:00Z").getEpochSecond();
        var r = q.apply(QueryFilter.NONE.withRange(from, to));
        List<String> shown = r.shownEvents().stream().map(Event::id).toList();
        assertTrue(shown.contains("one-on-one"), shown.toString());
        assertTrue(shown.contains("expanded-talks"), shown.toString());
        assertTrue(!shown.contains("press-conference"), shown.toString());
    }

    @Test
    void aRangeKeepsExactlyTheEventsThatTouchItUpToTheTimelinesOwnBounds() throws Exception {
        // A moment at each end, with no uncertainty, and a range between.
        String json = """
                {"formatVersion": 1, "title": "Edges", "timeZone": "UTC",
                 "sources": [{"id": "s", "publisher": "P", "title": "T"}],
                 "categories": [{"id": "c", "label": "C"}],
                 "events": [
                  {"id": "first", "title": "First", "category": "c", "start": "2018-07-16T10:00:00Z",
                   "sources": [{"source": "s", "paragraph": 1}]},
                  {"id": "between", "title": "Between", "category": "c", "start": "2018-07-16T10:30:00Z",
                   "end": "2018-07-16T11:30:00Z", "sources": [{"source": "s", "paragraph": 2}]},
                  {"id": "last", "title": "Last", "category": "c", "start": "2018-07-16T12:00:00Z",
                   "sources": [{"source": "s", "paragraph": 3}]}
                 ],
                 "quotes": []}
                """;
        Timeline timeline = new TimelineLoader().load(new ByteArrayInputStream(
                json.getBytes(StandardCharsets.UTF_8)), "edges.json").timeline();
        TimelineQuery q = new TimelineQuery(timeline, Runnable::run);
        TimeIndex index = q.index();
        int all = timeline.events().size();
        assertEquals(all, q.apply(QueryFilter.NONE).shownEvents().size());
        long first = index.first();
        long last = index.last();
        // The whole span and a second less on either side: the first is answered without a pass over the events,
        // the others by one; all must agree with asking each event.
        long[][] ranges = {{first, last}, {first - 1, last + 1}, {first + 1, last}, {first, last - 1},
                {first + (last - first) / 3, last - (last - first) / 3}};
        boolean someLeftOut = false;
        for (long[] range : ranges) {
            int touching = 0;
            for (int i = 0; i < all; i++) {
                if (index.endLatest(i) >= range[0] && index.startEarliest(i) <= range[1]) {
                    touching++;
                }
            }
            someLeftOut |= touching == all - 1 && range[0] == first + 1;
            assertEquals(touching, q.apply(QueryFilter.NONE.withRange(range[0], range[1])).shownEvents().size(),
                    range[0] - first + " s from the first second to " + (last - range[1]) + " s before the last");
        }
        assertTrue(someLeftOut, "an event that ends in the first second");
    }

    @Test
    void preparingForTheViewsIndexesTheIdsOfAWholeTimelineButNotOfEventsShownAheadOfTheirQuotes() {
        Timeline whole = new TimelineLoader().load(BundledTimeline.FILE).timeline(); // not the shared copy
        assertFalse(whole.areIdsIndexed(), "a load alone looks no id up");
        new TimelineQuery(whole, work -> { }).prepareForViews();
        assertTrue(whole.areIdsIndexed(), "the window looks ids up on the UI thread: a million would take 0.2 s");
        Timeline opened = new TimelineLoader().load(BundledTimeline.FILE).timeline();
        TimelineQuery.preparedForViews(opened, work -> { });
        assertTrue(opened.areIdsIndexed(), "a query made and prepared at once, as a file is opened");

        Timeline events = new Timeline(1, "t", null, helsinki.zone(), null, helsinki.sources(), helsinki.actors(),
                helsinki.categories(), helsinki.events(), List.of());
        new TimelineQuery(events, work -> { }).quotesStillReading().prepareForViews();
        assertFalse(events.areIdsIndexed(), "the first frame of a large file's events does not wait for them");
        assertEquals(0, events.eventPosition(events.events().get(0).id()), "a lookup builds what it needs then");
    }

    /**
     * An end on the day the start ends on is told without that day again: "to ≈ 16 Jul 18:51–19:00 EEST" had made
     * the press conference's time too long for a line of the Events list at large type. On another day it keeps it.
     */
    @Test
    void anEndOnTheStartsDayLeavesTheDayOut() {
        Event press = helsinki.event("press-conference").orElseThrow();
        Event breakfast = helsinki.event("breakfast-niinisto").orElseThrow();
        TimeText helsinkiTime = new TimeText(ZoneId.of("Europe/Helsinki"));
        TimeText losAngeles = new TimeText(ZoneId.of("America/Los_Angeles"));
        assertEquals(List.of("\u2248 16 Jul 18:05\u201318:35 EEST to \u2248 18:51\u201319:00 EEST",
                        "\u2248 16 Jul 09:30\u201309:50 EEST to \u2248 10:20\u201311:00 EEST",
                        "\u2248 16 Jul 08:05\u201308:35 PDT to \u2248 08:51\u201309:00 PDT",
                        "\u2248 15 Jul 23:30\u201323:50 PDT to \u2248 16 Jul 00:20\u201301:00 PDT"),
                List.of(helsinkiTime.startToEnd(press, java.util.function.UnaryOperator.identity()),
                        helsinkiTime.startToEnd(breakfast, java.util.function.UnaryOperator.identity()),
                        losAngeles.startToEnd(press, java.util.function.UnaryOperator.identity()),
                        losAngeles.startToEnd(breakfast, java.util.function.UnaryOperator.identity())));
    }

    @Test
    void timesReadInTheChosenZone() {
        Event talks = helsinki.event("one-on-one").orElseThrow();
        assertTrue(new TimeText(ZoneId.of("Europe/Helsinki")).bounds(talks.start()).equals("\u2248 16 Jul 14:07\u201314:12 EEST"));
        assertTrue(new TimeText(ZoneId.of("UTC")).bounds(talks.start()).equals("\u2248 16 Jul 11:07\u201311:12 UTC"));
        Event removal = helsinki.event("protester-removed").orElseThrow();
        assertEquals("1\u201315 min before the start of press-conference", TimeText.anchor(removal.start().anchor()));
        assertEquals("Associated Press, 16 July 2018, \u00b63",
                new CitationText(helsinki).cite(helsinki.quote("putin-denial").orElseThrow().citation()));
        // As a label shows it, the date and a short place on one line ("¶11" had stood alone on one in Compare);
        // the publisher's name may still break, and so may a long section's name, which must wrap in a narrow card.
        assertEquals("Associated Press, 16\u00a0July\u00a02018,\u00a0\u00b63",
                new CitationText(helsinki).shown(helsinki.quote("putin-denial").orElseThrow().citation()));
        Citation inASection = new Citation("ap", new Locator(Locator.Kind.SECTION, "Reaction in Washington and Moscow"));
        assertEquals("Associated Press, 16\u00a0July\u00a02018, Reaction in Washington and Moscow",
                new CitationText(helsinki).shown(inASection));
    }

    @Test
    void aRangeOverNewYearNamesTheYearOnlyWhenAsked() {
        TimeText text = new TimeText(java.time.ZoneId.of("Europe/Helsinki"));
        java.time.Instant justAfterMidnight = java.time.Instant.parse("2018-12-31T22:30:00Z");
        assertTrue(text.dayAndClock(justAfterMidnight, true).endsWith("00:30 2019"), text.dayAndClock(justAfterMidnight, true));
        assertFalse(text.dayAndClock(justAfterMidnight, false).contains("2019"));
    }

    /**
     * The filter options, gathered in one pass over the quotes and one over the events with each shared list looked
     * into once, are exactly those of every item: from a load (lists shared) and from quotes that each have their
     * own list, more of them than are remembered, with a topic written in two cases (the first met is kept).
     */
    @Test
    void theFilterOptionsAreThoseOfEveryQuoteAndEvent() throws Exception {
        StringWriter json = new StringWriter();
        new SyntheticTimeline(3_000, 9, false).write(json);
        Timeline loaded = new TimelineLoader().load(new ByteArrayInputStream(
                json.toString().getBytes(StandardCharsets.UTF_8)), "big.json").timeline();
        assertFilterOptionsOfEveryItem(loaded);
        List<org.summittimeline.model.Quote> own = new ArrayList<>();
        for (int i = 0; i < 6_000; i++) {
            List<String> topics = new ArrayList<>(List.of("topic " + (i / 2), i % 7 == 3 ? "iran" : "Iran"));
            own.add(new org.summittimeline.model.Quote("q" + i, loaded.actors().get(i % 5).id(),
                    loaded.events().get(i % 100).id(), "words", org.summittimeline.model.QuoteKind.DIRECT, topics,
                    null, List.of(), List.of(), null));
        }
        assertFilterOptionsOfEveryItem(new Timeline(1, "own lists", null, loaded.zone(), null, loaded.sources(),
                loaded.actors(), loaded.categories(), loaded.events(), own));
    }

    private static void assertFilterOptionsOfEveryItem(Timeline t) {
        assertFilterOptionsOfEveryItem(t, new TimelineQuery(t, work -> { }).prepareForViews());
        assertFilterOptionsOfEveryItem(t, TimelineQuery.preparedForViews(t, work -> { }));
    }

    private static void assertFilterOptionsOfEveryItem(Timeline t, TimelineQuery query) {
        assertEquals(t.quotes().size(), query.apply(QueryFilter.NONE).shownQuotes().size(), "unfiltered, every quote");
        String category = t.events().get(0).categoryId();
        long ofCategory = t.quotes().stream()
                .filter(q -> t.event(q.eventId()).map(e -> category.equals(e.categoryId())).orElse(false)).count();
        assertEquals(ofCategory, query.apply(QueryFilter.NONE.withCategories(java.util.Set.of(category)))
                .shownQuotes().size(), "the quotes of the events shown");
        java.util.Set<String> topics = new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        java.util.Set<String> speaking = new java.util.HashSet<>();
        t.quotes().forEach(q -> {
            topics.addAll(q.topics());
            speaking.add(q.speakerId());
        });
        java.util.Set<String> acting = new java.util.HashSet<>();
        t.events().forEach(e -> acting.addAll(e.actorIds()));
        List<String> actorOrder = t.actors().stream().map(a -> a.id()).toList();
        assertEquals(List.copyOf(topics), List.copyOf(query.topics()), "topics, each in the spelling met first");
        assertEquals(actorOrder.stream().filter(speaking::contains).toList(), query.speakers());
        assertEquals(actorOrder.stream().filter(acting::contains).toList(), query.eventActors());
        List<String> categoryOrder = t.categories().stream().map(c -> c.id()).toList();
        int[] places = t.events().stream().mapToInt(e -> categoryOrder.indexOf(e.categoryId())).toArray();
        org.junit.jupiter.api.Assertions.assertArrayEquals(places, query.categoryPositions());
        assertEquals(t.events().stream().anyMatch(e -> e.start().isRelative()), query.hasRelativeTimes());
    }

    @Test
    void aTimelineSaysWhetherAnyEventsTimeIsRelative() {
        assertTrue(new TimelineQuery(helsinki, work -> { }).hasRelativeTimes(), "the protester's 1-15 min before");
        List<org.summittimeline.model.Event> fixed = helsinki.events().stream()
                .filter(e -> !e.start().isRelative()).toList();
        assertTrue(fixed.size() < helsinki.events().size());
        Timeline withoutRelative = new Timeline(1, "fixed", null, helsinki.zone(), null, helsinki.sources(),
                helsinki.actors(), helsinki.categories(), fixed, List.of());
        assertFalse(new TimelineQuery(withoutRelative, work -> { }).hasRelativeTimes());
    }
}
