package org.summittimeline.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.summittimeline.app.FileDocuments;
import org.summittimeline.format.LoadResult;
import org.summittimeline.format.SyntheticTimeline;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.model.Event;
import org.summittimeline.query.TimelineQuery;
import org.summittimeline.ui.AppState;
import org.summittimeline.ui.BackgroundWork;
import org.summittimeline.ui.Fx;
import org.summittimeline.ui.RenderedPulse;
import org.summittimeline.ui.Settings;
import org.summittimeline.ui.Theme;
import org.summittimeline.ui.shell.MainWindow;
import org.summittimeline.ui.timeline.layout.TimelineLayout;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Scrolled to a selection, the lanes stop with a lane's or a row's top at the area's top edge. A new user stepping
 * through a dense file saw a sliver of the row above, the feet of its letters and the tips of its diamonds, over the
 * next lane's name.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 90, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class RevealStopsTest {
    private AppState state;
    private TimelineView view;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        MainWindow window = new MainWindow(new FileDocuments(new TimelineLoader()), BackgroundWork.sameThread(),
                Settings.inMemory(), url -> { });
        state = window.state();
        stage.setScene(new Scene(window, 1280, 720));
        stage.show();
        window.openBundled();
        view = window.timelineView();
    }

    /** Shows the bursty 300-event file the dense-file walks used. */
    private void showDense(FxRobot robot) throws Exception {
        StringWriter json = new StringWriter();
        new SyntheticTimeline(300, 3, true).write(json);
        LoadResult loaded = new TimelineLoader().load(new ByteArrayInputStream(
                json.toString().getBytes(StandardCharsets.UTF_8)), "dense.json");
        assertFalse(loaded.hasErrors(), loaded.problems().toString());
        Fx.interact(() -> state.queryProperty().set(new TimelineQuery(loaded.timeline())));
        RenderedPulse.await(robot, view.getScene());
    }

    @Test
    void aSelectionScrolledToLeavesNoRowCutAtTheTop(FxRobot robot) throws Exception {
        showDense(robot);
        TimelineSkin skin = (TimelineSkin) view.getSkin();
        List<Event> events = state.result().shownEvents();
        int moved = 0;
        int lanesTop = 0;
        double before = view.laneScroll();
        // Every seventh event, from the first to the last and back: the lanes scroll down and up.
        for (int k = 0; k < 2 * events.size(); k += 7) {
            Event e = events.get(k < events.size() ? k : 2 * events.size() - 1 - k);
            RenderedPulse.after(view.getScene(), () -> state.selectedEventProperty().set(e));
            double now = view.laneScroll();
            TimelineLayout layout = view.currentLayout();
            double max = LaneScroll.maxFor(layout.contentHeight(), skin.laneAreaHeight());
            if (Math.abs(now - before) > 0.5 && now > 0.5) {
                moved++;
                LaneScroll.Stops stops = LaneScroll.stops(layout);
                double at = now;
                assertTrue(Arrays.stream(stops.lanes()).anyMatch(s -> Math.abs(s - at) <= 1)
                                || Arrays.stream(stops.rows()).anyMatch(s -> Math.abs(s - at) <= 1),
                        e.title() + ": scrolled to " + now + ", not a lane's or row's top: " + Arrays.toString(stops.rows()));
                lanesTop += Arrays.stream(stops.lanes()).anyMatch(s -> Math.abs(s - at) <= 1) ? 1 : 0;
            }
            before = now;
        }
        assertTrue(moved >= 3, "the lanes scrolled to selections: " + moved);
        assertTrue(lanesTop >= 1, "a lane's top where one keeps the selection in view: " + lanesTop + " of " + moved);
    }

    /**
     * A new user stepped to a dense file's last lane and zoomed in twice: the lanes had stopped at their end, half of
     * the lane above's cluster over the last lane's name. They stop at a lane's or a row's top, past the end if need be.
     */
    @Test
    void steppedToTheLastLaneAndZoomedTheLanesStopAtARowsTop(FxRobot robot) throws Exception {
        showDense(robot);
        for (int step = 0; step < 3; step++) {
            Fx.interact(() -> view.selectRelative(1));
            RenderedPulse.await(robot, view.getScene());
        }
        TimelineSkin skin = (TimelineSkin) view.getSkin();
        int atTheEnd = 0;
        for (int zoom = 0; zoom <= 3; zoom++) {
            double now = view.laneScroll();
            TimelineLayout layout = view.currentLayout();
            LaneScroll.Stops stops = LaneScroll.stops(layout);
            assertTrue(zoom > 0 || now > 0.5, "the lanes scrolled to the last lane's event");
            assertTrue(now < 0.5 || Arrays.stream(stops.lanes()).anyMatch(s -> Math.abs(s - now) <= 1)
                            || Arrays.stream(stops.rows()).anyMatch(s -> Math.abs(s - now) <= 1),
                    "after " + zoom + " zooms the lanes at " + now + ", no lane's or row's top: "
                            + Arrays.toString(stops.rows()));
            double max = LaneScroll.maxFor(layout.contentHeight(), skin.laneAreaHeight());
            atTheEnd += max > 0 && now >= max - 0.5 ? 1 : 0;
            if (zoom < 3) {
                Fx.interact(view::zoomIn);
                RenderedPulse.await(robot, view.getScene());
            }
        }
        assertTrue(atTheEnd >= 1, "at the lanes' end at least once");
    }

    @Test
    void aRevealStopsAtALanesTopElseARowsTop() {
        LaneScroll scroll = new LaneScroll(() -> { });
        // Two lanes, at 0 and 70, of three rows each.
        LaneScroll.Stops stops = new LaneScroll.Stops(new double[] {0, 70}, new double[] {3, 23, 43, 73, 93, 113});
        // Down to a band [80, 110] in an area 50 high: the least move (60) would cut the row from 43 to 63; the
        // second lane's top (70) keeps the band whole.
        scroll.reveal(80, 110, 50, stops);
        assertArrayEquals(new double[] {70}, new double[] {scroll.value()});
        // Up to a band [30, 60]: no lane's top keeps it whole in 50 px (0 would cut it); its row's top (23) does.
        scroll.reveal(30, 60, 50, stops);
        assertArrayEquals(new double[] {23}, new double[] {scroll.value()});
        // A band already in view moves nothing.
        scroll.reveal(30, 50, 50, stops);
        assertArrayEquals(new double[] {23}, new double[] {scroll.value()});
        // Down to [95, 125]: 75 is the least move; the second lane's top (70) would cut the band, its row (93) keeps it.
        scroll.reveal(95, 125, 50, stops);
        assertArrayEquals(new double[] {93}, new double[] {scroll.value()});
    }

    /**
     * At the content's end the area's top edge stood where the content's height put it, through a row: a reveal
     * there goes on to the next row's top, up to a row past the end, and the reader's scroll back comes within it.
     */
    @Test
    void aRevealAtTheEndStopsAtARowsTopPastIt() {
        LaneScroll scroll = new LaneScroll(() -> { });
        LaneScroll.Stops stops = new LaneScroll.Stops(new double[] {0, 70}, new double[] {3, 23, 43, 73, 93, 113});
        // Content 136 px in an area 50 high: the lanes scroll 86 at most, through the row from 73 to 93.
        double max = LaneScroll.maxFor(136, 50);
        assertArrayEquals(new double[] {86}, new double[] {max});
        scroll.reveal(100, 136, 50, stops, max, 20);
        scroll.fit(136, 50);
        assertArrayEquals(new double[] {93}, new double[] {scroll.value()});
        // A wheel's notch up comes back within the content; down goes no further than the reveal went.
        assertFalse(scroll.by(10, max), "no further down");
        assertTrue(scroll.by(-10, max));
        scroll.fit(136, 50);
        assertArrayEquals(new double[] {83}, new double[] {scroll.value()});
        assertTrue(scroll.by(10, max));
        scroll.fit(136, 50);
        assertArrayEquals(new double[] {86}, new double[] {scroll.value()}, "the content's end, as before");
        // No stop within a row past the end: the end it is.
        scroll.set(0);
        scroll.reveal(100, 136, 50, new LaneScroll.Stops(new double[] {0}, new double[] {3, 23, 43, 63, 113}), max, 20);
        scroll.fit(136, 50);
        assertArrayEquals(new double[] {86}, new double[] {scroll.value()});
    }
    /**
     * Scrolled by the note's strip opening, the lanes go on to the nearest row's top, up to a row past the content's
     * end: held at the end, the area's top edge had stood through Air Force One's row at 177 % on 1920×1080.
     */
    @Test
    void aScrollByTheStripGoesOnToTheNearestRow() {
        LaneScroll scroll = new LaneScroll(() -> { });
        LaneScroll.Stops stops = new LaneScroll.Stops(new double[] {0, 70}, new double[] {3, 23, 43, 73, 93, 113});
        double max = LaneScroll.maxFor(136, 50);
        // Down by 30 from the top: 30 is through the row at 23; 23 is nearer than 43.
        assertTrue(scroll.by(30, max));
        scroll.toNearestStop(stops, max, 20);
        scroll.fit(136, 50);
        assertArrayEquals(new double[] {23}, new double[] {scroll.value()});
        // Held at the end (86), through the row at 73: on to 93, past the end, which the next frame keeps.
        scroll.by(100, max);
        scroll.toNearestStop(stops, max, 20);
        scroll.fit(136, 50);
        assertArrayEquals(new double[] {93}, new double[] {scroll.value()});
    }
}
