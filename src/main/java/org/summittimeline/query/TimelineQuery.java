package org.summittimeline.query;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import org.summittimeline.model.Event;
import org.summittimeline.model.Quote;
import org.summittimeline.model.Timeline;

/**
 * Everything the views ask of one loaded timeline, prepared once: the time index, the quotes of each event,
 * the word indexes for search, the speakers and topics to filter by. {@link #apply} turns a {@link QueryFilter}
 * into the sets of shown events and quotes and the search matches, without touching JavaFX.
 */
public final class TimelineQuery {
    private final Timeline timeline;
    private final TimeIndex index;
    private final QuotesByEvent quotesByEvent;
    private final int[] quoteEvent;
    private final Map<String, List<Quote>> linkedFrom = new HashMap<>();
    /**
     * The two word indexes, built after the timeline is on screen: the first frame needs only the time index
     * and the quotes of each event, and the word indexes were a fifth of the wait for it. A search asked before
     * they are ready waits for them. An index that does not fit in memory is null: search then finds nothing.
     */
    private final CompletableFuture<SearchIndex[]> searchIndexes;
    /** Builds them, once: on the executor given, or earlier on the thread of a search that waits for them. */
    private final Runnable buildSearchIndexes;
    /** Set before the query is handed over to the UI thread, which publishes it; read there only. */
    private boolean quotesStillReading;
    /** The last facet filter and what it showed: typing a search does not change the facets. */
    private QueryFilter lastFacets;
    private BitSet[] lastShown;
    /** The filter options: the events' gathered with the time index, the quotes' once (see {@link #prepareForViews}). */
    private final FilterOptions options;

    /** Below this many quotes a second thread costs more than it saves. */
    private static final int PARALLEL_FROM = 20_000;

    /**
     * Prepares what the first frame needs (the time index, the quotes of each event) at once and hands the
     * building of the word indexes to {@code indexing}.
     */
    public TimelineQuery(Timeline timeline, Executor indexing) {
        this(timeline, indexing, new FilterOptions(timeline));
    }

    private TimelineQuery(Timeline timeline, Executor indexing, FilterOptions options) {
        this.timeline = timeline;
        // The events' options are gathered in the time index's pass over the events rather than in one of their own.
        FilterOptions.EventsPass eventsPass = options.eventsPass();
        this.index = new TimeIndex(timeline, eventsPass);
        options.eventsSeen(eventsPass);
        this.options = options;
        List<Quote> quotes = timeline.quotes();
        quoteEvent = timeline.quoteEventPositions();
        for (Quote q : quotes) {
            for (org.summittimeline.model.Relation r : q.relations()) {
                List<Quote> from = linkedFrom.computeIfAbsent(r.quoteId(), k -> new ArrayList<>());
                if (from.isEmpty() || from.get(from.size() - 1) != q) {
                    from.add(q);
                }
            }
        }
        quotesByEvent = new QuotesByEvent(timeline, quoteEvent);
        searchIndexes = new CompletableFuture<>();
        AtomicBoolean begun = new AtomicBoolean();
        buildSearchIndexes = () -> {
            if (!begun.compareAndSet(false, true)) {
                return;
            }
            try {
                SearchIndex.Fields quoteText = SearchedFields.quotes(quotes);
                // The two word indexes are independent: on a large file the quotes' is built on a second core.
                CompletableFuture<SearchIndex> quotesIndexed = quotes.size() < PARALLEL_FROM ? null
                        : CompletableFuture.supplyAsync(() -> new SearchIndex(quoteText));
                SearchIndex eventWords = new SearchIndex(SearchedFields.events(timeline.events()));
                SearchIndex quoteWords = quotesIndexed == null ? new SearchIndex(quoteText) : quotesIndexed.join();
                searchIndexes.complete(new SearchIndex[] {eventWords, quoteWords});
            } catch (OutOfMemoryError | RuntimeException e) {
                searchIndexes.complete(null);
            }
        };
        indexing.execute(buildSearchIndexes);
    }

    /** As {@link #TimelineQuery(Timeline, Executor)}, the word indexes built on a thread of their own. */
    public TimelineQuery(Timeline timeline) {
        this(timeline, TimelineQuery::startIndexing);
    }

    private static void startIndexing(Runnable work) {
        Thread thread = new Thread(work, "search-index");
        thread.setDaemon(true);
        thread.start();
    }

    /** True once a search can be answered without waiting for the word indexes. */
    public boolean searchReady() {
        return searchIndexes.isDone();
    }

    /** Completes when the word indexes are built (or found not to fit in memory). */
    public CompletableFuture<Void> searchIndexed() {
        return searchIndexes.thenApply(indexes -> null);
    }

    /**
     * Builds the word indexes on the calling thread unless their executor has begun them, for a search that waits for
     * them: a window holds them back for its first frames, and a search typed meanwhile, its work done on the UI thread
     * (the window tests'), had waited there for indexes that thread was yet to start.
     */
    public void indexNowUnlessBegun() {
        buildSearchIndexes.run();
    }

