package org.summittimeline.ui.present;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;

/** The whole story as dots on a line, in time, along the bottom of the slide; the current event stands out. */
final class StoryStrip extends Pane {
    private final Canvas canvas = new Canvas();
    private final Presentation model;
    /** The strip is drawn, not styled, so it needs the theme's colours themselves. */
    private PresentationTheme theme = PresentationTheme.HIGH_CONTRAST;

    StoryStrip(Presentation model) {
        this.model = model;
        getChildren().add(canvas);
        getStyleClass().add("p-strip");
        canvas.widthProperty().bind(widthProperty());
        canvas.heightProperty().bind(heightProperty());
        canvas.widthProperty().addListener(o -> draw());
        canvas.heightProperty().addListener(o -> draw());
    }

    void setTheme(PresentationTheme theme) {
        this.theme = theme;
        draw();
    }

    /** Apart from each other by at least this, centre to centre: a step's dot (12 px) and a gap. */
    static final double DOT_SPACING = 16;

    /**
     * Where each step's dot stands between {@code left} and {@code right}: in proportion to its time, then moved
     * apart, the fewest pixels it takes, where steps minutes apart would draw one dot on another (the protester and
     * the press conference). Each dot stays in the order of its time; with more dots than the line holds at that
     * spacing, they share it evenly.
     */
    static double[] dotPlaces(long[] times, double left, double right) {
        return dotPlaces(times, Long.MAX_VALUE, Long.MIN_VALUE, left, right);
    }

    /**
     * As {@link #dotPlaces(long[], double, double)}, with the line standing for the story from {@code storyFirst}
     * to {@code storyLast} (or the steps' own times, where they reach further): a lesson of two steps a quarter of
     * an hour apart in a story of two days had them at the line's two ends, the dot leaping across at a click.
     */
    static double[] dotPlaces(long[] times, long storyFirst, long storyLast, double left, double right) {
        int n = times.length;
        double[] xs = new double[n];
        if (n == 0) {
            return xs;
        }
        long first = storyFirst;
        long last = storyLast;
        for (long t : times) {
            first = Math.min(first, t);
            last = Math.max(last, t);
        }
        Integer[] byTime = new Integer[n];
        for (int i = 0; i < n; i++) {
            byTime[i] = i;
            xs[i] = last == first ? (left + right) / 2
                    : left + (times[i] - first) * (right - left) / (double) (last - first);
        }
        Arrays.sort(byTime, Comparator.comparingLong(i -> times[i]));
        double spacing = n > 1 ? Math.min(DOT_SPACING, (right - left) / (n - 1)) : 0;
        // Pushed right where too close, then back from the right end: each pass moves a dot only as far as needed.
        for (int k = 1; k < n; k++) {
            xs[byTime[k]] = Math.max(xs[byTime[k]], xs[byTime[k - 1]] + spacing);
        }
        xs[byTime[n - 1]] = Math.min(xs[byTime[n - 1]], right);
        for (int k = n - 2; k >= 0; k--) {
            xs[byTime[k]] = Math.min(xs[byTime[k]], xs[byTime[k + 1]] - spacing);
        }
        return xs;
    }

    void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        g.clearRect(0, 0, w, h);
        List<Presentation.Slide> slides = model.slides();
        if (slides.isEmpty() || w <= 0) {
            return;
        }
        long[] times = new long[slides.size()];
        for (int i = 0; i < times.length; i++) {
            times[i] = slides.get(i).event().start().midpoint().getEpochSecond();
        }
        double margin = 64;
        double[] xs = dotPlaces(times, model.storyFirst(), model.storyLast(), margin, w - margin);
        double y = h / 2;
        g.setStroke(theme.muted());
        g.setLineWidth(2);
        g.strokeLine(margin, y, w - margin, y);
        int current = model.stepProperty().get();
        double currentX = Double.NaN;
        g.setFill(theme.muted());
        g.setGlobalAlpha(0.6);
        for (int i = 0; i < xs.length; i++) {
            if (i == current) {
                currentX = xs[i];
            } else {
                g.fillOval(xs[i] - 6, y - 6, 12, 12);
            }
        }
        g.setGlobalAlpha(1);
        // Last, over the others: the next step minutes later (the press conference after the protester) covered
        // part of it.
        if (!Double.isNaN(currentX)) {
            g.setFill(theme.accent());
            g.fillOval(currentX - 11, y - 11, 22, 22);
        }
    }
}
