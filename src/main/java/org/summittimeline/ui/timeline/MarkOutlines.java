package org.summittimeline.ui.timeline;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

/**
 * The outlines of the timeline's small marks, sampled once per scale (the screen's times the marks') with {@code SAMPLES × SAMPLES}
 * samples a pixel for smooth edges, and filled with whatever colours a mark needs ({@link MarkSprites} keeps the
 * images).
 */
final class MarkOutlines {
    private static final int SAMPLES = 4;
    /** The diamond's halo: its edge's outline pushed out by 1.2 px (1 + 1.2 × √(1/6² + 1/7²)). */
    static final double HALO = 1 + 1.2 * Math.sqrt(1 / 36.0 + 1 / 49.0);

    /**
     * A mark's shape: the parts it is made of, each filled with one colour. Which part a point falls in is asked
     * {@code SAMPLES × SAMPLES} times a pixel, once per screen scale and shape ({@link Coverage}), not once per
     * colour: the first frame of a million events asks for a disc in every lane's colour, and sampling each
     * again was a tenth of that frame's work on the UI thread.
     */
    enum Outline {
        /** A cluster's disc, 16 across. */
        DISC(18, 18, 1, (x, y) -> Math.hypot(x - 9, y - 9) <= 8 ? 0 : -1),
        /**
         * An exact moment, 12 wide and 14 high: an inside (part 0) in an edge a little over a pixel wide (part 1), in
         * a halo of 1.2 px (part 2, the background's colour). In a dense hour blue diamonds stood on a neighbour's
         * blue band, and their edges ran into it and into each other.
         */
        DIAMOND(16, 18, 3, (x, y) -> Math.abs(x - 8) / 4.6 + Math.abs(y - 9) / 5.4 <= 1 ? 0
                : Math.abs(x - 8) / 6 + Math.abs(y - 9) / 7 <= 1 ? 1
                : Math.abs(x - 8) / 6 + Math.abs(y - 9) / 7 <= MarkOutlines.HALO ? 2 : -1),
        /** An uncertain moment: an inside 8 across (part 0) in a ring 2 wide (part 1). */
        HOLLOW(14, 14, 2, (x, y) -> {
            double r = Math.hypot(x - 7, y - 7);
            return r <= 4 ? 0 : r <= 6 ? 1 : -1;
        });

        final int width;
        final int height;
        final int parts;
        private final PartAt partAt;

        Outline(int width, int height, int parts, PartAt partAt) {
            this.width = width;
            this.height = height;
            this.parts = parts;
            this.partAt = partAt;
        }
    }

    /** Which part of a shape a point (in logical pixels from the image's corner) falls in, or -1 for none. */
    private interface PartAt {
        int at(double x, double y);
    }

    /** Per outline, at the current scale: the share of each pixel's samples that falls in each part. */
    private final Map<Outline, Coverage> coverage = new EnumMap<>(Outline.class);
    private double scale = 1;

    /** Samples the outlines again for a new scale: the screen's, times the marks' (which grow with the type). */
    void scale(double outputScale) {
        if (outputScale != scale) {
            coverage.clear();
            scale = outputScale;
        }
    }

    private record Coverage(int width, int height, float[][] shares) {
        static Coverage of(Outline outline, double scale) {
            int pw = (int) Math.ceil(outline.width * scale);
            int ph = (int) Math.ceil(outline.height * scale);
            float[][] shares = new float[outline.parts][pw * ph];
            double step = 1.0 / (SAMPLES * scale);
            float sample = 1f / (SAMPLES * SAMPLES);
            for (int py = 0; py < ph; py++) {
                for (int px = 0; px < pw; px++) {
                    for (int sy = 0; sy < SAMPLES; sy++) {
                        for (int sx = 0; sx < SAMPLES; sx++) {
                            int part = outline.partAt.at(px / scale + (sx + 0.5) * step, py / scale + (sy + 0.5) * step);
                            if (part >= 0) {
                                shares[part][py * pw + px] += sample;
                            }
                        }
                    }
                }
            }
            return new Coverage(pw, ph, shares);
        }
    }

    /**
     * The outline at the current scale, part i filled with {@code colours[i]}: each pixel the samples' colours
     * averaged by their opacity, its opacity their mean, as if every sample had been read one by one.
     */
    Image raster(Outline outline, Color... colours) {
        if (colours.length != outline.parts) {
            throw new IllegalArgumentException(outline + " has " + outline.parts + " parts, given " + colours.length
                    + " colours");
        }
        Coverage cover = coverage.computeIfAbsent(outline, o -> Coverage.of(o, scale));
        int[] argb = new int[cover.width() * cover.height()];
        for (int p = 0; p < argb.length; p++) {
            double r = 0;
            double gr = 0;
            double b = 0;
            double a = 0;
            for (int part = 0; part < colours.length; part++) {
                double weight = cover.shares()[part][p] * colours[part].getOpacity();
                r += colours[part].getRed() * weight;
                gr += colours[part].getGreen() * weight;
                b += colours[part].getBlue() * weight;
                a += weight;
            }
            if (a > 0) {
                argb[p] = channel(Math.min(1, a)) << 24 | channel(Math.min(1, r / a)) << 16
                        | channel(Math.min(1, gr / a)) << 8 | channel(Math.min(1, b / a));
            }
        }
        WritableImage image = new WritableImage(cover.width(), cover.height());
        image.getPixelWriter().setPixels(0, 0, cover.width(), cover.height(), PixelFormat.getIntArgbInstance(), argb, 0,
                cover.width());
        return image;
    }

    /** As {@link Color}'s own conversion to a byte. */
    private static int channel(double v) {
        return (int) Math.round(v * 255);
    }
}
