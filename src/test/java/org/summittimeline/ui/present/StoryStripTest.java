package org.summittimeline.ui.present;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.summittimeline.BundledTimeline;
import org.summittimeline.model.Event;
import org.summittimeline.model.Timeline;
import org.summittimeline.query.QueryFilter;
import org.summittimeline.query.TimelineQuery;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The story's dots along a slide's foot: the current one is whole, not covered by a neighbour minutes away. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class StoryStripTest {
    private static final double CURRENT_RADIUS = 11;
    private StoryStrip strip;

    @Start
    void start(Stage stage) {
        Timeline helsinki = BundledTimeline.helsinki();
        TimelineQuery q = new TimelineQuery(helsinki, Runnable::run);
        // The protester was escorted out minutes before the press conference, the next step: their dots overlap.
        Event protester = helsinki.event("protester-removed").orElseThrow();
        strip = new StoryStrip(new Presentation(q, q.apply(QueryFilter.NONE), protester));
        strip.setTheme(PresentationTheme.HIGH_CONTRAST);
        stage.setScene(new Scene(new StackPane(strip), 1280, 40));
        stage.show();
    }

    @Test
    void theCurrentStepsDotIsDrawnOverItsNeighbours(FxRobot robot) {
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = strip.snapshot(null, null));
        PixelReader pixels = shot[0].getPixelReader();
        int y = (int) (shot[0].getHeight() / 2);
        Color accent = PresentationTheme.HIGH_CONTRAST.accent();
        // The longest run of the accent along the line is the current dot's width, unless another covers part.
        int longest = 0;
        int run = 0;
        for (int x = 0; x < shot[0].getWidth(); x++) {
            run = near(pixels.getColor(x, y), accent) ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        assertTrue(longest >= 2 * CURRENT_RADIUS - 2, "the current dot shows " + longest + " px of its "
                + (int) (2 * CURRENT_RADIUS) + " across");
    }

    private static boolean near(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 0.1 && Math.abs(a.getGreen() - b.getGreen()) < 0.1
                && Math.abs(a.getBlue() - b.getBlue()) < 0.1;
    }
}
