package org.summittimeline.ui.compare;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleSupplier;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
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
            case PAGE_DOWN -> pageBy(page);
            case PAGE_UP -> pageBy(-page);
            case SPACE -> {
                if (choosing) {
                    return;
                }
                pageBy(e.isShiftDown() ? -page : page);
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
        double beyond = beyond();
        if (beyond > 0) {
            showFrom(Math.max(0, Math.min(beyond, top(beyond) + pixels)), beyond);
        }
    }

    /**
     * A page down (up where negative) of about {@code pixels}, ending where the headings' lower edge falls between
     * lines of every quote it crosses: Page Down had left a line cut in half under the names, its lower half to read.
     * The page is shorter by the part line either way (down, the cut line is shown again; up, it is not reached), and
     * never shorter than half of it.
     */
    void pageBy(double pixels) {
        double beyond = beyond();
        if (beyond <= 0) {
            return;
        }
        double to = Math.max(0, Math.min(beyond, top(beyond) + pixels));
        double whole = to > 0 && to < beyond ? betweenLines(to, pixels < 0) : to;
        showFrom(Math.abs(whole - to) < Math.abs(pixels) / 2 ? Math.max(0, Math.min(beyond, whole)) : to, beyond);
    }

    /**
     * {@code top}, or as far as it takes for the headings' edge to cut no line of words: up to the start of each
     * line it would cut, or, for a page up ({@code back}), down to that line's end.
     */
    private double betweenLines(double top, boolean back) {
        Node content = scroll.getContent();
        List<Labeled> words = new ArrayList<>();
        for (String kind : WORDS) {
            for (Node n : content.lookupAll(kind)) {
                if (n instanceof Labeled l && l.isVisible()) {
                    words.add(l);
                }
            }
        }
        double edge = top + headings.getAsDouble();
        // A line moved to under the edge can cut another column's line in turn; a few passes settle it.
        for (int pass = 0; pass < 4; pass++) {
            double moved = edge;
            for (Labeled label : words) {
                Node text = label.lookup(".text");
                if (text == null) {
                    continue;
                }
                Bounds b = content.sceneToLocal(text.localToScene(text.getBoundsInLocal()));
                if (b.getMinY() >= edge || b.getMaxY() <= edge) {
                    continue;
                }
                double line = b.getHeight() / Math.max(1, Math.round(b.getHeight() / lineHeight(label.getFont())));
                double lineStart = b.getMinY() + Math.floor((edge - b.getMinY()) / line) * line;
                double into = edge - lineStart;
                // Within a pixel of a line's start or end is between lines: the view stands on whole pixels.
                if (into > 1 && line - into > 1) {
                    moved = back ? Math.max(moved, lineStart + line) : Math.min(moved, lineStart);
                }
            }
            if (moved == edge) {
                break;
            }
            edge = moved;
        }
        return edge - headings.getAsDouble();
    }

    private final Map<Font, Double> lineHeights = new HashMap<>();

    /** The height of a line of {@code font}, by which a wrapped text's height is counted in lines. */
    private double lineHeight(Font font) {
        return lineHeights.computeIfAbsent(font, f -> {
            Text probe = new Text("x");
            probe.setFont(f);
            return probe.getLayoutBounds().getHeight();
        });
    }

    /** The kinds of words in the table's cells; the events' names keep below the headings by themselves. */
    private static final List<String> WORDS = List.of(".compare-words", ".compare-citation", ".compare-relation",
            ".compare-none");

    private double beyond() {
        return scroll.getContent().getLayoutBounds().getHeight() - viewHeight();
    }

    private double top(double beyond) {
        return (scroll.getVvalue() - scroll.getVmin()) / (scroll.getVmax() - scroll.getVmin()) * beyond;
    }

    private void showFrom(double to, double beyond) {
        scroll.setVvalue(scroll.getVmin() + to / beyond * (scroll.getVmax() - scroll.getVmin()));
    }
}
