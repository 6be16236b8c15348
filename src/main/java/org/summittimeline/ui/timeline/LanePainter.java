package org.summittimeline.ui.timeline;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.Scene;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.summittimeline.model.Event;
import org.summittimeline.model.TimeAccount;
import org.summittimeline.model.TimeBound;
import org.summittimeline.query.TimeIndex;
import org.summittimeline.query.QueryResult;
import org.summittimeline.query.TimelineQuery;
import org.summittimeline.ui.Pulses;
import org.summittimeline.ui.timeline.layout.LaneMode;
import org.summittimeline.ui.timeline.layout.Lanes;
import org.summittimeline.ui.timeline.layout.MarkEdge;
import org.summittimeline.ui.timeline.layout.PlacedEra;
import org.summittimeline.ui.timeline.layout.PlacedLabel;
import org.summittimeline.ui.timeline.layout.PlacedLane;
import org.summittimeline.ui.timeline.layout.PlacedMark;
import org.summittimeline.ui.timeline.layout.TimeViewport;
import org.summittimeline.ui.timeline.layout.TimelineLayout;

/**
 * Draws a {@link TimelineLayout}: lane bands and names, marks, titles, the selection's ring and plate (through
 * {@link SelectionPainter}), and the anchor note of a relative time. It decides nothing about placement; where
 * something goes is the layout's.
 */
final class LanePainter {
    private static final Font COUNT_FONT = Font.font("System", 11);
    /**
     * How strongly the title of an event a search does not match is drawn: set back, and still read at 4.5:1 on the
     * lane bands of both themes (at 0.35 it read at about 2:1). Its mark fades much further, and a match is outlined.
     */
    static final double UNMATCHED_TITLE_ALPHA = 0.68;

    /**
     * Where a mark's drawing is cut that reaches far off the canvas. Zoomed in to seconds on a span of hours, a bar
     * ran 40,000 px either side, and the software renderer drew nothing of it (past about 32,000 px), its title left
     * standing alone in the colour meant for inside the bar.
     */
    static final double OFF_LEFT = -1024;
    static final double OFF_RIGHT = 16384;
    /**
     * A cluster's disc as designed, whose span of time shows as a pale strip under it where the span is wider than
     * the disc; it grows with the type, as every mark does ({@link CanvasType#markScale}).
     */
    private static final double CLUSTER_RADIUS = 8;
    /** The search's outline round a match as designed, and its line inside the selection's ring. */
    private static final double MATCH_LINE = 2;
    private static final double MATCH_LINE_RINGED = 1.5;

    private final MarkSprites sprites = new MarkSprites();
    private final MarkColours tones = new MarkColours();
    private boolean countsPending;
    private CanvasType type = CanvasType.DESIGNED;
    private double outputScale = 1;
    private final LaneNames laneNames = new LaneNames();
    private final EraPainter eraPainter = new EraPainter();
    private final AnchorPainter anchors = new AnchorPainter();
    private final SelectionPainter selection = new SelectionPainter();
    private final NoneShownNote noneShown = new NoneShownNote();

    /** Each lane's colour: the data's, or one of the palette's in turn. */
    static Color[] colours(Lanes lanes) {
        Color[] out = new Color[lanes == null ? 0 : lanes.size()];
        for (int l = 0; l < out.length; l++) {
            out[l] = Color.web(lanes.colourOf(l));
        }
        return out;
    }

    /** The width the lane names' column needs (see {@link LaneNames#width}). */
    double namesWidth(TimelineQuery query, LaneMode mode) {
        return laneNames.width(query, mode);
    }

    /** Draws in this type from the next frame on; the lane names are measured again in it. */
    void setType(CanvasType type) {
        this.type = type;
        sprites.scale(outputScale, type.markScale());
        laneNames.setType(type);
        anchors.setType(type);
        selection.setType(type);
        noneShown.setType(type);
    }

    int spritesPrepared() {
        return sprites.size();
    }

    void scale(double outputScale) {
        this.outputScale = outputScale;
        sprites.scale(outputScale, type.markScale());
    }

    /** Whether the clusters' counts are written for the current scale, so that drawing them waits for nothing. */
    boolean countsWritten() {
        return sprites.countsWritten(COUNT_FONT);
    }

    /** Writes the clusters' counts now: a snapshot, which waits for the render thread. */
    void writeCounts() {
        sprites.writeCounts(COUNT_FONT);
    }

