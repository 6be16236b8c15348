package org.summittimeline.query;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.summittimeline.model.Event;
import org.summittimeline.model.Quote;
import org.summittimeline.model.Timeline;

/** The outcome of a filter: bit i of each set stands for the i-th event (time order) or quote (file order). */
public final class QueryResult {
    /** Where a search stands: none asked; the word indexes still being built; answered; or they did not fit. */
    public enum Search { NONE, PREPARING, DONE, UNAVAILABLE }

    private final Search search;
    private final Timeline timeline;
    private final BitSet events;
    private final BitSet quotes;
    private final BitSet matchingEvents;
    private final BitSet matchingQuotes;
    /** The time range the filter asked for ({@link QueryFilter#from()}, {@link QueryFilter#to()}). */
    private long rangeFrom = Long.MIN_VALUE;
    private long rangeTo = Long.MAX_VALUE;
    /** {@link #shownEventCount()} once counted, else -1. */
    private int shownEvents = -1;
    /** {@link #matchingQuoteCount()} once counted, else -1. */
    private int matchingShownQuotes = -1;
    /** {@link #matchingEventCount()} once counted, else -1. */
    private int matchingShownEvents = -1;

    QueryResult(Timeline timeline, BitSet events, BitSet quotes, BitSet matchingEvents, BitSet matchingQuotes,
           Search search) {
        this.search = search;
        this.timeline = timeline;
        this.events = events;
        this.quotes = quotes;
        this.matchingEvents = matchingEvents;
        this.matchingQuotes = matchingQuotes;
    }

    /** Everything shown, nothing searched. */
    public static QueryResult all(Timeline timeline) {
        BitSet e = new BitSet();
        e.set(0, timeline.events().size());
        BitSet q = new BitSet();
        q.set(0, timeline.quotes().size());
        return new QueryResult(timeline, e, q, null, null, Search.NONE);
    }

    /** The search's words, folded ({@link TextMatch#fold}), once it is answered; else empty. */
    private String searched = "";

    QueryResult searchedFor(String foldedNeedle) {
        searched = foldedNeedle;
        return this;
    }

    /** The words searched for, folded as {@link TextMatch#places} takes them; empty when no search was answered. */
    public String searched() {
        return searched;
    }

    QueryResult withRange(long from, long to) {
        rangeFrom = from;
        rangeTo = to;
        return this;
    }

    /** Whether this result's filter asked for another stretch of time than {@code other}'s did. */
    public boolean rangeDiffersFrom(QueryResult other) {
        return other != null && (other.rangeFrom != rangeFrom || other.rangeTo != rangeTo);
    }

    /** Whether this is a result over {@code t}: a view may meet a new timeline before its result. */
    public boolean isOf(Timeline t) {
        return timeline == t;
    }

    public boolean isEventShown(int position) {
        return events.get(position);
    }

    public boolean isQuoteShown(int position) {
        return quotes.get(position);
    }

    /** Whether both show the same events (a search alone does not change which are shown). */
    public boolean showsSameEventsAs(QueryResult other) {
        return other != null && other.events.equals(events);
    }

    public Search search() {
        return search;
    }

    public boolean isSearching() {
        return matchingEvents != null;
    }

    /** True when there is no search, or the event (or one of its quotes) matches it. */
    public boolean eventMatches(int position) {
        return matchingEvents == null || matchingEvents.get(position);
    }

    public boolean quoteMatches(int position) {
        return matchingQuotes == null || matchingQuotes.get(position);
    }

    /**
     * The position of the shown event {@code step} places after {@code from} in time order (before it, for a
     * negative step), or -1 when there is none. From -1 the first shown event is one step on; from the
     * number of events, the last is one step back.
     */
    public int nextShown(int from, int step) {
        int direction = Integer.signum(step);
        int size = timeline.events().size();
        int found = -1;
        int left = Math.abs(step);
        for (int i = from + direction; i >= 0 && i < size && left > 0; i += direction) {
            if (events.get(i)) {
                found = i;
                left--;
            }
        }
        return left == 0 ? found : -1;
    }

    /** Counted once: the window asks for it every frame, and at a million events it is a pass over 15,625 words. */
    public int shownEventCount() {
        int n = shownEvents;
        if (n < 0) {
            // A race between two threads counts twice and finds the same number.
            n = events.cardinality();
            shownEvents = n;
        }
        return n;
    }

    /** Whether every event of the timeline is shown, as when a file opens or the filters are cleared. */
    public boolean showsEveryEvent() {
        return shownEventCount() == timeline.events().size();
    }

    public int shownQuoteCount() {
        return quotes.cardinality();
    }

    /**
     * How many of the shown quotes match the search; 0 without one. Counted once: the quote panel's heading says
     * it, so that a search whose words are in no quote does not leave every card dimmed without a word why.
     */
    public int matchingQuoteCount() {
        if (matchingQuotes == null) {
            return 0;
        }
        int n = matchingShownQuotes;
        if (n < 0) {
            // Only shown quotes are marked as matching (TimelineQuery.apply).
            n = matchingQuotes.cardinality();
            matchingShownQuotes = n;
        }
        return n;
    }

    /** How many of the shown events match the search (by their words or a quote's); 0 without one. Counted once. */
    public int matchingEventCount() {
        if (matchingEvents == null) {
            return 0;
        }
        int n = matchingShownEvents;
        if (n < 0) {
            // Only shown events are marked as matching (TimelineQuery.apply).
            n = matchingEvents.cardinality();
            matchingShownEvents = n;
        }
        return n;
    }

    /** Positions (time order) of the events that match the search and are shown; empty without a search. */
    public List<Integer> matchingEventPositions() {
        List<Integer> out = new ArrayList<>();
        if (matchingEvents != null) {
            for (int i = matchingEvents.nextSetBit(0); i >= 0; i = matchingEvents.nextSetBit(i + 1)) {
                if (events.get(i)) {
                    out.add(i);
                }
            }
        }
        return out;
    }

    /** Which quotes are shown, by their place in the file; not to be changed. */
    BitSet quoteBits() {
        return quotes;
    }

    /**
     * The shown quotes in file order: a read-only view, nothing copied (see {@link ShownList}). The quote panel
     * lists them in time order ({@link TimelineQuery#quotesInTimeOrder}).
     */
    public List<Quote> shownQuotes() {
        return new ShownList<>(timeline.quotes(), quotes, q -> timeline.quotePosition(q.id()));
    }

    /** The shown events in time order: a read-only view, nothing copied. */
    public List<Event> shownEvents() {
        return new ShownList<>(timeline.events(), events, e -> timeline.eventPosition(e.id()));
    }
}
