package org.summittimeline.ui.compare;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Bounds;
import javafx.geometry.Orientation;
import javafx.geometry.VPos;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.shape.CubicCurve;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.Path;
import javafx.scene.shape.QuadCurveTo;
import javafx.scene.shape.Shape;
import javafx.scene.shape.Rectangle;
import org.summittimeline.query.TimeText;
import org.summittimeline.ui.Labels;
import org.summittimeline.ui.Texts;
import org.summittimeline.model.Quote;
import org.summittimeline.ui.compare.CompareModel.Cell;
import org.summittimeline.ui.compare.CompareModel.Column;
import org.summittimeline.ui.compare.CompareModel.Link;
import org.summittimeline.ui.compare.CompareModel.Row;

/**
 * The comparison drawn: a grid of events by speakers, and behind its quotes a curve for every relation, from the
 * quote that answers, contradicts or corrects to the quote it concerns. The curves are placed after each layout,
 * from where the quotes' boxes ended up.
 */
final class CompareGrid extends Pane {
    /**
     * The columns' widths in the type's size (at 14 px: the event's 168 px, a speaker's 364 px, at least 220): fixed in
     * pixels, the event column held "Joint press conference" and its time in five short lines at 146 %. A speaker's
     * least grows more slowly, so that two speakers still fit a 1280-pixel window at 250 % without a sideways scroll.
     */
    static final double EVENT_EMS = 12;
    /**
     * The event column's most, as a share of the window (not of the table, which four speakers widen past the view:
     * sized from the width it makes, it would change that width at each layout), and never less than at the designed
     * 14 px: at 250 % in 1280 px, twelve letters' heights were 420 px, a third of the table, beside quotes wrapped a
     * few words a line.
     */
    static final double EVENT_SHARE = 0.25;
    private static final double DESIGNED_EM = 14;
    /** On an event's name: its text with the words of its times held together, as far as the column has room. */
    private static final Object HELD = new Object();
    private static final double EVENT_LEAST = EVENT_EMS * DESIGNED_EM;
    private static final double SPEAKER_MIN_EMS = 10;
    private static final double SPEAKER_MIN = 220;
    private static final double SPEAKER_PREF_EMS = 26;

    private final GridPane grid = new GridPane();
    /** The type's size, which the columns' widths follow. */
    private double em = DESIGNED_EM;
    private final Group links = new Group();
    /** The part of the grid under the headings, where the curves are drawn. */
    private final Rectangle linksShown = new Rectangle();
    private final Map<String, Node> entries = new HashMap<>();
    /** Each row's event, top to bottom, and the rule under its row. */
    private final List<Label> events = new ArrayList<>();
    private final List<Region> eventRules = new ArrayList<>();
    /** The column headings: the event's and each speaker's name. */
    private final List<Label> headings = new ArrayList<>();
    /** The top of what the scroll pane shows of the grid. */
    private double viewTop;
    /** The left of what the scroll pane shows of the grid, where four speakers at large type scroll sideways. */
    private double viewLeft;
    /**
     * Behind the event column kept at the view's left edge, over the speakers' quotes scrolled under it: without it
     * their words showed through between the events' names.
     */
    private final Region eventBand = new Region();
    private CompareModel model;

    CompareGrid() {
        getStyleClass().add("compare-grid");
        grid.getStyleClass().add("compare-table");
        grid.setHgap(16);
        links.setMouseTransparent(true);
        links.setManaged(false);
        links.setClip(linksShown);
        // Behind the quotes: a relation between columns that are not side by side crosses the columns between them,
        // and drawn over their quotes it had run through their words. It passes behind them and shows in the gaps.
        getChildren().addAll(links, grid);
        eventBand.getStyleClass().add("compare-event-band");
        eventBand.setManaged(false);
        eventBand.setMouseTransparent(true);
        // Drawn from the bottom up: the quotes' cells, the speakers' names (kept over the rows scrolled under them),
        // this band, the events' names on it, and over all the event column's heading, which keeps to both edges.
        eventBand.setViewOrder(-3.5);
        // The event column follows the window's width, which a table wider than the view (four speakers) does not:
        // its own size unchanged, it would not be laid out again when the window is.
        sceneProperty().flatMap(Scene::widthProperty).addListener((obs, old, width) -> requestLayout());
    }