    /**
     * Writes the clusters' counts two pulses after this one, once {@code scene} is in a window. Writing them takes
     * a snapshot, which waits for the render thread (10–60 ms at a million events): the first zoomed-out frame of
     * a large file, the heaviest frame there is, then does not also pay for that.
     */
    void writeCountsAhead(Scene scene) {
        if (countsPending || scene == null || scene.getWindow() == null || countsWritten()) {
            return;
        }
        countsPending = true;
        Pulses.twoPulsesAfterNextLayout(scene, () -> {
            countsPending = false;
            writeCounts();
        });
    }

    /**
     * @param names  the width of the lane names' column
     * @param top    where the lane area begins (below the axis and the anchor strip)
     * @param scroll how far the lanes are scrolled down
     */
    void draw(GraphicsContext g, TimelineView view, TimelineLayout layout, boolean[] lit, List<PlacedEra> eras,
              Color[] colours, double names, double top, double scroll, double width, double height) {
        double areaHeight = height - top;
        g.save();
        g.beginPath();
        g.rect(0, top, width, areaHeight);
        g.clip();
        g.translate(0, top - scroll);
        laneNames.draw(g, view, layout, colours, names, scroll, areaHeight);
        g.restore();

        g.save();
        g.beginPath();
        // Marks end where time does, short of the lanes' scroll bar: a cluster column that runs past the edge is
        // cut there rather than half hidden under the bar.
        g.rect(names, top, Math.min(width - names, view.viewport().width()), areaHeight);
        g.clip();
        g.translate(names, top - scroll);
        // Eras lie under the marks: over the lane stripes, spanning whatever part of the lanes is in view.
        eraPainter.bands(g, eras, scroll, areaHeight);
        TimelineQuery q = view.query();
        drawMarks(g, view, q, layout, lit, colours, scroll, areaHeight);
        drawLabels(g, view, layout, colours, scroll, areaHeight);
        selection.draw(g, view, layout, scroll, areaHeight);
        anchors.ring(g, view, layout, scroll, areaHeight);
        g.restore();
        QueryResult result = view.result();
        if (result != null && result.shownEventCount() == 0) {
            // Everything filtered away: say so, rather than show an empty grid.
            noneShown.draw(g, view, names, width, top + Math.min(areaHeight / 2, 60));
        }
        if (layout.anchor() != null) {
            anchors.strip(g, view, layout.anchor(), names, top - layout.stripHeight(), top, height);
        }
    }

    /**
     * Every other lane's band, drawn before the axis's grid lines so that they run on through it (drawn over them,
     * the bands hid the grid in every other lane).
     */
    void stripes(GraphicsContext g, TimelineView view, TimelineLayout layout, double top, double scroll, double width,
                 double height) {
        double areaHeight = height - top;
        g.setFill(view.laneFill());
        for (PlacedLane lane : layout.lanes()) {
            if (lane.index() % 2 == 0 && visible(lane.top(), lane.bottom(), scroll, areaHeight)) {
                // Cut to the lane area by hand: a clip is one more pass over the canvas for the software renderer.
                double y0 = Math.max(top, top + lane.top() - scroll);
                double y1 = Math.min(height, top + lane.bottom() - scroll);
                g.fillRect(0, y0, width, y1 - y0);
            }
        }
    }

    /** {@code x} kept to the canvas's reach (see {@link #OFF_LEFT}). */
    static double onCanvas(double x) {
        return Math.max(OFF_LEFT, Math.min(OFF_RIGHT, x));
    }

    static boolean visible(double y0, double y1, double scroll, double areaHeight) {
        return y1 >= scroll && y0 <= scroll + areaHeight;
    }

