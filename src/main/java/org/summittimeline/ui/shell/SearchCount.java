package org.summittimeline.ui.shell;

import org.summittimeline.query.QueryResult;
import org.summittimeline.ui.Texts;

/**
 * The words beside the search field: how many events and how many quotes match, or why there is no count yet. Both,
 * because the timeline marks events and the quote panel counts quotes: "1 event matches" beside a panel saying
 * "3 matches" read as two answers to one search. No toolkit.
 */
final class SearchCount {
    private SearchCount() {
    }

    static String text(QueryResult.Search search, int events, int quotes) {
        return switch (search) {
            case PREPARING -> Texts.get("window.search.preparing");
            case UNAVAILABLE -> Texts.get("window.search.unavailable");
            case DONE -> events == 0 && quotes == 0 ? Texts.get("window.search.none")
                    : Texts.format("window.search.matches", events, quotes);
            case NONE -> "";
        };
    }

    /** What {@code r}'s search matches among the shown events and quotes, or why there is no count. */
    static String of(QueryResult r) {
        if (r == null) {
            return "";
        }
        boolean counted = r.isSearching() && r.search() == QueryResult.Search.DONE;
        return text(r.search(), counted ? r.matchingEventPositions().size() : 0, counted ? r.matchingQuoteCount() : 0);
    }
}