    void show(CompareModel shown, ZoneId zone) {
        model = shown;
        entries.clear();
        events.clear();
        eventRules.clear();
        headings.clear();
        grid.getChildren().setAll(eventBand);
        grid.getColumnConstraints().clear();
        ColumnConstraints eventColumn = new ColumnConstraints();
        grid.getColumnConstraints().add(eventColumn);
        for (int i = 0; i < shown.columns().size(); i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setMaxWidth(Double.MAX_VALUE);
            c.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(c);
        }
        Label eventHeading = header(Texts.get("compare.eventHeader"));
        // The type's size is known once the style sheet has reached the heading, and changes with Ctrl+plus.
        eventHeading.fontProperty().addListener((obs, old, font) -> sizeColumns(font.getSize()));
        sizeColumns(eventHeading.getFont().getSize());
        headings.add(eventHeading);
        for (int i = 0; i < shown.columns().size(); i++) {
            Column column = shown.columns().get(i);
            Label name = header(column.name());
            name.setId("compare-column-" + column.speakerId());
            headings.add(name);
        }
        int line = 1;
        for (Row row : shown.rows()) {
            // From start to end, each bound held where it may not break and the column is wide enough: the start
            // alone had read as the press conference's whole length, and "EEST" had wrapped onto a line of its own.
            // (Held where the column has room for it: fitEventColumn.)
            String held = row.event().title() + "\n" + new TimeText(zone).startToEnd(row.event(), Labels::boundsHeld);
            Label event = new Label(held);
            event.getProperties().put(HELD, held);
            event.setWrapText(true);
            event.getStyleClass().add("compare-event");
            event.setId("compare-row-" + row.event().id());
            GridPane.setValignment(event, VPos.TOP);
            event.setViewOrder(-3.7);
            // The row's rule across the event column lies under its name, which moves down with the view.
            eventRules.add(CompareCell.eventRule());
            grid.add(eventRules.get(eventRules.size() - 1), 0, line);
            grid.add(event, 0, line);
            events.add(event);
            for (Cell cell : row.cells()) {
                grid.add(CompareCell.of(cell, model.topic(), entries), cell.column() + 1, line);
            }
            line++;
        }
        // Kept in sight over the rows, they are drawn over the cells they pass: their view order says so.
        for (int i = 0; i < headings.size(); i++) {
            grid.add(headings.get(i), i, 0);
            headings.get(i).setViewOrder(i == 0 ? -4 : -3);
        }
        requestLayout();
    }

    private void sizeColumns(double typeSize) {
        em = typeSize;
        List<ColumnConstraints> columns = grid.getColumnConstraints();
        fitEventColumn();
        for (ColumnConstraints speaker : columns.subList(1, columns.size())) {
            speaker.setMinWidth(Math.max(SPEAKER_MIN, SPEAKER_MIN_EMS * em));
            speaker.setPrefWidth(SPEAKER_PREF_EMS * em);
        }
    }

