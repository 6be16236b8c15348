package org.summittimeline.query;

import java.util.Set;
import org.summittimeline.model.QuoteKind;

/**
 * What the researcher has narrowed the timeline to. An empty set means "no restriction" for that facet, so the
 * default filter shows everything. Times are epoch seconds; {@code Long.MIN_VALUE}/{@code MAX_VALUE} when open.
 */
public record QueryFilter(Set<String> speakers, Set<String> topics, Set<QuoteKind> kinds, Set<String> categories,
                          long from, long to, String search) {

    public static final QueryFilter NONE = new QueryFilter(Set.of(), Set.of(), Set.of(), Set.of(),
            Long.MIN_VALUE, Long.MAX_VALUE, "");

    public QueryFilter {
        speakers = Set.copyOf(speakers);
        topics = Set.copyOf(topics);
        kinds = Set.copyOf(kinds);
        categories = Set.copyOf(categories);
        search = search == null ? "" : search;
    }

    public boolean isEmpty() {
        return speakers.isEmpty() && topics.isEmpty() && kinds.isEmpty() && categories.isEmpty()
                && from == Long.MIN_VALUE && to == Long.MAX_VALUE;
    }

    public QueryFilter withSpeakers(Set<String> s) {
        return new QueryFilter(s, topics, kinds, categories, from, to, search);
    }

    public QueryFilter withTopics(Set<String> t) {
        return new QueryFilter(speakers, t, kinds, categories, from, to, search);
    }

    public QueryFilter withKinds(Set<QuoteKind> k) {
        return new QueryFilter(speakers, topics, k, categories, from, to, search);
    }

    public QueryFilter withCategories(Set<String> c) {
        return new QueryFilter(speakers, topics, kinds, c, from, to, search);
    }

    public QueryFilter withRange(long newFrom, long newTo) {
        return new QueryFilter(speakers, topics, kinds, categories, newFrom, newTo, search);
    }

    public QueryFilter withSearch(String s) {
        return new QueryFilter(speakers, topics, kinds, categories, from, to, s);
    }

    /** The same search with every facet cleared. */
    public QueryFilter cleared() {
        return NONE.withSearch(search);
    }
}