    /** {@code lit}: per mark, whether it stands for a match of the search; null when nothing is searched. */
    private void drawMarks(GraphicsContext g, TimelineView view, TimelineQuery q, TimelineLayout layout,
                           boolean[] lit, Color[] colours, double scroll, double areaHeight) {
        TimeViewport viewport = view.viewport();
        TimeIndex index = q.index();
        List<PlacedMark> marks = layout.marks();
        double row = layout.rowHeight();
        // First what lies under the marks, every mark's: an uncertain moment's fading band and a cluster's span. Drawn
        // with each mark, a band covered the marks before it in its row, and a cluster's count on it read blue on blue.
        for (int k = 0; k < marks.size(); k++) {
            PlacedMark m = marks.get(k);
            if (visible(m.y() - row / 2, m.y() + row / 2, scroll, areaHeight)) {
                Color c = colours[m.lane()];
                g.setGlobalAlpha(lit == null || lit[k] ? 1 : tones.unmatchedAlphaOf(c, view.background()));
                drawUnder(g, viewport, index, m, c);
            }
        }
        for (int k = 0; k < marks.size(); k++) {
            PlacedMark m = marks.get(k);
            if (!visible(m.y() - row / 2, m.y() + row / 2, scroll, areaHeight)) {
                continue;
            }
            Color c = colours[m.lane()];
            double cy = m.y();
            boolean match = lit == null || lit[k];
            double alpha = match ? 1 : tones.unmatchedAlphaOf(c, view.background());
            g.setGlobalAlpha(alpha);
            switch (m.shape()) {
                case TICK -> {
                    g.setFill(tones.edgeOf(c, view.background()));
                    double grown = type.markScale();
                    g.fillRect(m.x0() + (m.x1() - m.x0()) / 2 - grown, cy - 5 * grown, 2 * grown, 10 * grown);
                }
                case CLUSTER -> {
                    double cx = discX(m, viewport.width(), type.markScale());
                    Color disc = alpha < 1 ? tones.fadedDiscOf(c, view.background()) : tones.discOf(c);
                    g.setGlobalAlpha(1);
                    // A cluster that holds a match has its ring in the match's colour: only its full colour had told
                    // it from the faded ones, and a reader looked in vain for the match it hid. The ring stays within
                    // the disc's column, clear of the next disc.
                    Color ring = alpha < 1 ? Color.TRANSPARENT
                            : lit != null ? view.matchFill() : tones.discRingOf(c, view.background());
                    if (ring.getOpacity() > 0) {
                        g.setStroke(ring);
                        g.setLineWidth(type.stroke(1.5));
                        double radius = 9 * type.markScale();
                        g.strokeOval(cx - radius, cy - radius, 2 * radius, 2 * radius);
                    }
                    sprites.cluster(g, disc, m.count() > 99 ? "99+" : String.valueOf(m.count()), COUNT_FONT, cx, cy);
                }
                case BAR -> drawBar(g, c, tones.edgeOf(c, view.background()), m.x0(),
                        viewport.xOf(index.startLatest(m.event())),
                        viewport.xOf(index.endEarliest(m.event())), m.x1(), cy, type.px(12));
                case POINT -> drawMoment(g, view, c, index.event(m.event()), m, cy);
                default -> { }
            }
            if (m.shape() != PlacedMark.Shape.CLUSTER && m.shape() != PlacedMark.Shape.TICK && lit != null && match) {
                g.setGlobalAlpha(1);
                g.setStroke(view.matchFill());
                // Inside the selection's ring where the match is selected, against the ring's inner edge: at the same
                // size the ring covered it, and a selected event did not show that it matched; any nearer, its line
                // ran through the mark's edges (at 250 % it covered most of a bar).
                boolean ringed = m.holdsSelection();
                double line = type.stroke(ringed ? MATCH_LINE_RINGED : MATCH_LINE);
                double inset = ringed ? type.stroke(SelectionPainter.RING_LINE) / 2 + line / 2 : 0;
                double outline = (ringed ? type.px(SelectionPainter.RING_HEIGHT) : type.px(18)) - 2 * inset;
                double out = (ringed ? SelectionPainter.RING_PAD : 3) * type.markScale() - inset;
                g.setLineWidth(line);
                double left = onCanvas(m.x0() - out);
                g.strokeRoundRect(left, cy - outline / 2, onCanvas(m.x1() + out) - left, outline, 6, 6);
            }
        }
        g.setGlobalAlpha(1);
    }

    /**
     * Where a cluster's disc stands: at its middle, kept on the part of its span that is in view. A cluster of long
     * spans had its disc, and so its count, off screen, a pale bar with no number left in view.
     */
    static double discX(PlacedMark m, double viewWidth, double markScale) {
        double radius = CLUSTER_RADIUS * markScale;
        double from = Math.max(m.x0(), 0) + radius;
        double to = Math.min(m.x1(), viewWidth) - radius;
        return from <= to ? Math.max(from, Math.min(to, m.centre()))
                : Math.max(m.x0() + radius, Math.min(m.x1() - radius, m.centre()));
    }

