package org.summittimeline.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.summittimeline.ui.Fx;
import org.summittimeline.ui.Theme;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The status bar in a narrow window: Cancel stays whole and the bar keeps its height as a reading starts. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class StatusLineTest {
    private StatusLine status;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        status = new StatusLine(() -> { });
        BorderPane window = new BorderPane();
        window.getStyleClass().add("main-window");
        window.setBottom(status);
        stage.setScene(new Scene(window, 420, 200));
        stage.show();
        // At the screen's left edge: widened to 1280 px from the middle, the window ran past the headless screen,
        // which logged Monocle's painter overflowing its buffer.
        stage.setX(0);
    }

    @Test
    void manyFiltersLeaveTheReadingItsNameAndItsProgressBar(FxRobot robot) {
        javafx.scene.control.Label counts = robot.lookup("#counts").queryAs(javafx.scene.control.Label.class);
        Fx.interact(() -> {
            robot.window(0).setWidth(1280);
            status.showCounts("12 of 12 events \u00b7 29 of 29 quotes \u2014 " + "speaker: Vladimir Putin, ".repeat(12),
                    null, null);
            status.showReading("m.json", new ReadProgress(1000), () -> { });
            status.getScene().getRoot().applyCss();
            status.getScene().getRoot().layout();
        });
        javafx.scene.control.ProgressBar bar = robot.lookup(".status-bar .progress-bar")
                .queryAs(javafx.scene.control.ProgressBar.class);
        javafx.scene.control.Label reading = robot.lookup(".status-bar .status-label")
                .queryAs(javafx.scene.control.Label.class);
        assertTrue(bar.getWidth() >= bar.prefWidth(-1) - 0.5, "the progress bar is " + bar.getWidth() + " px of "
                + bar.prefWidth(-1));
        assertTrue(reading.getWidth() >= reading.prefWidth(-1) - 0.5, "the reading's line is whole: "
                + reading.getWidth() + " of " + reading.prefWidth(-1) + " px");
        assertTrue(counts.getWidth() < counts.prefWidth(-1) - 1, "the counts give way: " + counts.getWidth() + " of "
                + counts.prefWidth(-1) + " px");
    }

    @Test
    void aMessageCutByTheBarIsWholeInItsTooltip(FxRobot robot) {
        String copied = "Copied in APA (7th edition): Putin, V. (2018, July 16). [Joint press conference] "
                + "(Associated Press)";
        Fx.interact(() -> {
            robot.window(0).setWidth(420);
            status.say(copied);
            status.getScene().getRoot().layout();
        });
        javafx.scene.control.Label message = robot.lookup(".status-bar .status-label")
                .queryAs(javafx.scene.control.Label.class);
        assertTrue(message.getWidth() < message.prefWidth(-1), "cut in a window of 420 px: " + message.getWidth());
        assertEquals(copied, message.getTooltip().getText());
        // Wrapped, not one line that runs off the screen's edge.
        javafx.scene.control.Tooltip tip = message.getTooltip();
        assertTrue(tip.isWrapText() && tip.getMaxWidth() == tip.getFont().getSize() * StatusLine.WRAP_EMS,
                "wraps at " + tip.getMaxWidth());
        Fx.interact(() -> status.say(""));
        assertEquals(null, message.getTooltip(), "no empty tooltip");
    }

    @Test
    void cancelKeepsItsWholeCaptionWhenTheLineIsShortOfRoom(FxRobot robot) {
        double idle = status.getHeight();
        Fx.interact(() -> {
            status.say("helsinki-2018-summit-with-a-long-name-for-a-narrow-window.json");
            status.showReading("a-file-with-a-long-name-for-a-narrow-window.json", new ReadProgress(1000), () -> { });
            status.getScene().getRoot().applyCss();
            status.getScene().getRoot().layout();
        });
        Button cancel = robot.lookup("#open-cancel").queryButton();
        assertTrue(cancel.isVisible());
        assertTrue(cancel.getWidth() >= cancel.prefWidth(-1) - 0.5,
                "Cancel is " + cancel.getWidth() + " px of the " + cancel.prefWidth(-1) + " its caption needs");
        assertEquals(idle, status.getHeight(), "the bar keeps its height as the reading starts");
        assertTrue(cancel.getHeight() < status.getHeight() - 2, "room above and below Cancel: " + cancel.getHeight()
                + " px in a bar of " + status.getHeight());
    }

    @Test
    void theCountsTakeTheRoomAShortFileNameLeavesThem(FxRobot robot) {
        javafx.scene.control.Label counts = robot.lookup("#counts").queryAs(javafx.scene.control.Label.class);
        String line = "0 of 12 events \u00b7 0 of 29 quotes \u2014 events by category: Arrival \u00b7 "
                + "events and quotes by topic: election interference \u00b7 quotes by kind: direct";
        Fx.interact(() -> {
            robot.window(0).setWidth(1280);
            status.say("helsinki-2018-summit.json");
            status.showCounts(line, null, null);
            status.getScene().getRoot().applyCss();
            status.getScene().getRoot().layout();
        });
        assertTrue(counts.prefWidth(-1) > status.getWidth() / 2, "a line longer than half the bar");
        javafx.scene.text.Text drawn = (javafx.scene.text.Text) counts.lookup(".text");
        assertEquals(line, drawn.getText(), "whole, beside a short file name");
    }

    /** In German at 250 %, the counts stay whole beside a message aside, which gives way. */
    @Test
    void atTheLargestTypeTheGermanCountsStayWholeBesideAMessage(FxRobot robot) {
        javafx.scene.control.Label counts = robot.lookup("#counts").queryAs(javafx.scene.control.Label.class);
        String line = "12 von 12 Ereignissen \u00b7 29 von 29 Zitaten";
        try {
            Fx.interact(() -> {
                robot.window(0).setWidth(1280);
                status.getScene().getRoot().setStyle("-fx-font-size: 35px;");
                status.say("W\u00e4hlen Sie zuerst ein Ereignis: F klappt die Bahnen des gew\u00e4hlten Ereignisses ein");
                status.showCounts(line, null, null);
                status.getScene().getRoot().applyCss();
                status.getScene().getRoot().layout();
            });
            Fx.interact(() -> {
                assertTrue(counts.prefWidth(-1) > status.getWidth() / 2, "counts longer than half the bar");
                assertEquals(line, ((javafx.scene.text.Text) counts.lookup(".text")).getText(), "the counts whole");
            });
        } finally {
            Fx.interact(() -> status.getScene().getRoot().setStyle(""));
        }
    }

    @Test
    void aLongMessageLeavesTheCountsWhole(FxRobot robot) {
        javafx.scene.control.Label counts = robot.lookup("#counts").queryAs(javafx.scene.control.Label.class);
        String line = "12 of 12 events \u00b7 29 of 29 quotes";
        Fx.interact(() -> {
            robot.window(0).setWidth(1280);
            // A copied citation is said whole; the walk saw the counts cut to "29 of 2\u2026" beside it.
            status.say("Copied in APA (7th edition): Vladimir Putin: Moscow never interfered and will never "
                    + "interfere in the U.S. electoral process. (Associated Press, 2018, para. 1)");
            status.showCounts(line, null, null);
            status.getScene().getRoot().applyCss();
            status.getScene().getRoot().layout();
        });
        javafx.scene.text.Text drawn = (javafx.scene.text.Text) counts.lookup(".text");
        assertEquals(line, drawn.getText(), "the counts whole beside a long message");
        javafx.scene.control.Label message = robot.lookup(".status-bar .status-label")
                .queryAs(javafx.scene.control.Label.class);
        assertTrue(message.getWidth() < message.prefWidth(-1), "the message gives way");
    }

    /**
     * At 215 % on 1280 px one filter's description was cut ("— events by actor:…"): where it has no room the line
     * says how many filters act, and where even that has none, the counts alone; the tooltip names them all.
     */
    @Test
    void filtersTheLineHasNoRoomToNameAreCounted(FxRobot robot) {
        javafx.scene.control.Label counts = robot.lookup("#counts").queryAs(javafx.scene.control.Label.class);
        String alone = "6 of 12 events \u00b7 26 of 29 quotes";
        String whole = alone + " \u2014 events by actor: Vladimir Putin";
        String counted = alone + " \u2014 " + org.summittimeline.ui.Texts.format("window.status.filterCount", 1);
        try {
            assertEquals(List.of(whole, whole, counted, alone), List.of(drawnAt(robot, 1280, 14, whole, counted, alone),
                    drawnAt(robot, 1280, 22, whole, counted, alone), drawnAt(robot, 1280, 30, whole, counted, alone),
                    drawnAt(robot, 900, 30, whole, counted, alone)), "at 100 %, 160 %, 215 % and in 900 px at 215 %");
            assertEquals(whole, counts.getTooltip().getText(), "the tooltip names the filter");
            assertEquals("2 filters", org.summittimeline.ui.Texts.format("window.status.filterCount", 2));
        } finally {
            Fx.interact(() -> status.getScene().getRoot().setStyle(""));
        }
    }

    /** The counts as drawn in a window {@code width} px wide at type of {@code size} px, beside a file's name. */
    private String drawnAt(FxRobot robot, double width, double size, String whole, String counted, String alone) {
        Fx.interact(() -> {
            robot.window(0).setWidth(width);
            status.getScene().getRoot().setStyle("-fx-font-size: " + size + "px;");
            status.say("helsinki-2018-summit.json");
            status.showCounts(whole, counted, alone);
            status.getScene().getRoot().applyCss();
            status.getScene().getRoot().layout();
        });
        return Fx.interact(() -> {
            javafx.scene.control.Label counts = robot.lookup("#counts").queryAs(javafx.scene.control.Label.class);
            javafx.scene.text.Text drawn = (javafx.scene.text.Text) counts.lookup(".text");
            return drawn.getText();
        });
    }
}
