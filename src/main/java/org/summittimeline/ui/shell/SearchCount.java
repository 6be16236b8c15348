package org.summittimeline.ui.shell;

import org.summittimeline.query.QueryResult;
import org.summittimeline.ui.Texts;

/** The words beside the search field: how many events match, or why there is no count yet. No toolkit. */
final class SearchCount {
    private SearchCount() {
    }

    static String text(QueryResult.Search search, int matching) {
        return switch (search) {
            case PREPARING -> Texts.get("window.search.preparing");
            case UNAVAILABLE -> Texts.get("window.search.unavailable");
            case DONE -> Texts.format("window.search.matches", matching);
            case NONE -> "";
        };
    }
}
