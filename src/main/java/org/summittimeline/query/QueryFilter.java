package org.summittimeline.query;

import java.util.Set;
import org.summittimeline.model.QuoteKind;

/**
 * What the researcher has narrowed the timeline to. An empty set means "no restriction" for that facet, so the
 * default filter shows everything. Times are epoch seconds; {@code Long.MIN_VALUE}/{@code MAX_VALUE} when open.
 * Speakers narrow the quotes; actors narrow the events (an event stays when one of its actors is chosen, whether
 * or not that actor speaks in it).
 */
public record QueryFilter(Set<String> speakers, Set<String> topics, Set<QuoteKind> kinds, Set<String> categories,
                          long from, long to, String search, Set<String> actors) {

    public static final QueryFilter NONE = new QueryFilter(Set.of(), Set.of(), Set.of(), Set.of(),
            Long.MIN_VALUE, Long.MAX_VALUE, "", Set.of());

    public QueryFilter(Set<String> speakers, Set<String> topics, Set<QuoteKind> kinds, Set<String> categories,
                       long from, long to, String search) {
        this(speakers, topics, kinds, categories, from, to, search, Set.of());
    }

    public QueryFilter {
        actors = Set.copyOf(actors);
        speakers = Set.copyOf(speakers);
        topics = Set.copyOf(topics);
        kinds = Set.copyOf(kinds);
        categories = Set.copyOf(categories);
        search = search == null ? "" : search;
    }

    public boolean isEmpty() {
        return speakers.isEmpty() && topics.isEmpty() && kinds.isEmpty() && categories.isEmpty() && actors.isEmpty()
                && from == Long.MIN_VALUE && to == Long.MAX_VALUE;
    }

    public QueryFilter withSpeakers(Set<String> s) {
        return new QueryFilter(s, topics, kinds, categories, from, to, search, actors);
    }

    public QueryFilter withTopics(Set<String> t) {
        return new QueryFilter(speakers, t, kinds, categories, from, to, search, actors);
    }

    public QueryFilter withKinds(Set<QuoteKind> k) {
        return new QueryFilter(speakers, topics, k, categories, from, to, search, actors);
    }

    public QueryFilter withCategories(Set<String> c) {
        return new QueryFilter(speakers, topics, kinds, c, from, to, search, actors);
    }

    public QueryFilter withRange(long newFrom, long newTo) {
        return new QueryFilter(speakers, topics, kinds, categories, newFrom, newTo, search, actors);
    }

    public QueryFilter withSearch(String s) {
        return new QueryFilter(speakers, topics, kinds, categories, from, to, s, actors);
    }

    public QueryFilter withActors(Set<String> a) {
        return new QueryFilter(speakers, topics, kinds, categories, from, to, search, a);
    }

    /** The same search with every facet cleared. */
    public QueryFilter cleared() {
        return NONE.withSearch(search);
    }

    // Written out, not generated: the generated pair is linked through method handles the first time it runs, which
    // a start or a load paid for (StartPathBootstrapTest; PERFORMANCE.md, session 25).
    @Override
    public boolean equals(Object other) {
        return other instanceof QueryFilter f && from == f.from && to == f.to && search.equals(f.search)
                && speakers.equals(f.speakers) && topics.equals(f.topics) && kinds.equals(f.kinds)
                && categories.equals(f.categories) && actors.equals(f.actors);
    }

    @Override
    public int hashCode() {
        int h = speakers.hashCode();
        h = 31 * h + topics.hashCode();
        h = 31 * h + kinds.hashCode();
        h = 31 * h + categories.hashCode();
        h = 31 * h + Long.hashCode(from);
        h = 31 * h + Long.hashCode(to);
        h = 31 * h + search.hashCode();
        return 31 * h + actors.hashCode();
    }
}
