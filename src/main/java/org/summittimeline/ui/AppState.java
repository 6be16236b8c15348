package org.summittimeline.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.summittimeline.model.Event;
import org.summittimeline.model.Quote;
import org.summittimeline.query.QueryFilter;
import org.summittimeline.query.TimeText;
import org.summittimeline.query.QueryResult;
import org.summittimeline.query.TimelineQuery;
import org.summittimeline.ui.timeline.layout.LaneMode;

/**
 * The one owner of what the user has chosen: the open timeline, the selected event and quote, the filters and
 * search, the display time zone. Every view binds to it and writes its choices back to it, so the timeline and
 * the quote panel can never disagree. Plain JavaFX properties: tested without a running toolkit.
 */
public final class AppState {
    private static final Logger LOG = Logger.getLogger(AppState.class.getName());

    private final ObjectProperty<TimelineQuery> query = new SimpleObjectProperty<>(this, "query");
    private final ObjectProperty<Event> selectedEvent = new SimpleObjectProperty<>(this, "selectedEvent");
    private final ObjectProperty<Quote> selectedQuote = new SimpleObjectProperty<>(this, "selectedQuote");
    private final ObjectProperty<QueryFilter> filter = new SimpleObjectProperty<>(this, "filter", QueryFilter.NONE);
    private final ReadOnlyObjectWrapper<QueryResult> result = new ReadOnlyObjectWrapper<>(this, "result");
    /**
     * A timeline is on screen and it is the whole file, not its events shown while its quotes are still read:
     * what needs the quotes (exports, comparing, lessons, presenting) waits for this.
     */
    private final BooleanBinding wholeTimeline = Bindings.createBooleanBinding(
            () -> query.get() != null && !query.get().areQuotesStillReading(), query);
    private final ObjectProperty<ZoneId> zone = new SimpleObjectProperty<>(this, "zone", ZoneId.of("UTC"));
    private final ObjectProperty<ZoneId> secondZone = new SimpleObjectProperty<>(this, "secondZone");
    private final BooleanProperty quotesOfSelectionOnly = new SimpleBooleanProperty(this, "quotesOfSelectionOnly", true);
    private final ObjectProperty<LaneMode> laneMode = new SimpleObjectProperty<>(this, "laneMode", LaneMode.CATEGORY);
    private final DoubleProperty fontScale =
            new SimpleDoubleProperty(this, "fontScale", 1.0);

    /** Where a search waits for the word indexes, off the UI thread. */
    private final BackgroundWork work;
    /** The timeline whose word indexes a search already waits for. */
    private TimelineQuery waitingForSearch;

    /** State without a window: a search that must wait for the word indexes waits on the calling thread. */
    public AppState() {
        this(BackgroundWork.sameThread());
    }

    public AppState(BackgroundWork work) {
        this.work = work;
        query.addListener((obs, old, q) -> {
            selectedQuote.set(null);
            selectedEvent.set(null);
            filter.set(QueryFilter.NONE);
            if (q != null) {
                TimeText.showYearsFor(q.timeline(), q.index());
                zone.set(q.timeline().zone());
            }
            recompute();
        });
        filter.addListener((obs, old, f) -> recompute());
        selectedQuote.addListener((obs, old, q) -> {
            if (q != null && query.get() != null) {
                query.get().timeline().event(q.eventId()).ifPresent(selectedEvent::set);
            }
        });
        selectedEvent.addListener((obs, old, e) -> {
            Quote q = selectedQuote.get();
            if (q != null && (e == null || !q.eventId().equals(e.id()))) {
                selectedQuote.set(null);
            }
        });
    }

    private void recompute() {
        TimelineQuery q = query.get();
        result.set(q == null ? null : q.apply(filter.get()));
        // The events shown while a file's quotes are read get no word index: the whole file brings its own.
        if (q != null && result.get().search() == QueryResult.Search.PREPARING && waitingForSearch != q
                && !q.areQuotesStillReading()) {
            // The search is answered once the word indexes are built; until then everything shows. One wait per
            // timeline, however many keys are typed meanwhile: the search then runs once, with the latest text.
            waitingForSearch = q;
            work.run(() -> {
                q.indexNowUnlessBegun();
                return q.searchIndexed().join();
            }, indexed -> {
                if (query.get() == q) {
                    recompute();
                }
            }, failed -> LOG.log(Level.WARNING, "the word indexes were not built; the search stays unanswered", failed));
        }
        Event selected = selectedEvent.get();
        if (selected != null && q != null && !result.get().isEventShown(q.positionOf(selected.id()))) {
            selectedEvent.set(null);
        }
    }

    // Properties

    public ObjectProperty<TimelineQuery> queryProperty() { return query; }
    public ObjectProperty<Event> selectedEventProperty() { return selectedEvent; }
    public ObjectProperty<Quote> selectedQuoteProperty() { return selectedQuote; }
    public ObjectProperty<QueryFilter> filterProperty() { return filter; }
    public ReadOnlyObjectProperty<QueryResult> resultProperty() { return result.getReadOnlyProperty(); }
    public ObjectProperty<ZoneId> zoneProperty() { return zone; }
    public ObjectProperty<ZoneId> secondZoneProperty() { return secondZone; }
    public BooleanProperty quotesOfSelectionOnlyProperty() { return quotesOfSelectionOnly; }
    public BooleanBinding wholeTimelineProperty() { return wholeTimeline; }
    public ObjectProperty<LaneMode> laneModeProperty() { return laneMode; }
    /** The teacher's type size, 1.0 as designed; the viewer and the presentation both follow it. */
    public DoubleProperty fontScaleProperty() { return fontScale; }

    public TimelineQuery query() { return query.get(); }
    public QueryResult result() { return result.get(); }
    public Event selectedEvent() { return selectedEvent.get(); }

    // Commands

    /**
     * The event a step through the matches selected: its number among them, from 1, how many there are, and whether
     * the step went round from the last to the first (or back from the first to the last).
     */
    public record MatchStep(int number, int of, Event event, boolean wrapped) {
    }

    /**
     * Steps to the next (or, with a negative step, previous) event that matches the search, wrapping round; null
     * when nothing matches.
     */
    public MatchStep selectMatch(int step) {
        TimelineQuery q = query.get();
        if (q == null || !result.get().isSearching()) {
            return null;
        }
        List<Integer> matches = result.get().matchingEventPositions();
        if (matches.isEmpty()) {
            return null;
        }
        int current = selectedEvent.get() == null ? -1 : q.positionOf(selectedEvent.get().id());
        Optional<Integer> onward;
        if (step > 0) {
            onward = matches.stream().filter(p -> p > current).findFirst();
        } else {
            int before = current < 0 ? Integer.MAX_VALUE : current;
            onward = matches.stream().filter(p -> p < before).reduce((a, b) -> b);
        }
        int chosen = onward.orElse(matches.get(step > 0 ? 0 : matches.size() - 1));
        Event event = q.timeline().events().get(chosen);
        selectedEvent.set(event);
        return new MatchStep(matches.indexOf(chosen) + 1, matches.size(), event, onward.isEmpty() && current >= 0);
    }

    public void search(String text) {
        filter.set(filter.get().withSearch(text));
    }

    public void clearFilters() {
        filter.set(filter.get().cleared());
    }
}
