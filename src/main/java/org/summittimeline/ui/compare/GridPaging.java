package org.summittimeline.ui.compare;

import java.util.function.DoubleSupplier;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import org.controlsfx.control.CheckComboBox;

/**
 * The comparison's table read page by page from the keyboard or a presentation clicker, wherever the focus is: Page
 * Down and Page Up (a clicker's two buttons), Space and Shift+Space, Home and End, Down and Up by three lines. Page
 * Down did nothing while the focus stood on the speakers' box, and in the table moved it 20 pixels; the wheel moved
 * it 40 pixels a notch, ten notches for one press conference's row.
 */
final class GridPaging {
    /** A notch of the wheel moves the table this many times the pixels it asks for. */
    static final double WHEEL_FACTOR = 2.5;

    private final ScrollPane scroll;
    private final DoubleSupplier fontSize;
    private final DoubleSupplier headings;

    private GridPaging(ScrollPane scroll, DoubleSupplier fontSize, DoubleSupplier headings) {
        this.scroll = scroll;
        this.fontSize = fontSize;
        this.headings = headings;
    }

    /**
     * Pages {@code scroll} with keys pressed anywhere in {@code view}; {@code fontSize} is the type's size now,
     * {@code headings} the height of the headings that stay at the view's top.
     */
    static void install(Node view, ScrollPane scroll, DoubleSupplier fontSize, DoubleSupplier headings) {
        GridPaging paging = new GridPaging(scroll, fontSize, headings);
        view.addEventFilter(KeyEvent.KEY_PRESSED, paging::key);
        scroll.addEventFilter(ScrollEvent.SCROLL, e -> {
            // A wheel's notches only: a touchpad's or a touch screen's strokes, and a diagonal one's sideways part
            // (five speakers' columns scroll sideways), keep the scroll pane's own handling.
            if (e.getDeltaY() != 0 && e.getDeltaX() == 0 && !e.isShortcutDown() && !e.isDirect() && !e.isInertia()) {
                paging.moveBy(-e.getDeltaY() * WHEEL_FACTOR);
                e.consume();
            }
        });
    }

    private void key(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        Node focus = scroll.getScene() == null ? null : scroll.getScene().getFocusOwner();
        // A box chosen from with the arrows, a field typed in, a button that Space presses and the arrows leave for
        // the next keep those keys.
        boolean choosing = focus instanceof ComboBoxBase || focus instanceof CheckComboBox
                || focus instanceof TextInputControl || focus instanceof ButtonBase;
        // A page keeps two lines of the last in view, under the headings that stay at the top.
        double page = Math.max(fontSize.getAsDouble(),
                viewHeight() - headings.getAsDouble() - 2 * fontSize.getAsDouble());
        double line = 3 * fontSize.getAsDouble();
        switch (e.getCode()) {
            case PAGE_DOWN -> moveBy(page);
            case PAGE_UP -> moveBy(-page);
            case SPACE -> {
                if (choosing) {
                    return;
                }
                moveBy(e.isShiftDown() ? -page : page);
            }
            case HOME, END -> {
                if (focus instanceof TextInputControl) {
                    return;
                }
                scroll.setVvalue(e.getCode() == KeyCode.HOME ? scroll.getVmin() : scroll.getVmax());
            }
            case DOWN, UP -> {
                if (choosing) {
                    return;
                }
                moveBy(e.getCode() == KeyCode.DOWN ? line : -line);
            }
            default -> {
                return;
            }
        }
        e.consume();
    }

    private double viewHeight() {
        return scroll.getViewportBounds().getHeight();
    }

    /** Moves the table's view {@code pixels} down (up where negative), within the table. */
    void moveBy(double pixels) {
        double beyond = scroll.getContent().getLayoutBounds().getHeight() - viewHeight();
        if (beyond <= 0) {
            return;
        }
        double range = scroll.getVmax() - scroll.getVmin();
        double top = (scroll.getVvalue() - scroll.getVmin()) / range * beyond;
        double to = Math.max(0, Math.min(beyond, top + pixels));
        scroll.setVvalue(scroll.getVmin() + to / beyond * range);
    }
}
