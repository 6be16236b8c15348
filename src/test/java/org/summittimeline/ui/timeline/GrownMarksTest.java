package org.summittimeline.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelReader;
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
 * The marks are drawn as large as the layout makes room for at the reader's type size: at 250 % a diamond, an
 * uncertain moment's ring and a cluster's disc two and a half times as wide, the count on the disc written as much
 * larger (at the designed size it had stood in 8 pixels beside titles of 30).
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class GrownMarksTest {
    private static final Color BLUE = Color.web("#4e79a7");

    @Start
    void start(Stage stage) {
        stage.show();
    }

    /** The widths of a diamond, a ring and a disc drawn at these mark sizes, and the count's pixels on the disc. */
    private static double[] drawn(FxRobot robot, double markScale) {
        double[] out = new double[4];
        Fx.interact(() -> {
            MarkSprites sprites = new MarkSprites();
            sprites.scale(1, markScale);
            Canvas canvas = new Canvas(300, 100);
            GraphicsContext g = canvas.getGraphicsContext2D();
            sprites.diamond(g, BLUE, BLUE.darker(), Color.WHITE, 50, 50);
            sprites.hollow(g, BLUE, Color.WHITE, 150, 50);
            Color disc = MarkColours.readableDisc(BLUE);
            sprites.cluster(g, disc, "42", Font.font(11), 250, 50);
            SnapshotParameters clear = new SnapshotParameters();
            clear.setFill(Color.TRANSPARENT);
            WritableImage image = canvas.snapshot(clear, null);
            PixelReader pixels = image.getPixelReader();
            for (int part = 0; part < 3; part++) {
                int first = -1;
                int last = -1;
                for (int x = part * 100; x < part * 100 + 100; x++) {
                    // The mark's own colour, not its translucent halo.
                    if (pixels.getColor(x, 50).getOpacity() > 0.9 && !pixels.getColor(x, 50).equals(Color.WHITE)) {
                        first = first < 0 ? x : first;
                        last = x;
                    }
                }
                out[part] = first < 0 ? 0 : last - first + 1;
            }
            int ink = 0;
            for (int y = 0; y < 100; y++) {
                for (int x = 200; x < 300; x++) {
                    Color c = pixels.getColor(x, y);
                    ink += c.getOpacity() > 0.9 && c.getBrightness() > 0.8 ? 1 : 0;
                }
            }
            out[3] = ink;
        });
        return out;
    }

    @Test
    void atLargerTypeEachMarkAndItsCountAreDrawnAsMuchLarger(FxRobot robot) {
        double[] designed = drawn(robot, 1);
        double[] grown = drawn(robot, 2.5);
        String[] names = {"diamond", "uncertain moment's ring", "cluster's disc"};
        for (int part = 0; part < 3; part++) {
            assertTrue(designed[part] >= 8, names[part] + " drawn at its designed size: " + designed[part] + " px");
            assertEquals(2.5, grown[part] / designed[part], 0.3,
                    names[part] + ": " + designed[part] + " px, then " + grown[part] + " px");
        }
        assertTrue(designed[3] > 5, "the count is written: " + designed[3] + " pixels");
        assertTrue(grown[3] >= 4 * designed[3], "the count grows with its disc: " + designed[3] + " pixels, then "
                + grown[3]);
    }
}
