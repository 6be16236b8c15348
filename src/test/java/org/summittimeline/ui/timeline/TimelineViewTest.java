package org.summittimeline.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.Tooltip;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.summittimeline.app.FileDocuments;
import org.summittimeline.format.LoadResult;
import org.summittimeline.format.SyntheticTimeline;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.model.Event;
import org.summittimeline.query.QueryFilter;
import org.summittimeline.query.TimeIndex;
import org.summittimeline.query.TimelineQuery;
import org.summittimeline.ui.AppState;
import org.summittimeline.ui.BackgroundWork;
import org.summittimeline.ui.Contrast;
import org.summittimeline.ui.Fx;
import org.summittimeline.ui.RenderedPulse;
import org.summittimeline.ui.Settings;
import org.summittimeline.ui.Theme;
import org.summittimeline.ui.shell.MainWindow;
import org.summittimeline.ui.timeline.layout.LaneMode;
import org.summittimeline.ui.timeline.layout.LayoutChecks;
import org.summittimeline.ui.timeline.layout.PlacedLabel;
import org.summittimeline.ui.timeline.layout.LayoutEngine;
import org.summittimeline.ui.timeline.layout.PlacedLane;
import org.summittimeline.ui.timeline.layout.PlacedMark;
import org.summittimeline.ui.timeline.layout.PreparedLayout;
import org.summittimeline.ui.timeline.layout.Plate;
import org.summittimeline.ui.timeline.layout.TimeWindow;
import org.summittimeline.ui.timeline.layout.TimelineLayout;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The timeline in the main window, driven with the mouse, the wheel and keys as a reader drives it. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class TimelineViewTest {
    private Stage stage;
    private MainWindow window;
    private AppState state;
    private TimelineView view;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Theme.LIGHT.apply();
        window = new MainWindow(new FileDocuments(new TimelineLoader()), BackgroundWork.sameThread(),
                Settings.inMemory(), url -> { });
        state = window.state();
        stage.setScene(new Scene(window, 1280, 720));
        stage.show();
        // At the screen's top: the tests make the window as tall as the headless screen (800 px), and one reaching
        // past its edge logs Monocle's painter overflowing its buffer.
        stage.setY(0);
        window.openBundled();
        view = window.timelineView();
    }

    @AfterEach
    void closeMenus(FxRobot robot) {
        Fx.interact(() -> List.copyOf(Window.getWindows()).stream()
                .filter(w -> w instanceof ContextMenu || w instanceof Tooltip).forEach(Window::hide));
    }

    /** Waits until the frame after the last change has been drawn and rendered. */
    private void settle(FxRobot robot) {
        RenderedPulse.await(robot, view.getScene());
    }

    private TimelineSkin skin() {
        return (TimelineSkin) view.getSkin();
    }

    private Point2D onScreen(double x, double y) {
        return view.localToScreen(view.localOf(x, y));
    }

    private void open(FxRobot robot, LoadResult loaded) {
        assertFalse(loaded.hasErrors(), loaded.problems().toString());
        Fx.interact(() -> state.queryProperty().set(new TimelineQuery(loaded.timeline())));
        settle(robot);
    }

    private static LoadResult dense(int events, Duration span) throws Exception {
        StringWriter json = new StringWriter();
        new SyntheticTimeline(events, 21, false, span).write(json);
        return new TimelineLoader().load(new ByteArrayInputStream(json.toString().getBytes(StandardCharsets.UTF_8)),
                "dense.json");
    }

    @Test
    void theClustersCountsAreWrittenOnceAFrameIsOnScreenBeforeAnyClusterIsDrawn(FxRobot robot) {
        settle(robot);
        // The bundled timeline, whole: no cluster in its frame, so nothing in drawing it wrote the counts.
        assertTrue(view.currentLayout().marks().stream().noneMatch(m -> m.shape() == PlacedMark.Shape.CLUSTER),
                "the frame has no cluster");
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(skin()::countsWritten).get());
        } catch (TimeoutException e) {
            throw new AssertionError("the counts are not written ahead of the first frame that needs them", e);
        }
    }

    @Test
    void theBundledFileShowsEveryEventWholeOrClusteredAtEachWindowSize(FxRobot robot) {
        // Monocle's headless screen is 1280x800: larger windows are checked by the layout engine's own tests.
        for (double[] size : new double[][] {{1280, 720}, {1024, 768}, {1280, 800}}) {
            for (LaneMode mode : LaneMode.values()) {
                Fx.interact(() -> {
                    stage.setWidth(size[0]);
                    stage.setHeight(size[1]);
                    state.laneModeProperty().set(mode);
                });
                settle(robot);
                Fx.interact(view::zoomToFit);
                settle(robot);
                String where = (int) size[0] + "x" + (int) size[1] + " " + mode;
                assertEquals(List.of(), LayoutChecks.everyEventInAClusterOrTitledWhole(skin().currentInput(),
                        view.currentLayout()), where);
                assertEquals(List.of(), LayoutChecks.invariants(skin().currentInput(), view.currentLayout()), where);
            }
        }
    }

    /**
     * Zoomed in to a tenth of a second a pixel in the middle of a month-long span, its bar runs some thirteen million
     * pixels either side of the view and is still drawn there: the software renderer had drawn nothing of it, and its
     * title stood alone in the colour meant for inside the bar.
     */
    @Test
    void aSpanThatRunsFarPastBothEdgesIsDrawnAcrossTheView(FxRobot robot) {
        String json = "{\"formatVersion\":1,\"title\":\"t\",\"timeZone\":\"Europe/Helsinki\","
                + "\"sources\":[{\"id\":\"s\",\"publisher\":\"S\"}],"
                + "\"categories\":[{\"id\":\"c\",\"label\":\"C\",\"colour\":\"#1f77b4\"}],\"events\":["
                + "{\"id\":\"month\",\"title\":\"A month\",\"category\":\"c\",\"start\":\"2018-07-01T00:00+03:00\","
                + "\"end\":\"2018-07-31T00:00+03:00\",\"sources\":[{\"source\":\"s\",\"paragraph\":1}]}]}";
        open(robot, new TimelineLoader().load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "month.json"));
        double middle = Instant.parse("2018-07-15T21:00:00Z").getEpochSecond();
        Fx.interact(() -> view.viewport().show(middle - 30, middle + 30));
        settle(robot);
        PlacedMark bar = view.currentLayout().markOf(state.query().positionOf("month"));
        assertTrue(bar.x0() < -1e6 && bar.x1() > 1e6, "the bar from " + bar.x0() + " to " + bar.x1());
        Point2D local = view.pointOf("month");
        Color drawn = snapshot(robot).getPixelReader().getColor((int) local.getX(), (int) local.getY());
        Color lane = Color.web("#1f77b4");
        assertEquals(lane.getRed(), drawn.getRed(), 0.02, drawn + " vs " + lane);
        assertEquals(lane.getGreen(), drawn.getGreen(), 0.02);
        assertEquals(lane.getBlue(), drawn.getBlue(), 0.02);
    }

    /** A cluster of long spans keeps its disc, and its count, on the part of it in view (it had stood off screen). */
    @Test
    void aWideClustersCountStandsOnThePartInView(FxRobot robot) {
        StringBuilder events = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            events.append(i == 0 ? "" : ",").append("{\"id\":\"s").append(i).append("\",\"title\":\"Span ").append(i)
                    .append("\",\"category\":\"c\",\"start\":\"2018-07-16T00:00+03:00\",")
                    .append("\"end\":\"2018-07-16T10:00+03:00\",\"sources\":[{\"source\":\"s\",\"paragraph\":1}]}");
        }
        String json = "{\"formatVersion\":1,\"title\":\"t\",\"timeZone\":\"Europe/Helsinki\","
                + "\"sources\":[{\"id\":\"s\",\"publisher\":\"S\"}],"
                + "\"categories\":[{\"id\":\"c\",\"label\":\"C\"}],\"events\":[" + events + "]}";
        open(robot, new TimelineLoader().load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "spans.json"));
        double start = Instant.parse("2018-07-15T21:00:00Z").getEpochSecond();
        // The first hour of ten: the cluster's middle is far right of the view.
        Fx.interact(() -> view.viewport().show(start, start + 3600));
        settle(robot);
        PlacedMark cluster = view.currentLayout().marks().stream().filter(PlacedMark::isCluster).findFirst().orElseThrow();
        assertTrue(cluster.centre() > view.viewport().width(), "its middle is off screen: " + cluster);
        double x = LanePainter.discX(cluster, view.viewport().width(), 1);
        assertTrue(x >= 0 && x <= view.viewport().width(), "its disc at " + x);
        Point2D at = view.screenToLocal(onScreen(x - 5, cluster.y()));
        Color drawn = snapshot(robot).getPixelReader().getColor((int) at.getX(), (int) at.getY());
        assertTrue(drawn.getBrightness() < 0.7, "the disc is drawn there: " + drawn);
    }

    @Test
    void aClickOnAMarkLandsOnItsDrawnPixelsAndSelectsIt(FxRobot robot) {
        settle(robot);
        Point2D local = view.pointOf("one-on-one");
        assertNotNull(local);
        // The colour under the point the layout gives is the talks lane's own: the bar is drawn where it is found.
        WritableImage picture = snapshot(robot);
        Color drawn = picture.getPixelReader().getColor((int) local.getX(), (int) local.getY());
        Color lane = Color.web(state.query().timeline().category("talks").orElseThrow().colour());
        assertEquals(lane.getRed(), drawn.getRed(), 0.02, drawn + " vs " + lane);
        assertEquals(lane.getGreen(), drawn.getGreen(), 0.02);
        assertEquals(lane.getBlue(), drawn.getBlue(), 0.02);
        robot.clickOn(view.localToScreen(local));
        assertEquals("one-on-one", state.selectedEvent().id());
    }

    /** The window 1280 wide and {@code height} tall, its lanes by category, laid out. */
    private void byCategoryAt(FxRobot robot, double height) {
        Fx.interact(() -> {
            stage.setWidth(1280);
            stage.setHeight(height);
            state.laneModeProperty().set(LaneMode.CATEGORY);
        });
        settle(robot);
    }

    /**
     * A click on the strip a relative time's note keeps under the axis lets go of the selection, as a click on the
     * lanes' empty space does: the strip looks like the lanes' empty space, and the click had kept the selection.
     */
    @Test
    void aClickOnARelativeTimesStripLetsGoOfTheSelection(FxRobot robot) {
        byCategoryAt(robot, 720);
        robot.clickOn(view.localToScreen(view.pointOf("protester-removed")));
        settle(robot);
        assertEquals("protester-removed", state.selectedEvent().id());
        double strip = view.currentLayout().stripHeight();
        assertTrue(strip > 0, "its relative time's note has its strip");
        double canvasTop = view.getChildrenUnmodifiable().stream().filter(n -> n instanceof javafx.scene.canvas.Canvas)
                .findFirst().orElseThrow().getBoundsInParent().getMinY();
        // The axis above the strip is no lane space: a click there keeps the selection.
        robot.clickOn(view.localToScreen(view.getWidth() - 60, canvasTop + view.lanesTop() - strip - 8));
        settle(robot);
        assertNotNull(state.selectedEvent(), "a click on the axis keeps the selection");
        robot.clickOn(view.localToScreen(view.getWidth() - 60, canvasTop + view.lanesTop() - strip / 2));
        settle(robot);
        assertEquals(null, state.selectedEvent());
    }

    @Test
    void aRelativeTimesNoteTakesItsRoomFromTheLanesPaddingNotTheirFirstRow(FxRobot robot) {
        byCategoryAt(robot, 720);
        Point2D protester = view.pointOf("protester-removed");
        assertNotNull(protester);
        robot.clickOn(view.localToScreen(protester));
        settle(robot);
        assertEquals("protester-removed", state.selectedEvent().id());
        double strip = view.currentLayout().stripHeight();
        assertTrue(strip > 0, "its relative time's note has its strip");
        // Its lower edge is drawn: the lanes scroll under the strip, and a title flush against its bracket read as
        // crossed by it.
        WritableImage drawn = snapshot(robot);
        double canvasTop = view.getChildrenUnmodifiable().stream().filter(n -> n instanceof javafx.scene.canvas.Canvas)
                .findFirst().orElseThrow().getBoundsInParent().getMinY();
        int edge = (int) Math.floor(canvasTop + view.lanesTop() - 1);
        Color line = view.gridStroke();
        for (double x : new double[] {view.getWidth() * 0.6, view.getWidth() - 40}) {
            Color at = drawn.getPixelReader().getColor((int) x, edge);
            assertEquals(line.getRed(), at.getRed(), 0.1, "the strip's edge at x " + x + ": " + at);
            assertEquals(line.getBlue(), at.getBlue(), 0.1, "the strip's edge at x " + x + ": " + at);
        }
        // The strip is drawn on the background: the time grid's lines had run through it, above and below its words.
        int inStrip = edge - 4;
        int crossed = 0;
        for (int x = (int) (view.getWidth() * 0.3); x < view.getWidth() - 20; x++) {
            Color at = drawn.getPixelReader().getColor(x, inStrip);
            crossed += Math.abs(at.getRed() - line.getRed()) < 0.02 && Math.abs(at.getBlue() - line.getBlue()) < 0.02
                    ? 1 : 0;
        }
        assertEquals(0, crossed, "pixels of grid lines in the strip");
        // The lanes make room for the strip below it, squeezing their padding, rather than scroll under it: the
        // first lane's first row (Air Force One) had gone out of sight at 1280×720, and was taken for missing.
        assertEquals(0, view.laneScroll(), 0.5, "the first row stays in view");
        double firstMarkTop = view.pointOf("air-force-one-lands").getY() - LayoutEngine.MARK_WIDTH / 2;
        assertTrue(firstMarkTop >= canvasTop + view.lanesTop(), "Air Force One's mark " + firstMarkTop
                + " is below the strip's edge " + (canvasTop + view.lanesTop()));
    }

    /**
     * Where the lanes are too tall to keep the note's room, the strip opens over them as the event is chosen, and they
     * scroll by its height to stay where they were, on to the nearest row's top: at 177 % the first row, Air Force
     * One's, had stood half under the strip's edge (a new user's walk at 1920×1080).
     */
    @ParameterizedTest(name = "window {0} px high")
    @ValueSource(ints = {720, 800})
    void aNoteOpeningOverTallLanesCutsNoRow(int height, FxRobot robot) {
        byCategoryAt(robot, height);
        Fx.interact(() -> state.fontScaleProperty().set(1.77));
        try {
            settle(robot);
            assertEquals(0, view.currentLayout().stripHeight(), "no room kept for the note at this size");
            Fx.interact(() -> state.selectedEventProperty().set(state.query().timeline().event("press-conference")
                    .orElseThrow()));
            settle(robot);
            Fx.interact(() -> state.selectedEventProperty().set(state.query().timeline().event("protester-removed")
                    .orElseThrow()));
            settle(robot);
            TimelineLayout layout = view.currentLayout();
            assertTrue(layout.stripHeight() > 0, "the note's strip opened");
            double top = view.laneScroll();
            LaneScroll.Stops stops = LaneScroll.stops(layout);
            assertTrue(java.util.stream.DoubleStream.concat(java.util.Arrays.stream(stops.lanes()),
                    java.util.Arrays.stream(stops.rows())).anyMatch(stop -> Math.abs(stop - top) < 1),
                    "the lanes' view begins at a row's top, not " + top + " (rows at "
                            + java.util.Arrays.toString(stops.rows()) + ")");
        } finally {
            Fx.interact(() -> {
                state.fontScaleProperty().set(1.0);
                stage.setHeight(720);
            });
            settle(robot);
        }
    }

    /**
     * With a second axis the lanes fill their area, and a click on a relative time opens its strip over them: laid
     * out as without it, they scroll by its whole height, so that no mark moves under the pointer and the first row
     * goes under the strip whole (squeezed for it, every lane had moved up a pixel more than the one above, 5 px in
     * the last, and a sliver of Air Force One's mark stood under the strip's edge; a new user's walk).
     */
    @Test
    void aClickOnARelativeTimeOverFullLanesMovesNoMark(FxRobot robot) {
        Fx.interact(() -> state.secondZoneProperty().set(java.time.ZoneId.of("America/New_York")));
        try {
            byCategoryAt(robot, 720);
            assertEquals(0, view.currentLayout().stripHeight(), "no room kept for the note with two axes");
            Point2D protester = view.pointOf("protester-removed");
            Map<String, Double> before = new java.util.HashMap<>();
            for (String id : List.of("putin-lands", "one-on-one", "press-conference", "would-wouldnt")) {
                before.put(id, view.pointOf(id).getY());
            }
            robot.clickOn(view.localToScreen(protester));
            settle(robot);
            assertEquals("protester-removed", state.selectedEvent().id());
            assertTrue(view.currentLayout().stripHeight() > 0, "the note's strip opened");
            for (Map.Entry<String, Double> e : before.entrySet()) {
                assertEquals(e.getValue(), view.pointOf(e.getKey()).getY(), 0.5, e.getKey() + " moved");
            }
            double canvasTop = view.getChildrenUnmodifiable().stream()
                    .filter(n -> n instanceof javafx.scene.canvas.Canvas).findFirst().orElseThrow()
                    .getBoundsInParent().getMinY();
            Point2D first = view.pointOf("air-force-one-lands");
            assertTrue(first == null || first.getY() + LayoutEngine.MARK_WIDTH / 2 <= canvasTop + view.lanesTop()
                    || first.getY() - LayoutEngine.MARK_WIDTH / 2 >= canvasTop + view.lanesTop(),
                    "Air Force One's mark at " + first + " cut by the strip's edge at " + (canvasTop + view.lanesTop()));
        } finally {
            Fx.interact(() -> state.secondZoneProperty().set(null));
            settle(robot);
        }
    }

    /** The same with lanes taller than their area, at 177 %: the marks round the one clicked had moved 6 to 18 px. */
    @Test
    void aClickOnARelativeTimeOverTallLanesMovesNoMark(FxRobot robot) {
        byCategoryAt(robot, 720);
        Fx.interact(() -> state.fontScaleProperty().set(1.77));
        try {
            settle(robot);
            // Chosen and left, so that its row stands whole in view, as for a reader who clicks it.
            for (String id : List.of("protester-removed", "press-conference")) {
                Fx.interact(() -> state.selectedEventProperty().set(state.query().timeline().event(id).orElseThrow()));
                settle(robot);
            }
            assertEquals(0, view.currentLayout().stripHeight());
            double press = view.pointOf("press-conference").getY();
            Point2D protester = view.pointOf("protester-removed");
            robot.clickOn(view.localToScreen(protester));
            settle(robot);
            assertEquals("protester-removed", state.selectedEvent().id());
            assertTrue(view.currentLayout().stripHeight() > 0, "the note's strip opened");
            assertEquals(protester.getY(), view.pointOf("protester-removed").getY(), 0.5, "the mark clicked");
            assertEquals(press, view.pointOf("press-conference").getY(), 0.5, "the mark beside it");
        } finally {
            Fx.interact(() -> state.fontScaleProperty().set(1.0));
            settle(robot);
        }
    }

    @ParameterizedTest(name = "window {0} px high")
    @ValueSource(ints = {720, 800})
    void choosingARelativeTimeMovesNoLane(int height, FxRobot robot) {
        // At 800 px the lanes have height to spare; at 720 they squeeze their padding under the strip.
        byCategoryAt(robot, height);
        double kept = view.currentLayout().stripHeight();
        assertTrue(kept > 0, "the note's room is kept before any event is chosen");
        Point2D protester = view.pointOf("protester-removed");
        Point2D talks = view.pointOf("one-on-one");
        robot.clickOn(view.localToScreen(protester));
        settle(robot);
        assertEquals("protester-removed", state.selectedEvent().id());
        assertNotNull(view.currentLayout().anchor(), "its note shows");
        assertEquals(kept, view.currentLayout().stripHeight());
        // A walker's next click at 1920×1080, aimed at a title, had landed 19 px above it on empty ground, and at
        // 1280×720 17 px. (Monocle's
        // headless screen is 1280×800: a larger window overflows its frame buffer.)
        assertEquals(protester.getY(), view.pointOf("protester-removed").getY(), 0.5);
        assertEquals(talks.getY(), view.pointOf("one-on-one").getY(), 0.5);
        robot.clickOn(view.localToScreen(talks));
        settle(robot);
        assertEquals("one-on-one", state.selectedEvent().id());
        assertNull(view.currentLayout().anchor());
        assertEquals(talks.getY(), view.pointOf("one-on-one").getY(), 0.5);
        assertEquals(protester.getY(), view.pointOf("protester-removed").getY(), 0.5);
        assertEquals(0, view.laneScroll(), 0.5);
        // The stage outlives the test: the next ones expect the window's own size.
        Fx.interact(() -> stage.setHeight(720));
    }

    @Test
    void aClickOnASpanWhoseStartIsOffScreenLeavesTheViewWhereItIs(FxRobot robot) {
        settle(robot);
        TimelineQuery q = state.query();
        int talks = q.positionOf("one-on-one");
        long start = q.index().startEarliest(talks);
        // Its start half an hour left of the view: a step would bring it in, a click on the bar it shows must not.
        Fx.interact(() -> view.viewport().show(start + 1800, start + 1800 + 4 * 3600));
        settle(robot);
        double viewStart = view.viewport().start();
        double scale = view.viewport().secondsPerPixel();
        Point2D local = view.pointOf("one-on-one");
        assertNotNull(local, "the rest of the bar is in view");
        robot.clickOn(view.localToScreen(local));
        settle(robot);
        assertEquals("one-on-one", state.selectedEvent().id());
        assertEquals(viewStart, view.viewport().start(), 1e-6, "the view did not slide under the pointer");
        assertEquals(scale, view.viewport().secondsPerPixel(), 1e-9);

        // Chosen otherwise (the next event, then back), the view still moves to show the whole bar.
        Fx.interact(() -> view.selectRelative(1));
        Fx.interact(() -> view.selectRelative(-1));
        settle(robot);
        assertEquals("one-on-one", state.selectedEvent().id());
        assertTrue(view.viewport().start() < start, "a step brings the start in");
    }

    @Test
    void withNothingSelectedAStepStartsFromTheView(FxRobot robot) {
        settle(robot);
        TimelineQuery q = state.query();
        // The afternoon of 16 July, zoomed in: the talks, the press conference and the protester.
        long from = q.index().startEarliest(q.positionOf("one-on-one")) - 600;
        long to = q.index().startEarliest(q.positionOf("press-conference")) + 600;
        Fx.interact(() -> view.viewport().show(from, to));
        settle(robot);
        long viewStart = (long) Math.floor(view.viewport().start());
        long viewEnd = (long) Math.floor(view.viewport().end());
        int firstInView = q.index().firstStartingAtOrAfter(viewStart);
        assertTrue(firstInView > 0, "events before the view exist");
        Fx.interact(() -> view.selectRelative(1));
        assertEquals(q.index().event(firstInView).id(), state.selectedEvent().id(), "Right: the first event in view");

        Fx.interact(() -> {
            state.selectedEventProperty().set(null);
            view.viewport().show(from, to);
            view.selectRelative(-1);
        });
        int lastInView = q.index().firstStartingAtOrAfter(viewEnd + 1) - 1;
        assertTrue(lastInView < q.index().size() - 1, "events after the view exist");
        assertEquals(q.index().event(lastInView).id(), state.selectedEvent().id(), "Left: the last event in view");

        // With a filter on, the first shown event in the view: the press conference, past the talks it hides.
        Fx.interact(() -> {
            state.selectedEventProperty().set(null);
            state.filterProperty().set(QueryFilter.NONE.withCategories(Set.of("press")));
        });
        settle(robot);
        Fx.interact(() -> {
            view.viewport().show(from, to);
            view.selectRelative(1);
        });
        assertEquals("press-conference", state.selectedEvent().id());
        // Nothing shown after the view: Right takes the shown event nearest it, before it.
        Fx.interact(() -> {
            state.filterProperty().set(QueryFilter.NONE.withCategories(Set.of("arrival")));
            state.selectedEventProperty().set(null);
        });
        settle(robot);
        long statement = q.index().startEarliest(q.positionOf("would-wouldnt"));
        Fx.interact(() -> {
            view.viewport().show(statement - 3600, statement + 3600);
            view.selectRelative(1);
        });
        assertEquals("trump-at-palace", state.selectedEvent().id(), "the last arrival, the day before");

        // Home and End still go to the whole timeline's first and last shown events.
        Fx.interact(() -> {
            state.filterProperty().set(QueryFilter.NONE);
            state.selectedEventProperty().set(null);
            view.selectFirst();
        });
        assertEquals("air-force-one-lands", state.selectedEvent().id());
        Fx.interact(view::selectLast);
        assertEquals("would-wouldnt", state.selectedEvent().id());
    }

    private WritableImage snapshot(FxRobot robot) {
        WritableImage[] image = new WritableImage[1];
        Fx.interact(() -> image[0] = view.snapshot(null, null));
        return image[0];
    }

    @Test
    void anEventChosenWhereItIsSeenKeepsThatLaneInView(FxRobot robot) {
        // An event of several actors is drawn in each of their lanes; chosen in a lane low down, the lanes jumped up
        // to its first lane (a new user's walk).
        Fx.interact(() -> state.laneModeProperty().set(LaneMode.ACTOR));
        settle(robot);
        for (int i = 0; i < 30; i++) {
            fireScroll(robot, view.laneNamesWidth() / 2, view.getHeight() / 2, false, false, -120);
        }
        double scrolled = view.laneScroll();
        double area = skin().laneAreaHeight();
        TimelineLayout layout = view.currentLayout();
        int chosen = -1;
        for (var m : layout.marks()) {
            var first = layout.markOf(m.event());
            if (!m.isCluster() && m.shape() != PlacedMark.Shape.TICK && m.y() >= scrolled && m.y() <= scrolled + area
                    && first != null && first.y() < scrolled) {
                chosen = m.event();
                break;
            }
        }
        assertTrue(chosen >= 0, "an event seen in a lane low down whose first lane is out of view above");
        Event event = view.query().index().event(chosen);
        Fx.interact(() -> state.selectedEventProperty().set(event));
        settle(robot);
        assertEquals(scrolled, view.laneScroll(), 1, "the lanes stay where the event was chosen");
    }

    /** A relative time's anchor event is ringed in dashes of the accent, as the note's bracket: which event it was
     *  had not shown. */
    @Test
    void aRelativeTimesAnchorEventIsRinged(FxRobot robot) {
        byCategoryAt(robot, 720);
        Fx.interact(() -> state.selectedEventProperty().set(state.query().timeline().event("one-on-one")
                .orElseThrow()));
        settle(robot);
        assertEquals(0, accentPixelsAround(robot, "press-conference"), "no ring while a fixed time is chosen");
        Fx.interact(() -> state.selectedEventProperty().set(state.query().timeline().event("protester-removed")
                .orElseThrow()));
        settle(robot);
        assertTrue(accentPixelsAround(robot, "press-conference") >= 20, "the press conference, its anchor, is ringed");
    }

    /** Pixels in the accent's colour within 16 px of the event's mark. */
    private int accentPixelsAround(FxRobot robot, String eventId) {
        Point2D centre = view.pointOf(eventId);
        WritableImage picture = snapshot(robot);
        int found = 0;
        for (int dx = -16; dx <= 16; dx++) {
            for (int dy = -14; dy <= 14; dy++) {
                found += near(picture.getPixelReader().getColor((int) centre.getX() + dx, (int) centre.getY() + dy),
                        view.accent()) ? 1 : 0;
            }
        }
        return found;
    }

    /** Lanes by actor after lanes by category: the selected event's row is scrolled into view (it had been below). */
    @Test
    void theOtherLaneModeKeepsTheSelectedEventInView(FxRobot robot) {
        protesterByActorAt720(robot);
        assertTrue(view.currentLayout().contentHeight() > skin().laneAreaHeight(), "18 actor lanes overflow");
        PlacedMark mark = view.currentLayout().markOf(state.query().positionOf("protester-removed"));
        assertNotNull(mark);
        double top = view.laneScroll();
        assertTrue(view.currentLayout().marks().stream().anyMatch(m -> m.holdsSelection() && m.y() >= top
                && m.y() <= top + skin().laneAreaHeight()), "the protester's mark is in the lanes' view, scrolled "
                + top + " of its rows at " + mark.y());
        // Its whole lane, where it fits: its row alone had stood on the area's lower edge, the row under it cut.
        assertWholeLaneInView("protester-removed", "after the lanes' change");
        Fx.interact(() -> state.laneModeProperty().set(LaneMode.CATEGORY));
        settle(robot);
    }

    /** By category at 720 px the protester is selected, then the lanes go by actor. */
    private void protesterByActorAt720(FxRobot robot) {
        byCategoryAt(robot, 720);
        Fx.interact(() -> state.selectedEventProperty().set(state.query().timeline().event("protester-removed")
                .orElseThrow()));
        settle(robot);
        Fx.interact(() -> state.laneModeProperty().set(LaneMode.ACTOR));
        settle(robot);
    }

    /** The lane of {@code eventId}'s mark fits the lanes' area and stands wholly in its view. */
    private void assertWholeLaneInView(String eventId, String when) {
        PlacedMark mark = view.currentLayout().markOf(state.query().positionOf(eventId));
        assertNotNull(mark, eventId + " " + when);
        PlacedLane lane = view.currentLayout().lanes().get(mark.lane());
        double top = view.laneScroll();
        assertTrue(lane.height() <= skin().laneAreaHeight(), when + " the lane fits: " + lane);
        assertTrue(lane.top() >= top - 0.5 && lane.bottom() <= top + skin().laneAreaHeight() + 0.5, when
                + " its lane from " + lane.top() + " to " + lane.bottom() + " in the view from " + top + " to "
                + (top + skin().laneAreaHeight()));
    }

    /**
     * Larger type grows the rows: the selected event's whole lane stays in view where it fits, as after a change of
     * lanes. At 133 % the protester's second row had been cut by the overview strip, its first alone kept in view (a
     * new user's walk).
     */
    @Test
    void largerTypeKeepsTheSelectedEventsWholeLaneInView(FxRobot robot) {
        protesterByActorAt720(robot);
        try {
            for (double scale : new double[] {1.1, 1.21, 1.33, 1.46, 1.61, 1.77}) {
                Fx.interact(() -> state.fontScaleProperty().set(scale));
                settle(robot);
                assertWholeLaneInView("protester-removed", "at " + scale);
                // And the lanes' view begins at a row's top: a sliver of the row above had stood there at 177 %.
                double top = view.laneScroll();
                LaneScroll.Stops stops = LaneScroll.stops(view.currentLayout());
                assertTrue(java.util.stream.DoubleStream.concat(java.util.Arrays.stream(stops.lanes()),
                        java.util.Arrays.stream(stops.rows())).anyMatch(stop -> Math.abs(stop - top) < 1),
                        "at " + scale + " the view begins at " + top + ", rows at "
                                + java.util.Arrays.toString(stops.rows()));
            }
        } finally {
            Fx.interact(() -> state.fontScaleProperty().set(1.0));
            Fx.interact(() -> state.laneModeProperty().set(LaneMode.CATEGORY));
            settle(robot);
        }
    }

    /**
     * The lanes' area shrinking keeps the selected event's lane in view: with a broken file's problems opened below
     * it in a 720-line window, the selected press conference had gone under the area's edge (a new user's walk).
     */
    @Test
    void aShorterWindowKeepsTheSelectedEventsLaneInView(FxRobot robot) {
        byCategoryAt(robot, 720);
        Fx.interact(() -> state.selectedEventProperty().set(state.query().timeline().event("press-conference")
                .orElseThrow()));
        settle(robot);
        try {
            Fx.interact(() -> stage.setHeight(560));
            settle(robot);
            assertTrue(view.currentLayout().contentHeight() > skin().laneAreaHeight(), "the lanes overflow");
            assertWholeLaneInView("press-conference", "at 560 px");
            // Scrolled away from it by the reader (to the lanes' top), the lanes stay there as the area shrinks.
            Fx.interact(() -> state.selectedEventProperty().set(state.query().timeline().event("would-wouldnt")
                    .orElseThrow()));
            settle(robot);
            fireScroll(robot, view.laneNamesWidth() / 2, view.getHeight() / 3, false, false, 400);
            assertEquals(0, view.laneScroll(), 0.5);
            double below = view.currentLayout().markOf(state.query().positionOf("would-wouldnt")).y();
            assertTrue(below > skin().laneAreaHeight(), "scrolled away from the selection, at " + below);
            Fx.interact(() -> stage.setHeight(520));
            settle(robot);
            assertEquals(0, view.laneScroll(), 0.5, "the reader's scroll kept");
        } finally {
            Fx.interact(() -> stage.setHeight(720));
            settle(robot);
        }
    }

    @Test
    void theWheelOverTheLaneNamesScrollsTheLanes(FxRobot robot) {
        Fx.interact(() -> state.laneModeProperty().set(LaneMode.ACTOR));
        settle(robot);
        assertTrue(view.currentLayout().contentHeight() > skin().laneAreaHeight(), "18 actor lanes overflow");
        double start = view.viewport().start();
        double spp = view.viewport().secondsPerPixel();
        fireScroll(robot, view.laneNamesWidth() / 2, view.getHeight() / 2, false, false, -120);
        assertTrue(view.laneScroll() > 0, "scrolled down by " + view.laneScroll());
        assertEquals(start, view.viewport().start(), 1e-6, "time did not pan");
        assertEquals(spp, view.viewport().secondsPerPixel(), 1e-9, "nor zoom");
        // The last lane can be reached, and its name is then on screen.
        for (int i = 0; i < 30; i++) {
            fireScroll(robot, view.laneNamesWidth() / 2, view.getHeight() / 2, false, false, -120);
        }
        TimelineLayout layout = view.currentLayout();
        double bottom = layout.lanes().get(layout.lanes().size() - 1).bottom();
        assertEquals(bottom - skin().laneAreaHeight(), view.laneScroll(), 1);
    }

    @Test
    void theClustersCountTheShownEventsFilteredOrNot(FxRobot robot) throws Exception {
        LoadResult loaded = dense(20_000, Duration.ofDays(365));
        open(robot, loaded);
        assertEquals(20_000, eventsCounted(), "every event, counted once by its category's lane");
        // Filtered by an actor, not a category: every category keeps its lane, and only the test of each event
        // (not a lane left out) can keep the others' events out of the counts.
        String actor = loaded.timeline().actors().get(0).id();
        long withActor = loaded.timeline().events().stream().filter(e -> e.actorIds().contains(actor)).count();
        Fx.interact(() -> state.filterProperty().set(QueryFilter.NONE.withActors(Set.of(actor))));
        settle(robot);
        assertEquals(withActor, eventsCounted(), "only the events of the chosen actor");
        Fx.interact(() -> state.filterProperty().set(QueryFilter.NONE));
        settle(robot);
        assertEquals(20_000, eventsCounted(), "every event again");
    }

    @Test
    void aLargeFileOpensOnTheLanesAndCountsMadeWhileItWasRead(FxRobot robot, @TempDir Path dir) throws Exception {
        Path file = dir.resolve("large.json");
        try (Writer out = Files.newBufferedWriter(file)) {
            new SyntheticTimeline(25_000, 21, false, Duration.ofDays(365)).write(out);
        }
        for (LaneMode mode : List.of(LaneMode.ACTOR, LaneMode.CATEGORY)) {
            Fx.interact(() -> state.laneModeProperty().set(mode));
            Fx.interact(() -> window.open(file));
            settle(robot);
            PreparedLayout prepared = view.preparedLayout();
            assertNotNull(prepared, "made while the file was read");
            assertTrue(prepared.fits(view.query(), mode), mode.toString());
            assertSame(prepared.lanes(), skin().currentInput().lanes(), mode + ": the window laid out the lanes made ahead");
            Fx.interact(() -> skin().fit()); // the whole year: every event in a cluster
            settle(robot);
            // By actor, an event stands in the lane of each of its actors.
            long expected = mode == LaneMode.CATEGORY ? 25_000 : view.query().timeline().events().stream()
                    .mapToLong(e -> Math.max(1, e.actorIds().stream().distinct().count())).sum();
            assertEquals(expected, eventsCounted(), mode + ": every event counted in each of its lanes");
        }
        // A filter's lanes are the window's own; without it, the lanes made ahead come back; the same filter
        // again has its own lanes again (its category's alone), not those made ahead for every event.
        String category = view.query().timeline().events().get(0).categoryId();
        for (int round = 0; round < 2; round++) {
            Fx.interact(() -> state.filterProperty().set(QueryFilter.NONE.withCategories(Set.of(category))));
            settle(robot);
            assertNotSame(view.preparedLayout().lanes(), skin().currentInput().lanes(), "round " + round);
            assertEquals(List.of(category), skin().currentInput().lanes().all().stream().map(l -> l.id()).toList(),
                    "round " + round + ": the chosen category's lane alone");
            Fx.interact(() -> state.filterProperty().set(QueryFilter.NONE));
            settle(robot);
            assertSame(view.preparedLayout().lanes(), skin().currentInput().lanes(), "round " + round);
        }
        // The next file shown lets go of the last one's lanes and counts (and so of its timeline).
        Fx.interact(() -> window.openBundled());
        settle(robot);
        assertNotNull(view.preparedLayout());
        assertTrue(view.preparedLayout().fits(view.query(), LaneMode.CATEGORY), "the bundled file's own");
    }

    /** The events the marks of the last frame stand for: a cluster its count, any other mark its one event. */
    private long eventsCounted() {
        return view.currentLayout().marks().stream().mapToLong(m -> m.isCluster() ? m.count() : 1).sum();
    }

    @Test
    void noDiscStandsUnderTheLanesScrollBar(FxRobot robot) throws Exception {
        open(robot, dense(20_000, Duration.ofDays(365)));
        Fx.interact(() -> state.laneModeProperty().set(LaneMode.ACTOR));
        // Zoomed in, so that events run on past the right edge and the last column of clusters stands there.
        Fx.interact(() -> view.viewport().zoomAround(view.viewport().width() / 2, 0.25));
        settle(robot);
        ScrollBar bar = robot.lookup("#lane-scroll").queryAs(ScrollBar.class);
        assertTrue(bar.isVisible(), "twenty actor lanes overflow");
        double barLeft = bar.localToScreen(0, 0).getX();
        List<PlacedMark> discs = view.currentLayout().marks().stream()
                .filter(m -> m.shape() == PlacedMark.Shape.CLUSTER || m.shape() == PlacedMark.Shape.POINT).toList();
        assertTrue(discs.size() > 100, "clusters drawn: " + discs.size());
        // Where time ends the marks are cut: the last column may run past it, but not under the bar.
        double timeEnd = onScreen(view.viewport().width(), 0).getX();
        assertTrue(timeEnd <= barLeft, "time ends at " + timeEnd + ", the bar begins at " + barLeft);
        assertTrue(discs.stream().anyMatch(m -> onScreen(m.centre() + 9, m.y()).getX() > timeEnd),
                "a column runs past the end of time (what the cut is for)");
        // Nor is a mark cut off there hovered or clicked.
        Fx.interact(() -> assertNull(skin().area().contentAt(view.laneNamesWidth() + view.viewport().width() + 3,
                view.getHeight() / 2)));
        // And on the picture, the bar made see-through: beneath it, beside a lane's clusters, no disc is drawn.
        Fx.interact(() -> bar.setOpacity(0));
        WritableImage picture = snapshot(robot);
        Fx.interact(() -> bar.setOpacity(1));
        PlacedMark last = discs.stream().max(Comparator.comparingDouble(PlacedMark::centre)).orElseThrow();
        double y = view.screenToLocal(onScreen(0, last.y())).getY();
        Color disc = picture.getPixelReader().getColor((int) view.screenToLocal(onScreen(last.centre() - 5, last.y()))
                .getX(), (int) y);
        for (double dx = 2; dx < 10; dx++) {
            Color under = picture.getPixelReader().getColor((int) view.screenToLocal(barLeft + dx, 0).getX(), (int) y);
            assertFalse(under.equals(disc), "under the bar, " + dx + " px in: " + under + ", as the disc left of it");
        }
    }

    @Test
    void shiftWheelPansTimeAndCtrlWheelZooms(FxRobot robot) {
        settle(robot);
        double start = view.viewport().start();
        fireScroll(robot, 400, 200, false, true, 120);
        assertTrue(view.viewport().start() < start, "Shift+wheel up shows earlier times");
        double spp = view.viewport().secondsPerPixel();
        fireScroll(robot, 400, 200, true, false, 120);
        assertTrue(view.viewport().secondsPerPixel() < spp, "Ctrl+wheel zooms in");
        assertEquals(0, view.laneScroll());
    }

    /**
     * Monocle's robot delivers no wheel events (and no modifier keys with them): the event a wheel turned over
     * (x, y) would deliver is fired at the canvas there.
     */
    private void fireScroll(FxRobot robot, double x, double y, boolean control, boolean shift, double deltaY) {
        javafx.scene.Node canvas = view.getChildrenUnmodifiable().get(0);
        Fx.interact(() -> javafx.event.Event.fireEvent(canvas, new ScrollEvent(ScrollEvent.SCROLL, x, y, 0, 0,
                shift, control, false, false, false, false, 0, deltaY, 0, deltaY,
                ScrollEvent.HorizontalTextScrollUnits.NONE, 0, ScrollEvent.VerticalTextScrollUnits.NONE, 0, 0, null)));
        settle(robot);
    }

    @Test
    void clickingALaneNameCollapsesAndExpandsIt(FxRobot robot) {
        settle(robot);
        TimelineLayout before = view.currentLayout();
        double y = before.lanes().get(0).top() + 10;
        robot.clickOn(onScreen(-view.laneNamesWidth() / 2, y));
        settle(robot);
        assertTrue(view.currentLayout().lanes().get(0).collapsed());
        assertTrue(view.currentLayout().labels().stream().noneMatch(l -> l.lane() == 0));
        robot.clickOn(onScreen(-view.laneNamesWidth() / 2, view.currentLayout().lanes().get(0).top() + 8));
        settle(robot);
        assertFalse(view.currentLayout().lanes().get(0).collapsed());
    }

    @Test
    void aLaneFoldedWhileScrolledStaysInViewAndTheNextLaneBelowIt(FxRobot robot) {
        Fx.interact(() -> state.laneModeProperty().set(LaneMode.ACTOR));
        settle(robot);
        for (int i = 0; i < 2; i++) {
            fireScroll(robot, view.laneNamesWidth() / 2, view.getHeight() / 2, false, false, -120);
        }
        double scrolled = view.laneScroll();
        // The lane cut by the top of the lane area: its name stays pinned there, where the reader clicks it.
        PlacedLane cut = view.currentLayout().lanes().stream()
                .filter(l -> l.top() < scrolled && l.bottom() > scrolled + 12).findFirst().orElseThrow();
        robot.clickOn(onScreen(-view.laneNamesWidth() / 2, scrolled + 6));
        settle(robot);
        TimelineLayout after = view.currentLayout();
        PlacedLane folded = after.lanes().get(cut.index());
        assertTrue(folded.collapsed(), "the lane clicked is folded");
        // Its strip shows where it was clicked, and the next lane begins under it, with its first row in view (the
        // strip had gone above the area and the next lane's first rows under the axis).
        assertTrue(folded.top() >= view.laneScroll() - 0.5, folded.top() + " above the view at " + view.laneScroll());
        if (cut.index() + 1 < after.lanes().size()) {
            assertTrue(after.lanes().get(cut.index() + 1).top() >= view.laneScroll());
        }
    }

    /** F folds the lanes the selected event is drawn in (by actor, one for each of its actors), F again unfolds; Shift+F unfolds all. */
    @Test
    void fFoldsTheSelectedEventsLanesAndShiftFOpensEveryLane(FxRobot robot) {
        settle(robot);
        Fx.interact(() -> state.laneModeProperty().set(LaneMode.ACTOR));
        Event two = state.query().timeline().events().stream().filter(e -> e.actorIds().size() == 2).findFirst()
                .orElseThrow();
        Fx.interact(() -> {
            view.selectedEventProperty().set(two);
            view.requestFocus();
        });
        settle(robot);
        assertEquals(Set.of(), foldedLanes(), "none folded at first");
        Fx.type(KeyCode.F);
        settle(robot);
        assertEquals(Set.copyOf(two.actorIds()), foldedLanes());
        assertEquals(2, view.foldedLaneCountProperty().get());
        org.controlsfx.control.StatusBar status = robot.lookup("#status").queryAs(org.controlsfx.control.StatusBar.class);
        assertEquals("Folded the 2 lanes of this event: F unfolds them again, Shift+F unfolds every lane.", status.getText());
        Fx.type(KeyCode.F);
        settle(robot);
        assertEquals(Set.of(), foldedLanes(), "F again unfolds them");
        // One of the two folded by a click: F folds the other too, rather than unfolding the one.
        Fx.interact(() -> skin().toggleCollapsed(two.actorIds().get(0)));
        Fx.type(KeyCode.F);
        settle(robot);
        assertEquals(Set.copyOf(two.actorIds()), foldedLanes());
        // Shift+F unfolds every lane (View > Unfold All Lanes).
        Fx.interact(() -> skin().toggleCollapsed(state.query().timeline().events().stream()
                .flatMap(e -> e.actorIds().stream()).filter(a -> !two.actorIds().contains(a)).findFirst().orElseThrow()));
        settle(robot);
        assertEquals(3, view.foldedLaneCountProperty().get());
        Fx.typeWith(KeyCode.SHIFT, KeyCode.F);
        settle(robot);
        assertEquals(Set.of(), foldedLanes());
        assertEquals(0, view.foldedLaneCountProperty().get());
        assertEquals("Unfolded all 3 folded lanes.", status.getText());
        // An F typed into the search is a letter of the search, nothing else, and a capital F too.
        Fx.type(KeyCode.F);
        settle(robot);
        javafx.scene.control.TextField search = robot.lookup("#search").queryAs(javafx.scene.control.TextField.class);
        Fx.interact(search::requestFocus);
        Fx.type(KeyCode.F);
        Fx.typeWith(KeyCode.SHIFT, KeyCode.F);
        settle(robot);
        assertEquals("fF", search.getText());
        assertEquals(Set.copyOf(two.actorIds()), foldedLanes(), "typed into the search, they fold and unfold nothing");
        Fx.interact(search::clear);
        // In the quote list, which has no use for letters, they are the timeline's keys.
        javafx.scene.control.ListView<?> quotes = robot.lookup("#quotes").queryListView();
        Fx.interact(quotes::requestFocus);
        Fx.typeWith(KeyCode.SHIFT, KeyCode.F);
        settle(robot);
        assertEquals(Set.of(), foldedLanes(), "Shift+F from the quote list");
        Fx.type(KeyCode.F);
        settle(robot);
        assertEquals(Set.copyOf(two.actorIds()), foldedLanes(), "F from the quote list");
        Fx.interact(view::unfoldAllLanes);
        org.controlsfx.control.StatusBar bar = robot.lookup("#status").queryAs(org.controlsfx.control.StatusBar.class);
        // With none folded, Shift+F says so (greyed, it had done nothing and said nothing).
        Fx.typeWith(KeyCode.SHIFT, KeyCode.F);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("No lane is folded: F folds the selected event's lanes, and Shift+F unfolds them all.",
                bar.getText());
        // Lanes by category now: what was said of the actors' lanes is taken back, to what the bar said before the
        // keys (the file's name).
        Fx.interact(() -> state.laneModeProperty().set(LaneMode.CATEGORY));
        String resting = bar.getText();
        assertTrue(!resting.startsWith("No lane") && !resting.contains("olded"), resting);
        // So is "Unfolded …", where the lanes' change leaves the count of folded lanes at none.
        Fx.type(KeyCode.F);
        Fx.typeWith(KeyCode.SHIFT, KeyCode.F);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(bar.getText().startsWith("Unfolded"), bar.getText());
        Fx.interact(() -> state.laneModeProperty().set(LaneMode.ACTOR));
        assertEquals(resting, bar.getText());
    }

    private Set<String> foldedLanes() {
        return view.currentLayout().lanes().stream().filter(l -> l.collapsed()).map(l -> l.lane().id())
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void aReleaseWhosePressWentElsewhereFoldsNothing(FxRobot robot) {
        settle(robot);
        // As the click that closes an open menu or list: its press goes to the closing popup, its release here.
        Canvas canvas = (Canvas) view.lookup("Canvas");
        // Given in the scene's coordinates: the event is carried to the canvas's own from them.
        Point2D scene = view.localToScene(view.localOf(-view.laneNamesWidth() / 2,
                view.currentLayout().lanes().get(0).top() + 10));
        Point2D screen = view.getScene().getRoot().localToScreen(view.getScene().getRoot().sceneToLocal(scene));
        Fx.interact(() -> canvas.fireEvent(new MouseEvent(MouseEvent.MOUSE_RELEASED, scene.getX(), scene.getY(),
                screen.getX(), screen.getY(), MouseButton.PRIMARY, 1, false, false, false, false, false, false, false,
                false, false, true, null)));
        settle(robot);
        assertFalse(view.currentLayout().lanes().get(0).collapsed(), "a release alone is no click");
    }

    @Test
    void aClusterClickZoomsUntilItParts(FxRobot robot) throws Exception {
        open(robot, dense(300, Duration.ofHours(1)));
        // One the reader can click: in the lanes' part of the view, not scrolled below it.
        javafx.geometry.Bounds lanes = view.localToScreen(new javafx.geometry.BoundingBox(0, view.lanesTop(),
                view.getWidth(), view.getHeight() - view.lanesTop() - view.overviewHeight()));
        PlacedMark cluster = view.currentLayout().marks().stream()
                .filter(m -> m.isCluster() && skin().splitView(m) != null
                        && lanes.contains(onScreen(m.centre(), m.y()))).findFirst().orElseThrow();
        int[] members = cluster.members();
        double spp = view.viewport().secondsPerPixel();
        robot.clickOn(onScreen(cluster.centre(), cluster.y()));
        settle(robot);
        assertTrue(view.viewport().secondsPerPixel() < spp, "zoomed in");
        assertTrue(view.currentLayout().marks().stream().noneMatch(m -> m.isCluster()
                && Arrays.stream(members).allMatch(e -> Arrays.stream(m.members()).anyMatch(x -> x == e))),
                "the cluster parted");
    }

    /**
     * Every cluster's disc of a lane is drawn in the lane's one colour, none under another mark's fading band: drawn
     * with each mark, an uncertain moment's band had covered the discs before it in its row, their counts blue on blue.
     */
    @Test
    void noFadingBandIsDrawnOverAnotherMark(FxRobot robot) throws Exception {
        open(robot, dense(300, Duration.ofHours(1)));
        TimeIndex index = state.query().index();
        // The first hour, where the moments stand thick and their bands cross the marks of their rows.
        Fx.interact(() -> view.viewport().show(index.first(), index.first() + 3900));
        settle(robot);
        javafx.geometry.Bounds lanes = view.localToScreen(new javafx.geometry.BoundingBox(0, view.lanesTop(),
                view.getWidth(), view.getHeight() - view.lanesTop() - view.overviewHeight()));
        WritableImage picture = snapshot(robot);
        // The darkest pixel of a little square in each disc, left of its count: the disc's own colour where nothing
        // covers it, a much paler one under a band.
        Map<Integer, List<Color>> discColours = new HashMap<>();
        for (PlacedMark m : view.currentLayout().marks()) {
            double cx = LanePainter.discX(m, view.viewport().width(), 1);
            if (!m.isCluster() || !lanes.contains(onScreen(cx, m.y()))) {
                continue;
            }
            Point2D at = view.screenToLocal(onScreen(cx - 5, m.y()));
            Color darkest = Color.WHITE;
            for (int dx = -2; dx <= 2; dx++) {
                for (int dy = -2; dy <= 2; dy++) {
                    Color c = picture.getPixelReader().getColor((int) at.getX() + dx, (int) at.getY() + dy);
                    darkest = c.getBrightness() < darkest.getBrightness() ? c : darkest;
                }
            }
            discColours.computeIfAbsent(m.lane(), l -> new ArrayList<>()).add(darkest);
        }
        assertTrue(discColours.values().stream().mapToInt(List::size).sum() >= 10, "discs in view: " + discColours);
        discColours.forEach((lane, colours) -> {
            double least = colours.stream().mapToDouble(Color::getBrightness).min().orElseThrow();
            double most = colours.stream().mapToDouble(Color::getBrightness).max().orElseThrow();
            assertTrue(most - least < 0.05, "lane " + lane + "'s discs from brightness " + least + " to " + most);
        });
    }

    @Test
    void theHeadersDayCountsTheEventsInAClusterNotOnlyItsDisc(FxRobot robot) {
        // A hundred statements in one minute of 16 July (a disc and the rows beside it), and sixteen events spread
        // over 17 July, each a mark of its own: more marks on 17 July, more events on 16 July.
        StringBuilder events = new StringBuilder();
        for (int i = 0; i < 100; i++) {
            events.append("{\"id\":\"e").append(i).append("\",\"title\":\"Statement ").append(i)
                    .append("\",\"category\":\"c\",\"start\":\"2018-07-16T12:00+03:00\",")
                    .append("\"sources\":[{\"source\":\"s\",\"paragraph\":1}]},");
        }
        for (int i = 0; i < 16; i++) {
            events.append(i == 0 ? "" : ",").append("{\"id\":\"d").append(i).append("\",\"title\":\"D")
                    .append(i).append("\",\"category\":\"c\",\"start\":\"")
                    .append(Instant.parse("2018-07-16T21:00:00Z").plusSeconds(i * 5400L))
                    .append("\",\"sources\":[{\"source\":\"s\",\"paragraph\":1}]}");
        }
        String json = "{\"formatVersion\":1,\"title\":\"t\",\"timeZone\":\"Europe/Helsinki\","
                + "\"sources\":[{\"id\":\"s\",\"publisher\":\"S\"}],"
                + "\"categories\":[{\"id\":\"c\",\"label\":\"C\"}],\"events\":[" + events + "]}";
        open(robot, new TimelineLoader().load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "day.json"));
        double firstOf17 = view.viewport().xOf(Instant.parse("2018-07-16T21:00:00Z").getEpochSecond());
        long on16 = view.currentLayout().marks().stream().filter(m -> m.x1() < firstOf17 - 5).count();
        long on17 = view.currentLayout().marks().size() - on16;
        assertTrue(on17 > on16, "more marks on 17 July (" + on17 + ") than on 16 July (" + on16 + ")");
        assertEquals("Monday, 16 July 2018", skin().headerDay(), "a hundred events on 16 July, sixteen on 17 July");
    }

    @Test
    void aSelectedEventThatMatchesTheSearchShowsBothItsRingAndItsMatchOutline(FxRobot robot) {
        settle(robot);
        Fx.interact(() -> {
            state.selectedEventProperty().set(state.query().timeline().event("press-conference").orElseThrow());
            state.search("nonsense");
        });
        settle(robot);
        Point2D centre = view.pointOf("press-conference");
        WritableImage picture = snapshot(robot);
        Color match = view.matchFill();
        Color ring = view.accent();
        int matchPixels = 0;
        int ringPixels = 0;
        for (int dx = -16; dx <= 16; dx++) {
            for (int dy = -14; dy <= 14; dy++) {
                Color c = picture.getPixelReader().getColor((int) centre.getX() + dx, (int) centre.getY() + dy);
                matchPixels += near(c, match) ? 1 : 0;
                ringPixels += near(c, ring) ? 1 : 0;
            }
        }
        assertTrue(matchPixels >= 12, "the match's outline shows inside the ring: " + matchPixels + " pixels");
        assertTrue(ringPixels >= 12, "and the selection's ring: " + ringPixels + " pixels");
        // Both lines grow with the marks they frame: at 250 % the designed 2.5-px ring round a 25-px diamond had read
        // as a hairline.
        assertClearOfTheBar(picture, centre, 6, match);
        int ringLine = lineAbove(picture, centre, ring);
        int matchLine = lineAbove(picture, centre, match);
        Fx.interact(() -> state.fontScaleProperty().set(2.5));
        settle(robot);
        WritableImage grown = snapshot(robot);
        Point2D grownCentre = view.pointOf("press-conference");
        // Twice as wide and more, a pixel either way for where the edges fall.
        assertTrue(lineAbove(grown, grownCentre, ring) >= 2 * ringLine - 1,
                "the ring's line " + ringLine + " px, at 250 % " + lineAbove(grown, grownCentre, ring));
        assertTrue(lineAbove(grown, grownCentre, match) >= 2 * matchLine - 1,
                "the outline's line " + matchLine + " px, at 250 % " + lineAbove(grown, grownCentre, match));
        assertClearOfTheBar(grown, grownCentre, 15, match);
    }

    /**
     * No pixel of the match's outline on the selected bar, {@code half} px above and below its middle: drawn inside
     * the selection's ring, the outline had run through the mark's edges, and at 250 % covered most of the bar.
     */
    private void assertClearOfTheBar(WritableImage picture, Point2D centre, int half, Color match) {
        PlacedMark bar = view.currentLayout().marks().stream().filter(PlacedMark::holdsSelection).findFirst().orElseThrow();
        int from = (int) Math.ceil(centre.getX() - (bar.x1() - bar.x0()) / 2) + 1;
        int to = (int) Math.floor(centre.getX() + (bar.x1() - bar.x0()) / 2) - 1;
        for (int x = from; x <= to; x++) {
            for (int y = (int) centre.getY() - half + 1; y <= centre.getY() + half - 1; y++) {
                assertFalse(near(picture.getPixelReader().getColor(x, y), match),
                        "the outline on the bar at " + x + "," + y + " (bar " + from + "–" + to + ")");
            }
        }
    }

    /** The longest run of {@code colour} straight up from {@code centre}: the thickness of a ring's top side. */
    private static int lineAbove(WritableImage picture, Point2D centre, Color colour) {
        int longest = 0;
        int run = 0;
        for (int y = (int) centre.getY(); y > Math.max(0, centre.getY() - 80); y--) {
            run = near(picture.getPixelReader().getColor((int) centre.getX(), y), colour) ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        assertTrue(longest > 0, "a line of " + colour + " above the mark");
        return longest;
    }

    private static boolean near(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen())
                + Math.abs(a.getBlue() - b.getBlue()) < 0.12;
    }

    /**
     * A cluster that holds a match is outlined in the match's colour, as a matching mark is; one that holds none is
     * not. Only its full colour had told it from the faded ones, and a reader looked in vain for the match it hid.
     */
    @Test
    void aClusterHoldingAMatchIsOutlinedAsAMatchIs(FxRobot robot) throws Exception {
        open(robot, dense(300, Duration.ofHours(1)));
        // The whole title of one clustered event: a phrase few others hold.
        PlacedMark first = view.currentLayout().marks().stream().filter(PlacedMark::isCluster).findFirst().orElseThrow();
        String title = state.query().index().event(skin().membersOf(first)[0]).title();
        Fx.interact(() -> state.search(title));
        settle(robot);
        List<PlacedMark> clusters = view.currentLayout().marks().stream().filter(PlacedMark::isCluster).toList();
        java.util.function.Predicate<PlacedMark> matching =
                m -> Arrays.stream(skin().membersOf(m)).anyMatch(e -> state.result().eventMatches(e));
        PlacedMark holding = clusters.stream().filter(matching).findFirst().orElse(null);
        // One whose neighbours two columns either way hold no match either, so that no ring of theirs is counted.
        PlacedMark without = clusters.stream().filter(m -> clusters.stream().noneMatch(n -> matching.test(n)
                && n.lane() == m.lane() && Math.abs(n.centre() - m.centre()) < 40)).findFirst().orElse(null);
        assertNotNull(holding, "a cluster holds a match");
        assertNotNull(without, "a cluster holds none");
        WritableImage picture = snapshot(robot);
        assertTrue(amberRound(picture, holding) >= 4, "the holding cluster is outlined: " + amberRound(picture, holding));
        assertEquals(0, amberRound(picture, without), "the other is not");
    }

    /** The match-coloured pixels on a ring just outside a cluster's disc, within its column. */
    private int amberRound(WritableImage picture, PlacedMark cluster) {
        Point2D centre = skin().area().localOf(LanePainter.discX(cluster, view.viewport().width(), 1), cluster.y());
        int amber = 0;
        for (int dx = -14; dx <= 14; dx++) {
            for (int dy = -14; dy <= 14; dy++) {
                double r = Math.hypot(dx, dy);
                if (r >= 8.3 && r <= 9.7 && near(picture.getPixelReader().getColor((int) centre.getX() + dx,
                        (int) centre.getY() + dy), view.matchFill())) {
                    amber++;
                }
            }
        }
        return amber;
    }

    @Test
    void aClusterSetBackByASearchStillHasACountThatReads(FxRobot robot) throws Exception {
        open(robot, dense(300, Duration.ofHours(1)));
        Fx.interact(() -> state.search("zzzzqx"));
        settle(robot);
        PlacedMark cluster = view.currentLayout().marks().stream()
                .filter(m -> m.isCluster() && m.count() < 10).findFirst().orElseThrow();
        Point2D centre = skin().area().localOf(Math.max(cluster.x0() + 8, Math.min(cluster.x1() - 8, cluster.centre())),
                cluster.y());
        WritableImage picture = snapshot(robot);
        // The disc's own colour is the commonest in its middle; the count's is the one that differs from it most.
        Map<Integer, Integer> seen = new HashMap<>();
        List<Color> pixels = new ArrayList<>();
        for (int dx = -5; dx <= 5; dx++) {
            for (int dy = -5; dy <= 5; dy++) {
                Color c = picture.getPixelReader().getColor((int) centre.getX() + dx, (int) centre.getY() + dy);
                pixels.add(c);
                seen.merge(picture.getPixelReader().getArgb((int) centre.getX() + dx, (int) centre.getY() + dy), 1,
                        Integer::sum);
            }
        }
        int discArgb = seen.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        Color disc = Color.rgb(discArgb >> 16 & 0xff, discArgb >> 8 & 0xff, discArgb & 0xff);
        double best = pixels.stream().mapToDouble(p -> Contrast.ratio(p, disc)).max().orElse(1);
        assertTrue(best >= Contrast.AA, "the count " + cluster.count() + " reads on its set-back disc "
                + disc + ": " + best);
    }

    @Test
    void aDiscOfOneIsSelectedByAClickNotZoomedInto(FxRobot robot) {
        // Four thousand moments in one lane make the view zoomed out count its columns; a span of a month alone
        // in another lane is then a disc of one.
        StringBuilder events = new StringBuilder();
        for (int i = 0; i < 4000; i++) {
            events.append("{\"id\":\"m").append(i).append("\",\"title\":\"Moment ").append(i)
                    .append("\",\"category\":\"a\",\"start\":\"").append(Instant.parse("2018-01-01T00:00:00Z")
                            .plusSeconds(i * 3600L)).append("\",\"sources\":[{\"source\":\"s\",\"paragraph\":1}]},");
        }
        events.append("{\"id\":\"span\",\"title\":\"The long talks\",\"category\":\"b\",\"start\":\"2018-08-01T00:00:00Z\","
                + "\"end\":\"2018-08-31T00:00:00Z\",\"sources\":[{\"source\":\"s\",\"paragraph\":1}]}");
        String json = "{\"formatVersion\":1,\"title\":\"t\",\"timeZone\":\"UTC\","
                + "\"sources\":[{\"id\":\"s\",\"publisher\":\"S\"}],"
                + "\"categories\":[{\"id\":\"a\",\"label\":\"A\"},{\"id\":\"b\",\"label\":\"B\"}],\"events\":[" + events + "]}";
        open(robot, new TimelineLoader().load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "one.json"));
        int span = state.query().positionOf("span");
        PlacedMark one = view.currentLayout().marks().stream()
                .filter(m -> m.isCluster() && m.count() == 1 && Arrays.stream(skin().membersOf(m)).anyMatch(e -> e == span))
                .findFirst().orElseThrow(() -> new AssertionError("no disc of one: " + view.currentLayout().binned()));
        double start = view.viewport().start();
        double scale = view.viewport().secondsPerPixel();
        robot.clickOn(onScreen(one.centre(), one.y()));
        settle(robot);
        assertNotNull(state.selectedEvent(), "the disc's one event is selected");
        assertEquals("span", state.selectedEvent().id());
        assertEquals(start, view.viewport().start(), 1e-6, "and the view stays");
        assertEquals(scale, view.viewport().secondsPerPixel(), 1e-9);
    }

    @Test
    void aClusterOfOneMomentIsListedAndChoosingOneSelectsIt(FxRobot robot) {
        StringBuilder events = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            events.append(i == 0 ? "" : ",").append("{\"id\":\"e").append(i).append("\",\"title\":\"Statement ")
                    .append(i).append("\",\"category\":\"c\",\"start\":\"2018-07-16T12:00+03:00\",")
                    .append("\"sources\":[{\"source\":\"s\",\"paragraph\":1}]}");
        }
        String json = "{\"formatVersion\":1,\"title\":\"t\",\"timeZone\":\"Europe/Helsinki\","
                + "\"sources\":[{\"id\":\"s\",\"publisher\":\"S\"}],"
                + "\"categories\":[{\"id\":\"c\",\"label\":\"C\"}],\"events\":[" + events + "]}";
        open(robot, new TimelineLoader().load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "same.json"));
        PlacedMark cluster = view.currentLayout().marks().stream().filter(PlacedMark::isCluster).findFirst().orElseThrow();
        double start = view.viewport().start();
        robot.clickOn(onScreen(cluster.centre(), cluster.y()));
        WaitForAsyncUtils.waitForFxEvents();
        ContextMenu menu = skin().input().clusterMenu();
        assertTrue(menu.isShowing(), "a list instead of a zoom that cannot part them");
        assertEquals(start, view.viewport().start(), 1e-6);
        assertEquals(Math.min(cluster.count(), TimelineInput.LIST_LIMIT) + (cluster.count() > TimelineInput.LIST_LIMIT ? 1 : 0),
                menu.getItems().size(), "each event, and how many more when there are too many to list");
        MenuItem third = menu.getItems().get(2);
        String chosen = third.getText();
        Fx.interact(third::fire);
        assertNotNull(state.selectedEvent());
        assertTrue(chosen.endsWith(state.selectedEvent().title()), chosen + " selected " + state.selectedEvent().title());
    }

    @Test
    void steppingRightFromTheFittedViewKeepsEachEventAndItsTitleInView(FxRobot robot) {
        settle(robot);
        double start = view.viewport().start();
        double spp = view.viewport().secondsPerPixel();
        robot.clickOn(view.localToScreen(new Point2D(view.getWidth() - 30, 30)));
        for (int step = 0; step < state.query().timeline().events().size(); step++) {
            Fx.type(KeyCode.RIGHT);
            settle(robot);
            Event selected = state.selectedEvent();
            assertNotNull(view.pointOf(selected.id()), selected.id() + " is on screen");
            Plate plate = view.currentLayout().plates().stream()
                    .filter(p -> p.event() == state.query().positionOf(selected.id())).findFirst().orElse(null);
            boolean inside = view.currentLayout().labels().stream().anyMatch(l -> l.whole()
                    && l.event() == state.query().positionOf(selected.id()));
            assertTrue(inside || (plate != null && plate.text().equals(selected.title()) && plate.left() >= 0
                    && plate.right() <= view.viewport().width()), selected.id() + "'s title is whole and in view");
            assertEquals(spp, view.viewport().secondsPerPixel(), 1e-9, "stepping never zooms");
        }
        assertEquals(start, view.viewport().start(), 1e-6, "in the fitted view nothing needed to move");
    }

    /** The selected event's mark, in the lane area's x; and that its whole title is in view (label or plate). */
    private PlacedMark selectedMarkWithTitleInView() {
        Event selected = state.selectedEvent();
        int position = state.query().positionOf(selected.id());
        PlacedMark mark = view.currentLayout().markOf(position);
        assertNotNull(mark, selected.id() + " has a mark of its own");
        double width = view.timeWindow().width();
        assertTrue(mark.x0() < width && mark.x1() > 0, selected.id() + " is in view: " + mark);
        boolean labelled = view.currentLayout().labels().stream().anyMatch(l -> l.event() == position && l.whole()
                && l.x() >= 0 && l.right() <= width);
        boolean plated = view.currentLayout().plates().stream().anyMatch(p -> p.event() == position
                && p.text().equals(selected.title()) && p.x() >= 0 && p.x() + p.width() <= width);
        assertTrue(labelled || plated, selected.id() + "'s whole title is in view");
        return mark;
    }

    @Test
    void steppingPastTheEdgeOfAZoomedInViewMovesItOnlyAsFarAsNeeded(FxRobot robot) {
        settle(robot);
        Fx.interact(() -> state.selectedEventProperty().set(state.query().timeline().event("putin-lands").orElseThrow()));
        settle(robot);
        // 12:50-13:30 EEST: Putin lands in view; he reaches the palace (13:35-13:45) beyond the right edge.
        double width = view.timeWindow().width();
        Fx.interact(() -> {
            view.showView(1_531_734_600L, 2400.0 / width);
            view.requestFocus();
        });
        settle(robot);
        TimeWindow before = view.timeWindow();
        int next = state.query().positionOf("putin-at-palace");
        assertTrue(before.xOf(state.query().index().startEarliest(next)) > width, "the next event is off the right edge");
        Fx.type(KeyCode.RIGHT);
        settle(robot);
        assertEquals("putin-at-palace", state.selectedEvent().id());
        TimeWindow after = view.timeWindow();
        assertEquals(before.secondsPerPixel(), after.secondsPerPixel(), 1e-9, "stepping never zooms");
        double moved = (after.start() - before.start()) / after.secondsPerPixel();
        assertTrue(moved > 0 && moved < width / 2, "the view moved " + moved + " px of " + width);
        PlacedMark mark = selectedMarkWithTitleInView();
        assertTrue(mark.centre() > width / 2, "it comes in from the right edge, not to the middle: " + mark);
    }

    @Test
    void searchEnterOnAMatchOutOfViewMovesTheViewOnlyAsFarAsNeeded(FxRobot robot) {
        settle(robot);
        // 15 July 19:00-23:00 EEST, the landing; the breakfast with Niinisto is the next morning.
        Fx.interact(() -> view.showView(1_531_670_400L, 14_400.0 / view.timeWindow().width()));
        settle(robot);
        TimeWindow before = view.timeWindow();
        robot.clickOn("#search").write("niinisto");
        WaitForAsyncUtils.waitForFxEvents();
        Fx.type(KeyCode.ENTER);
        settle(robot);
        assertEquals("breakfast-niinisto", state.selectedEvent().id());
        TimeWindow after = view.timeWindow();
        assertEquals(before.secondsPerPixel(), after.secondsPerPixel(), 1e-9, "the search does not zoom");
        assertTrue(after.start() > before.start(), "the view moved on to the morning");
        PlacedMark mark = selectedMarkWithTitleInView();
        assertTrue(mark.centre() > after.width() * 0.55, "it stops as soon as the breakfast and its title show, "
                + "rather than centring it: " + mark);
    }

    @Test
    void theTimeWindowPropertyFollowsEveryChangeOfTheView(FxRobot robot) {
        settle(robot);
        List<TimeWindow> seen = new ArrayList<>();
        Fx.interact(() -> {
            view.timeWindowProperty().addListener((o, old, now) -> seen.add(now));
            view.requestFocus();
        });
        Fx.type(KeyCode.PLUS);
        settle(robot);
        assertFalse(seen.isEmpty(), "zooming changed the window");
        TimeWindow zoomed = seen.get(seen.size() - 1);
        Fx.typeWith(KeyCode.SHIFT, KeyCode.RIGHT);
        settle(robot);
        TimeWindow panned = seen.get(seen.size() - 1);
        assertEquals(zoomed.secondsPerPixel(), panned.secondsPerPixel(), 1e-9);
        assertTrue(panned.start() > zoomed.start(), "Shift+Right pans to later times");
        double stageWidth = stage.getWidth();
        try {
            Fx.interact(() -> stage.setWidth(stageWidth - 100));
            settle(robot);
            TimeWindow now = view.timeWindow();
            assertTrue(now.width() < panned.width(), "a narrower window narrows the view");
            assertEquals(now, seen.get(seen.size() - 1));
            assertEquals(new TimeWindow(view.viewport().start(), view.viewport().secondsPerPixel(),
                    view.viewport().width()), now);
            // The frame on screen was laid out from it.
            assertEquals(now.start(), skin().currentInput().start());
            assertEquals(now.width(), skin().currentInput().width());
        } finally {
            // The stage is shared by the tests of this class: it gets its width back.
            Fx.interact(() -> stage.setWidth(stageWidth));
        }
    }

    @Test
    void zoomingKeepsTheSelectionWhereItIs(FxRobot robot) {
        settle(robot);
        Fx.interact(() -> state.selectedEventProperty().set(state.query().timeline().event("press-conference").orElseThrow()));
        settle(robot);
        Point2D before = view.pointOf("press-conference");
        assertNotNull(before);
        for (int i = 0; i < 6; i++) {
            Fx.type(KeyCode.PLUS);
            settle(robot);
            Point2D now = view.pointOf("press-conference");
            assertNotNull(now, "still on screen after " + (i + 1) + " zooms");
            assertTrue(now.getX() >= view.laneNamesWidth() && now.getX() <= view.getWidth());
        }
        Fx.type(KeyCode.MINUS, 6);
        settle(robot);
        assertEquals(before.getX(), view.pointOf("press-conference").getX(), 3);
    }

    /** The selected event's mark, or the cluster holding it, that is within the lanes' view; null when none is. */
    private PlacedMark selectionInView() {
        double top = view.laneScroll();
        double bottom = top + skin().laneAreaHeight();
        int position = state.query().positionOf(state.selectedEvent().id());
        TimelineLayout layout = view.currentLayout();
        return layout.marks().stream()
                .filter(m -> (m.event() == position && !m.isCluster()) || m.holdsSelection())
                .filter(m -> m.y() - layout.rowHeight() / 2 >= top && m.y() + layout.rowHeight() / 2 <= bottom)
                .findFirst().orElse(null);
    }

    @Test
    void zoomingInOnADenseFileKeepsTheSelectedEventsRowInView(FxRobot robot) throws Exception {
        open(robot, dense(20_000, Duration.ofDays(365)));
        settle(robot);
        // The last event in time: zoomed in around it, the lanes above it stack their events into many rows.
        Event last = state.query().timeline().events().get(state.query().timeline().events().size() - 1);
        Fx.interact(() -> state.selectedEventProperty().set(last));
        settle(robot);
        assertNotNull(selectionInView(), "shown when chosen");
        boolean scrolled = false;
        int days = 0;
        for (int press = 1; press <= 12; press++) {
            Fx.type(KeyCode.PLUS);
            settle(robot);
            assertNotNull(selectionInView(), "after " + press + " zooms, at " + view.laneScroll() + " px down");
            // In view, in a cluster or alone, the selected event names the header's day.
            String day = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.ENGLISH)
                    .format(last.start().midpoint().atZone(view.zoneProperty().get()));
            // (Zoomed out far, the header names the years instead of a day.)
            boolean namesADay = skin().headerDay().contains(",");
            days += namesADay ? 1 : 0;
            assertTrue(!namesADay || skin().headerDay().endsWith(day), "after " + press + " zooms: "
                    + skin().headerDay());
            scrolled |= view.laneScroll() > 0;
        }
        assertTrue(scrolled, "the lanes had to scroll to keep it in view (else this shows nothing)");
        assertTrue(days >= 5, "the header named a day after " + days + " zooms");
    }

    @Test
    void aZoomWithASelectionIsLaidOutOncePerFrame(FxRobot robot) {
        Fx.interact(() -> state.selectedEventProperty().set(state.query().timeline().event("press-conference")
                .orElseThrow()));
        settle(robot);
        long[] before = new long[2];
        Fx.interact(() -> {
            before[0] = skin().layoutsMade();
            before[1] = skin().framesDrawn();
        });
        for (int press = 0; press < 5; press++) {
            Fx.type(KeyCode.PLUS);
            settle(robot);
        }
        Fx.interact(() -> {
            long frames = skin().framesDrawn() - before[1];
            assertTrue(frames >= 5, frames + " frames");
            // Keeping the selected row in view lays the lanes out at the new view; the frame uses that layout.
            assertEquals(frames, skin().layoutsMade() - before[0], "layouts for " + frames + " frames");
        });
    }

    @Test
    void draggingTheLanesPansTime(FxRobot robot) {
        settle(robot);
        double start = view.viewport().start();
        double spp = view.viewport().secondsPerPixel();
        TimelineLayout layout = view.currentLayout();
        Point2D from = onScreen(view.viewport().width() - 40, layout.lanes().get(0).top() + 4);
        robot.drag(from, MouseButton.PRIMARY).moveBy(-200, 0).release(MouseButton.PRIMARY);
        settle(robot);
        assertEquals(start + 200 * spp, view.viewport().start(), 10 * spp, "dragging left shows later times");
        assertNull(state.selectedEvent(), "a drag selects nothing");
    }

    @Test
    void tooltipsShowOverMarksWithTheSourcesWordsAndNothingOverEmptySpace(FxRobot robot)
            throws TimeoutException {
        settle(robot);
        Fx.interact(() -> view.viewport().show(1_531_749_600L, 1_531_760_400L)); // 16 July 17:00-20:00 EEST
        settle(robot);
        Point2D mark = view.pointOf("press-conference");
        assertNotNull(mark);
        robot.moveTo(view.localToScreen(mark));
        WaitForAsyncUtils.waitForFxEvents();
        String text = skin().input().tooltipText();
        assertNotNull(text, "a tooltip over the mark");
        assertTrue(text.startsWith("Joint press conference\nStart: "), text);
        assertTrue(text.contains("\u201cApproximately 11:10 a.m. EDT\u201d \u2014 "), text);
        Fx.interact(() -> view.viewport().zoomAround(view.viewport().width() / 2, 0.5));
        settle(robot);
        assertNull(skin().input().tooltipText(), "the view moved under the pointer: the tooltip went with it");
        robot.moveBy(1, 0);
        WaitForAsyncUtils.waitForFxEvents();
        robot.moveTo(view.localToScreen(view.pointOf("press-conference")));
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(skin().input().tooltipText(), "over the mark again, its tooltip");
        // An event already in view, so that the view does not move (which takes the tooltip anyway).
        double windowBefore = view.viewport().start();
        Fx.interact(() -> view.selectedEventProperty().set(view.query().timeline().event("protester-removed").orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(windowBefore, view.viewport().start(), 1e-6, "the view stayed");
        assertNull(skin().input().tooltipText(), "another event selected (Right, a clicker): the tooltip goes");
        Fx.interact(() -> view.viewport().show(1_531_749_600L, 1_531_760_400L)); // the selection may have moved it
        settle(robot);
        robot.moveBy(1, 0);
        WaitForAsyncUtils.waitForFxEvents();
        robot.moveTo(view.localToScreen(view.pointOf("press-conference")));
        WaitForAsyncUtils.waitForFxEvents();
        assertNotNull(skin().input().tooltipText(), "the pointer moves on the mark: its tooltip again");
        robot.moveTo(view.localToScreen(new Point2D(view.laneNamesWidth() + 5, view.getHeight() - 60)));
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(skin().input().tooltipText(), "none over empty time");
        // Over a lane's name, the name whole (a long one is cut at larger type) and what a click on it does.
        var first = view.currentLayout().lanes().get(0);
        robot.moveTo(view.localToScreen(new Point2D(view.laneNamesWidth() / 2,
                view.localOf(0, first.firstRowCentre(view.currentLayout().rowHeight())).getY())));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(first.lane().label() + ": a click folds the lane to a strip", skin().input().tooltipText());
        // It stands beside the names, not over the next lane's name below the pointer.
        javafx.scene.control.Tooltip tip = skin().input().tooltip();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, tip::isShowing);
        double namesEnd = view.localToScreen(view.laneNamesWidth(), 0).getX();
        assertTrue(tip.getX() >= namesEnd, "the tooltip at " + tip.getX() + ", the names end at " + namesEnd);
        robot.clickOn();
        WaitForAsyncUtils.waitForFxEvents();
        robot.moveBy(0, 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(first.lane().label() + ", folded: a click opens the lane again", skin().input().tooltipText());
        robot.clickOn();
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void byActorTrumpAndPutinHaveLanesOfTheirOwn(FxRobot robot) {
        Fx.interact(() -> state.laneModeProperty().set(LaneMode.ACTOR));
        settle(robot);
        List<String> names = view.currentLayout().lanes().stream().map(l -> l.lane().label()).toList();
        assertTrue(names.contains("Donald Trump") && names.contains("Vladimir Putin"), names.toString());
        Point2D trump = view.pointOf("trump-at-palace");
        assertNotNull(trump);
        robot.clickOn(view.localToScreen(trump));
        assertEquals("trump-at-palace", state.selectedEvent().id());
    }

    @Test
    void theLaneNamesKeepTheirWidthWhicheverLanesAFilterLeaves(FxRobot robot) {
        for (LaneMode mode : LaneMode.values()) {
            Fx.interact(() -> state.laneModeProperty().set(mode));
            settle(robot);
            double every = view.laneNamesWidth();
            List<String> lanes = view.currentLayout().lanes().stream().map(l -> l.lane().id()).toList();
            for (String lane : lanes) {
                // Only the events of one lane: the widest name may be gone, the column and the time axis stay.
                Fx.interact(() -> state.filterProperty().set(mode == LaneMode.ACTOR
                        ? QueryFilter.NONE.withActors(java.util.Set.of(lane))
                        : QueryFilter.NONE.withCategories(java.util.Set.of(lane))));
                settle(robot);
                assertEquals(every, view.laneNamesWidth(), mode + ", only " + lane);
            }
            Fx.interact(() -> state.filterProperty().set(QueryFilter.NONE));
            settle(robot);
        }
    }

    @Test
    void theCanvasDrawsInTheReadersTextSize(FxRobot robot) {
        settle(robot);
        double namesBefore = view.laneNamesWidth();
        // The axis's foot, where the lanes or the relative time's strip (kept only while the lanes fit below it) begin.
        double lanesTopBefore = view.localOf(0, 0).getY() - view.currentLayout().stripHeight();
        PlacedLabel before = view.currentLayout().labels().stream().filter(PlacedLabel::whole)
                .min(Comparator.comparing(PlacedLabel::width)).orElseThrow();
        assertEquals(LayoutEngine.ROW_HEIGHT, view.currentLayout().rowHeight());

        double startBefore = view.viewport().start();
        double endBefore = view.viewport().end();
        Fx.interact(() -> state.fontScaleProperty().set(1.5));
        settle(robot);
        TimelineLayout larger = view.currentLayout();
        // The names' column grew and the time area shrank: the same stretch of time is in view.
        assertEquals(startBefore, view.viewport().start(), 1);
        assertEquals(endBefore, view.viewport().end(), 1);
        assertEquals(30, larger.rowHeight(), "a row holds the larger titles");
        assertTrue(view.laneNamesWidth() > namesBefore, "the names' column grows with its names");
        assertTrue(view.localOf(0, 0).getY() - larger.stripHeight() > lanesTopBefore, "the axis grows with its type");
        PlacedLabel after = larger.labelOf(before.event());
        assertNotNull(after, "the shortest title still stands");
        if (after.whole()) {
            assertEquals(1.5, after.width() / before.width(), 0.1, "the title is measured in the larger type");
        }
        assertEquals(List.of(), LayoutChecks.invariants(skin().currentInput(), larger));
        // A click 11 px below the middle of the title: inside its row at this size, below it at the
        // designed one.
        Point2D title = view.localToScreen(view.localOf(after.x() + after.width() / 2, after.y() + 11));
        Fx.interact(() -> state.selectedEventProperty().set(null));
        robot.clickOn(title);
        assertNotNull(state.selectedEvent(), "the title is hit over its whole row");
        assertEquals(state.query().index().event(after.event()).id(), state.selectedEvent().id());

        Fx.interact(() -> state.fontScaleProperty().set(1.0));
        settle(robot);
        assertEquals(LayoutEngine.ROW_HEIGHT, view.currentLayout().rowHeight());
        assertEquals(namesBefore, view.laneNamesWidth());
    }

    /**
     * The relative time's note keeps above its bracket at every type size: the strip's line is as high as a line of
     * the note's type measures, and the bracket's room grows with the type. At 13 × the scale the line had reached the
     * bracket, and at 177 % the ticks stood in its words.
     */
    @Test
    void theAnchorNotesLineFitsAboveItsBracketAtEveryTypeSize(FxRobot robot) {
        Fx.interact(() -> state.selectedEventProperty().set(state.query().timeline().event("protester-removed")
                .orElseThrow()));
        try {
            for (double scale : new double[] {1.0, 1.46, 2.14}) {
                Fx.interact(() -> state.fontScaleProperty().set(scale));
                settle(robot);
                double strip = view.currentLayout().stripHeight();
                javafx.scene.text.Text line = new javafx.scene.text.Text("1\u201315 min before the start of \u201cJp\u201d");
                line.setFont(CanvasType.at(scale).note());
                double bracket = Math.round(LayoutEngine.ANCHOR_BRACKET * scale);
                assertTrue(strip > 0, scale + ": the strip is drawn");
                assertTrue(line.getLayoutBounds().getHeight() <= strip - bracket, scale + ": a line "
                        + line.getLayoutBounds().getHeight() + " px high in a strip of " + strip + " with a bracket of "
                        + bracket);
                assertTrue(bracket >= LayoutEngine.ANCHOR_BRACKET * scale - 0.5, "the bracket grows with the type");
            }
        } finally {
            Fx.interact(() -> state.fontScaleProperty().set(1.0));
        }
    }

    @Test
    void theHeaderStartsOverTheLaneNamesWhereTheTimeAreaIsTooNarrowForIt(FxRobot robot) {
        Fx.interact(() -> {
            AxisPainter axis = new AxisPainter();
            String header = "Monday, 16 July 2018  \u00b7  EEST (Helsinki)";
            AxisPainter.HeaderPlace designed = axis.placeHeader(header, 200, 790);
            assertEquals(208, designed.x(), "over the time area");
            assertEquals(header, designed.text());
            axis.setType(CanvasType.at(2));
            AxisPainter.HeaderPlace larger = axis.placeHeader(header, 300, 790);
            assertEquals(8, larger.x(), "over the lane names");
            assertEquals(header, larger.text(), "whole");
            AxisPainter.HeaderPlace narrow = axis.placeHeader(header, 300, 400);
            assertTrue(narrow.text().endsWith("\u2026"), narrow.text());
            LabelMeasure measure = new LabelMeasure(CanvasType.at(2).header());
            assertTrue(measure.width(narrow.text()) <= 400 - 12);
        });
    }

    @Test
    void aTextSizeChangeKeepsTheFilteredLanes(FxRobot robot) {
        Fx.interact(() -> state.filterProperty().set(QueryFilter.NONE.withCategories(Set.of("talks", "meeting"))));
        settle(robot);
        Object lanesBefore = skin().currentInput().lanes();
        try {
            Fx.interact(() -> state.fontScaleProperty().set(1.5));
            settle(robot);
            // Only the names' column is measured again: made again, the lanes of a filtered million events were
            // gone over and every cluster counted anew at each Ctrl+plus.
            assertSame(lanesBefore, skin().currentInput().lanes());
        } finally {
            Fx.interact(() -> {
                state.fontScaleProperty().set(1.0);
                state.filterProperty().set(QueryFilter.NONE);
            });
        }
    }

    @Test
    void theSelectedEventStaysInViewWhenTheTextGrows(FxRobot robot) {
        Fx.interact(() -> {
            state.laneModeProperty().set(LaneMode.ACTOR);
            state.selectedEventProperty().set(state.query().timeline().event("protester-removed").orElseThrow());
        });
        settle(robot);
        assertNotNull(selectionInView(), "in view when chosen");
        try {
            for (double scale : new double[] {1.5, 2.0, 2.5}) {
                Fx.interact(() -> state.fontScaleProperty().set(scale));
                settle(robot);
                assertNotNull(selectionInView(), "in view at " + scale + ", " + view.laneScroll() + " px down");
            }
        } finally {
            Fx.interact(() -> {
                state.fontScaleProperty().set(1.0);
                state.laneModeProperty().set(LaneMode.CATEGORY);
            });
        }
    }

    @Test
    void theLaneNamesTakeAtMostAQuarterOfTheTimelineAtLargeType(FxRobot robot) {
        Fx.interact(() -> {
            stage.setWidth(1280);
            state.laneModeProperty().set(LaneMode.ACTOR);
        });
        settle(robot);
        double atOne = view.laneNamesWidth();
        try {
            Fx.interact(() -> state.fontScaleProperty().set(1.95));
            settle(robot);
            // "Press conference" and the actors' names at 195 % took 290 of the timeline's 790 pixels.
            assertTrue(view.laneNamesWidth() <= Math.floor(view.getWidth() * 0.25) + 0.5,
                    view.laneNamesWidth() + " of " + view.getWidth());
            assertTrue(view.laneNamesWidth() > atOne, "still wider than at 100 %: " + atOne);
            // A narrower window narrows it, a wider one gives it back.
            Fx.interact(() -> stage.setWidth(900));
            settle(robot);
            assertTrue(view.laneNamesWidth() <= Math.floor(view.getWidth() * 0.25) + 0.5,
                    view.laneNamesWidth() + " of " + view.getWidth());
        } finally {
            Fx.interact(() -> {
                state.fontScaleProperty().set(1.0);
                state.laneModeProperty().set(LaneMode.CATEGORY);
                stage.setWidth(1280);
            });
        }
    }

    @Test
    void aTextIsCutOnlyWhenItDoesNotFit(FxRobot robot) {
        Fx.interact(() -> {
            for (double scale = 1; scale <= 2.5; scale *= 1.1) {
                LabelMeasure names = new LabelMeasure(CanvasType.at(scale).lane());
                for (String name : List.of("Press conference", "US Secret Service", "Statement")) {
                    double width = names.width(name);
                    // A room a pixel wider than the name, anywhere in its 8-pixel bucket of cuts.
                    assertEquals(name, names.fit(name, width + 1), "at " + scale);
                    assertTrue(names.fit(name, width - 1).endsWith("\u2026"), "at " + scale);
                }
            }
        });
    }

    @Test
    void theHeaderNamesTheSelectedEventsDayElseTheDayOfTheMarksInView(FxRobot robot) {
        settle(robot);
        // The fitted view runs from 15 to 17 July: its centre is on 16 July, the landing on 15 July.
        Fx.interact(() -> state.selectedEventProperty().set(state.query().timeline().event("air-force-one-lands").orElseThrow()));
        settle(robot);
        assertEquals("Sunday, 15 July 2018", skin().headerDay());
        // Nothing selected, 17 July 08:00-16:00 EEST: the day at the centre.
        Fx.interact(() -> {
            state.selectedEventProperty().set(null);
            view.viewport().show(1_531_803_600L, 1_531_832_400L);
        });
        settle(robot);
        assertEquals("Tuesday, 17 July 2018", skin().headerDay());
        // The whole two days again, with only the statement of 17 July shown: its day, not the middle's 16 July.
        Fx.interact(() -> {
            view.zoomToFit();
            state.filterProperty().set(QueryFilter.NONE.withCategories(Set.of("statement")));
        });
        settle(robot);
        Fx.interact(view::zoomToFit);
        Fx.interact(() -> view.viewport().show(state.query().index().first(), state.query().index().last()));
        settle(robot);
        assertTrue(view.pointOf("would-wouldnt") != null, "the statement is in view");
        assertEquals("Tuesday, 17 July 2018", skin().headerDay());
        // Every event but the landing, with the statement late on 17 July: most of what is drawn is on 16 July.
        Fx.interact(() -> {
            state.filterProperty().set(QueryFilter.NONE);
            view.viewport().show(state.query().index().startEarliest(1) - 600, state.query().index().last() + 600);
        });
        settle(robot);
        assertEquals("Monday, 16 July 2018", skin().headerDay());
    }

    @Test
    void aReplacedSkinLetsGoOfTheViewsProperties(FxRobot robot) {
        settle(robot);
        TimelineSkin old = skin();
        Throwable[] thrown = new Throwable[1];
        Fx.interact(() -> {
            Thread fx = Thread.currentThread();
            Thread.UncaughtExceptionHandler before = fx.getUncaughtExceptionHandler();
            // A listener left behind by the old skin would fail on its cleared control; JavaFX hands that to this handler.
            fx.setUncaughtExceptionHandler((t, e) -> thrown[0] = e);
            try {
                view.setSkin(new TimelineSkin(view));
                state.laneModeProperty().set(LaneMode.ACTOR);
                state.selectedEventProperty().set(state.query().timeline().events().get(2));
                state.zoneProperty().set(java.time.ZoneId.of("UTC"));
                view.viewport().pan(10);
            } finally {
                fx.setUncaughtExceptionHandler(before);
            }
        });
        settle(robot);
        assertNull(old.getSkinnable(), "the old skin was disposed and let go of the view");
        assertNull(thrown[0], "the old skin no longer listens");
        assertTrue(skin().framesDrawn() > 0, "the new skin draws");
    }

    @Test
    void titlesKeepWcagContrastOnWhatTheyAreDrawnOnInBothThemes(FxRobot robot) {
        // 14:00-17:00 EEST: the talks are bars wide enough to hold their titles.
        Fx.interact(() -> view.viewport().show(1_531_738_800L, 1_531_749_600L));
        int inside = 0;
        for (Theme theme : new Theme[] {Theme.LIGHT, Theme.DARK}) {
            Fx.interact(theme::apply);
            settle(robot);
            assertTrue(org.summittimeline.ui.Contrast.ratio(view.textFill(), view.background()) >= 4.5, theme + " background");
            assertTrue(org.summittimeline.ui.Contrast.ratio(view.textFill(), view.laneFill()) >= 4.5, theme + " lane band");
            // The hours' lines stand out from both grounds as much in the dark theme as in the light one (1.36 there);
            // the dark theme's had 1.11 on the lane bands, and a reader could not find them.
            for (Color under : new Color[] {view.background(), view.laneFill()}) {
                assertTrue(org.summittimeline.ui.Contrast.ratio(view.gridStroke(), under) >= 1.3,
                        theme + " grid on " + under + ": " + org.summittimeline.ui.Contrast.ratio(view.gridStroke(), under));
            }
            // The search's outline round a match stands out as a drawn mark must (WCAG 1.4.11, 3:1): the warning
            // emphasis it had been drawn in reached 2.95 on the light lanes and looked dim on the dark ones.
            for (Color under : new Color[] {view.background(), view.laneFill()}) {
                assertTrue(org.summittimeline.ui.Contrast.ratio(view.matchFill(), under) >= 3,
                        theme + " match outline on " + under + ": " + org.summittimeline.ui.Contrast.ratio(view.matchFill(), under));
            }
            // A title a search does not match is set back, not out of reach.
            for (Color under : new Color[] {view.background(), view.laneFill()}) {
                Color text = view.textFill();
                Color faded = org.summittimeline.ui.Contrast.over(Color.color(text.getRed(), text.getGreen(), text.getBlue(),
                        text.getOpacity() * LanePainter.UNMATCHED_TITLE_ALPHA), under);
                assertTrue(org.summittimeline.ui.Contrast.ratio(faded, under) >= 4.5, theme + " faded title on " + under);
            }
            for (org.summittimeline.ui.timeline.layout.PlacedLabel label : view.currentLayout().labels()) {
                if (label.side() == org.summittimeline.ui.timeline.layout.PlacedLabel.Side.INSIDE) {
                    Color bar = Color.web(state.query().timeline().category(
                            view.currentLayout().lanes().get(label.lane()).lane().id()).orElseThrow().colour());
                    assertTrue(org.summittimeline.ui.Contrast.ratio(MarkColours.textOn(bar), bar) >= 4.5, label.text());
                    inside++;
                }
            }
        }
        assertTrue(inside > 0, "titles were drawn inside bars");
        Fx.interact(Theme.LIGHT::apply);
    }

    /**
     * A search whose matches in view all stand in lanes out of sight scrolls the lanes to the first, once: at 250 %
     * on 720 lines one lane showed, and "interference" lit nothing there while the field said "2 events".
     */
    @Test
    void aSearchWhoseMatchesStandInLanesOutOfSightScrollsToTheFirst(FxRobot robot) {
        try {
            Fx.interact(() -> state.fontScaleProperty().set(2.5));
            settle(robot);
            assertEquals(0, view.laneScroll(), "the lanes from their top");
            assertFalse(Fx.interact(() -> litInSight()), "the matches below the lanes in sight before the search");
            Fx.interact(() -> state.search("interference"));
            settle(robot);
            assertTrue(view.laneScroll() > 0, "the lanes scrolled");
            assertTrue(Fx.interact(() -> litInSight()), "a match in sight");
            // Once: the reader scrolling back up keeps the view asked for, also through a new result of the same
            // search (a filter changed: every speaker but none left out).
            Fx.interact(() -> view.showLaneScroll(0));
            settle(robot);
            assertEquals(0, view.laneScroll());
            Fx.interact(() -> state.filterProperty().set(state.filterProperty().get().withSpeakers(
                    state.query().timeline().quotes().stream().map(q -> q.speakerId()).collect(
                            java.util.stream.Collectors.toSet()))));
            settle(robot);
            assertEquals(0, view.laneScroll(), "a filter is no new search");
        } finally {
            Fx.interact(() -> {
                state.search("");
                state.fontScaleProperty().set(1.0);
            });
        }
    }

    /** Whether a mark of an event matching "interference" stands in the lanes' visible height. */
    private boolean litInSight() {
        double bottom = view.getHeight() - view.overviewHeight();
        var q = view.query();
        return view.currentLayout().marks().stream().filter(m -> !m.isCluster())
                .filter(m -> Set.of("press-conference", "would-wouldnt").contains(q.index().event(m.event()).id()))
                .anyMatch(m -> {
                    double y = view.lanesTop() + m.y() - view.laneScroll();
                    return y >= view.lanesTop() && y <= bottom;
                });
    }
}
