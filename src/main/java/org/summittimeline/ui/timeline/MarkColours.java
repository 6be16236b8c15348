package org.summittimeline.ui.timeline;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.paint.Color;
import org.summittimeline.ui.Contrast;
import org.summittimeline.ui.timeline.layout.MarkEdge;

/**
 * The colours a lane's marks and titles are drawn in, worked out from the lane's colour and the background: the
 * ring that stands out, the title that reads on a bar, the cluster's disc and how far a mark a search does not
 * match fades. Each is worked out once per colour (and background), not for every mark of every frame.
 */
final class MarkColours {
    /** The faintest a mark a search does not match is drawn, before it would no longer be seen at all. */
    static final double LEAST_UNMATCHED_CONTRAST = 1.5;
    /**
     * The same on a dark background, where that ratio read fainter still: a span's faded, uncertain ends (the
     * breakfast, the talks) all but vanished beside the lane bands of the dark theme.
     */
    static final double LEAST_UNMATCHED_CONTRAST_DARK = 1.8;
    private static final Color DARK_TEXT = Color.BLACK;

    private final Map<Color, Color> titleColours = new HashMap<>();
    private final Map<Color, Color> discs = new HashMap<>();
    /** The colours worked out against one background, all dropped together when it changes (the theme). */
    private Color background;
    private final Map<Color, Color> outlines = new HashMap<>();
    private final Map<Color, Color> edges = new HashMap<>();
    private final Map<Color, Double> unmatched = new HashMap<>();
    private final Map<Color, Color> fadedDiscs = new HashMap<>();
    private final Map<Color, Color> discRings = new HashMap<>();

    /** What a mark needs against the background to be seen: WCAG's 3:1 for graphics. */
    static final double GRAPHIC_CONTRAST = 3;

    /**
     * How strongly the mark of an event a search does not match is drawn: 0.22, set far back, unless that leaves
     * it under {@link #leastUnmatchedContrast} against the background, as a dark lane colour on the dark theme's
     * background (Putin's blue faded to 1.2:1 and the lane looked empty); then as little more as it takes.
     */
    static double unmatchedAlpha(Color lane, Color background) {
        double alpha = 0.22;
        double least = leastUnmatchedContrast(background);
        while (alpha < 0.6 && Contrast.ratio(Contrast.over(Color.color(lane.getRed(), lane.getGreen(), lane.getBlue(),
                alpha), background), background) < least) {
            alpha += 0.02;
        }
        return alpha;
    }

    static double leastUnmatchedContrast(Color background) {
        return background.getBrightness() < 0.5 ? LEAST_UNMATCHED_CONTRAST_DARK : LEAST_UNMATCHED_CONTRAST;
    }

    /**
     * A cluster's disc as it looks set back behind a search's matches, opaque, so that its count is written in
     * whichever ink reads on it. Faded as a whole, the count had faded with its disc: white on a pale disc, under
     * 2:1.
     */
    static Color fadedDisc(Color disc, double alpha, Color background) {
        return Contrast.over(Color.color(disc.getRed(), disc.getGreen(), disc.getBlue(), alpha), background);
    }

    /** The colour a solid mark's edge is drawn in ({@link MarkEdge}). */
    static Color edge(Color lane, Color background) {
        double[] e = MarkEdge.of(new double[] {lane.getRed(), lane.getGreen(), lane.getBlue()},
                new double[] {background.getRed(), background.getGreen(), background.getBlue()});
        return Color.color(e[0], e[1], e[2], lane.getOpacity());
    }

    /** A ring's colour: the lane's, darker on a light background and lighter on a dark one, so it stands out. */
    static Color outline(Color lane, Color background) {
        return background.getBrightness() < 0.5 ? lane.brighter() : lane.darker();
    }

    /** The colour of an event's title drawn on this fill; exposed so that a test can hold it to WCAG AA. */
    static Color textOn(Color fill) {
        return Contrast.lightWhereReadable(fill, DARK_TEXT, Color.WHITE);
    }

    Color titleOn(Color fill) {
        return titleColours.computeIfAbsent(fill, MarkColours::textOn);
    }

    /** Each lane colour's cluster disc ({@link #readableDisc}). */
    Color discOf(Color lane) {
        return discs.computeIfAbsent(lane, MarkColours::readableDisc);
    }

