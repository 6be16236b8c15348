package org.summittimeline.ui.present;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import javafx.beans.value.ObservableValue;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Pane;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.summittimeline.query.TimeText;
import org.summittimeline.ui.TextWidth;

/** The whole story as dots on a line, in time, along the bottom of the slide; the current event stands out. */
final class StoryStrip extends Pane {
    private final Canvas canvas = new Canvas();
    private final Presentation model;
    /** The strip is drawn, not styled, so it needs the theme's colours themselves. */
    private PresentationTheme theme = PresentationTheme.HIGH_CONTRAST;

    /** The zone the ends of the line are told in, the viewer's. */
    private final ObservableValue<ZoneId> zone;

    StoryStrip(Presentation model, ObservableValue<ZoneId> zone) {
        this.model = model;
        this.zone = zone;
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

    /** The radius of a step's dot, and of the current step's, on a strip of the baseline's height. */
    static final double DOT_RADIUS = 6;
    static final double CURRENT_RADIUS = 11;
    /**
     * Apart from each other by at least this, centre to centre, on a strip of the baseline's height: the current
     * dot's radius with its ring, a dot's, and a gap. At 16 px a neighbour minutes away (the press conference after
     * the protester) stood under the current dot's rim, a bump on it rather than a step of its own.
     */
    static final double DOT_SPACING = CURRENT_RADIUS + DOT_RADIUS + 7;
    /** The strip's height at the 720-line baseline; a taller strip draws its dots larger in proportion. */
    static final double BASELINE_HEIGHT = 56;
    /** The end dates' size at the baseline and 100 % type. */
    static final double END_TEXT = 18;
    /** The screen's size against the 720-line baseline, and the type's scale, that {@link #size} was given. */
    private double unit;
    private double textScale = 1;

    /**
     * Sizes the strip for a screen {@code unit} times the 720-line baseline and type at {@code scale}. The end dates
     * grow with the type, as every text of the slide does (at 14 px whatever the type, they could not be read from
     * the back); they stand beside the line's ends, so the strip keeps its height and the slide its room.
     */
    void size(double unit, double scale) {
        this.unit = unit;
        this.textScale = Math.max(1, scale);
        setPrefHeight(BASELINE_HEIGHT * unit);
        setMinHeight(BASELINE_HEIGHT * unit);
    }

    /**
     * The end dates' size now, in pixels: with the type, up to a slide's time line (about 122 % of the type; a
     * strip on a window under 720 lines is lower, and its dates smaller with it).
     */
    double endTextSize() {
        double k = unit > 0 ? unit : 1;
        // No larger than a slide's time line at its designed size, which a crowded slide keeps at any type: at 177 %
        // the dates had stood at 28 px under a time line of 22 px, the strip's edge louder than the slide. One size
        // for every slide, so that the line's ends and its dots stay put from click to click.
        return Math.min(SlideFit.TIME * k, Math.min(END_TEXT * k * textScale, 0.5 * BASELINE_HEIGHT * k));
    }

    /**
     * Where each step's dot stands between {@code left} and {@code right}: in proportion to its time, then moved
     * apart, as little as it takes, where steps minutes apart would draw one dot on another (the protester and the
     * press conference), a close group centred on its times. Each dot stays in the order of its time; with more dots
     * than the line holds at that spacing, they stand closer (see {@link #spacing}).
     */
    static double[] dotPlaces(long[] times, double left, double right) {
        return dotPlaces(times, Long.MAX_VALUE, Long.MIN_VALUE, left, right, DOT_SPACING);
    }

    /**
     * As {@link #dotPlaces(long[], double, double)}, with the line standing for the story from {@code storyFirst}
     * to {@code storyLast} (or the steps' own times, where they reach further): a lesson of two steps a quarter of
     * an hour apart in a story of two days had them at the line's two ends, the dot leaping across at a click.
     */
    static double[] dotPlaces(long[] times, long storyFirst, long storyLast, double left, double right,
                              double apart) {
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
        double spacing = spacing(n, left, right, apart);
        // In the order of time the k-th dot wants its time's place w; with y = x - k * spacing the dots stand far
        // enough apart exactly where y never falls. The y nearest the wanted ones is each run of dots pooled where
        // the wanted y falls, at the run's mean: a close group stands centred on its times (pushed only rightwards,
        // a burst of July's steps had stood 90 days late).
        int[] firstOf = new int[n];
        double[] sum = new double[n];
        int[] count = new int[n];
        int runs = 0;
        for (int k = 0; k < n; k++) {
            firstOf[runs] = k;
            sum[runs] = xs[byTime[k]] - k * spacing;
            count[runs] = 1;
            runs++;
            while (runs > 1 && sum[runs - 2] / count[runs - 2] > sum[runs - 1] / count[runs - 1]) {
                sum[runs - 2] += sum[runs - 1];
                count[runs - 2] += count[runs - 1];
                runs--;
            }
        }
        double[] wanted = xs.clone();
        for (int r = 0; r < runs; r++) {
            double y = Math.max(left, Math.min(right - (n - 1) * spacing, sum[r] / count[r]));
            for (int k = firstOf[r]; k < firstOf[r] + count[r]; k++) {
                xs[byTime[k]] = y + k * spacing;
            }
        }
        // No dot stands further than a few dots' room from its time: a burst of 150 steps in a few days of July,
        // 3.9 pixels apart, had still drawn a bar from April to September. Kept within its bounds, which rise with
        // time as the places do, each dot stays in its order; those of a burst pile up at its edges.
        double reach = Math.max(MOST_AWAY * spacing, Math.min(MOST_AWAY * apart, (right - left) / 8));
        for (int i = 0; i < n; i++) {
            xs[i] = Math.max(wanted[i] - reach, Math.min(wanted[i] + reach, xs[i]));
        }
        return xs;
    }

    /**
     * How far apart {@code n} dots stand at least on a line from {@code left} to {@code right}: {@code apart}, or,
     * where the line is too short for that, half of it shared out (the rest keeps the dots at their times; sharing
     * all of it, 300 steps of a year had stood evenly in the order of their steps, 14 March at the line's left end).
     * Where that share is less than half a dot's radius the dots cannot be told apart anyway, and they keep only their
     * order, {@link #ORDER_ONLY} apart: 150 steps of a few days in July, each 1.7 pixels from the next, had drawn a
     * bar from April to September.
     */
    static double spacing(int n, double left, double right, double apart) {
        if (n <= 1) {
            return 0;
        }
        double shared = (right - left) / (n - 1) / 2;
        return shared >= apart ? apart : shared >= apart * DOT_RADIUS / DOT_SPACING / 2 ? shared : ORDER_ONLY;
    }

    /** How many spacings at most a dot stands from its time's place: a close group of seven still stands apart. */
    static final int MOST_AWAY = 3;

    /** The spacing of dots too many to stand apart: enough to keep them in their order, too little to spread them. */
    static final double ORDER_ONLY = 0.05;

    /**
     * What the line's two ends say, the story's first and last moment in {@code zone}: the days, with the clock where
     * the story is three days or less (and the zone's short name after the last), else the year after the last.
     * Without them a class could not read a time from the line (a teacher's walk: "it only shows roughly how far
     * along you are").
     */
    static String[] ends(long first, long last, ZoneId zone) {
        TimeText text = new TimeText(zone);
        Instant from = Instant.ofEpochSecond(first);
        Instant to = Instant.ofEpochSecond(last);
        boolean withClock = last - first <= 3 * 86_400L;
        boolean years = from.atZone(zone).getYear() != to.atZone(zone).getYear();
        // The clock's zone after the last: the slides give an event's time in its source's zone first (EDT for the
        // White House), and "17 Jul 22:02" alone was read as that zone's.
        // The year after the last at least: "23 Jan" and "20 Dec" left a class to guess which year the story was.
        return withClock ? new String[] {text.dayAndClock(from), text.dayAndClock(to) + " "
                + TimeText.abbreviation(zone, to)}
                : new String[] {text.day(from, years), text.day(to, true)};
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
        // On a 1080-line projector the strip is half as tall again, and its dots grow with it.
        double k = unit > 0 ? Math.max(1, unit) : Math.max(1, h / BASELINE_HEIGHT);
        // Where the story begins and ends, beside the line's ends, to read the dots' times by; the line begins where
        // they leave room.
        String[] said = model.storyFirst() < model.storyLast() && zone.getValue() != null
                ? ends(model.storyFirst(), model.storyLast(), zone.getValue()) : null;
        Font endFont = Font.font(endTextSize());
        // Clear of the current dot's ring where the current step is the first or the last, by about half a dot:
        // 8 px past its radius left 6 px between the ring and "23 Jan", which read as touching.
        double gap = (CURRENT_RADIUS + 14) * k;
        double left = Math.max(64 * k, said == null ? 0 : 2 * gap + TextWidth.of(said[0], endFont));
        double right = w - Math.max(64 * k, said == null ? 0 : 2 * gap + TextWidth.of(said[1], endFont));
        if (said != null && right - left < w / 3) {
            // A window too narrow for the dates beside a line worth the name: the line, without them.
            said = null;
            left = 64 * k;
            right = w - 64 * k;
        }
        double[] xs = dotPlaces(times, model.storyFirst(), model.storyLast(), left, right, DOT_SPACING * k);
        // Where the dots stand closer than designed, each is smaller, so that a burst of steps reads as a dense
        // stretch of the line and a lone one as a dot, not all of them as one grey bar.
        double dot = Math.min(DOT_RADIUS * k, Math.max(3 * k,
                0.45 * spacing(xs.length, left, right, DOT_SPACING * k)));
        double y = h / 2;
        // The line faint, the dots whole: at 0.6 alpha a dot was pale grey on the light theme's white (3:1) and
        // darker than the line it sat on in the dark one.
        g.setStroke(theme.muted());
        g.setLineWidth(2 * k);
        g.setGlobalAlpha(0.5);
        g.strokeLine(left, y, right, y);
        g.setGlobalAlpha(1);
        int current = model.stepProperty().get();
        double currentX = Double.NaN;
        g.setFill(theme.muted());
        for (int i = 0; i < xs.length; i++) {
            if (i == current) {
                currentX = xs[i];
            } else {
                g.fillOval(xs[i] - dot, y - dot, 2 * dot, 2 * dot);
            }
        }
        if (said != null) {
            g.setFill(theme.muted());
            g.setFont(endFont);
            g.setTextBaseline(VPos.CENTER);
            g.setTextAlign(TextAlignment.RIGHT);
            g.fillText(said[0], left - gap, y);
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(said[1], right + gap, y);
        }
        // Last, over the others: the next step minutes later (the press conference after the protester) covered
        // part of it.
        if (!Double.isNaN(currentX)) {
            g.setFill(theme.accent());
            double r = CURRENT_RADIUS * k;
            g.fillOval(currentX - r, y - r, 2 * r, 2 * r);
            // Ringed in the text's colour: the accent stood only 1.2:1 from the other dots in the dark and light
            // themes, so that on a washed-out projector only its size told it apart.
            g.setStroke(theme.text());
            g.setLineWidth(2 * k);
            g.strokeOval(currentX - r - 2 * k, y - r - 2 * k, 2 * (r + 2 * k), 2 * (r + 2 * k));
        }
    }
}
