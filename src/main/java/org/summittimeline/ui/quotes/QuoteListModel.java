package org.summittimeline.ui.quotes;

import java.util.List;
import org.summittimeline.model.Event;
import org.summittimeline.model.Quote;
import org.summittimeline.query.QueryResult;
import org.summittimeline.query.TimelineQuery;
import org.summittimeline.ui.Texts;

/**
 * Which quotes are shown, one rule for every reader of it: the quote panel, the export and the presentation.
 * With an event selected and "This event" chosen, that event's quotes that pass the filters; otherwise (also for
 * an event that has no quotes) every
 * quote that passes them, in time order (event after event, each event's in the file's
 * order). Also what the panel's heading says about it. No toolkit.
 */
public final class QuoteListModel {
    /**
     * What the panel shows: the quotes, whether they are one event's, its heading, a note under the heading that
     * says why the list is not the selected event's ("" for none), and what to say when empty.
     */
    public record Shown(List<Quote> quotes, boolean ofEvent, String heading, String note, String placeholder) {
    }

    private QuoteListModel() {
    }

    /** The quotes of one event that the filters let through, in the file's order. */
    public static List<Quote> ofEvent(TimelineQuery query, QueryResult result, String eventId) {
        return passing(query, result, query.quotesOf(eventId));
    }

    /** Those of the given quotes that the filters let through, in their order. */
    public static List<Quote> passing(TimelineQuery query, QueryResult result, List<Quote> quotes) {
        return quotes.stream().filter(q -> result == null || result.isQuoteShown(query.quotePositionOf(q.id()))).toList();
    }

    public static Shown shown(TimelineQuery query, QueryResult result, Event selected, boolean onlySelected) {
        if (query == null) {
            return new Shown(List.of(), false, Texts.get("quotes.heading"), "", "");
        }
        int total = query.timeline().quotes().size();
        if (total == 0 && query.areQuotesStillReading()) {
            return new Shown(List.of(), false, Texts.get("quotes.reading"), "", Texts.get("quotes.reading.detail"));
        }
        if (total == 0) {
            return new Shown(List.of(), false, Texts.get("quotes.none"), "", Texts.get("quotes.none.inTimeline"));
        }
        // An event with no quotes at all would leave an empty pane: every quote stands in its place, the list at
        // the quotes said after it (QuotePanel), and the heading says why.
        if (onlySelected && selected != null && !query.quotesOf(selected.id()).isEmpty()) {
            List<Quote> quotes = ofEvent(query, result, selected.id());
            long matching = result == null || !result.isSearching() ? 0
                    : quotes.stream().filter(q -> result.quoteMatches(query.quotePositionOf(q.id()))).count();
            // "1 quote of" an event that has two would hide that a filter holds one back.
            int all = query.quotesOf(selected.id()).size();
            String heading = quotes.size() == all
                    ? Texts.format("quotes.heading.ofEvent", quotes.size(), selected.title())
                    : Texts.format("quotes.heading.someOfEvent", quotes.size(), all, selected.title());
            return new Shown(quotes, true, quotes.isEmpty() ? heading : withMatches(heading, result, matching), "",
                    Texts.get("quotes.none.ofEventFiltered"));
        }
        List<Quote> quotes = query.quotesInTimeOrder(result);
        String heading = quotes.size() == total
                ? Texts.format("quotes.heading.all", total) : Texts.format("quotes.heading.some", quotes.size(), total);
        // Under the heading, not in it: at 133 % the two in one bold heading took four lines of the panel.
        String note = onlySelected && selected != null
                ? Texts.format("quotes.heading.noneOfEvent", selected.title()) : "";
        // "0 quotes · no matches" would say it twice.
        return new Shown(quotes, false, quotes.isEmpty() ? heading
                : withMatches(heading, result, result == null ? 0 : result.matchingQuoteCount()), note,
                Texts.get("quotes.none.passFilters"));
    }

    /** While a search is answered, the heading also says how many of the quotes it counts match. */
    private static String withMatches(String heading, QueryResult result, long matching) {
        if (result == null || !result.isSearching() || result.search() != QueryResult.Search.DONE) {
            return heading;
        }
        return Texts.format("quotes.heading.matching", heading, matching);
    }
}