    public Timeline timeline() {
        return timeline;
    }

    public TimeIndex index() {
        return index;
    }

    public List<Quote> quotesOf(String eventId) {
        return quotesByEvent.of(eventId);
    }

    /**
     * The quotes {@code result} shows (every quote for null, those naming no event of the timeline last), in time
     * order: event after event as the timeline has its events, each event's quotes in the file's order. A
     * read-only view over the timeline's list; nothing copied.
     */
    public List<Quote> quotesInTimeOrder(QueryResult result) {
        BitSet shown;
        // A result of the timeline before this one (met for a moment while a file is swapped) shows everything.
        if (result == null || !result.isOf(timeline)) {
            shown = new BitSet();
            shown.set(0, timeline.quotes().size());
        } else {
            shown = result.quoteBits();
        }
        return new ShownList<>(timeline.quotes(), shown, q -> timeline.quotePosition(q.id()),
                quotesByEvent.timeOrder(), quotesByEvent::timeRanks);
    }

    /** The position of the event in time order, or -1. */
    public int positionOf(String eventId) {
        return timeline.eventPosition(eventId);
    }

    /** The quotes that answer, contradict or correct this one ("corrected by …"), each once, in file order. */
    public List<Quote> linkedFrom(String quoteId) {
        return linkedFrom.getOrDefault(quoteId, List.of());
    }

    /** The position of the quote in the file's order, or -1. */
    public int quotePositionOf(String quoteId) {
        return timeline.quotePosition(quoteId);
    }

    /** Every quote's topics, sorted without regard to case; gathered once (a pass over every quote). */
    public Set<String> topics() {
        return options.topics();
    }

    /** The actors who take part in at least one event, in the file's order of actors. */
    public List<String> eventActors() {
        return options.eventActors();
    }

    /** The actors who speak in at least one quote, in the file's order of actors. */
    public List<String> speakers() {
        return options.speakers();
    }

    /**
     * The place in {@link Timeline#categories()} of each event's category (time order), -1 for none there. The
     * timeline's lanes are counted from this array: a pass over a million events' objects takes a few hundred
     * milliseconds of memory latency, a pass over their numbers a millisecond.
     */
    public int[] categoryPositions() {
        return options.categoryPositions();
    }

    /**
     * Whether any event's start is given relative to another's: the timeline then keeps room for the note that
     * says so, where it has room to spare, so that choosing such an event moves no lane.
     */
    public boolean hasRelativeTimes() {
        return options.relativeTimes();
    }

    /** Steps through the shown events in time order, from a selection or into a view. */
    public EventSteps steps() {
        return new EventSteps(this);
    }

    /**
     * Does now what the window otherwise does on the UI thread when the timeline arrives: the quotes' filter
     * options, the unfiltered result and the tables of ids, each a pass over every event or quote (the events'
     * options and categories are gathered with the time index, when the query is made). Call
     * it on the thread that built this query, before handing it over (the hand-over publishes what it stored). For
     * the events shown while the quotes are read ({@link #quotesStillReading}, asked first) the ids are left out:
     * the window has them indexed once the events are drawn.
     */
    public TimelineQuery prepareForViews() {
        return prepare(quotesStillReading ? null : beside(timeline, options));
    }

    /**
     * A query of a whole file made and prepared for the views at once ({@link #prepareForViews}): the second
     * thread starts before the query is made, so that it overlaps the time index and the quotes of each event too.
     */
    public static TimelineQuery preparedForViews(Timeline timeline, Executor indexing) {
        FilterOptions options = new FilterOptions(timeline);
        WorkBeside beside = beside(timeline, options);
        TimelineQuery query;
        try {
            query = new TimelineQuery(timeline, indexing, options);
        } catch (RuntimeException | Error e) {
            beside.join(false);
            throw e;
        }
        return query.prepare(beside);
    }

    /**
     * The tables of ids and the quotes' options (half of preparing at a million items, all of it waiting for
     * memory), made on a second core beside the unfiltered result. FilterOptions keeps the
     * quotes' and the events' in fields of their own.
     */
    private static WorkBeside beside(Timeline timeline, FilterOptions options) {
        return new WorkBeside(() -> {
            timeline.indexIds();
            options.topics();
        });
    }

    private TimelineQuery prepare(WorkBeside beside) {
        boolean prepared = false;
        try {
            apply(QueryFilter.NONE);
            prepared = true;
        } finally {
            // Also when the work here failed (out of memory at a million items): the second thread must not go
            // on holding the timeline and filling tables while the caller recovers; its own failure then yields
            // to the one already on its way. The window waits for both.
            if (beside != null) {
                beside.join(prepared);
            }
        }
        // After the join, which publishes what the second thread gathered; for events shown ahead of their quotes
        // (no second thread) they are gathered here.
        topics();
        speakers();
        return this;
    }

    /**
     * Marks this as the query of a file's events shown while its quotes are still read: the views say the quotes
     * are coming instead of that there are none. The file's whole timeline comes in a query of its own.
     */
    public TimelineQuery quotesStillReading() {
        quotesStillReading = true;
        return this;
    }

