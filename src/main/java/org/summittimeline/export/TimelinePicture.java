package org.summittimeline.export;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.summittimeline.format.SafeWrite;
import org.summittimeline.model.TimeAccount;
import org.summittimeline.model.TimeBound;
import org.summittimeline.model.Timeline;
import org.summittimeline.query.TimeIndex;
import org.summittimeline.query.Words;
import org.summittimeline.ui.Luminance;
import org.summittimeline.ui.Texts;
import org.summittimeline.ui.timeline.layout.LaneMode;
import org.summittimeline.ui.timeline.layout.Lanes;
import org.summittimeline.ui.timeline.layout.LayoutEngine;
import org.summittimeline.ui.timeline.layout.LayoutInput;
import org.summittimeline.ui.timeline.layout.MarkEdge;
import org.summittimeline.ui.timeline.layout.PlacedLabel;
import org.summittimeline.ui.timeline.layout.PlacedLane;
import org.summittimeline.ui.timeline.layout.PlacedMark;
import org.summittimeline.ui.timeline.layout.TextMeasure;
import org.summittimeline.ui.timeline.layout.TimeAxis;
import org.summittimeline.ui.timeline.layout.TimelineLayout;

/**
 * The timeline as a picture, without a window: title, time axis, lanes with their names, marks with their
 * uncertainty fades, titles, and a legend of the marks. Placement is the window's own layout engine's; this only
 * draws what it returns, on a {@link Surface}, so the PNG and the SVG show the same. Every lane shows all its rows:
 * a picture does not scroll.
 */
public final class TimelinePicture {
    static final double MARGIN = 16;
    static final double HEADER = 64;
    static final double AXIS = 30;

    private final Timeline timeline;
    private final TimeIndex index;
    private final PictureRequest request;
    private final Fonts fonts = new Fonts();
    private final Lanes lanes;
    private final TimelineLayout layout;
    private final double namesWidth;
    private final double areaWidth;
    private final double secondsPerPixel;
    private final double height;
    private final PictureLegend legend;

    public TimelinePicture(Timeline timeline, TimeIndex index, PictureRequest request) {
        this.timeline = timeline;
        this.index = index;
        this.request = request;
        // Only lanes with something in the picture's stretch of time: a picture of the press conference by actor had
        // a row for each of 18 people, most of them empty there.
        this.lanes = Lanes.of(timeline, request.lanes(), this::inPicture);
        double widest = 0;
        for (Lanes.Lane lane : lanes.all()) {
            widest = Math.max(widest, fonts.width(lane.label(), Surface.TextStyle.LANE));
        }
        namesWidth = Math.min(request.width() / 3.0, Math.ceil(widest) + 22);
        areaWidth = request.width() - 2 * MARGIN - namesWidth;
        secondsPerPixel = (request.to() - request.from()) / areaWidth;
        LayoutEngine engine = new LayoutEngine(text -> fonts.width(text, Surface.TextStyle.LABEL));
        // First as tall as any lane could want, to learn how many rows each needs; then exactly that tall, so that
        // no lane is stretched and no title is cut for want of a row.
        TimelineLayout roomy = engine.layout(input(lanes.size() * 40 * LayoutEngine.ROW_HEIGHT + 400));
        double natural = 0;
        for (PlacedLane lane : roomy.lanes()) {
            natural += Math.max(LayoutEngine.MIN_LANE_HEIGHT, lane.rows() * LayoutEngine.ROW_HEIGHT + LayoutEngine.LANE_PADDING);
        }
        layout = engine.layout(input(Math.max(natural, LayoutEngine.MIN_LANE_HEIGHT)));
        legend = new PictureLegend(fonts, request.theme());
        height = HEADER + AXIS + layout.contentHeight() + 14 + legend.height(request.width() - 2 * MARGIN) + MARGIN;
    }

    private LayoutInput input(double laneHeight) {
        return new LayoutInput(index, lanes, request.shown(), -1, request.from(), secondsPerPixel, areaWidth,
                laneHeight, Set.of(), Double.NaN, null);
    }

    /** The lanes drawn. */
    Lanes lanes() {
        return lanes;
    }

    /** The picture's size in pixels at 1×. */
    public int width() {
        return request.width();
    }

    public int height() {
        return (int) Math.ceil(height);
    }

    /** The picture as an image, {@link PictureRequest#scale()} times the size at 1×. */
    public BufferedImage image() {
        double scale = request.scale();
        BufferedImage image = new BufferedImage((int) Math.round(width() * scale), (int) Math.round(height() * scale),
                BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            draw(new AwtSurface(g, fonts, scale));
        } finally {
            g.dispose();
        }
        return image;
    }

