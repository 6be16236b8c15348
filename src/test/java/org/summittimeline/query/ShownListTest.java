package org.summittimeline.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.summittimeline.BundledTimeline;
import org.summittimeline.model.Event;
import org.summittimeline.model.Quote;
import org.summittimeline.model.Timeline;

/**
 * The shown events and quotes as views: the same rows, in the same order, as a copy made by reading every
 * item's bit, found by id rather than by reading the rows, and equal at once to a view of the same bits.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@Tag("toolkit-free")
class ShownListTest {
    private final Timeline helsinki = BundledTimeline.helsinki();
    private final TimelineQuery q = new TimelineQuery(helsinki, Runnable::run);

    @Test
    void everyShownItemIsTheItemAtItsPlace() {
        QueryResult all = q.apply(QueryFilter.NONE);
        assertEquals(helsinki.events(), all.shownEvents());
        assertEquals(helsinki.quotes(), all.shownQuotes());
        Quote last = helsinki.quotes().get(helsinki.quotes().size() - 1);
        assertEquals(helsinki.quotes().size() - 1, all.shownQuotes().indexOf(last));
    }

    @Test
    void aFilteredViewHasTheRowsACopyWouldHaveAndFindsThemById() {
        String speaker = helsinki.quotes().get(0).speakerId();
        QueryResult some = q.apply(QueryFilter.NONE.withSpeakers(Set.of(speaker)));
        List<Quote> copied = new ArrayList<>();
        for (int i = 0; i < helsinki.quotes().size(); i++) {
            if (some.isQuoteShown(i)) {
                copied.add(helsinki.quotes().get(i));
            }
        }
        List<Quote> view = some.shownQuotes();
        assertTrue(copied.size() > 0 && copied.size() < helsinki.quotes().size(), "the filter shows some quotes");
        assertEquals(copied, view);
        assertEquals(copied, new ArrayList<>(view));
        for (int i = 0; i < copied.size(); i++) {
            assertEquals(i, view.indexOf(copied.get(i)));
        }
        Quote hidden = helsinki.quotes().stream().filter(x -> !x.speakerId().equals(speaker)).findFirst().orElseThrow();
        assertEquals(-1, view.indexOf(hidden));
        assertFalse(view.contains(hidden));
        assertEquals(-1, view.indexOf("not a quote"));
        assertThrows(IndexOutOfBoundsException.class, () -> view.get(copied.size()));
        assertThrows(UnsupportedOperationException.class, () -> view.add(hidden));
    }

    @Test
    void viewsOfTheSameBitsAreEqualAndAnotherFilterIsNot() {
        String category = helsinki.events().get(0).categoryId();
        QueryResult some = q.apply(QueryFilter.NONE.withCategories(Set.of(category)));
        List<Event> view = some.shownEvents();
        assertEquals(view, some.shownEvents());
        assertEquals(view, new ArrayList<>(view));
        assertNotEquals(view, q.apply(QueryFilter.NONE).shownEvents());
        assertNotEquals(view, List.of());
    }

    /** What the time order must be, made the plain way: a stable sort of the file's quotes by their event's place. */
    private List<Quote> sortedByEvent(List<Quote> quotes) {
        List<Quote> sorted = new ArrayList<>(quotes);
        sorted.sort(Comparator.comparingInt(x -> q.positionOf(x.eventId())));
        return sorted;
    }

    @Test
    void inTimeOrderTheQuotesStandEventAfterEventEachEventsInTheFilesOrder() {
        List<Quote> expected = sortedByEvent(helsinki.quotes());
        assertNotEquals(helsinki.quotes(), expected, "the bundled file does not list its quotes in time order");
        List<Quote> all = q.quotesInTimeOrder(null);
        assertEquals(expected, new ArrayList<>(all));
        assertEquals(all, q.quotesInTimeOrder(q.apply(QueryFilter.NONE)));
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(i, all.indexOf(expected.get(i)));
        }
        // The press conference's quotes together, after the talks', as the file orders them among themselves.
        List<String> events = all.stream().map(Quote::eventId).distinct().toList();
        assertEquals(events, events.stream().sorted(Comparator.comparingInt(q::positionOf)).toList());
    }

    @Test
    void aFilteredViewInTimeOrderHasTheRowsOfASortedCopyAndFindsThemById() {
        // Every speaker but one, whose quotes the file does not give in time order.
        List<String> speakers = helsinki.quotes().stream().map(Quote::speakerId).distinct().toList();
        String left = speakers.stream().filter(id -> {
            List<Quote> others = helsinki.quotes().stream().filter(x -> !x.speakerId().equals(id)).toList();
            return !others.equals(sortedByEvent(others));
        }).findFirst().orElseThrow();
        QueryResult some = q.apply(QueryFilter.NONE.withSpeakers(
                speakers.stream().filter(id -> !id.equals(left)).collect(Collectors.toSet())));
        List<Quote> expected = sortedByEvent(some.shownQuotes());
        List<Quote> view = q.quotesInTimeOrder(some);
        assertTrue(expected.size() > 1 && expected.size() < helsinki.quotes().size(), "the filter shows some quotes");
        assertNotEquals(some.shownQuotes(), expected, "these quotes are not in time order in the file");
        assertEquals(expected, new ArrayList<>(view));
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(i, view.indexOf(expected.get(i)));
        }
        Quote hidden = helsinki.quotes().stream().filter(x -> x.speakerId().equals(left)).findFirst().orElseThrow();
        assertEquals(-1, view.indexOf(hidden));
        assertNotEquals(view, some.shownQuotes(), "the same bits in another order are another list");
        assertEquals(view, q.quotesInTimeOrder(some));
    }
}