    /** True for the events of a file shown before its quotes are read. */
    public boolean areQuotesStillReading() {
        return quotesStillReading;
    }

    /**
     * The events and quotes a filter shows, and which of them match the search. An event is shown when its
     * category, time and actors pass; when topics or kinds are chosen, it must also have a quote that passes.
     * QueryResult.Search is by word beginnings (see {@link SearchIndex}); the facets' result is kept while only the search
     * changes. Not thread-safe: the viewer asks from the UI thread only.
     */
    public QueryResult apply(QueryFilter filter) {
        return resultOf(filter).withRange(filter.from(), filter.to());
    }

    private QueryResult resultOf(QueryFilter filter) {
        QueryFilter facets = filter.withSearch("");
        if (!facets.equals(lastFacets)) {
            lastShown = facets(facets);
            lastFacets = facets;
        }
        BitSet shownEvents = lastShown[0];
        BitSet shownQuotes = lastShown[1];
        String needle = TextMatch.fold(filter.search().trim());
        if (needle.isEmpty()) {
            return new QueryResult(timeline, shownEvents, shownQuotes, null, null, QueryResult.Search.NONE);
        }
        if (!searchIndexes.isDone()) {
            // Waiting here would hold the window still for seconds on a large file; show everything until then.
            return new QueryResult(timeline, shownEvents, shownQuotes, null, null, QueryResult.Search.PREPARING);
        }
        SearchIndex[] indexes = searchIndexes.join();
        if (indexes == null) {
            return new QueryResult(timeline, shownEvents, shownQuotes, new BitSet(), new BitSet(), QueryResult.Search.UNAVAILABLE);
        }
        BitSet matchingQuotes = indexes[1].matching(needle);
        matchingQuotes.and(shownQuotes);
        BitSet matchingEvents = indexes[0].matching(needle);
        for (int i = matchingQuotes.nextSetBit(0); i >= 0; i = matchingQuotes.nextSetBit(i + 1)) {
            matchingEvents.set(quoteEvent[i]);
        }
        matchingEvents.and(shownEvents);
        return new QueryResult(timeline, shownEvents, shownQuotes, matchingEvents, matchingQuotes, QueryResult.Search.DONE)
                .searchedFor(needle);
    }

    /** Which events and quotes the facets (everything but the search) let through. */
    private BitSet[] facets(QueryFilter filter) {
        List<Event> events = timeline.events();
        List<Quote> quotes = timeline.quotes();
        BitSet shownEvents = new BitSet(events.size());
        if (filter.categories().isEmpty() && filter.actors().isEmpty() && filter.from() <= index.first()
                && filter.to() >= index.last()) {
            // Every event passes: no pass over them (the first frame of a large file waits for this one).
            shownEvents.set(0, events.size());
        } else {
            for (int i = 0; i < events.size(); i++) {
                Event e = events.get(i);
                boolean category = filter.categories().isEmpty() || filter.categories().contains(e.categoryId());
                boolean time = index.endLatest(i) >= filter.from() && index.startEarliest(i) <= filter.to();
                boolean actor = filter.actors().isEmpty()
                        || e.actorIds().stream().anyMatch(filter.actors()::contains);
                if (category && time && actor) {
                    shownEvents.set(i);
                }
            }
        }
        // Topics and kinds narrow the events to those with such a quote, by anyone; speakers narrow only the
        // quotes, so an event a speaker took part in without speaking stays on the timeline.
        boolean quoteFacets = !filter.topics().isEmpty() || !filter.kinds().isEmpty();
        BitSet shownQuotes = new BitSet(quotes.size());
        if (!quoteFacets && filter.speakers().isEmpty()) {
            // Only the events decide (the unfiltered result the first frame of a large file waits for): no quote
            // is looked at, and the loop is short enough to be quick before the compiler has seen it.
            for (int i = 0; i < quotes.size(); i++) {
                int e = quoteEvent[i];
                if (e >= 0 && shownEvents.get(e)) {
                    shownQuotes.set(i);
                }
            }
            return new BitSet[] {shownEvents, shownQuotes};
        }
        BitSet eventsWithQuotes = new BitSet(events.size());
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            int e = quoteEvent[i];
            if (e < 0 || !shownEvents.get(e)) {
                continue;
            }
            if (!filter.kinds().isEmpty() && !filter.kinds().contains(q.kind())) {
                continue;
            }
            if (!filter.topics().isEmpty() && q.topics().stream().noneMatch(filter.topics()::contains)) {
                continue;
            }
            // Whoever says it: a topic and a speaker chosen together had hidden every event of the topic that the
            // speaker did not speak at, though a speaker alone hides none.
            eventsWithQuotes.set(e);
            if (filter.speakers().isEmpty() || filter.speakers().contains(q.speakerId())) {
                shownQuotes.set(i);
            }
        }
        if (quoteFacets) {
            shownEvents.and(eventsWithQuotes);
        }
        return new BitSet[] {shownEvents, shownQuotes};
    }
}
