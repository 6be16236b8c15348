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
        robot.interact(() -> {
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
}
