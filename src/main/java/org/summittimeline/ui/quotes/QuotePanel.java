package org.summittimeline.ui.quotes;

import java.util.List;
import javafx.beans.Observable;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.summittimeline.model.Quote;
import org.summittimeline.model.Timeline;
import org.summittimeline.query.CitationText;
import org.summittimeline.query.QueryResult;
import org.summittimeline.query.TimelineQuery;
import org.summittimeline.ui.AppState;
import org.summittimeline.ui.Pulses;
import org.summittimeline.ui.ListWheel;
import org.summittimeline.ui.Texts;

/**
 * The quotes of the selected event, or of the whole timeline: who said it (name and colour), the words (a
 * direct quote in quotation marks, reported speech set apart), topics, the citation, and on demand the other
 * sources' renderings and the quotes it answers, contradicts or corrects. Selecting a quote selects its event.
 */
public final class QuotePanel extends BorderPane {
    static final String STYLESHEET = QuotePanel.class.getResource("quotes.css").toExternalForm();

    private final AppState state;
    /** "All" kept while quotes are chosen in the list, where it was lit only because nothing was selected. */
    private boolean allWhileChoosingInList;
    /** Copies the selected quote with its citation. */
    private final Runnable copy;
    private final ListView<Quote> list = new ListView<>();
    private final ContextMenu quoteMenu = new ContextMenu();
    /** Whether the list was last moved to a search's first matching quote, away from where the reader left it. */
    private boolean atSearchMatch;
    /** The search the list last moved to the first match of; null once another is typed. */
    private String revealedFor;
    /** The last search text that was not empty. */
    private String searchTyped = "";
    /** The rows: a view of the shown quotes, never a copy (a million of them arrive with a large file). */
    private List<Quote> rows = List.of();
    private ObservableList<Quote> items = FXCollections.observableArrayList();
    private final Label heading = new Label(Texts.get("quotes.heading"));
    private final Label headingNote = new Label();
    private final ToggleButton thisEvent = new ToggleButton(Texts.get("quotes.thisEvent"));
    private final ToggleButton all = new ToggleButton(Texts.get("quotes.all"));
    private final Label placeholder = new Label();
    private boolean updating;
    private boolean choosingInList;
    /** The cells and what their cards are filled with besides their quote. */
    private final QuoteCards cards = new QuoteCards();
    /** The timeline the rows are of. */
    private Timeline rowsOf;
    private TimelineQuery waitingFor;
    /**
     * From this many events, a new timeline's first frame is the heaviest it draws (count discs in every lane,
     * the overview): the list then takes the new timeline once that frame is on screen, so that its cards'
     * styling and layout do not add to the same pulse. At a million events the two together held the window for
     * 60–90 ms. Until then the list shows what it showed.
     */
    public static final int WAITS_FOR_FIRST_FRAME_FROM = 20_000;

    public QuotePanel(AppState state) {
        this(state, null);
    }

