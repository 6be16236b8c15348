package org.summittimeline.ui.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.DoubleSupplier;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import javafx.scene.text.Text;
import javafx.scene.text.TextBoundsType;
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
     * The page may be shorter by up to half of it, or end up to half a letter's height either side of its length
     * less that half letter, so that two lines of the last stay in view; where every edge there cuts some line, it
     * ends at the edge that cuts least.
     */
    void pageBy(double pixels) {
        double beyond = beyond();
        if (beyond <= 0) {
            return;
        }
        double to = Math.max(0, Math.min(beyond, top(beyond) + pixels));
        if (to > 0 && to < beyond) {
            int direction = pixels < 0 ? -1 : 1;
            double half = fontSize.getAsDouble() / 2;
            double edge = to - direction * half + headings.getAsDouble();
            to = leastCut(letterLines(edge), edge, direction, Math.abs(pixels) / 2 - half, half)
                    - headings.getAsDouble();
        }
        showFrom(Math.max(0, Math.min(beyond, to)), beyond);
    }

    /**
     * The letters of each line of words within a view's height of {@code edge}, as their top and foot in the table:
     * the edge moves less than half a page.
     */
    private List<double[]> letterLines(double edge) {
        Node content = scroll.getContent();
        List<double[]> lines = new ArrayList<>();
        for (String kind : WORDS) {
            for (Node n : content.lookupAll(kind)) {
                if (n instanceof Labeled label && label.isVisible() && label.lookup(".text") instanceof Text text) {
                    Bounds b = content.sceneToLocal(text.localToScene(text.getBoundsInLocal()));
                    if (b.getMaxY() >= edge - viewHeight() && b.getMinY() <= edge + viewHeight()) {
                        addLines(lines, text, content);
                    }
                }
            }
        }
        return lines;
    }

    /**
     * Of {@code edge} and the tops and feet of the lines' letters from {@code shorter} back against the page's
     * {@code direction} to {@code longer} on along it, the one whose worst cut line shows or hides least of its
     * letters; the nearest of equals. Moving the edge above one line can cut another column's line in turn: at
     * 250 % two columns' lines of different heights took more than the four moves once allowed, and the last one
     * was left cut.
     */
    private static double leastCut(List<double[]> lines, double edge, int direction, double shorter, double longer) {
        double best = edge;
        double bestCut = worstCut(lines, edge);
        for (double[] line : lines) {
            for (double at : line) {
                double along = (at - edge) * direction;
                double cut = along > -shorter && along <= longer ? worstCut(lines, at) : Double.MAX_VALUE;
                if (cut < bestCut || cut == bestCut && Math.abs(at - edge) < Math.abs(best - edge)) {
                    best = at;
                    bestCut = cut;
                }
            }
        }
        return best;
    }

    private static double worstCut(List<double[]> lines, double edge) {
        double worst = 0;
        for (double[] line : lines) {
            worst = Math.max(worst, cut(line, edge));
        }
        return worst;
    }

    /**
     * How much of a line's letters {@code edge} leaves on its smaller side; 0 within a pixel of their top or foot,
     * where it cuts none: the view stands on whole pixels.
     */
    private static double cut(double[] line, double edge) {
        double part = Math.min(edge - line[0], line[1] - edge);
        return part > 1 ? part : 0;
    }

    /**
     * Adds the letters of each line of {@code text} as their top and bottom in {@code content}. The lines as the text
     * lays them out: lines counted by the font's height ("x", 40.7 px at 35 px; the lines stood 44 px apart) had put
     * the edge 4 px into "President Donald" nine lines down a quote. Their letters, not their boxes: a box has room
     * above its letters, and at 250 % two columns' boxes of 44 and 39 px left no edge within half a page that cut
     * none, so that the page kept its cut line.
     */
    private static void addLines(List<double[]> lines, Text text, Node content) {
        // A line's rectangle starts with a move to its top corner; a line of runs in both directions has several.
        TreeSet<Double> edges = new TreeSet<>();
        for (PathElement e : text.rangeShape(0, text.getText().length())) {
            if (e instanceof MoveTo m) {
                edges.add(m.getY());
            }
        }
        Bounds box = text.getBoundsInLocal();
        edges.add(box.getMaxY());
        List<Double> tops = new ArrayList<>(edges);
        Text letters = new Text();
        letters.setFont(text.getFont());
        letters.setBoundsType(TextBoundsType.VISUAL);
        String words = text.getText();
        for (int i = 0; i + 1 < tops.size(); i++) {
            double middle = (tops.get(i) + tops.get(i + 1)) / 2;
            int from = text.hitTest(new Point2D(box.getMinX(), middle)).getCharIndex();
            int to = i + 2 < tops.size() ? text.hitTest(new Point2D(box.getMinX(), (tops.get(i + 1) + tops.get(i + 2))
                    / 2)).getCharIndex() : words.length();
            String line = words.substring(Math.min(from, words.length()), Math.max(from, Math.min(to, words.length())));
            if (line.isBlank()) {
                continue;
            }
            letters.setText(line.strip());
            // Lines of one font: each baseline stands as far below its line's top as the first's below the box's.
            double baseline = tops.get(i) - box.getMinY();
            Bounds drawn = letters.getLayoutBounds();
            lines.add(new double[] {content.sceneToLocal(text.localToScene(0, baseline + drawn.getMinY())).getY(),
                    content.sceneToLocal(text.localToScene(0, baseline + drawn.getMaxY())).getY()});
        }
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