    /** What a mark has under it: an uncertain moment's fading band, or a wide cluster's pale strip. */
    private void drawUnder(GraphicsContext g, TimeViewport viewport, TimeIndex index, PlacedMark m, Color c) {
        double cy = m.y();
        double grown = type.markScale();
        if (m.shape() == PlacedMark.Shape.CLUSTER && m.x1() - m.x0() > (2 * CLUSTER_RADIUS + 4) * grown) {
            g.setFill(c.deriveColor(0, 1, 1, 0.25));
            g.fillRoundRect(onCanvas(m.x0()), cy - 5 * grown, onCanvas(m.x1()) - onCanvas(m.x0()), 10 * grown,
                    10 * grown, 10 * grown);
        } else if (m.shape() == PlacedMark.Shape.POINT && !index.event(m.event()).startIsExact()) {
            TimeBound start = index.event(m.event()).start();
            double xs = viewport.xOf(start.earliest().getEpochSecond());
            double xl = viewport.xOf(start.latest().getEpochSecond());
            if (xl - xs >= 2) {
                sprites.fade(g, c, 0.75, MarkSprites.Fade.BAND, xs, cy - 5 * grown, xl - xs, 10 * grown);
            }
        }
    }

    /**
     * A span: solid where it surely lasted, fading in over its uncertain start and out over its uncertain end. It is
     * as tall as the type is large: a title inside it stood out above and below it at 150 %.
     */
    private void drawBar(GraphicsContext g, Color c, Color edge, double x0, double startLatest, double endEarliest,
                         double x1, double cy, double height) {
        double top = cy - height / 2;
        double solidFrom = Math.max(x0, Math.min(startLatest, x1));
        double solidTo = Math.max(solidFrom, Math.min(endEarliest, x1));
        if (solidFrom - x0 > 0.5) {
            sprites.fade(g, c, c.getOpacity(), MarkSprites.Fade.IN, x0, top, solidFrom - x0, height);
        }
        g.setFill(c);
        double solid = Math.max(1, solidTo - solidFrom);
        double from = onCanvas(solidFrom);
        double to = onCanvas(solidFrom + solid);
        g.fillRect(from, top, to - from, height);
        if (!edge.equals(c)) {
            g.setFill(edge);
            g.fillRect(from, top, to - from, 1);
            g.fillRect(from, top + height - 1, to - from, 1);
            if (MarkEdge.rimsStart(x0, solidFrom)) {
                g.fillRect(from, top, 1, height);
            }
            if (MarkEdge.rimsEnd(solidTo, x1)) {
                g.fillRect(to - 1, top, 1, height);
            }
        }
        if (x1 - solidTo > 0.5) {
            sprites.fade(g, c, c.getOpacity(), MarkSprites.Fade.OUT, solidTo, top, x1 - solidTo, height);
        }
    }

    /**
     * A moment: an exact one is a solid diamond; an uncertain one is a hollow marker in the middle of its band (drawn
     * before, under every mark), and disputed accounts add a tick per account.
     */
    private void drawMoment(GraphicsContext g, TimelineView view, Color c, Event event, PlacedMark m, double cy) {
        TimeViewport viewport = view.viewport();
        double cx = m.centre();
        if (event.startIsExact()) {
            // Most moments, drawn each frame: their bounds are not made for it.
            sprites.diamond(g, c, tones.edgeOf(c, view.background()), view.background(), cx, cy);
            return;
        }
        // Its band is drawn under every mark first (drawUnder).
        double grown = type.markScale();
        for (TimeAccount a : event.start().accounts()) {
            double ax = viewport.xOf((a.earliest().getEpochSecond() + a.latest().getEpochSecond()) / 2.0);
            g.setFill(tones.outlineOf(c, view.background()));
            g.fillRect(ax - 0.75 * grown, cy + 5 * grown, 1.5 * grown, 4 * grown);
        }
        sprites.hollow(g, tones.outlineOf(c, view.background()), view.background(), cx, cy);
    }

    private void drawLabels(GraphicsContext g, TimelineView view, TimelineLayout layout, Color[] colours,
                            double scroll, double areaHeight) {
        QueryResult result = view.result();
        g.setFont(type.title());
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        double row = layout.rowHeight();
        for (PlacedLabel label : layout.labels()) {
            if (!visible(label.y() - row / 2, label.y() + row / 2, scroll, areaHeight)) {
                continue;
            }
            boolean match = result == null || result.eventMatches(label.event());
            g.setGlobalAlpha(match ? 1 : UNMATCHED_TITLE_ALPHA);
            g.setFill(label.side() == PlacedLabel.Side.INSIDE ? tones.titleOn(colours[label.lane()]) : view.textFill());
            g.fillText(label.text(), label.x(), label.y());
        }
        g.setGlobalAlpha(1);
    }
}