    private static Label header(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("compare-header");
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    /** The box of a quote, for the links and for tests. */
    Node entry(String quoteId) {
        return entries.get(quoteId);
    }

    Group links() {
        return links;
    }

    @Override
    protected double computePrefWidth(double height) {
        return grid.prefWidth(height) + horizontalInsets();
    }

    /**
     * Its height follows its width, which wraps the quotes' words: the scroll pane then asks for the height at the
     * width it gives. Without a bias it asked at no width, the grid measured the words at its narrowest columns,
     * and the page scrolled on below the last row for as much again as the table.
     */
    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefHeight(double width) {
        return grid.prefHeight(width < 0 ? -1 : width - horizontalInsets()) + getInsets().getTop()
                + getInsets().getBottom();
    }

    @Override
    protected double computeMinWidth(double height) {
        return grid.minWidth(height) + horizontalInsets();
    }

    private double horizontalInsets() {
        return getInsets().getLeft() + getInsets().getRight();
    }

    /** The grid inside the padding; the right padding is where curves between one speaker's quotes turn. */
    @Override
    protected void layoutChildren() {
        double width = getWidth() - horizontalInsets();
        fitEventColumn();
        grid.resizeRelocate(getInsets().getLeft(), getInsets().getTop(), width, grid.prefHeight(width));
        grid.layout();
        placeLinks();
        keepHeadingsInSight();
    }

    /** The event column at twelve letters' heights, or its share of the window's width where that is less. */
    private void fitEventColumn() {
        List<ColumnConstraints> columns = grid.getColumnConstraints();
        double window = getScene() == null ? Double.MAX_VALUE : getScene().getWidth();
        double event = Math.max(EVENT_LEAST, Math.min(EVENT_EMS * em, Math.floor(EVENT_SHARE * window)));
        ColumnConstraints column = columns.isEmpty() ? null : columns.get(0);
        if (column != null && column.getPrefWidth() != event) {
            column.setMinWidth(event);
            column.setPrefWidth(event);
            column.setMaxWidth(event);
        }
        // Each event's words held together where the column has room for them, decided here, before the rows are
        // measured with them.
        for (Label name : events) {
            String text = Labels.heldWhereItFits((String) name.getProperties().get(HELD), name.getFont(),
                    event - name.snappedLeftInset() - name.snappedRightInset());
            if (!text.equals(name.getText())) {
                name.setText(text);
            }
        }
    }

    /** The height of the column headings, which stay at the view's top over the rows scrolled under them. */
    double headingsHeight() {
        return headings.stream().mapToDouble(Label::getHeight).max().orElse(0);
    }

    /** The scroll pane shows the grid from {@code top} down: the headings and each event's name keep to it. */
    void showFrom(double top) {
        viewTop = top;
        keepHeadingsInSight();
    }

    /**
     * The scroll pane shows the grid from {@code left} rightwards: the event column keeps to the view's left edge,
     * as the headings keep to its top. Four speakers at the largest type scroll sideways, and the events' names had
     * gone out of sight with their column, leaving quotes no one could place.
     */
    void showFromLeft(double left) {
        viewLeft = left;
        keepHeadingsInSight();
    }

    /**
     * A row as tall as the press conference's quotes is taller than the window: scrolled into, its event's name
     * had gone up with its top and the quotes stood beside an empty cell (a new user's walk). The name moves
     * down with the view as far as its row's end, as a sticky heading does; the column headings stay at the top.
     */
    private void keepHeadingsInSight() {
        // The speakers' names too, over the top of the view: the columns are told apart by them.
        double headingsHeight = 0;
        for (Label heading : headings) {
            heading.setTranslateY(Math.max(0, viewTop - grid.getLayoutY() - heading.getLayoutY()));
            headingsHeight = Math.max(headingsHeight, heading.getHeight());
        }
        double aside = Math.max(0, viewLeft);
        if (!headings.isEmpty()) {
            headings.get(0).setTranslateX(aside);
            // From the view's left edge to the middle of the gap after the event column.
            double right = headings.get(0).getWidth() + grid.getHgap() / 2;
            eventBand.resizeRelocate(-grid.getLayoutX(), 0, grid.getLayoutX() + right, grid.getHeight());
        }
        eventBand.setTranslateX(aside);
        eventBand.setVisible(aside > 0);
        // The curves pass under the headings, not over them.
        double below = Math.max(viewTop, grid.getLayoutY()) + headingsHeight;
        linksShown.setX(0);
        linksShown.setY(below);
        linksShown.setWidth(Math.max(0, getWidth()));
        linksShown.setHeight(Math.max(0, getHeight() - below));
        for (int i = 0; i < events.size(); i++) {
            Label event = events.get(i);
            double top = grid.getLayoutY() + event.getLayoutY();
            double bottom = grid.getLayoutY() + (i + 1 < events.size() ? events.get(i + 1).getLayoutY() : grid.getHeight());
            double room = bottom - top - event.getHeight();
            event.setTranslateY(Math.max(0, Math.min(viewTop + headingsHeight - top, room)));
            event.setTranslateX(aside);
            eventRules.get(i).setTranslateX(aside);
        }
    }

    private void placeLinks() {
        links.getChildren().clear();
        if (model == null) {
            return;
        }
        for (Link link : model.links()) {
            Node from = entries.get(link.from().id());
            Node to = entries.get(link.to().id());
            if (from == null || to == null) {
                continue;
            }
            Bounds a = boundsHere(from);
            Bounds b = boundsHere(to);
            Shape curve;
            boolean rightward = a.getCenterX() < b.getCenterX();
            double x1 = rightward ? a.getMaxX() : a.getMinX();
            double x2 = rightward ? b.getMinX() : b.getMaxX();
            if (Math.abs(a.getCenterX() - b.getCenterX()) < 1) {
                // Same speaker: the curve leaves and comes back on the right, outside the words.
                double x = a.getMaxX() - 4;
                curve = new CubicCurve(x, a.getCenterY(), x + 40, a.getCenterY(), x + 40, b.getCenterY(), x,
                        b.getCenterY());
            } else if (Math.abs(columnOf(link.from()) - columnOf(link.to())) == 1) {
                // Side by side: an S in the gap between the two columns.
                double mid = (x1 + x2) / 2;
                curve = new CubicCurve(x1, a.getCenterY(), mid, a.getCenterY(), mid, b.getCenterY(), x2,
                        b.getCenterY());
            } else {
                curve = throughTheGap(x1, a.getCenterY(), x2 - (rightward ? 1 : -1) * grid.getHgap() / 2, x2,
                        b.getCenterY());
            }
            curve.getStyleClass().addAll("compare-link", "compare-link-" + CompareCsv.words(link.type()));
            links.getChildren().add(curve);
        }
    }

    /**
     * Between columns with others between them: across at the first quote's height, down the gap beside the
     * other quote's column ({@code gap}), and into it, with rounded corners. Down the middle it had run through the
     * words of the columns between (Jeff Mason's question to Putin's answer, across Trump's).
     */
    static Path throughTheGap(double x1, double y1, double gap, double x2, double y2) {
        double across = Math.signum(x2 - x1);
        double down = Math.signum(y2 - y1);
        double r = Math.min(CORNER, Math.abs(y2 - y1) / 2);
        return new Path(new MoveTo(x1, y1), new LineTo(gap - across * r, y1),
                new QuadCurveTo(gap, y1, gap, y1 + down * r), new LineTo(gap, y2 - down * r),
                new QuadCurveTo(gap, y2, gap + across * r, y2), new LineTo(x2, y2));
    }

    private int columnOf(Quote quote) {
        for (int i = 0; i < model.columns().size(); i++) {
            if (model.columns().get(i).speakerId().equals(quote.speakerId())) {
                return i;
            }
        }
        return -1;
    }

    /** The radius of a routed relation's corners. */
    private static final double CORNER = 8;

    /** A quote box's bounds in this pane: box in cell, cell in grid, grid here. */
    private Bounds boundsHere(Node node) {
        Bounds b = node.getBoundsInParent();
        for (Node n = node.getParent(); n != null && n != this; n = n.getParent()) {
            b = n.localToParent(b);
        }
        return b;
    }
}