    Color edgeOf(Color lane, Color background) {
        return against(background).edges.computeIfAbsent(lane, c -> edge(c, background));
    }

    Color outlineOf(Color lane, Color background) {
        return against(background).outlines.computeIfAbsent(lane, c -> outline(c, background));
    }

    double unmatchedAlphaOf(Color lane, Color background) {
        return against(background).unmatched.computeIfAbsent(lane, c -> unmatchedAlpha(c, background));
    }

    /** The lane's cluster disc set back behind a search's matches ({@link #fadedDisc}). */
    Color fadedDiscOf(Color lane, Color background) {
        return against(background).fadedDiscs.computeIfAbsent(lane,
                c -> fadedDisc(discOf(c), unmatchedAlphaOf(c, background), background));
    }

    /**
     * A ring around the lane's cluster disc where the disc alone stands out from the background less than 3:1 (a
     * darkened blue or green on the dark theme, about 2.2:1: its count read, the disc hardly showed); transparent
     * where the disc needs none. The ring is the lane's outline colour, or white or black where that is no better.
     */
    Color discRingOf(Color lane, Color background) {
        return against(background).discRings.computeIfAbsent(lane, c -> {
            Color disc = discOf(c);
            if (Contrast.ratio(disc, background) >= GRAPHIC_CONTRAST) {
                return Color.TRANSPARENT;
            }
            Color ring = outline(c, background);
            return Contrast.ratio(ring, background) >= GRAPHIC_CONTRAST ? ring
                    : Contrast.readableOn(background, Color.BLACK, Color.WHITE);
        });
    }

    private MarkColours against(Color newBackground) {
        if (!newBackground.equals(background)) {
            outlines.clear();
            edges.clear();
            unmatched.clear();
            fadedDiscs.clear();
            discRings.clear();
            background = newBackground;
        }
        return this;
    }

    /**
     * The disc of a cluster in a lane of colour {@code lane}: darker than the lane, and then, where the count's
     * black or white on it would not reach 7:1, darker still under white writing or lighter under black. The
     * counts are written in 8 or 9 pixels at the designed size, where 4.5:1 (black on a pale teal disc: 4.75) was
     * hard to read.
     */
    static Color readableDisc(Color lane) {
        Color disc = lane.darker();
        Color ink = Contrast.readableOn(disc, Color.BLACK, Color.WHITE);
        for (int step = 0; step < 8 && Contrast.ratio(ink, disc) < SMALL_TEXT_CONTRAST; step++) {
            disc = ink.equals(Color.BLACK) ? disc.deriveColor(0, 1, 1.08, 1) : disc.deriveColor(0, 1, 0.92, 1);
        }
        return disc;
    }

    /** The contrast small writing needs: WCAG's enhanced level. */
    static final double SMALL_TEXT_CONTRAST = 7;

    /** The count's colour on a disc of {@code disc} (RGB): black or white, whichever contrasts more. */
    static int inkOn(Color disc) {
        return Contrast.readableOn(disc, Color.BLACK, Color.WHITE).equals(Color.BLACK) ? 0x000000 : 0xffffff;
    }

    /**
     * Text of the colour {@code ink} (RGB) with the alpha of {@code text} (the written sheet's coverage) over a
     * pixel {@code below}, both as ARGB without premultiplying.
     */
    static int inkOver(int text, int below, int ink) {
        if (text >>> 24 == 0) {
            // No writing here, as on most of a disc: the pixel below as it is, without the arithmetic.
            return below >>> 24 == 0 ? 0 : below;
        }
        double ta = (text >>> 24) / 255.0;
        double ba = (below >>> 24) / 255.0;
        double a = ta + ba * (1 - ta);
        if (a <= 0) {
            return 0;
        }
        int r = channel(ta, (ink >> 16) & 0xff, ba, (below >> 16) & 0xff, a);
        int gr = channel(ta, (ink >> 8) & 0xff, ba, (below >> 8) & 0xff, a);
        int b = channel(ta, ink & 0xff, ba, below & 0xff, a);
        return ((int) Math.round(a * 255) << 24) | (r << 16) | (gr << 8) | b;
    }

    private static int channel(double ta, int ink, double ba, int below, double a) {
        return (int) Math.round(Math.min(255, (ink * ta + below * ba * (1 - ta)) / a));
    }
}
