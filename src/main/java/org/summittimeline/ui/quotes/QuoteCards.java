package org.summittimeline.ui.quotes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import org.summittimeline.model.Timeline;
import org.summittimeline.query.QueryResult;
import org.summittimeline.query.TimelineQuery;
import org.summittimeline.ui.Pulses;
import org.summittimeline.ui.timeline.layout.Lanes;

/**
 * The quote list's cells and what their cards are filled with besides their quote: the timeline, the search's
 * result, whether a card names its event, and the speakers' colours. The panel decides which rows are shown; this
 * keeps the cards in step with it, filling again only those filled in another setting, and makes the cards of empty
 * rows ahead while a large file's quotes are read.
 */
final class QuoteCards {
    /**
     * How many empty rows' cards are made in one pulse while a file's quotes are read. A card's first style pass is
     * 2-3 ms on a cold JVM; all the rows' at once (about 17) held one pulse for 50 ms.
     */
    static final int CARDS_PREPARED_A_PULSE = 2;

    /**
     * The list's cells, to fill again those whose setting changed. The list keeps spare cells with their last row,
     * and they are filled again too; a cell the list lets go leaves this set with it.
     */
    private final Set<QuoteCell> cells = Collections.newSetFromMap(new WeakHashMap<>());
    /** The timeline whose quotes the cards show; a large new one waits for its first frame (QuotePanel). */
    private TimelineQuery timeline;
    /** The result the rows were chosen by: the cards read it, and the timeline above, not the state's newer ones. */
    private QueryResult result;
    /** Whether the cards name their quote's event: not while the panel shows one event's quotes. */
    private boolean withTitles = true;
    private String markedEvent;
    /**
     * Counts the changes of what a card is filled with besides its quote (the timeline, the result, the titles). A
     * cell keeps the count it was filled at, not the objects: a spare or empty cell that held the result would keep
     * a whole timeline alive after another was opened.
     */
    private int setting;
    private Map<String, String> speakerColours = Map.of();
    private int speakerColoursAt = -1;
    /** Whether the cards are being prepared: one round of pulses at a time ({@link #prepareWhileReading}). */
    private boolean preparing;

    /** A new cell of the list, kept in step with the setting. */
    QuoteCell newCell() {
        QuoteCell cell = new QuoteCell(this);
        cells.add(cell);
        return cell;
    }

    /**
     * What the cards are now filled with; a change of any of the four is counted. {@code marked} is the event whose
     * quotes stand out in a list of every quote (the selected one's, while "All" is chosen), or null.
     */
    void set(TimelineQuery shownTimeline, QueryResult shownResult, boolean titles, String marked) {
        if (shownTimeline != timeline || shownResult != result || titles != withTitles
                || !Objects.equals(marked, markedEvent)) {
            setting++;
        }
        timeline = shownTimeline;
        result = shownResult;
        withTitles = titles;
        markedEvent = marked;
    }

    /** The event whose quotes stand out, or null. */
    String markedEvent() {
        return markedEvent;
    }

    /**
     * Takes a large new timeline as the one shown once its first frame is drawn, before the panel shows its rows
     * (QuotePanel waits for that frame while this one differs).
     */
    void takeTimeline(TimelineQuery shownTimeline) {
        timeline = shownTimeline;
    }

    /**
     * Fills again the cards filled in another setting. Same quotes, new search: cells keep their item, so they must
     * be told (ListView.refresh() would remake every cell and fill every card).
     */
    void fillStale() {
        for (QuoteCell cell : cells) {
            cell.fillIfStale();
        }
    }

    TimelineQuery timeline() {
        return timeline;
    }

    QueryResult result() {
        return result;
    }

    boolean withTitles() {
        return withTitles;
    }

    int setting() {
        return setting;
    }

    /**
     * A speaker's colour as the actors' lanes draw it ({@link Lanes#actorColours}), worked out once per setting:
     * the timeline's actors are a new list each time they are asked for, and a card is filled for every row the list
     * measures. Kept by the setting's count, not the timeline, so as not to hold an old timeline.
     */
    String speakerColour(Timeline of, String speakerId) {
        if (speakerColoursAt != setting) {
            speakerColours = Lanes.actorColours(of);
            speakerColoursAt = setting;
        }
        return speakerColours.get(speakerId);
    }

    /**
     * While the quotes are read, the empty rows the list shows get their cards a few a pulse, so that the pulse in
     * which a large file's quotes arrive fills cards rather than styling them for the first time: at a million
     * events that pulse took 40-52 ms of the UI thread, and over 100 ms at a busy moment (docs/PERFORMANCE.md). The
     * rows in view come first; spare rows and the one the list measures with after them. It stops once every cell
     * has its card or {@code listEmpty} no longer holds.
     */
    void prepareWhileReading(Scene scene, BooleanSupplier listEmpty) {
        if (preparing || scene == null) {
            return;
        }
        preparing = true;
        Pulses.eachPulseWhile(scene, () -> {
            int made = 0;
            if (listEmpty.getAsBoolean() && timeline != null && timeline.areQuotesStillReading()) {
                List<QuoteCell> inViewFirst = new ArrayList<>(cells);
                inViewFirst.sort(Comparator.comparing(cell -> !cell.isVisible() || cell.getParent() == null
                        || !cell.getParent().isVisible()));
                for (QuoteCell cell : inViewFirst) {
                    if (made == CARDS_PREPARED_A_PULSE) {
                        break;
                    }
                    if (cell.prepare()) {
                        made++;
                    }
                }
            }
            preparing = made > 0;
            return preparing;
        });
    }
}
