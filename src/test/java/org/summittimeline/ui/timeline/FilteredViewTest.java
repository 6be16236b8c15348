package org.summittimeline.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.summittimeline.app.FileDocuments;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.query.QueryFilter;
import org.summittimeline.query.TimeIndex;
import org.summittimeline.ui.AppState;
import org.summittimeline.ui.BackgroundWork;
import org.summittimeline.ui.Fx;
import org.summittimeline.ui.RenderedPulse;
import org.summittimeline.ui.Settings;
import org.summittimeline.ui.Theme;
import org.summittimeline.ui.shell.MainWindow;
import org.summittimeline.ui.timeline.layout.LayoutEngine;
import org.summittimeline.ui.timeline.layout.TimeViewport;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Where the timeline's view goes when a filter changes which events show: to them when none is in view, nowhere
 * when one is; and what Zoom to Fit fits with a filter on. The bundled summit, in the real window.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class FilteredViewTest {
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

    private void settle(FxRobot robot) {
        RenderedPulse.await(robot, view.getScene());
    }

    private void filter(FxRobot robot, QueryFilter filter) {
        Fx.interact(() -> state.filterProperty().set(filter));
        settle(robot);
    }

    /** The first and last second the event can occupy. */
    private long[] times(String eventId) {
        TimeIndex index = view.query().index();
        int i = view.query().positionOf(eventId);
        return new long[] {index.startEarliest(i), index.endLatest(i)};
    }

    private boolean inView(String eventId) {
        long[] t = times(eventId);
        TimeViewport v = view.viewport();
        return t[0] >= v.start() && t[1] <= v.end();
    }

    private boolean drawn(String eventId) {
        int position = view.query().positionOf(eventId);
        return view.currentLayout().marks().stream().anyMatch(m -> !m.isCluster() && m.event() == position);
    }

    @Test
    void aFilterWhoseEventsAreAllOutOfViewBringsThemIntoView(FxRobot robot) {
        settle(robot);
        // Zoomed in on Air Force One's landing, the evening before; the statement comes a day later.
        long[] landing = times("air-force-one-lands");
        Fx.interact(() -> view.viewport().show(landing[0] - 600, landing[1] + 600));
        settle(robot);
        assertTrue(!inView("would-wouldnt"), "the statement starts out of view");

        filter(robot, QueryFilter.NONE.withCategories(Set.of("statement")));
        assertTrue(inView("would-wouldnt"), "the only event the filter shows is brought into view");
        assertTrue(drawn("would-wouldnt"), "and drawn");
        TimeViewport v = view.viewport();
        double span = v.end() - v.start();
        assertTrue(span >= ViewportMoves.MIN_SHOWN_SPAN && span < 6 * 3600,
                "shown among its hours, not the closest zoom nor the whole two days: " + span + " s");
        assertTrue(titledWhole("would-wouldnt"), "with its whole title: its uncertain hour no longer fills the view");
    }

    @Test
    void aReaderLookingAtAnEmptyStretchIsLeftThereByAFilter(FxRobot robot) {
        settle(robot);
        // The night after Air Force One's landing: no event of the summit is in it.
        long[] landing = times("air-force-one-lands");
        Fx.interact(() -> view.viewport().show(landing[1] + 1800, landing[1] + 3 * 3600));
        settle(robot);
        TimeViewport v = view.viewport();
        assertTrue(!view.query().index().anyIn((long) v.start(), (long) v.end(), i -> true),
                "the view starts on an empty stretch");
        double start = v.start();
        double scale = v.secondsPerPixel();

        filter(robot, QueryFilter.NONE.withCategories(Set.of("statement")));
        assertEquals(start, view.viewport().start(), 1e-6, "the reader stays where they went");
        assertEquals(scale, view.viewport().secondsPerPixel(), 1e-9);

        // A time range is the reader asking for a stretch of time: from the same empty night, the view goes there.
        filter(robot, QueryFilter.NONE);
        assertEquals(start, view.viewport().start(), 1e-6, "clearing the filter leaves the reader there too");
        long[] statement = times("would-wouldnt");
        filter(robot, QueryFilter.NONE.withRange(statement[0] - 3600, statement[1] + 3600));
        assertTrue(inView("would-wouldnt"), "the range's event is brought into view");
    }

    @Test
    void zoomToFitOnOneSpanLeavesItsTitleRoom(FxRobot robot) {
        settle(robot);
        filter(robot, QueryFilter.NONE.withCategories(Set.of("press")));
        Fx.interact(view::zoomToFit);
        settle(robot);
        assertTrue(inView("press-conference"));
        assertTrue(titledWhole("press-conference"), "\"Joint press conference\" whole, not cut inside a bar that fills the view");
    }

    private boolean titledWhole(String eventId) {
        int position = view.query().positionOf(eventId);
        return view.currentLayout().labels().stream().anyMatch(l -> l.event() == position && l.whole());
    }

    @Test
    void aFilterThatLeavesAnEventInViewDoesNotMoveTheView(FxRobot robot) {
        settle(robot);
        long[] talks = times("one-on-one");
        Fx.interact(() -> view.viewport().show(talks[0] - 3 * 3600, talks[1] + 3600));
        settle(robot);
        double start = view.viewport().start();
        double scale = view.viewport().secondsPerPixel();

        // Talks: the one-on-one (in view) and the expanded talks.
        filter(robot, QueryFilter.NONE.withCategories(Set.of("talks")));
        assertEquals(start, view.viewport().start(), 1e-6, "the reader's view is kept");
        assertEquals(scale, view.viewport().secondsPerPixel(), 1e-9, "and its zoom");
        filter(robot, QueryFilter.NONE);
        assertEquals(start, view.viewport().start(), 1e-6, "clearing the filter keeps it too");
    }

    @Test
    void zoomToFitFitsTheFilteredEventsAndStillReachesTheWholeTimelineAfter(FxRobot robot) {
        settle(robot);
        Fx.interact(view::zoomToFit);
        settle(robot);
        double wholeStart = view.viewport().start();
        double wholeScale = view.viewport().secondsPerPixel();

        filter(robot, QueryFilter.NONE.withCategories(Set.of("meeting")));
        Fx.interact(view::zoomToFit);
        settle(robot);
        assertTrue(inView("breakfast-niinisto") && inView("photo-opportunity"), "both meetings in view");
        assertTrue(view.viewport().secondsPerPixel() < wholeScale / 2,
                "zoomed in on the meetings' morning and afternoon, not the whole two days");

        filter(robot, QueryFilter.NONE);
        Fx.interact(view::zoomToFit);
        settle(robot);
        assertEquals(wholeStart, view.viewport().start(), 1e-6, "the whole timeline again");
        assertEquals(wholeScale, view.viewport().secondsPerPixel(), 1e-9);
        for (int i = 0; i < 30; i++) {
            Fx.interact(view::zoomOut);
        }
        settle(robot);
        assertTrue(view.viewport().end() - view.viewport().start() >= 5 * (view.query().index().last()
                - view.query().index().first()), "zooming out still goes well past the whole timeline");
    }

    @Test
    void aFewPixelsOfTheLastLanesPaddingAreNoReasonForAScrollBar(FxRobot robot) {
        LaneScroll scroll = new LaneScroll(() -> { });
        Fx.interact(() -> scroll.fit(302, 300));
        assertTrue(!scroll.bar().isVisible(), "2 px over: the last lane's empty margin");
        assertEquals(0, LaneScroll.maxFor(302, 300), "nor do the wheel and keys scroll by them");
        Fx.interact(() -> scroll.fit(300 + LayoutEngine.LANE_PADDING, 300));
        assertTrue(scroll.bar().isVisible(), "a lane's whole padding over is content to scroll to");
        assertEquals(LayoutEngine.LANE_PADDING, LaneScroll.maxFor(300 + LayoutEngine.LANE_PADDING, 300), 1e-9);
    }
}