    public String svg() {
        SvgSurface svg = new SvgSurface(fonts);
        draw(svg);
        return svg.document(width(), height(), request.scale(), title());
    }

    /** Writes the PNG through {@link SafeWrite}: never over {@code openFile}, all or nothing. */
    public void writePng(Path target, Path openFile) throws IOException {
        BufferedImage image = image();
        SafeWrite.bytes(target, openFile, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("this Java has no PNG writer");
            }
        });
    }

    public void writeSvg(Path target, Path openFile) throws IOException {
        String text = svg();
        SafeWrite.to(target, openFile, out -> out.write(text));
    }

    private String title() {
        return timeline.title() == null || timeline.title().isBlank() ? Texts.get("export.image.untitled") : timeline.title();
    }

    /** Whether the event at time-order position {@code i} passes the filters and has a time in [from, to]. */
    private boolean inPicture(int i) {
        return (request.shown() == null || request.shown().test(i)) && index.endLatest(i) >= request.from()
                && index.startEarliest(i) <= request.to();
    }

    /**
     * "Monday, 16 July 2018, 12:00 – 20:00 (Europe/Helsinki) · lanes by category · 21 events", its dates as the
     * window's language writes them, as its words are: a German picture had said "15 Jul 2018" beside "Bahnen".
     */
    String subtitle() {
        ZonedDateTime from = Instant.ofEpochSecond((long) Math.floor(request.from())).atZone(request.zone());
        ZonedDateTime to = Instant.ofEpochSecond((long) Math.ceil(request.to())).atZone(request.zone());
        Words words = Words.current();
        String range = from.toLocalDate().equals(to.toLocalDate())
                ? words.fullDay(from) + ", " + words.clock().format(from) + " \u2013 " + words.clock().format(to)
                : words.dayWithYear(from) + " " + words.clock().format(from) + " \u2013 " + words.dayWithYear(to) + " "
                        + words.clock().format(to);
        return Texts.format("export.image.subtitle", range, request.zone().getId(),
                Texts.get(request.lanes() == LaneMode.ACTOR ? "export.image.byActor" : "export.image.byCategory"),
                eventsShown());
    }

    /** How many events the picture shows: those the filters pass with a time in its stretch. */
    public int eventsShown() {
        int shown = 0;
        for (int i = 0; i < index.size(); i++) {
            if (inPicture(i)) {
                shown++;
            }
        }
        return shown;
    }

    /** Draws the picture on {@code s}; package-private for the tests that record what is drawn in which order. */
    void draw(Surface s) {
        ImageTheme theme = request.theme();
        double w = width();
        s.fillRect(0, 0, w, height, theme.background);
        s.text(title(), MARGIN, MARGIN + 12, Surface.TextStyle.TITLE, theme.text, false);
        s.text(subtitle(), MARGIN, MARGIN + 36, Surface.TextStyle.SUBTITLE, theme.muted, false);
        double left = MARGIN + namesWidth;
        double lanesTop = HEADER + AXIS;
        double lanesBottom = lanesTop + layout.contentHeight();
        for (PlacedLane lane : layout.lanes()) {
            if (lane.index() % 2 == 0) {
                s.fillRect(MARGIN, lanesTop + lane.top(), w - 2 * MARGIN, lane.height(), theme.laneFill);
            }
        }
        drawAxis(s, left, lanesTop, lanesBottom);
        Color[] colours = new Color[lanes.size()];
        for (int l = 0; l < colours.length; l++) {
            colours[l] = Color.decode(lanes.colourOf(l));
        }
        // Told apart as in the window: names cut alike keep their ends.
        TextMeasure measure = t -> fonts.width(t, Surface.TextStyle.LANE);
        List<String> names = TextMeasure.apart(layout.lanes().stream().map(l -> l.lane().label()).toList(),
                namesWidth - 18, measure);
        for (int i = 0; i < layout.lanes().size(); i++) {
            PlacedLane lane = layout.lanes().get(i);
            double y = lanesTop + lane.top() + Math.min(lane.height() / 2, 14);
            s.fillRect(MARGIN + 2, y - 6, 4, 12, colours[lane.index()]);
            s.text(names.get(i), MARGIN + 12, y, Surface.TextStyle.LANE, theme.text, false);
        }
        s.line(left - 0.5, lanesTop, left - 0.5, lanesBottom, theme.grid, 1);
        // Bands and clusters' spans under every mark first, as the window draws them: drawn with each mark, a band
        // covered the marks before it in its row.
        for (PlacedMark m : layout.marks()) {
            drawUnder(s, m, colours[m.lane()], left, lanesTop);
        }
        for (PlacedMark m : layout.marks()) {
            drawMark(s, m, colours[m.lane()], left, lanesTop);
        }
        for (PlacedLabel label : layout.labels()) {
            Color c = label.side() == PlacedLabel.Side.INSIDE ? textOn(colours[label.lane()]) : theme.text;
            s.text(label.text(), left + label.x(), lanesTop + label.y(), Surface.TextStyle.LABEL, c, false);
        }
        if (layout.lanes().isEmpty()) {
            s.text(Texts.get("export.image.empty"), left + areaWidth / 2, lanesTop + 20, Surface.TextStyle.LANE,
                    theme.muted, true);
        }
        legend.draw(s, MARGIN, lanesBottom + 14, w - 2 * MARGIN);
    }

    private void drawAxis(Surface s, double left, double lanesTop, double lanesBottom) {
        ImageTheme theme = request.theme();
        double axisTop = HEADER;
        s.line(left, lanesTop - 0.5, left + areaWidth, lanesTop - 0.5, theme.grid, 1);
        List<TimeAxis.Tick> ticks = TimeAxis.ticks(request.from(), request.to(), secondsPerPixel, request.zone(), 80);
        for (TimeAxis.Tick t : ticks) {
            double x = left + (t.epochSecond() - request.from()) / secondsPerPixel;
            s.line(x, lanesTop - 6, x, lanesBottom, t.major() ? theme.muted : theme.grid, t.major() ? 1 : 0.8);
            double half = fonts.width(t.label(), Surface.TextStyle.SMALL) / 2;
            if (x - half >= left - 4 && x + half <= left + areaWidth + 4) {
                s.text(t.label(), x, axisTop + 12, Surface.TextStyle.SMALL, t.major() ? theme.text : theme.muted, true);
            }
        }
    }

    private static final double CLUSTER_RADIUS = 8;

    /** What a mark has under it: a wide cluster's pale span, an uncertain moment's fading band. */
    private void drawUnder(Surface s, PlacedMark m, Color c, double left, double top) {
        double cy = top + m.y();
        if (m.shape() == PlacedMark.Shape.CLUSTER && m.x1() - m.x0() > 2 * CLUSTER_RADIUS + 4) {
            s.fillRoundRect(left + Math.max(0, m.x0()), cy - 5, Math.min(m.x1(), areaWidth) - Math.max(0, m.x0()),
                    10, 10, AwtSurface.withAlpha(c, 0.25));
        } else if (m.shape() == PlacedMark.Shape.POINT && !index.event(m.event()).start().isExact()) {
            TimeBound start = index.event(m.event()).start();
            double xs = Math.max(left, left + xOf(start.earliest().getEpochSecond()));
            double xl = Math.min(left + areaWidth, left + xOf(start.latest().getEpochSecond()));
            if (xl - xs >= 2) {
                s.fade(xs, cy - 5, xl - xs, 10, c, 0.75, Surface.Fade.BAND);
            }
        }
    }

    private void drawMark(Surface s, PlacedMark m, Color c, double left, double top) {
        double cy = top + m.y();
        double right = left + areaWidth;
        switch (m.shape()) {
            case TICK -> s.fillRect(left + m.centre() - 1, cy - 5, 2, 10, edge(c));
            case CLUSTER -> {
                double r = CLUSTER_RADIUS;
                double cx = left + Math.max(m.x0() + r, Math.min(m.x1() - r, m.centre()));
                s.fillCircle(cx, cy, r, c.darker());
                s.text(m.count() > 99 ? "99+" : String.valueOf(m.count()), cx, cy, Surface.TextStyle.COUNT,
                        Color.WHITE, true);
            }
            case BAR -> {
                int e = m.event();
                double x0 = Math.max(left - 1, left + m.x0());
                double x1 = Math.min(right + 1, left + m.x1());
                double solidFrom = Math.max(x0, Math.min(left + xOf(index.startLatest(e)), x1));
                double solidTo = Math.max(solidFrom, Math.min(left + xOf(index.endEarliest(e)), x1));
                s.fade(x0, cy - 6, solidFrom - x0, 12, c, 1, Surface.Fade.IN);
                double solid = Math.max(1, solidTo - solidFrom);
                s.fillRect(solidFrom, cy - 6, solid, 12, c);
                s.fade(solidTo, cy - 6, x1 - solidTo, 12, c, 1, Surface.Fade.OUT);
                Color edge = edge(c);
                if (!edge.equals(c)) {
                    s.fillRect(solidFrom, cy - 6, solid, 1, edge);
                    s.fillRect(solidFrom, cy + 5, solid, 1, edge);
                    if (MarkEdge.rimsStart(x0, solidFrom)) {
                        s.fillRect(solidFrom, cy - 6, 1, 12, edge);
                    }
                    if (MarkEdge.rimsEnd(solidTo, x1)) {
                        s.fillRect(solidFrom + solid - 1, cy - 6, 1, 12, edge);
                    }
                }
            }
            case POINT -> drawMoment(s, index.event(m.event()).start(), left + m.centre(), cy, c, left);
            default -> { }
        }
    }

    /** An exact moment is a diamond; an uncertain one a ring (over its band), a tick per account. */
    private void drawMoment(Surface s, TimeBound start, double cx, double cy, Color c, double left) {
        if (start.isExact()) {
            // In the halo the window draws round it, so that a diamond on a band of its own colour keeps its outline.
            s.fillPolygon(new double[] {cx, cx + 7.6, cx, cx - 7.6}, new double[] {cy - 8.8, cy, cy + 8.8, cy},
                    halo(request.theme().background));
            diamond(s, cx, cy, c);
            Color edge = edge(c);
            if (!edge.equals(c)) {
                s.fillPolygon(new double[] {cx, cx + 6, cx, cx - 6}, new double[] {cy - 7, cy, cy + 7, cy}, edge);
                s.fillPolygon(new double[] {cx, cx + 4.6, cx, cx - 4.6}, new double[] {cy - 5.4, cy, cy + 5.4, cy}, c);
            }
            return;
        }
        // Its band is drawn under every mark first (drawUnder).
        Color ring = outline(c);
        for (TimeAccount a : start.accounts()) {
            double ax = left + xOf((a.earliest().getEpochSecond() + a.latest().getEpochSecond()) / 2.0);
            s.fillRect(ax - 0.75, cy + 5, 1.5, 4, ring);
        }
        ring(s, cx, cy, ring, request.theme().background);
    }

    /** As the window's (MarkSprites.halo): the background, a little translucent over a striped lane. */
    private static Color halo(Color background) {
        return new Color(background.getRed(), background.getGreen(), background.getBlue(), 217);
    }

    static void diamond(Surface s, double cx, double cy, Color c) {
        s.fillPolygon(new double[] {cx, cx + 6, cx, cx - 6}, new double[] {cy - 7, cy, cy + 7, cy}, c);
    }

    static void ring(Surface s, double cx, double cy, Color ring, Color inside) {
        s.fillCircle(cx, cy, 6, ring);
        s.fillCircle(cx, cy, 4, inside);
    }

    /** A solid mark's edge ({@link MarkEdge}), as in the window; worked out once per lane colour. */
    Color edge(Color lane) {
        return edges.computeIfAbsent(lane, this::edgeOf);
    }

    private final Map<Color, Color> edges = new HashMap<>();

    private Color edgeOf(Color lane) {
        Color bg = request.theme().background;
        double[] e = MarkEdge.of(new double[] {lane.getRed() / 255.0, lane.getGreen() / 255.0, lane.getBlue() / 255.0},
                new double[] {bg.getRed() / 255.0, bg.getGreen() / 255.0, bg.getBlue() / 255.0});
        return new Color((int) Math.round(e[0] * 255), (int) Math.round(e[1] * 255), (int) Math.round(e[2] * 255),
                lane.getAlpha());
    }

    /** A ring's colour: the lane's, darker on a light background and lighter on a dark one, as in the window. */
    Color outline(Color lane) {
        return request.theme().isDark() ? lane.brighter() : lane.darker();
    }

    /** White where it reaches 4.5:1 on {@code fill}, else whichever of black and white reads better, as on screen. */
    static Color textOn(Color fill) {
        double l = luminance(fill);
        double white = 1.05 / (l + 0.05);
        return white < 4.5 && (l + 0.05) / 0.05 >= white ? Color.BLACK : Color.WHITE;
    }

    private static double luminance(Color c) {
        return Luminance.of(new double[] {c.getRed() / 255.0, c.getGreen() / 255.0, c.getBlue() / 255.0});
    }

    private double xOf(double epochSecond) {
        return (epochSecond - request.from()) / secondsPerPixel;
    }

    /** For tests: the layout drawn. */
    TimelineLayout layout() {
        return layout;
    }
}
