package org.summittimeline.ui.timeline;

import java.util.function.DoubleSupplier;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.summittimeline.query.TimeIndex;
import org.summittimeline.query.QueryResult;
import org.summittimeline.query.TimelineQuery;
import org.summittimeline.ui.timeline.layout.TimeViewport;
import org.summittimeline.ui.Texts;

/**
 * The strip along the bottom that shows the whole timeline at once: how many events fall where (bars on a log
 * scale) and which part the view shows. A click or drag moves the view there.
 */
final class OverviewStrip {
    static final double HEIGHT = 40;

    private final TimelineView view;
    private final DoubleSupplier left;
    private final Canvas canvas = new Canvas();
    private Font font = CanvasType.DESIGNED.axis();
    /** The bars, counted once per timeline, filter and width rather than on every frame. */
    private int[] counts;
    private double countedWidth = -1;
    /** The bars drawn once for the counts above; the frame only copies them. */
    private WritableImage bars;
    private int[] barsFrom;
    private Color barsColour;

    OverviewStrip(TimelineView view, DoubleSupplier left) {
        this.view = view;
        this.left = left;
        canvas.setOnMousePressed(this::jump);
        canvas.setOnMouseDragged(this::jump);
    }

    Canvas canvas() {
        return canvas;
    }

    /** Writes its label in this type from the next frame on. */
    void setType(CanvasType type) {
        font = type.axis();
    }

    /** The shown events changed: count again at the next frame. */
    void recount() {
        counts = null;
    }

    void resize(double width) {
        canvas.setWidth(width);
        canvas.setHeight(HEIGHT);
    }

    void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.setFill(view.laneFill());
        g.fillRect(0, 0, w, h);
        g.setStroke(view.gridStroke());
        g.strokeLine(0, 0.5, w, 0.5);
        TimelineQuery q = view.query();
        double left = this.left.getAsDouble();
        g.setFill(view.mutedFill());
        g.setFont(font);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        g.fillText(Texts.get("timeline.overview"), 8, h / 2);
        if (q == null || q.index().size() == 0 || w <= left) {
            return;
        }
        double first = q.index().first();
        double span = span(q);
        double origin = first - span * 0.02;
        double scale = (w - left) / span;
        if (counts == null || countedWidth != w - left) {
            counts = count(q.index(), view.result(), origin, scale, (int) Math.max(1, w - left));
            countedWidth = w - left;
        }
        if (bars == null || barsFrom != counts || bars.getHeight() != (int) h || !view.mutedFill().equals(barsColour)) {
            bars = histogram(counts, (int) h, view.mutedFill());
            barsFrom = counts;
            barsColour = view.mutedFill();
        }
        // One image, not a rectangle per column: a thousand fills a frame cost more than the rest of the strip.
        g.drawImage(bars, left, 0);
        TimeViewport viewport = view.viewport();
        double vx0 = Math.max(left, left + (viewport.start() - origin) * scale);
        double vx1 = Math.min(w, left + (viewport.end() - origin) * scale);
        double vw = Math.max(3, vx1 - vx0);
        g.setFill(view.accent().deriveColor(0, 1, 1, 0.18));
        g.fillRect(vx0, 2, vw, h - 4);
        g.setStroke(view.accent());
        g.setLineWidth(1.5);
        g.strokeRect(vx0, 2, vw, h - 4);
    }

    private static double span(TimelineQuery q) {
        return Math.max(60, q.index().last() - q.index().first()) * 1.04;
    }

    /**
     * The shown events per pixel column. With every event shown (as when a file opens) the starts are in order,
     * so a column's count is the distance between two binary searches: a million events are twenty looks a
     * column instead of a pass over all of them on the UI thread. Filtered, each shown event is visited.
     */
    static int[] count(TimeIndex index, QueryResult result, double origin, double scale, int columns) {
        int n = index.size();
        if (result != null && result.shownEventCount() != n) {
            return countByVisiting(index, result, origin, scale, columns);
        }
        int[] counts = new int[columns];
        int from = firstInColumnOrLater(index, 0, origin, scale);
        for (int c = 0; c < columns; c++) {
            int to = firstInColumnOrLater(index, c + 1, origin, scale);
            counts[c] = to - from;
            from = to;
        }
        return counts;
    }

    /** The counts found by visiting every shown event: what {@link #count} must equal. */
    static int[] countByVisiting(TimeIndex index, QueryResult result, double origin, double scale, int columns) {
        int[] counts = new int[columns];
        for (int i = 0; i < index.size(); i++) {
            if (result != null && !result.isEventShown(i)) {
                continue;
            }
            int col = column(index, i, origin, scale);
            if (col >= 0 && col < columns) {
                counts[col]++;
            }
        }
        return counts;
    }

    private static int column(TimeIndex index, int event, double origin, double scale) {
        return (int) ((index.startEarliest(event) - origin) * scale);
    }

    /** The first event whose column is {@code column} or later; the column never falls as the starts rise. */
    private static int firstInColumnOrLater(TimeIndex index, int column, double origin, double scale) {
        int lo = 0;
        int hi = index.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (column(index, mid, origin, scale) < column) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Bars of a log scale, one pixel column per count, 4 px margin top and bottom. */
    private static WritableImage histogram(int[] counts, int height, Color colour) {
        WritableImage image = new WritableImage(Math.max(1, counts.length), Math.max(1, height));
        PixelWriter out = image.getPixelWriter();
        int max = 1;
        for (int c : counts) {
            max = Math.max(max, c);
        }
        for (int col = 0; col < counts.length; col++) {
            if (counts[col] == 0) {
                continue;
            }
            double barHeight = 4 + (height - 14) * Math.log1p(counts[col]) / Math.log1p(max);
            double top = height - 4 - barHeight;
            for (int y = Math.max(0, (int) Math.floor(top)); y < height - 4; y++) {
                double cover = Math.min(1, y + 1 - top);
                out.setColor(col, y, cover >= 1 ? colour : colour.deriveColor(0, 1, 1, cover));
            }
        }
        return image;
    }

    private void jump(MouseEvent e) {
        TimelineQuery q = view.query();
        if (q == null || q.index().size() == 0) {
            return;
        }
        double span = span(q);
        double origin = q.index().first() - span * 0.02;
        double left = this.left.getAsDouble();
        double t = origin + (e.getX() - left) / (canvas.getWidth() - left) * span;
        TimeViewport viewport = view.viewport();
        viewport.setView(t - (viewport.end() - viewport.start()) / 2, viewport.secondsPerPixel());
        e.consume();
    }
}