    /**
     * With {@code windowCopy}, the window's Copy (which also says what it copied) is what Ctrl+C and the list's menu
     * run; without it, the panel's own.
     */
    public QuotePanel(AppState state, Runnable windowCopy) {
        this.state = state;
        this.copy = windowCopy == null ? this::copySelected : windowCopy;
        getStylesheets().add(STYLESHEET);
        getStyleClass().add("quote-panel");
        list.setId("quotes");
        ListWheel.install(list);
        list.setItems(items);
        list.setAccessibleText(Texts.get("quotes.heading"));
        list.setCellFactory(l -> cards.newCell());
        // The card read at the top stays there as the type's size changes (the heading's font changes with it).
        new TopCardKeeper(list).follow(heading);
        placeholder.setWrapText(true);
        placeholder.setPadding(new Insets(16));
        list.setPlaceholder(placeholder);
        heading.getStyleClass().add("panel-heading");
        heading.setId("quotes-heading");
        ToggleGroup scope = new ToggleGroup();
        thisEvent.setToggleGroup(scope);
        all.setToggleGroup(scope);
        thisEvent.setId("quotes-this-event");
        all.setId("quotes-all");
        all.setSelected(true);
        scope.selectedToggleProperty().addListener((obs, old, t) -> {
            if (t == null) {
                old.setSelected(true);
                return;
            }
            if (!updating) {
                allWhileChoosingInList = false; // the reader's own choice of the toggles stands
                state.quotesOfSelectionOnlyProperty().set(t == thisEvent);
            }
        });
        HBox toggles = new HBox(thisEvent, all);
        toggles.getStyleClass().add("segmented");
        // The toggles keep their words; a long heading gives way and ends in "…" (its tooltip has it whole).
        toggles.setMinWidth(Region.USE_PREF_SIZE);
        thisEvent.setMinWidth(Region.USE_PREF_SIZE);
        all.setMinWidth(Region.USE_PREF_SIZE);
        heading.setMinWidth(0);
        heading.setWrapText(true);
        heading.textProperty().addListener((obs, old, text) -> heading.setTooltip(new Tooltip(text)));
        headingNote.getStyleClass().add("panel-heading-note");
        headingNote.setId("quotes-heading-note");
        headingNote.setMinWidth(0);
        headingNote.setWrapText(true);
        setTop(new HeadingBar(heading, headingNote, toggles));
        setCenter(list);

        state.queryProperty().addListener(this::refresh);
        state.resultProperty().addListener(this::refresh);
        state.selectedEventProperty().addListener((obs, old, e) -> {
            if (allWhileChoosingInList && !choosingInList) {
                // An event chosen elsewhere (the timeline, a search) shows its own quotes again, as before the list
                // was walked: the reader never chose "All" for good.
                allWhileChoosingInList = false;
                state.quotesOfSelectionOnlyProperty().set(true);
            }
        });
        state.selectedEventProperty().addListener(this::refresh);
        state.quotesOfSelectionOnlyProperty().addListener(this::refresh);
        state.selectedQuoteProperty().addListener((obs, old, q) -> showSelectedQuote());
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, q) -> {
            // While the list waits for a new timeline, its rows are the old one's: not a choice in the new.
            if (!updating && q != null && waitingFor == null) {
                // Chosen in the list, the card is where the reader looks: the list must not scroll it away.
                choosingInList = true;
                try {
                    if (all.isSelected() && state.quotesOfSelectionOnlyProperty().get()) {
                        // Chosen among every quote, the reader stays among them: "All" lit only because nothing was
                        // selected had let the list shrink to the quote's event, under the pointer and the arrow keys.
                        // Only for as long as the choosing goes on in the list (below).
                        allWhileChoosingInList = true;
                        state.quotesOfSelectionOnlyProperty().set(false);
                    }
                    state.selectedQuoteProperty().set(q);
                } finally {
                    choosingInList = false;
                }
            }
        });
        list.setOnKeyPressed(e -> {
            if (new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN).match(e)) {
                this.copy.run();
                e.consume();
            }
        });
        MenuItem copyItem = new MenuItem(Texts.get("quotes.copy"));
        copyItem.setOnAction(e -> this.copy.run());
        quoteMenu.getItems().add(copyItem);
        list.setContextMenu(quoteMenu);
        refresh(null);
    }

    /**
     * A quote's right-click menu with the window's own copy commands (Edit's words and acts) instead of the panel's
     * one Copy, which was named otherwise ("Copy quote with citation") and offered neither the text alone nor a
     * citation style.
     */
    public void useQuoteMenu(List<MenuItem> items) {
        quoteMenu.getItems().setAll(items);
    }

    private void refresh(Observable ignored) {
        TimelineQuery q = state.query();
        if (waits(q)) {
            return;
        }
        QueryResult result = state.result();
        if (q != null && result != null && !result.isOf(q.timeline())) {
            // A new timeline before its result: the result's own change comes next and shows both together.
            return;
        }
        updating = true;
        try {
            if (q == null || result == null) {
                cards.set(q, result, true, null);
                show(List.of(), null);
                heading.setText(Texts.get("quotes.heading"));
                headingNote.setText("");
                return;
            }
            QuoteListModel.Shown shown = QuoteListModel.shown(q, result, state.selectedEvent(),
                    state.quotesOfSelectionOnlyProperty().get());
            // Cards name their event wherever the list is not one event's: in "All", and in the whole list shown for
            // an event nobody is quoted at (its cards had no event, as if all were the breakfast's). In the list of
            // every quote, the selected event's stand out.
            boolean every = !shown.ofEvent();
            cards.set(q, result, every, every && state.selectedEvent() != null ? state.selectedEvent().id() : null);
            show(shown.quotes(), q.timeline());
            placeholder.setText(shown.quotes().isEmpty() ? shown.placeholder() : "");
            if (shown.quotes().isEmpty() && q.areQuotesStillReading()) {
                cards.prepareWhileReading(getScene(), items::isEmpty);
            }
            cards.fillStale();
            heading.setText(shown.heading());
            headingNote.setText(shown.note());
            // "This event" is lit only while the panel does show one event's quotes; without a selection it cannot.
            // Nor for an event that has no quotes: the list shows every quote in its place.
            thisEvent.setDisable(state.selectedEvent() == null || q.quotesOf(state.selectedEvent().id()).isEmpty());
            showScope(shown.ofEvent());
        } finally {
            updating = false;
        }
        showSelectedQuote();
        String searched = state.filterProperty().get() == null ? "" : state.filterProperty().get().search();
        if (!searched.isEmpty() && !searched.equals(searchTyped)) {
            // A new text (a letter added or taken back) is a new search; the empty one between a reload's filters
            // and while the word indexes are built is none, so a reload does not move the list.
            searchTyped = searched;
            revealedFor = null;
        }
        Quote chosen = state.selectedQuoteProperty().get();
        // A quote chosen before the search that the search passes by gives way to the first match once per search
        // (typing "nons" kept the chosen quote in view and the one match below it); one it matches stays in view,
        // and so does a quote chosen while the search stands.
        boolean chosenPassedBy = chosen != null && result.isSearching() && revealedFor == null
                && !result.quoteMatches(q.quotePositionOf(chosen.id()));
        if ((chosen == null || chosenPassedBy) && result.isSearching() && result.matchingQuoteCount() > 0) {
            // (A search no quote matches is not looked for in every row: a million of them.)
            for (int i = 0; i < items.size(); i++) {
                if (result.quoteMatches(q.quotePositionOf(items.get(i).id()))) {
                    reveal(i);
                    atSearchMatch = true;
                    revealedFor = searched;
                    return;
                }
            }
        }
        if (atSearchMatch && state.selectedQuoteProperty().get() == null && state.selectedEvent() == null
                && !items.isEmpty()) {
            // The search that moved the list matches no quote now, or is gone: the list starts at its start again,
            // not somewhere in the middle where nothing is marked.
            TopCardKeeper.of(list).ifPresent(TopCardKeeper::release);
            list.scrollTo(0);
        }
        atSearchMatch = false;
        if (state.selectedQuoteProperty().get() == null && state.selectedEvent() != null) {
            // The event's first quote that is listed, found through the id table rather than by reading the rows.
            List<Quote> own = q.quotesOf(state.selectedEvent().id());
            for (Quote first : own) {
                int i = items.indexOf(first);
                if (i >= 0) {
                    reveal(i);
                    break;
                }
            }
            if (own.isEmpty() && !items.isEmpty()) {
                // An event nobody is quoted at: what was said next, where the reader would look for it.
                reveal(Math.min(items.size() - 1, firstAfter(q, q.positionOf(state.selectedEvent().id()))));
            }
        }
    }

    /**
     * The first row whose event comes after the event at time position {@code event}: the rows are in their
     * events' time order (those naming none last), so halving finds it among a million without reading them all.
     */
    private int firstAfter(TimelineQuery q, int event) {
        int low = 0;
        int high = items.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            int at = q.positionOf(items.get(mid).eventId());
            // Quotes that name no event of the timeline (-1) stand after every event's.
            if (at >= 0 && at <= event) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Whether the list waits to show {@code q} until the timeline has drawn it; it is then shown by itself. */
    private boolean waits(TimelineQuery q) {
        if (q == null || q == cards.timeline() || getScene() == null || q.index().size() < WAITS_FOR_FIRST_FRAME_FROM) {
            return false;
        }
        if (waitingFor != q) {
            // Once per timeline: a window closed before the pulses come keeps the list as it was, unseen. (The word
            // indexes wait for this wait and as long again: OpenedTimeline.indexAfterFirstFrame.)
            waitingFor = q;
            Pulses.twoPulsesAfterNextLayout(getScene(), () -> {
                if (waitingFor == q) {
                    waitingFor = null;
                    if (state.query() == q) {
                        cards.takeTimeline(q);
                        refresh(null);
                    }
                }
            });
        }
        return true;
    }

    /**
     * The list shows {@code quotes} without copying them: the rows stay when the same quotes are shown (a
     * selection or a search does not scroll the list away), else the list gets a view of the new ones. Views of
     * the shown quotes compare by the filter's bits, not row by row.
     */
    private void show(List<Quote> quotes, Timeline of) {
        // Another timeline's rows are never kept: a file read again has equal quotes, but they are other objects (a
        // quote chosen in the list must be one of the timeline shown), and comparing a million of them row by row
        // would hold the window.
        if (of == rowsOf && rows.equals(quotes)) {
            return;
        }
        rows = quotes;
        rowsOf = of;
        // Not FXCollections' unmodifiable wrapper: it would find a row by reading every row before it.
        items = FXCollections.observableList(quotes);
        list.setItems(items);
    }

    /**
     * Scrolls row {@code i} into view. The list places a row by an estimate of the rows' heights, and cards differ
     * in height: left to the next pulse, which also fills the cards anew, the place was estimated again and the
     * event's last quote ended just below the view after "All". Laid out at once, the row's cell exists, and the
     * flow then scrolls it whole into view by the cells' real heights; a card taller than the list (large type, a
     * short window) is shown from its top, where the flow showed its bottom and hid its speaker and first words.
     */
    private void reveal(int i) {
        list.scrollTo(i);
        QuoteCell.showWhole(list, i);
    }

    private void showScope(boolean ofEvent) {
        boolean was = updating;
        updating = true;
        try {
            (ofEvent ? thisEvent : all).setSelected(true);
        } finally {
            updating = was;
        }
    }

    private void showSelectedQuote() {
        Quote q = state.selectedQuoteProperty().get();
        updating = true;
        try {
            if (q == null) {
                list.getSelectionModel().clearSelection();
                return;
            }
            int i = items.indexOf(q);
            if (i >= 0) {
                list.getSelectionModel().select(i);
                if (!choosingInList) {
                    reveal(i);
                } else {
                    // Chosen in the list, the card stays where the reader looks, but a card clicked at the list's
                    // edge scrolls the little it takes to show it whole (half of it had stayed below the edge).
                    Pulses.afterLayoutWhen(list.getScene(), () -> true,
                            () -> QuoteCell.showWhole(list, list.getSelectionModel().getSelectedIndex()));
                }
            }
        } finally {
            updating = false;
        }
    }

    private void copySelected() {
        Quote q = list.getSelectionModel().getSelectedItem();
        if (q == null || cards.timeline() == null) {
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putString(new CitationText(cards.timeline().timeline()).quote(q));
        Clipboard.getSystemClipboard().setContent(content);
    }
}
