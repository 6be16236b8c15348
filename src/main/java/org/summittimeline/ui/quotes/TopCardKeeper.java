package org.summittimeline.ui.quotes;

import java.util.List;
import java.util.Optional;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Holds the card at the list's top there while the type's size changes, and a card taller than the list shown from its
 * top (a search's first match, a chosen quote) while the cards are filled anew. The cards settle over a few layouts
 * (their words wrap anew, the panel's heading may move above its toggles and shorten the list), and a single scroll
 * made after the first was undone by the next: so the card is put back at the top after each layout until it stays, for
 * a few layouts at most (a card near the list's end cannot reach the top), or until the reader scrolls or clicks, or
 * the list shows other rows or chooses another.
 */
final class TopCardKeeper {
    /** Layouts in which the card may be put back; in the tests it stayed after the second. */
    private static final int MOST_LAYOUTS = 4;
    /** How near the list's top a card's top counts as there: the flow places cells at fractions of a pixel. */
    static final double AT_TOP = 0.5;

    private final ListView<?> list;
    private final Runnable afterLayout = this::putBack;
    private final EventHandler<Event> readerMoves = e -> stop();
    private Scene watched;
    private int index = -1;
    /** The row's quote, and the rows it stood in: another list, or another row there, is another reading. */
    private Object item;
    private List<?> items;
    private int layoutsLeft;

    TopCardKeeper(ListView<?> list) {
        this.list = list;
        list.getProperties().put(TopCardKeeper.class, this);
        // Another event or a search's result chosen meanwhile scrolls the list to its own quote: that stands.
        list.itemsProperty().addListener(o -> stop());
        list.getSelectionModel().selectedIndexProperty().addListener(o -> stop());
    }

    void follow(Labeled type) {
        type.fontProperty().addListener((obs, old, font) -> {
            if (old != null && old.getSize() != font.getSize()) {
                start();
            }
        });
    }

    private void start() {
        if (!(list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) || list.getScene() == null) {
            return;
        }
        // Where the cells stood before the new size is laid out: the style pass runs before the layout.
        IndexedCell<?> first = flow.getFirstVisibleCell();
        if (first == null || first.getIndex() < 0) {
            return;
        }
        hold(first.getLayoutY() + first.getHeight() / 2 < 0 ? first.getIndex() + 1 : first.getIndex());
    }

    /** The keeper of {@code list}'s top card, where it has one. */
    static Optional<TopCardKeeper> of(ListView<?> list) {
        return Optional.ofNullable((TopCardKeeper) list.getProperties().get(TopCardKeeper.class));
    }

    /** Lets go of the row held: the list is being moved elsewhere. */
    void release() {
        stop();
    }

    /** Holds row {@code row} at the list's top for the next few layouts, on the terms above. */
    void hold(int row) {
        stop();
        items = list.getItems();
        if (row < 0 || row >= items.size() || list.getScene() == null) {
            items = null;
            return;
        }
        index = row;
        item = items.get(index);
        layoutsLeft = MOST_LAYOUTS;
        watched = list.getScene();
        watched.addPostLayoutPulseListener(afterLayout);
        list.addEventFilter(ScrollEvent.SCROLL, readerMoves);
        list.addEventFilter(MouseEvent.MOUSE_PRESSED, readerMoves);
        list.addEventFilter(KeyEvent.KEY_PRESSED, readerMoves);
    }

    private void putBack() {
        if (index < 0 || list.getItems() != items || index >= items.size() || items.get(index) != item
                || layoutsLeft-- <= 0 || !(list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) {
            stop();
            return;
        }
        IndexedCell<?> cell = flow.getVisibleCell(index);
        if (cell != null && Math.abs(cell.getLayoutY()) < AT_TOP) {
            stop();
            return;
        }
        if (cell != null) {
            // By its real place: scrollToTop goes by the flow's estimate of the rows above, which can be wrong.
            flow.scrollPixels(cell.getLayoutY());
        } else {
            flow.scrollToTop(index);
        }
    }

    private void stop() {
        index = -1;
        item = null;
        items = null;
        if (watched != null) {
            watched.removePostLayoutPulseListener(afterLayout);
            watched = null;
        }
        list.removeEventFilter(ScrollEvent.SCROLL, readerMoves);
        list.removeEventFilter(MouseEvent.MOUSE_PRESSED, readerMoves);
        list.removeEventFilter(KeyEvent.KEY_PRESSED, readerMoves);
    }
}
