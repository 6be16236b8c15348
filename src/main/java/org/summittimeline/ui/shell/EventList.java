package org.summittimeline.ui.shell;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.WeakHashMap;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.summittimeline.model.Event;
import org.summittimeline.query.TimeText;
import org.summittimeline.query.QueryResult;
import org.summittimeline.query.TimelineQuery;
import org.summittimeline.ui.AppState;
import org.summittimeline.ui.Labels;
import org.summittimeline.ui.MarkedWords;
import org.summittimeline.ui.SearchMark;
import org.summittimeline.ui.Texts;
import org.summittimeline.ui.WrappingCell;

/**
 * The events in time order as a list a screen reader can follow: each row its time (small, muted) over its
 * title, the selection kept in step with the timeline's both ways, and shown as soon as the list is opened.
 */
final class EventList extends ListView<Event> {
    private final AppState state;
    private List<Event> rows = List.of();
    /** The timeline's query the rows come from: another timeline's rows are never compared, only replaced. */
    private TimelineQuery rowsFrom;
    /** The cells, to mark again when a search changes and the rows stay (a cell the list lets go leaves with it). */
    private final Set<EventCell> cells = Collections.newSetFromMap(new WeakHashMap<>());
    /** The selected row is to be shown at the next layout, when the list knows its size. */
    private boolean revealPending;
    private final Label empty = new Label();
    /** Above the list: how many events it shows of how many, and how many match a search, as the quote panel says. */
    private final Label heading = new Label();

