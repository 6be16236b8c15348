package org.summittimeline.ui.shell;

import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.summittimeline.query.QueryFilter;
import org.summittimeline.query.TimelineQuery;
import org.summittimeline.ui.AppState;
import org.summittimeline.ui.timeline.TimelineView;
import org.summittimeline.ui.timeline.layout.TimeWindow;

/**
 * What a reload keeps: the selected event and quote, the filters, the folded lanes and the view (by id and time,
 * and the lanes' scroll in pixels: the same file's lanes, or its whole timeline's after its events shown first,
 * stand where they stood).
 */
record Reload(String event, String quote, QueryFilter filter, double start, double secondsPerPixel,
              double laneScroll, Set<String> foldedLanes) {
    static Reload of(AppState state, TimelineView view) {
        TimeWindow window = view.timeWindow();
        return new Reload(state.selectedEvent() == null ? null : state.selectedEvent().id(),
                state.selectedQuoteProperty().get() == null ? null : state.selectedQuoteProperty().get().id(),
                state.filterProperty().get(), window.start(), window.secondsPerPixel(), view.laneScroll(),
                view.foldedLanes());
    }

    void restore(AppState state, TimelineView view) {
        TimelineQuery q = state.query();
        if (q == null) {
            return;
        }
        state.filterProperty().set(keptIn(q));
        if (quote != null) {
            q.timeline().quote(quote).ifPresent(state.selectedQuoteProperty()::set);
        } else if (event != null) {
            q.timeline().event(event).ifPresent(state.selectedEventProperty()::set);
        }
        // The view would fit the new timeline at its first layout; it keeps the reader's view instead.
        view.showView(start, secondsPerPixel);
        // Before the scroll, which was measured with these lanes folded.
        view.keepFoldedLanes(foldedLanes);
        view.showLaneScroll(laneScroll);
    }

    /**
     * The filter with only the ids the new file still has: a topic renamed or a speaker taken out would otherwise
     * stay chosen, unseen in the filter bar, and hide every quote.
     */
    private QueryFilter keptIn(TimelineQuery q) {
        Set<String> categories = new HashSet<>();
        q.timeline().categories().forEach(c -> categories.add(c.id()));
        return filter.withSpeakers(only(filter.speakers(), Set.copyOf(q.speakers())))
                .withActors(only(filter.actors(), Set.copyOf(q.eventActors())))
                .withTopics(only(filter.topics(), Set.copyOf(q.topics())))
                .withCategories(only(filter.categories(), categories));
    }

    private static Set<String> only(Set<String> chosen, Set<String> known) {
        return chosen.stream().filter(known::contains).collect(Collectors.toUnmodifiableSet());
    }
}
