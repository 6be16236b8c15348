package org.summittimeline.ui.lesson;

import atlantafx.base.theme.Styles;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.collections.ObservableList;
import javafx.beans.value.ObservableDoubleValue;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.summittimeline.ui.ScrolledColumn;
import org.summittimeline.ui.Texts;

/** The Lesson tab's buttons, menu items and notes, each with the id the tests and the style sheet know it by. */
final class LessonControls {
    private LessonControls() {
    }

    static Button button(String id, String text, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    static MenuItem item(String id, String text, Runnable action) {
        MenuItem i = new MenuItem(text);
        i.setId("menu-" + id);
        i.setOnAction(e -> action.run());
        return i;
    }

    /**
     * {@code panel} in a tab of its own, scrolling when its buttons, list and notes need more than the tab's height
     * (at 215 % type in a window 720 high the last row of buttons was cut off); otherwise it fills the tab and the
     * list takes the room.
     */
    static Tab scrollingTab(ScrolledColumn panel) {
        ScrollPane scroller = new ScrollPane(panel);
        scroller.setFitToWidth(true);
        scroller.setFitToHeight(true);
        scroller.getStyleClass().add("edge-to-edge");
        scroller.setId("tab-lesson-content");
        Tab tab = new Tab(Texts.get("lesson.tab"), scroller);
        tab.setClosable(false);
        tab.setId("tab-lesson");
        return tab;
    }

    static Label note(String id, String text) {
        Label l = new Label(text);
        l.setId(id);
        l.setWrapText(true);
        l.getStyleClass().add("lesson-note");
        return l;
    }

    /**
     * A word typed straight after the {@code given} words of {@code note} starts with a space: after the timeline's
     * notes it had run on from their last ("18:12.Then"). Not a space kept ready at their end, which a teacher who
     * typed one first found doubled.
     */
    static void spaceAfter(TextArea note, String given) {
        if (given.isEmpty() || Character.isWhitespace(given.charAt(given.length() - 1))) {
            return;
        }
        note.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            String typed = e.getCharacter();
            if (note.getText().equals(given) && note.getCaretPosition() == given.length()
                    && note.getSelection().getLength() == 0 && !typed.isEmpty()
                    && !Character.isWhitespace(typed.charAt(0)) && !Character.isISOControl(typed.charAt(0))) {
                note.insertText(given.length(), " ");
            }
        });
    }

    /**
     * Tab and Shift+Tab in {@code notes} go on to the next or the last control, as everywhere else: a text area types
     * a tab, and the controls after it could not be reached from the keyboard (Ctrl+Tab is the text area's own way
     * on, and still is). The event is consumed whatever else a filter added later makes of it.
     */
    static void tabMovesOn(TextArea notes) {
        notes.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown()) {
                e.consume();
                notes.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true, false,
                        false));
            }
        });
    }

    /**
     * The theme's small buttons in {@code panel} where the type is above 130 %: at 146 % on 720 lines two rows of
     * buttons had wrapped to four and left the list of steps 150 px of 515 (a new user's walk). At the designed
     * size they keep their larger targets.
     */
    static void smallAtLargeType(Parent panel, ObservableDoubleValue scale) {
        InvalidationListener small = o -> panel.lookupAll(".button").forEach(b -> {
            b.getStyleClass().remove(Styles.SMALL);
            if (scale.get() > 1.3) {
                b.getStyleClass().add(Styles.SMALL);
            }
        });
        scale.addListener(small);
        small.invalidated(scale);
    }

    /** The steps' list's least height, in the notes' type size: a few rows. */
    private static final double STEPS_LEAST_EMS = 7;

    /**
     * Room for a few rows of {@code list} at any type size, measured in the type of {@code notes} (always shown, so
     * its type follows the size chosen, where the placeholder's does only while it shows), the tab scrolling instead:
     * at 215 % on 720 lines the list had had one line's height. Empty, it is as tall as its words in {@code empty}
     * need: at 250 % they had been cut with "…". Bound, this height is the list's whole floor (a stylesheet's is not
     * applied to a bound property: with steps, the list had shrunk to half a row at 250 %).
     */
    static void keepRoom(ListView<?> list, Label empty, TextArea notes, ObservableList<?> steps) {
        list.minHeightProperty().bind(Bindings.createDoubleBinding(() -> {
            double rows = notes.getFont().getSize() * STEPS_LEAST_EMS;
            return steps.isEmpty() ? Math.max(rows, empty.prefHeight(list.getWidth() - list.snappedLeftInset()
                    - list.snappedRightInset()) + list.snappedTopInset() + list.snappedBottomInset()) : rows;
        }, steps, list.widthProperty(), empty.fontProperty(), notes.fontProperty()));
    }
}