    EventList(AppState state) {
        this.state = state;
        setId("event-list");
        setAccessibleText(Texts.get("events.spoken"));
        getStyleClass().add("event-list");
        // An empty list says why: an empty tab read as a list that had failed to load.
        empty.setWrapText(true);
        empty.getStyleClass().add("muted");
        empty.setPadding(new Insets(12));
        setPlaceholder(empty);
        heading.setId("events-heading");
        heading.getStyleClass().add("events-heading");
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        heading.managedProperty().bind(heading.textProperty().isNotEmpty());
        heading.visibleProperty().bind(heading.managedProperty());
        setCellFactory(l -> {
            EventCell cell = new EventCell();
            cells.add(cell);
            return cell;
        });
        getSelectionModel().selectedItemProperty().addListener((obs, old, e) -> {
            if (e != null && state.selectedEvent() != e) {
                state.selectedEventProperty().set(e);
            }
            // A row clicked where the list cuts it is scrolled into view whole, as little as needed (the list left
            // it half hidden, its highlight a sliver at the edge).
            int row = getSelectionModel().getSelectedIndex();
            if (row >= 0 && lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
                flow.scrollTo(row);
            }
        });
        // Left and Right step through the events here as on the timeline (the Go menu names them): a list going
        // down had no use for them, and they did nothing.
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean plain = !e.isShiftDown() && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown();
            int row = getSelectionModel().getSelectedIndex();
            if (plain && (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.RIGHT) && !getItems().isEmpty()) {
                // With none selected, Right takes the first and Left the last, as on the timeline.
                int next = row < 0 ? (e.getCode() == KeyCode.RIGHT ? 0 : getItems().size() - 1)
                        : Math.max(0, Math.min(getItems().size() - 1, row + (e.getCode() == KeyCode.RIGHT ? 1 : -1)));
                getSelectionModel().clearAndSelect(next);
                e.consume();
            }
        });
        state.selectedEventProperty().addListener((obs, old, e) -> showSelection());
        state.resultProperty().addListener((obs, old, r) -> showShown());
        state.zoneProperty().addListener((obs, old, z) -> refresh());
        // The list joins the window when its tab is first opened, after the selection was made, and a scroll asked
        // for before it has a skin goes nowhere: it scrolls once it has one (a new user saw July's rows for March's).
        skinProperty().addListener((obs, old, skin) -> reveal());
    }

    /** Shows the selected event's row whole once the list has its skin and its size. */
    private void reveal() {
        showSelection();
        revealPending = getSelectionModel().getSelectedIndex() >= 0;
        requestLayout();
    }

    /**
     * The list's own scroll to a row reckons with an estimate of the rows' heights, which wrapped titles make wrong
     * by several rows; its flow measures the rows it passes, once it has its size.
     */
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        int row = getSelectionModel().getSelectedIndex();
        if (revealPending && row >= 0 && lookup(".virtual-flow") instanceof VirtualFlow<?> flow && flow.getHeight() > 0) {
            revealPending = false;
            // Laid out first: with no rows placed yet, the flow's scroll put the row at the top even where it stood
            // in sight below the first. Each pass measures the rows it lays out, so that the next scroll's
            // reckoning is nearer; a few do.
            flow.layout();
            for (int pass = 0; pass < 4 && !wholeIn(flow, row); pass++) {
                flow.scrollTo(row);
                flow.layout();
            }
        }
    }

    private static boolean wholeIn(VirtualFlow<?> flow, int row) {
        var first = flow.getFirstVisibleCell();
        var last = flow.getLastVisibleCell();
        if (first == null || last == null || row < first.getIndex() || row > last.getIndex()) {
            return false;
        }
        var cell = flow.getCell(row);
        return cell.getLayoutY() >= -0.5 && cell.getLayoutY() + cell.getHeight() <= flow.getHeight() + 0.5;
    }

    /** The list's heading, to stand above it. */
    Label heading() {
        return heading;
    }

    /**
     * The rows are a view of the shown events, never a copy: a million events arrive with a large file, and the
     * list asks only for the rows on screen. The same events shown (a search typed) keep the rows as they are. A
     * new timeline replaces them without comparing: a file's whole timeline after its events shown first holds the
     * very same million events, and comparing them row by row stopped the window for 120 ms.
     */
    private void showShown() {
        QueryResult r = state.result();
        List<Event> shown = r == null ? List.of() : r.shownEvents();
        // Nothing said before a timeline is there; one with events and none shown has had them filtered away.
        empty.setText(state.query() == null ? "" : Texts.get(state.query().timeline().events().isEmpty()
                ? "events.none" : "timeline.noneShown"));
        // A row in sight whole stays so where the heading grows (a search's count wrapped at 250 %) or the marks
        // change the rows' heights: the list's room shrank from the top and cut the selected row at its foot.
        int selected = getSelectionModel().getSelectedIndex();
        if (selected >= 0 && lookup(".virtual-flow") instanceof VirtualFlow<?> flow && wholeIn(flow, selected)) {
            revealPending = true;
            requestLayout();
        }
        heading.setText(headingOf(r));
        if (state.query() != rowsFrom || !rows.equals(shown)) {
            rows = shown;
            rowsFrom = state.query();
            // Not an unmodifiable wrapper: it would find the selected row by reading every row before it.
            setItems(FXCollections.observableList(shown));
        } else {
            // The rows stay (a search typed shows the same events), so no cell is filled anew: each is marked here.
            for (EventCell cell : cells) {
                cell.mark();
            }
        }
        showSelection();
    }

    /**
     * "All 12 events", "1 of 12 events", and while a search is answered how many of them match: the list had said
     * nothing of a filter or a search, where the quote panel beside it counts its quotes.
     */
    private String headingOf(QueryResult r) {
        if (r == null || state.query() == null || !r.isOf(state.query().timeline())) {
            return "";
        }
        int all = state.query().timeline().events().size();
        int shown = r.shownEventCount();
        if (all == 0) {
            // The list's own words say that the timeline has none.
            return "";
        }
        String heading = shown == all ? Texts.format("events.heading.all", all)
                : Texts.format("events.heading.some", shown, all);
        // Of no event shown, how many match would say it twice.
        return shown > 0 && r.isSearching() && r.search() == QueryResult.Search.DONE
                ? Texts.format("events.heading.matching", heading, r.matchingEventCount()) : heading;
    }

    private void showSelection() {
        Event e = state.selectedEvent();
        if (e == null) {
            getSelectionModel().clearSelection();
        } else if (getSelectionModel().getSelectedItem() != e) {
            getSelectionModel().select(e);
            // Scrolled at the next layout, by the flow, as little as shows the row whole (wrapped rows mislead the
            // list's estimate): the list's own scroll put the row at the top, and the second event's list opened
            // without its first row, which would have stood above it in sight.
            revealPending = true;
            requestLayout();
        }
    }

    private final class EventCell extends WrappingCell<Event> {
        private final Label time = new Label();
        private final Label title = new Label();
        /** The title with a search's words marked in it, as the quote cards and the details pane mark theirs. */
        private final MarkedWords titleWords = new MarkedWords(title);
        private final VBox box = new VBox(1, time, title, titleWords.flow());
        /** What a screen reader says of the row: the title and the time. */
        private String spoken;

        EventCell() {
            time.getStyleClass().addAll("event-time", "muted");
            time.setWrapText(true);
            title.getStyleClass().add("event-title");
            title.setWrapText(true);
        }

        @Override
        protected void updateItem(Event e, boolean empty) {
            super.updateItem(e, empty);
            setText(null);
            if (empty || e == null) {
                setGraphic(null);
                mark();
                return;
            }
            TimeText text = new TimeText(state.zoneProperty().get());
            // From start to end: the start's window alone read as the event's length (two hours of talks as five
            // minutes).
            // Each bound held where it may not break: wrapped in a narrow panel, "EEST" had stood alone on a line.
            time.setText(text.startToEnd(e, Labels::boundsHeld));
            setGraphic(box);
            spoken = e.title() + ", " + text.startToEnd(e, text.describe(e.start()));
            mark();
        }

        /**
         * While a search runs, the event is marked as the timeline and the quote cards mark theirs: a bar at its
         * left when it (or one of its quotes) matches, the muted colour when it does not. The search's words are
         * marked where the title holds them: the bar alone left the reader to guess why a row matched.
         */
        void mark() {
            Event e = isEmpty() ? null : getItem();
            QueryResult r = state.result();
            TimelineQuery q = state.query();
            int position = e == null || q == null ? -1 : q.positionOf(e.id());
            SearchMark mark = position < 0 || r == null || !r.isSearching() || !r.isOf(q.timeline()) ? null
                    : r.eventMatches(position) ? SearchMark.MATCH : SearchMark.DIMMED;
            // Said as well as shown: the list is the view a screen reader follows.
            setAccessibleText(e == null ? null : mark == SearchMark.MATCH ? Texts.format("events.spoken.match", spoken)
                    : spoken);
            if (e != null) {
                titleWords.show(e.title(), mark == SearchMark.MATCH ? r.searched() : "", true);
            }
            SearchMark.show(this, mark);
        }
    }
}
