package org.summittimeline.ui.quotes;

import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import org.summittimeline.model.Actor;
import org.summittimeline.model.Quote;
import org.summittimeline.model.QuoteKind;
import org.summittimeline.model.Relation;
import org.summittimeline.model.Timeline;
import org.summittimeline.model.Variant;
import org.summittimeline.query.CitationText;
import org.summittimeline.query.QueryResult;
import org.summittimeline.query.TextMatch;
import org.summittimeline.query.TimelineQuery;
import static org.summittimeline.ui.Labels.wrapped;
import org.summittimeline.ui.MarkedWords;
import org.summittimeline.ui.SearchMark;
import org.summittimeline.ui.Texts;
import org.summittimeline.ui.WrappingCell;

/**
 * One quote card. Its nodes are made once ({@link ListedQuoteCard}) and filled for each quote; a card is filled
 * again only when its quote or what it was filled with changed: the timeline (its speakers, events and
 * corrections), the search (match or dimmed), whether the event's title is shown.
 */
final class QuoteCell extends WrappingCell<Quote> {
    /** A quote of the selected event in the list of every quote. */
    private static final PseudoClass OF_SELECTED_EVENT = PseudoClass.getPseudoClass("of-selected-event");

    private final QuoteCards cards;
    private boolean expanded;
    private Quote shownFor;
    private ListedQuoteCard card;
    /** The {@link QuoteCards#setting()} the card was filled at; -1 while the cell is empty. */
    private int filledAt = -1;

    QuoteCell(QuoteCards cards) {
        this.cards = cards;
        getStyleClass().add("quote-cell");
    }

    /**
     * Makes the card, if the cell has none yet, and keeps it unseen as the cell's graphic, where the next pulse styles
     * it; false when it was made before. The cards of the empty rows are prepared a few a pulse while a large file's
     * quotes are read ({@link QuoteCards#prepareWhileReading}): made at their first quote instead, the cards' first
     * style pass fell in the one pulse that shows a million quotes.
     */
    boolean prepare() {
        if (card != null) {
            return false;
        }
        card = new ListedQuoteCard(() -> {
            expanded = !expanded;
            if (getItem() != null) {
                fill(getItem());
                if (expanded && getListView() != null) {
                    // Opened at the list's foot, its new lines were below the edge: "Hide other renderings" with
                    // nothing to see (a new user's walk).
                    showWhole(getListView(), getIndex());
                }
            }
        });
        card.setVisible(false);
        setGraphic(card);
        return true;
    }

    /**
     * Scrolls row {@code i} whole into view, as little as it takes, by the cells' real heights (laid out at once);
     * a card taller than the list is shown from its top, where the flow showed its bottom and hid its speaker, and
     * held there while the cards settle.
     */
    static void showWhole(ListView<?> list, int i) {
        // A row held before gives way to this one: it had pulled the list back to itself.
        TopCardKeeper.of(list).ifPresent(TopCardKeeper::release);
        if (i >= 0 && list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            list.layout();
            IndexedCell<?> seen = flow.getVisibleCell(i);
            if (seen != null && Math.abs(seen.getLayoutY()) < TopCardKeeper.AT_TOP && seen.getHeight() >= flow.getHeight()) {
                // A card taller than the list, already shown from its top, stays so: the flow would scroll its bottom
                // into view, and at times keep it there (stepping from one event nobody is quoted at to the next,
                // at 250 % the list showed only the card's chips and citation).
                TopCardKeeper.of(list).ifPresent(keeper -> keeper.hold(i));
                return;
            }
            flow.scrollTo(i);
            IndexedCell<?> shown = flow.getVisibleCell(i);
            if (i == list.getItems().size() - 1) {
                // The last row, held in view while the cards are filled anew: the rows above it, measured again, had
                // left it just below the view the second time an event nobody is quoted at was chosen (a new user's
                // walk). It cannot reach the top; the keeper shows it as near as the list's end allows.
                TopCardKeeper.of(list).ifPresent(keeper -> keeper.hold(i));
            } else if (shown != null && shown.getLayoutY() < 0) {
                flow.scrollToTop(i);
                // And held there: the cards are filled anew at the next pulse (a search's marks), and the rows above
                // may change their height; at 250 % a search's first match was shown from its middle, its speaker
                // out of sight (the flow places a row by its estimate of the rows above, which that had made wrong).
                TopCardKeeper.of(list).ifPresent(keeper -> keeper.hold(i));
            }
        }
    }

    /** Fills the card again if the setting changed since, and the cell still holds a row that is shown. */
    void fillIfStale() {
        Quote quote = getItem();
        int i = getIndex();
        if (isEmpty() || quote == null || filledAt == cards.setting() || rowAt(i) != quote) {
            return;
        }
        fill(quote);
    }

    /** The quote shown in row {@code i} of this cell's list, or null when there is no such row. */
    private Quote rowAt(int i) {
        List<Quote> rows = getListView() == null ? List.of() : getListView().getItems();
        return i >= 0 && i < rows.size() ? rows.get(i) : null;
    }

