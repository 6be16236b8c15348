package org.summittimeline.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.model.QuoteKind;
import org.summittimeline.query.TimelineQuery;
import org.summittimeline.ui.AppState;
import org.summittimeline.ui.shell.FilterBarModel.Facet;
import org.summittimeline.ui.shell.FilterBarModel.Kind;

/** The filter bar's model without a toolkit: what it offers, what choosing does, what it says. */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@Tag("toolkit-free")
class FilterBarModelTest {
    private AppState state;
    private FilterBarModel model;

    @BeforeEach
    void open() throws Exception {
        state = new AppState();
        model = new FilterBarModel(state);
        state.queryProperty().set(new TimelineQuery(
                new TimelineLoader().load(Path.of("data/helsinki-2018-summit.json")).timeline(), Runnable::run));
    }

    @Test
    void captionsCountWhatIsChosenOfWhatTheFileOffers() {
        assertEquals("Speakers: all", model.caption(Facet.SPEAKERS), "nothing checked narrows nothing");
        int topics = model.optionsProperty(Facet.TOPICS).get().size();
        assertTrue(topics > 5);
        model.choose(Facet.TOPICS, Set.of("collusion"));
        assertEquals("Topics: 1/" + topics, model.caption(Facet.TOPICS));
        assertEquals(Set.of("collusion"), state.filterProperty().get().topics());
    }

    @Test
    void anotherFileBringsItsOwnOptionsAndClearsTheChoices() throws Exception {
        model.choose(Facet.TOPICS, Set.of("collusion"));
        String json = "{\"formatVersion\":1,\"title\":\"t\",\"timeZone\":\"UTC\",\"sources\":[{\"id\":\"s\",\"publisher\":\"S\"}],"
                + "\"categories\":[{\"id\":\"c\",\"label\":\"C\"}],\"events\":[{\"id\":\"e\",\"title\":\"E\",\"category\":\"c\","
                + "\"start\":\"2020-01-01T10:00Z\",\"sources\":[{\"source\":\"s\",\"paragraph\":1}]}]}";
        state.queryProperty().set(new TimelineQuery(new TimelineLoader().load(new ByteArrayInputStream(
                json.getBytes(StandardCharsets.UTF_8)), "t.json").timeline(), Runnable::run));
        assertEquals("Topics", model.caption(Facet.TOPICS), "a file with no topic offers none");
        assertEquals("Categories: all", model.caption(Facet.CATEGORIES));
        assertEquals(List.of(), model.optionsProperty(Facet.SPEAKERS).get());
        assertEquals("", model.activeFilters());
    }

    @Test
    void theActorFacetKeepsEveryEventOfTheActorAndSpeakersNarrowOnlyQuotes() {
        int all = state.result().shownEventCount();
        model.choose(Facet.SPEAKERS, Set.of("putin"));
        assertEquals(all, state.result().shownEventCount(), "choosing a speaker hides no event");
        assertTrue(state.result().shownQuotes().stream().allMatch(q -> q.speakerId().equals("putin")));
        model.choose(Facet.SPEAKERS, Set.of());
        model.choose(Facet.ACTORS, Set.of("putin"));
        long putinEvents = state.query().timeline().events().stream().filter(e -> e.actorIds().contains("putin")).count();
        assertTrue(putinEvents > 3);
        assertEquals(putinEvents, state.result().shownEventCount(), "every event Putin took part in, speaking or not");
        assertEquals("events by actor: Vladimir Putin", model.activeFilters());
    }

    @Test
    void kindsAreChosenByNameAndClearResetsEverything() {
        model.chooseKind(Kind.REPORTED);
        assertEquals(Set.of(QuoteKind.PARAPHRASE), state.filterProperty().get().kinds());
        model.choose(Facet.CATEGORIES, Set.of("talks"));
        assertTrue(model.activeFilters().contains("events by category: Talks"));
        assertTrue(model.activeFilters().contains("reported speech only"));
        model.clear();
        assertEquals(Kind.ALL, model.kindProperty().get());
        assertEquals(Set.of(), model.chosenProperty(Facet.CATEGORIES).get());
        assertEquals("Categories: all", model.caption(Facet.CATEGORIES));
    }

    @Test
    void theRangeLabelSpeaksTheZoneItIsAskedFor() {
        long[] span = model.spanProperty().get();
        model.chooseRange(span[0] + 3600, span[1] - 3600);
        String helsinki = model.rangeText(ZoneId.of("Europe/Helsinki"));
        String utc = model.rangeText(ZoneId.of("UTC"));
        assertTrue(!helsinki.equals(utc), helsinki + " / " + utc);
        assertTrue(model.activeFilters().startsWith("events in "), model.activeFilters());
        model.chooseRange(span[0] - 10, span[1] + 10);
        assertEquals(Long.MIN_VALUE, state.filterProperty().get().from(), "the whole span is no filter");
    }

    @Test
    void theRangeLabelGivesTheClockForAFewDaysAndDaysAloneForMore() {
        long[] span = model.spanProperty().get();
        ZoneId utc = ZoneId.of("UTC");
        model.chooseRange(span[0] + 3600, span[1] - 3600);
        assertTrue(model.rangeText(utc).matches(".*\\d\\d:\\d\\d.*\u2013.*\\d\\d:\\d\\d"), model.rangeText(utc));
        state.queryProperty().set(new TimelineQuery(
                org.summittimeline.format.GeneratedTimelines.loaded(200, 7).timeline(), Runnable::run));
        span = model.spanProperty().get();
        model.chooseRange(span[0] + 86_400, span[1] - 86_400);
        String year = model.rangeText(utc);
        assertTrue(!year.contains(":") && year.contains("\u2013"), year);
        assertTrue(year.length() < 30, "short enough for the filter bar: " + year);
    }
}
