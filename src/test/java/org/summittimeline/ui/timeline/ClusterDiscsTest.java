package org.summittimeline.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.summittimeline.ui.Fx;

/**
 * A cluster's disc shows its own count whichever counts were drawn before it: each colour's discs are laid one
 * count at a time, the first time that count is drawn.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ClusterDiscsTest {
    private static final Color TEAL = Color.web("#76b7b2");
    private static final Color BLUE = Color.web("#4e79a7");

    @Start
    void start(Stage stage) {
        stage.show();
    }

    /** The pixels of an 18 × 18 disc of each count, drawn in this order by one set of sprites, as ARGB. */
    private static List<int[]> drawn(FxRobot robot, Color colour, String... counts) {
        List<int[]> discs = new ArrayList<>();
        Fx.interact(() -> {
            MarkSprites sprites = new MarkSprites();
            Canvas canvas = new Canvas(20 * counts.length, 20);
            Font font = Font.font(11);
            for (int i = 0; i < counts.length; i++) {
                sprites.cluster(canvas.getGraphicsContext2D(), colour, counts[i], font, 20 * i + 10, 10);
            }
            SnapshotParameters clear = new SnapshotParameters();
            clear.setFill(Color.TRANSPARENT);
            WritableImage image = canvas.snapshot(clear, null);
            for (int i = 0; i < counts.length; i++) {
                int[] argb = new int[18 * 18];
                image.getPixelReader().getPixels(20 * i + 1, 1, 18, 18, PixelFormat.getIntArgbInstance(), argb, 0, 18);
                discs.add(argb);
            }
        });
        return discs;
    }

    @Test
    void noCountReachesTheRimOfItsDisc(FxRobot robot) {
        String[] counts = new String[100];
        for (int n = 1; n <= 99; n++) {
            counts[n - 1] = String.valueOf(n);
        }
        counts[99] = "99+";
        for (Color colour : new Color[] {TEAL, BLUE}) {
            // An empty count is a disc with nothing written on it: what each disc's sides must look like.
            int[] plain = drawn(robot, colour, "").get(0);
            List<int[]> written = drawn(robot, colour, counts);
            for (int i = 0; i < counts.length; i++) {
                for (int y = 0; y < 18; y++) {
                    // The disc stands from x = 1 to 17: its two outermost columns each side stay clear; "99+",
                    // whose digits would be too small to read in so little room, its outermost one.
                    int[] clear = i == 99 ? new int[] {0, 1, 16, 17} : new int[] {0, 1, 2, 15, 16, 17};
                    for (int x : clear) {
                        assertEquals(plain[y * 18 + x], written.get(i)[y * 18 + x],
                                counts[i] + " written at (" + x + ", " + y + ")");
                    }
                }
            }
        }
    }

    @Test
    void eachDiscShowsItsOwnCountWhateverWasDrawnBefore(FxRobot robot) {
        String[] counts = {"1", "7", "42", "99", "99+"};
        for (Color colour : new Color[] {TEAL, BLUE}) {
            List<int[]> alone = new ArrayList<>();
            for (String count : counts) {
                alone.add(drawn(robot, colour, count).get(0));
            }
            // The same counts after others, backwards and twice over, by one set of sprites.
            List<int[]> after = drawn(robot, colour, "99+", "42", "3", "99", "7", "1", "7", "1", "42", "99", "99+");
            int[][] expected = {alone.get(4), alone.get(2), null, alone.get(3), alone.get(1), alone.get(0),
                    alone.get(1), alone.get(0), alone.get(2), alone.get(3), alone.get(4)};
            for (int i = 0; i < expected.length; i++) {
                if (expected[i] != null) {
                    assertArrayEquals(expected[i], after.get(i), "disc " + i);
                }
            }
            for (int a = 0; a < counts.length; a++) {
                int centre = alone.get(a)[9 * 18 + 2];
                assertEquals(0xff, centre >>> 24, counts[a] + ": the disc is drawn");
                for (int b = a + 1; b < counts.length; b++) {
                    assertFalse(java.util.Arrays.equals(alone.get(a), alone.get(b)),
                            counts[a] + " and " + counts[b] + " are written differently");
                }
            }
        }
        assertTrue(drawn(robot, TEAL, "5").get(0)[0] >>> 24 < 0x80, "outside the disc, its corner is clear");
    }

    /**
     * Each shape's pixels as if each of its 4 × 4 samples had been read in its part's colour: the colours averaged
     * by their opacity, the pixel's opacity their mean. Outlines sampled once and coloured per colour must give
     * what sampling each colour did, at a scale of 1 and of 2, for a translucent inside in an opaque ring too.
     */
    @Test
    void everyShapeIsFilledAsIfEachSampleWereReadInItsPartsColour(FxRobot robot) {
        Color inside = Color.web("#c0392b", 0.6);
        Color ring = Color.web("#4e79a7");
        for (double scale : new double[] {1, 2}) {
            Fx.interact(() -> {
                MarkOutlines outlines = new MarkOutlines();
                outlines.scale(scale);
                // Painted twice, the second from the outline sampled for the first.
                outlines.raster(MarkOutlines.Outline.HOLLOW, ring, inside);
                assertLike(sampled(14, 14, scale, (x, y) -> {
                    double r = Math.hypot(x - 7, y - 7);
                    return r <= 4 ? inside : r <= 6 ? ring : null;
                }), outlines.raster(MarkOutlines.Outline.HOLLOW, inside, ring), "hollow at " + scale);
                assertLike(sampled(18, 18, scale, (x, y) -> Math.hypot(x - 9, y - 9) <= 8 ? ring : null),
                        outlines.raster(MarkOutlines.Outline.DISC, ring), "disc at " + scale);
                Color halo = Color.web("#ffffff", 0.85);
                assertLike(sampled(16, 18, scale, (x, y) -> Math.abs(x - 8) / 4.6 + Math.abs(y - 9) / 5.4 <= 1 ? inside
                                : Math.abs(x - 8) / 6 + Math.abs(y - 9) / 7 <= 1 ? ring
                                : Math.abs(x - 8) / 6 + Math.abs(y - 9) / 7 <= MarkOutlines.HALO ? halo : null),
                        outlines.raster(MarkOutlines.Outline.DIAMOND, inside, ring, halo), "diamond at " + scale);
            });
        }
    }

    private interface ColourAt {
        Color at(double x, double y);
    }

    /** The reference: every sample of every pixel read, as ARGB without premultiplying. */
    private static int[][] sampled(int width, int height, double scale, ColourAt shape) {
        int pw = (int) Math.ceil(width * scale);
        int ph = (int) Math.ceil(height * scale);
        int[][] argb = new int[ph][pw];
        double step = 1.0 / (4 * scale);
        for (int py = 0; py < ph; py++) {
            for (int px = 0; px < pw; px++) {
                double r = 0;
                double g = 0;
                double b = 0;
                double a = 0;
                for (int sy = 0; sy < 4; sy++) {
                    for (int sx = 0; sx < 4; sx++) {
                        Color c = shape.at(px / scale + (sx + 0.5) * step, py / scale + (sy + 0.5) * step);
                        if (c != null) {
                            r += c.getRed() * c.getOpacity();
                            g += c.getGreen() * c.getOpacity();
                            b += c.getBlue() * c.getOpacity();
                            a += c.getOpacity();
                        }
                    }
                }
                argb[py][px] = a == 0 ? 0 : (int) Math.round(a / 16 * 255) << 24 | (int) Math.round(r / a * 255) << 16
                        | (int) Math.round(g / a * 255) << 8 | (int) Math.round(b / a * 255);
            }
        }
        return argb;
    }

    /**
     * The image's pixels as the reference's, within what storing them premultiplied in bytes loses: one step of
     * opacity, and of colour where the pixel is opaque enough for its colour to be kept.
     */
    private static void assertLike(int[][] expected, javafx.scene.image.Image image, String what) {
        assertEquals(expected.length, (int) image.getHeight(), what + ": height");
        assertEquals(expected[0].length, (int) image.getWidth(), what + ": width");
        int covered = 0;
        for (int y = 0; y < expected.length; y++) {
            for (int x = 0; x < expected[0].length; x++) {
                int want = expected[y][x];
                int got = image.getPixelReader().getArgb(x, y);
                String at = what + " at (" + x + ", " + y + "): " + Integer.toHexString(want) + " against "
                        + Integer.toHexString(got);
                assertTrue(Math.abs((want >>> 24) - (got >>> 24)) <= 1, at);
                if (want >>> 24 >= 0x40) {
                    covered++;
                    for (int shift = 0; shift <= 16; shift += 8) {
                        assertTrue(Math.abs((want >> shift & 0xff) - (got >> shift & 0xff)) <= 4, at);
                    }
                }
            }
        }
        assertTrue(covered > 20, what + ": the shape is drawn");
    }
}