    @Override
    protected void updateItem(Quote quote, boolean empty) {
        super.updateItem(quote, empty);
        setText(null);
        if (empty || quote == null || cards.timeline() == null) {
            SearchMark.show(this, null);
            pseudoClassStateChanged(OF_SELECTED_EVENT, false);
            if (card != null) {
                // The card stays the cell's graphic, unseen: taken out and put back, it was styled anew each time
                // the list measured a row with this cell. It stays managed too: the skin leaves a graphic that is
                // unmanaged when set out of the scene, where nothing styles it (see prepare); WrappingCell
                // makes the row a line high instead.
                card.setVisible(false);
            }
            setAccessibleText(null);
            filledAt = -1;
            shownFor = null;
            return;
        }
        fill(quote);
    }

    private void fill(Quote quote) {
        if (quote != shownFor) {
            expanded = false;
            shownFor = quote;
        }
        filledAt = cards.setting();
        TimelineQuery shownTimeline = cards.timeline();
        Timeline timeline = shownTimeline.timeline();
        CitationText citations = new CitationText(timeline);
        QueryResult result = cards.result();
        boolean matches = result == null || result.quoteMatches(shownTimeline.quotePositionOf(quote.id()));
        SearchMark.show(this, result == null || !result.isSearching() ? null
                : matches ? SearchMark.MATCH : SearchMark.DIMMED);
        pseudoClassStateChanged(OF_SELECTED_EVENT, quote.eventId().equals(cards.markedEvent()));
        prepare();
        Actor speaker = timeline.actor(quote.speakerId()).orElse(null);
        card.speaker(speaker == null ? quote.speakerId() : speaker.name(),
                speaker == null ? null : cards.speakerColour(timeline, speaker.id()),
                quote.kind() == QuoteKind.PARAPHRASE);
        card.eventTitle(cards.withTitles()
                ? timeline.event(quote.eventId()).map(ev -> ev.title()).orElse(null) : null);
        // What the search found, marked in a card it matches (a card it does not match has no word of it to mark).
        String searched = result == null || !matches ? "" : result.searched();
        // Each part marked in turn (not short-circuited: each must be filled).
        boolean foundHere = card.words(quote.text(), quote.kind() == QuoteKind.DIRECT, searched)
                | card.context(quote.context(), searched) | card.topics(quote.topics(), searched);
        String citation = citations.shown(quote.citation());
        card.citation(citation);
        List<Quote> linkedFrom = shownTimeline.linkedFrom(quote.id());
        // Found in another rendering alone, the card had its bar and no word marked: its link says where.
        boolean foundInRenderings = !foundHere
                && quote.variants().stream().anyMatch(v -> !TextMatch.places(v.text(), searched).isEmpty());
        card.extras(quote.variants().size(), quote.relations().size() + linksFrom(quote, linkedFrom), expanded,
                foundInRenderings, expanded ? extraLines(quote, timeline, citations, linkedFrom, searched) : List.of());
        card.setVisible(true);
        setAccessibleText(Texts.format(quote.kind() == QuoteKind.DIRECT ? "quotes.spoken.direct" : "quotes.spoken.reported",
                speaker == null ? quote.speakerId() : speaker.name(), quote.text(), citations.cite(quote.citation())));
    }

    /**
     * An open card's lines: the other sources' renderings (what the search found in them marked), the quotes it is
     * linked with, and those linked with it: what answers, contradicts or corrects it. Only its corrections had been
     * shown, so that Trump's contradiction of Putin's denial was in Compare and in the presentation but not here.
     */
    private static List<Node> extraLines(Quote quote, Timeline timeline, CitationText citations,
                                         List<Quote> linkedFrom, String searched) {
        List<Node> lines = new ArrayList<>();
        for (Variant v : quote.variants()) {
            lines.add(MarkedWords.within(wrapped(Texts.format("quotes.variant", citations.shown(v.citation()), v.text()),
                    "variant"), v.text(), searched));
        }
        for (Relation r : quote.relations()) {
            lines.add(wrapped(relationText(r, timeline), "relation"));
        }
        for (Quote other : linkedFrom) {
            for (Relation r : other.relations()) {
                if (r.quoteId().equals(quote.id())) {
                    String text = Texts.format(key(r) + ".by", speakerName(timeline, other), other.text());
                    lines.add(wrapped(r.basis() == Relation.Basis.EDITORIAL ? ourReading(text) : text, "relation"));
                }
            }
        }
        return lines;
    }

    /** How many links the quotes {@code linkedFrom} make to {@code quote}. */
    private static int linksFrom(Quote quote, List<Quote> linkedFrom) {
        int links = 0;
        for (Quote other : linkedFrom) {
            links += (int) other.relations().stream().filter(r -> r.quoteId().equals(quote.id())).count();
        }
        return links;
    }

    private static String speakerName(Timeline timeline, Quote q) {
        return timeline.actor(q.speakerId()).map(Actor::name).orElse(q.speakerId());
    }

    private static String relationText(Relation r, Timeline timeline) {
        String key = key(r);
        String text = timeline.quote(r.quoteId()).map(other -> Texts.format(key, speakerName(timeline, other), other.text()))
                .orElse(Texts.format(key + ".missing", r.quoteId()));
        return r.basis() == Relation.Basis.EDITORIAL ? ourReading(text) : text;
    }

    private static String key(Relation r) {
        return switch (r.type()) {
            case RESPONDS_TO -> "quotes.relation.respondsTo";
            case CONTRADICTS -> "quotes.relation.contradicts";
            case CORRECTS -> "quotes.relation.corrects";
        };
    }

    /** A link the timeline's author makes, not a source: said so beside it. */
    private static String ourReading(String text) {
        return Texts.format("relation.editorial", text);
    }
}
