package org.summittimeline.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
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
}
