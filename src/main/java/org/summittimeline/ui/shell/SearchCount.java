package org.summittimeline.ui.shell;

import java.util.List;
import java.util.function.ToDoubleFunction;
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

    /**
     * The width of the widest count a timeline of {@code events} and {@code quotes} can give, each figure written
     * with the font's widest digit, as {@code width} measures a text.
     */
    static double widest(ToDoubleFunction<String> width, int events, int quotes) {
        char widestDigit = '0';
        double digitWidth = 0;
        for (char d = '0'; d <= '9'; d++) {
            double w = width.applyAsDouble(String.valueOf(d));
            if (w > digitWidth) {
                digitWidth = w;
                widestDigit = d;
            }
        }
        double widest = 0;
        for (String text : List.of(text(QueryResult.Search.DONE, events, quotes), text(QueryResult.Search.DONE, events, 0),
                text(QueryResult.Search.DONE, 0, quotes), text(QueryResult.Search.DONE, 0, 0),
                text(QueryResult.Search.PREPARING, 0, 0))) {
            widest = Math.max(widest, width.applyAsDouble(text.replaceAll("\\d", String.valueOf(widestDigit))));
        }
        return widest;
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

    /**
     * The count's shorter form, where the box has no room for the whole: the events alone ("4 events"), since the
     * quote panel's heading counts the quotes that match; null where there is no shorter form (no count, or no
     * event matches: "no events" alone would read as a search that found nothing, where quotes matched).
     */
    static String brief(QueryResult r) {
        if (r == null || !r.isSearching() || r.search() != QueryResult.Search.DONE
                || r.matchingEventPositions().isEmpty()) {
            return null;
        }
        return Texts.format("window.search.matchingEvents", r.matchingEventPositions().size());
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
