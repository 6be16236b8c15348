package org.summittimeline.ui.timeline.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.summittimeline.format.LoadResult;
import org.summittimeline.format.SyntheticTimeline;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.model.Category;
import org.summittimeline.model.Event;
import org.summittimeline.model.Precision;
import org.summittimeline.model.TimeBound;
import org.summittimeline.model.Timeline;
import org.summittimeline.query.TimeIndex;

/** The layout engine on its own: the bundled file at the window's sizes, a dense file, and random files. */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@Tag("toolkit-free")
class LayoutEngineTest {
    /** About 7 pixels a character: a little wider than the window's 12-point font, so nothing here is lucky. */
    static final TextMeasure SEVEN_PIXELS = text -> text.length() * 7.0;

    /**
     * The lane area the main window gives the timeline at each window size, with the default dividers: the
     * timeline takes 62 % of the width less the lane names, and 64 % of the height below the toolbars, less
     * the axis and the overview strip. (The TestFX test checks the same rules on the real window.)
     */
    enum Window {
        SMALL(1280, 720, 640, 300), MEDIUM(1440, 900, 740, 420), LARGE(1920, 1080, 1040, 535);

        final int width;
        final int height;
        final double laneWidth;
        final double laneHeight;

        Window(int width, int height, double laneWidth, double laneHeight) {
            this.width = width;
            this.height = height;
            this.laneWidth = laneWidth;
            this.laneHeight = laneHeight;
        }
    }

    private static Timeline bundled;
    private static TimeIndex bundledIndex;
    private static Timeline dense;
    private static TimeIndex denseIndex;

    @BeforeAll
    static void load() throws IOException {
        LoadResult r = new TimelineLoader().load(Path.of("data/helsinki-2018-summit.json"));
        assertFalse(r.hasErrors(), r.problems().toString());
        bundled = r.timeline();
        bundledIndex = new TimeIndex(bundled);
        dense = synthetic(300, 21, Duration.ofHours(1));
        denseIndex = new TimeIndex(dense);
    }

    static Timeline synthetic(int events, long seed, Duration span) throws IOException {
        return loaded(new SyntheticTimeline(events, seed, false, span));
    }

    static Timeline loaded(SyntheticTimeline synthetic) throws IOException {
        StringWriter json = new StringWriter();
        synthetic.write(json);
        LoadResult r = new TimelineLoader().load(new ByteArrayInputStream(json.toString()
                .getBytes(StandardCharsets.UTF_8)), "synthetic.json");
        assertFalse(r.hasErrors(), r.problems().toString());
        return r.timeline();
    }

    /** A timeline of one category whose events have these titles and start at these times (ISO, with offsets). */
    private static Timeline oneLane(List<String> titles, List<String> starts) {
        StringBuilder events = new StringBuilder();
        for (int i = 0; i < titles.size(); i++) {
            events.append(i == 0 ? "" : ",").append("{\"id\":\"e").append(i).append("\",\"title\":\"")
                    .append(titles.get(i)).append("\",\"category\":\"c\",\"start\":\"").append(starts.get(i))
                    .append("\",\"sources\":[{\"source\":\"s\",\"paragraph\":1}]}");
        }
        String json = "{\"formatVersion\":1,\"title\":\"t\",\"timeZone\":\"Europe/Helsinki\","
                + "\"sources\":[{\"id\":\"s\",\"publisher\":\"S\"}],"
                + "\"categories\":[{\"id\":\"c\",\"label\":\"C\"}],\"events\":[" + events + "]}";
        LoadResult r = new TimelineLoader().load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "one-lane.json");
        assertFalse(r.hasErrors(), r.problems().toString());
        return r.timeline();
    }

    private static LayoutInput fitted(TimeIndex index, Lanes lanes, double width, double height) {
        TimeViewport v = new TimeViewport();
        v.setWidth(width);
        v.fit(index.first(), index.last());
        return new LayoutInput(index, lanes, null, -1, v, height);
    }

    private static LayoutInput between(TimeIndex index, Lanes lanes, String from, String to, double width, double height) {
        double start = Instant.parse(from).getEpochSecond();
        double spp = (Instant.parse(to).getEpochSecond() - start) / width;
        return new LayoutInput(index, lanes, null, -1, start, spp, width, height, Set.of(), Double.NaN, null);
    }

    static Stream<Arguments> bundledViews() {
        List<Arguments> views = new ArrayList<>();
        for (Window w : Window.values()) {
            for (LaneMode mode : LaneMode.values()) {
                views.add(Arguments.of(w, mode, "fitted"));
                views.add(Arguments.of(w, mode, "16 July 13:00-19:00"));
            }
        }
        return views.stream();
    }

    private static LayoutInput bundledView(Window w, LaneMode mode, String view) {
        Lanes lanes = Lanes.of(bundled, mode);
        // 13:00 and 19:00 in Helsinki (EEST, UTC+3) on 16 July 2018.
        return view.equals("fitted") ? fitted(bundledIndex, lanes, w.laneWidth, w.laneHeight)
                : between(bundledIndex, lanes, "2018-07-16T10:00:00Z", "2018-07-16T16:00:00Z", w.laneWidth, w.laneHeight);
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("bundledViews")
    void everyBundledEventOnScreenIsClusteredOrTitledWhole(Window w, LaneMode mode, String view) {
        LayoutInput in = bundledView(w, mode, view);
        TimelineLayout layout = new LayoutEngine(SEVEN_PIXELS).layout(in);
        assertFalse(LayoutChecks.visibleByLane(in, MarkSizes.DESIGNED).isEmpty(), "the view shows events");
        assertEquals(List.of(), LayoutChecks.everyEventInAClusterOrTitledWhole(in, layout));
        assertEquals(List.of(), LayoutChecks.invariants(in, layout));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("windows")
    void inTheAfternoonTrumpsAndPutinsEventsAreSeparateMarks(Window w) {
        LayoutInput in = bundledView(w, LaneMode.ACTOR, "afternoon");
        TimelineLayout layout = new LayoutEngine(SEVEN_PIXELS).layout(in);
        for (PlacedLane lane : layout.lanes()) {
            if (lane.lane().id().equals("trump") || lane.lane().id().equals("putin")) {
                List<PlacedMark> marks = layout.marks().stream().filter(m -> m.lane() == lane.index()).toList();
                assertTrue(marks.size() >= 5, lane.lane().label() + " has its events: " + marks);
                assertTrue(marks.stream().noneMatch(PlacedMark::isCluster), lane.lane().label() + ": " + marks);
            }
        }
    }

    static Stream<Window> windows() {
        return Arrays.stream(Window.values());
    }

    @Test
    void aDenseLaneAloneUsesEveryRowItsHeightAllowsBeforeItClusters() {
        List<String> titles = new ArrayList<>();
        List<String> starts = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            titles.add("Event number " + i);
            // Ten bursts of thirty events, each burst within half a minute: deeper than any lane area's rows.
            starts.add(Instant.parse("2018-07-16T09:00:00Z").plusSeconds(360L * (i / 30) + i % 30).toString());
        }
        Timeline one = oneLane(titles, starts);
        TimeIndex index = new TimeIndex(one);
        for (double height : new double[] {120, 300, 535}) {
            LayoutInput in = fitted(index, Lanes.of(one, LaneMode.CATEGORY), 640, height);
            TimelineLayout layout = new LayoutEngine(SEVEN_PIXELS).layout(in);
            assertEquals((int) Math.floor((height - LayoutEngine.LANE_PADDING) / LayoutEngine.ROW_HEIGHT), layout.rowCap());
            PlacedLane lane = layout.lanes().get(0);
            assertTrue(layout.marks().stream().anyMatch(PlacedMark::isCluster), "300 events in an hour cluster in " + height + " px");
            assertEquals(layout.rowCap(), lane.rows(), "at " + height + " px");
            assertTrue(lane.bottom() <= height, "the lane fits " + height + " px: " + lane);
            assertEquals(List.of(), LayoutChecks.invariants(in, layout));
        }
    }

    @Test
    void denseLanesShareTheAreasRowsSoThatEveryLaneIsInSight() {
        Lanes lanes = Lanes.of(dense, LaneMode.CATEGORY);
        String quiet = lanes.get(0).id();
        // One lane shows a fifteenth of its events, few enough that it is not full.
        IntPredicate shown = i -> !denseIndex.event(i).categoryId().equals(quiet) || i % 15 == 0;
        for (double height : new double[] {300, 535}) {
            TimeViewport v = new TimeViewport();
            v.setWidth(640);
            v.fit(denseIndex.first(), denseIndex.last());
            LayoutInput in = new LayoutInput(denseIndex, lanes, shown, -1, v, height);
            TimelineLayout layout = new LayoutEngine(SEVEN_PIXELS).layout(in);
            List<PlacedLane> clustered = layout.lanes().stream().filter(lane -> layout.marks().stream()
                    .anyMatch(m -> m.lane() == lane.index() && m.isCluster())).toList();
            assertTrue(clustered.size() >= 3, "most lanes of 300 events in an hour cluster: " + clustered);
            for (PlacedLane lane : clustered) {
                assertTrue(lane.rows() >= RowShares.MIN_ROWS && lane.rows() < layout.rowCap(),
                        lane.lane().label() + " keeps a share of the rows at " + height + " px: " + lane.rows());
                assertTrue(lane.rows() >= clustered.get(clustered.size() - 1).rows(), "the shares' extra rows go to the top");
                assertTrue(lane.rows() - clustered.get(clustered.size() - 1).rows() <= 1, "shares differ by one row at most");
            }
            // The lanes that are not full keep what they were packed with, marks and titles, though the full ones
            // are packed again.
            TimelineLayout unlimited = new LayoutEngine(SEVEN_PIXELS).layout(new LayoutInput(denseIndex, lanes, shown, -1, v, 4000));
            List<PlacedLane> kept = layout.lanes().stream().filter(lane -> !clustered.contains(lane)).toList();
            assertFalse(kept.isEmpty(), "a lane of the dense hour is not full at " + height + " px");
            for (PlacedLane lane : kept) {
                assertEquals(unlimited.labels().stream().filter(l -> l.lane() == lane.index()).map(PlacedLabel::text).toList(),
                        layout.labels().stream().filter(l -> l.lane() == lane.index()).map(PlacedLabel::text).toList());
                assertEquals(unlimited.marks().stream().filter(m -> m.lane() == lane.index()).count(),
                        layout.marks().stream().filter(m -> m.lane() == lane.index()).count());
            }
            PlacedLane last = layout.lanes().get(layout.lanes().size() - 1);
            if (clustered.get(clustered.size() - 1).rows() > RowShares.MIN_ROWS) {
                assertTrue(last.bottom() <= height, "every lane is in sight at " + height + " px: " + last);
            } else {
                assertTrue(last.top() < height * 2, "lanes at their least rows scroll a little: " + last);
            }
            assertEquals(List.of(), LayoutChecks.invariants(in, layout));
        }
    }

    /**
     * A larger lane area never shows fewer lanes: on the bursty file of 300 events by actor, a window 1080 high let
     * three speakers open 24 rows each, and showed three speakers of twenty, where a window 720 high, sharing the
     * rows, showed seven.
     */
    @Test
    void aTallerAreaNeverShowsFewerLanes() throws IOException {
        Timeline bursty = loaded(new SyntheticTimeline(300, 3, true));
        TimeIndex index = new TimeIndex(bursty);
        Lanes lanes = Lanes.of(bursty, LaneMode.ACTOR);
        int before = 0;
        List<String> seen = new ArrayList<>();
        for (double height = 240; height <= 1000; height += 20) {
            LayoutInput in = fitted(index, lanes, 700, height);
            TimelineLayout layout = new LayoutEngine(SEVEN_PIXELS).layout(in);
            double h = height;
            int inSight = (int) layout.lanes().stream().filter(l -> l.top() + LayoutEngine.ROW_HEIGHT <= h).count();
            seen.add(h + ": " + inSight + " " + layout.lanes().stream().map(PlacedLane::rows).toList());
            assertTrue(inSight >= before, "lanes in sight as the area grows: " + seen);
            assertEquals(List.of(), LayoutChecks.invariants(in, layout));
            before = inSight;
        }
    }

    /** The rows a lane of the bundled file uses, and what its titles say, are as in a lane area with no limit. */
    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("bundledViews")
    void noLaneOfTheBundledFileGivesUpRowsToItsNeighbours(Window w, LaneMode mode, String view) {
        LayoutInput in = bundledView(w, mode, view);
        LayoutInput tall = new LayoutInput(in.index(), in.lanes(), null, -1, in.start(), in.secondsPerPixel(),
                in.width(), 4000, Set.of(), Double.NaN, null);
        TimelineLayout layout = new LayoutEngine(SEVEN_PIXELS).layout(in);
        TimelineLayout unlimited = new LayoutEngine(SEVEN_PIXELS).layout(tall);
        assertEquals(unlimited.lanes().stream().map(PlacedLane::rows).toList(),
                layout.lanes().stream().map(PlacedLane::rows).toList());
        assertEquals(unlimited.labels().stream().map(PlacedLabel::text).toList(),
                layout.labels().stream().map(PlacedLabel::text).toList());
    }

    /**
     * At larger type in a low area a lane of the bundled file can need just the rows the area holds: it is not
     * crowded (every title whole, no cluster), so it keeps them. At 210 % in a 1280×720 window Arrival's four rows
     * were cut to three, and "Putin lands, late" and "Trump reaches …" became a cluster of two.
     */
    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("scalesAndModes")
    void aLaneThatNeedsJustTheRowsTheAreaHoldsKeepsThemAtAnyTypeSize(double scale, LaneMode mode) {
        TextMeasure measure = text -> text.length() * 7.0 * scale;
        LayoutEngine engine = new LayoutEngine(measure);
        engine.setTextScale(scale);
        Lanes lanes = Lanes.of(bundled, mode);
        int checked = 0;
        for (double width : new double[] {580, 900}) {
            TimelineLayout unlimited = engine.layout(fitted(bundledIndex, lanes, width, 4000));
            for (double height = 100; height <= 400; height += 10) {
                LayoutInput in = fitted(bundledIndex, lanes, width, height);
                TimelineLayout layout = engine.layout(in);
                for (PlacedLane lane : unlimited.lanes()) {
                    if (lane.rows() > layout.rowCap()) {
                        continue;
                    }
                    String where = lane.lane().label() + " at " + width + " × " + height;
                    assertEquals(lane.rows(), layout.lanes().get(lane.index()).rows(), where);
                    assertEquals(unlimited.labels().stream().filter(l -> l.lane() == lane.index()).map(PlacedLabel::text).toList(),
                            layout.labels().stream().filter(l -> l.lane() == lane.index()).map(PlacedLabel::text).toList(), where);
                    checked += lane.rows() == layout.rowCap() && lane.rows() > RowShares.MIN_ROWS ? 1 : 0;
                }
                assertEquals(List.of(), LayoutChecks.invariants(in, layout));
            }
        }
        assertTrue(checked > 0, "some lane needs just the rows the area holds");
    }

    static Stream<Arguments> scalesAndModes() {
        List<Arguments> all = new ArrayList<>();
        for (double scale : new double[] {1.0, 1.5, 2.1}) {
            for (LaneMode mode : LaneMode.values()) {
                all.add(Arguments.of(scale, mode));
            }
        }
        return all.stream();
    }

    @Test
    void largerTypeGivesEveryRowStripAndLaneItsScale() {
        // Titles measured 1.5 times as wide, as the canvas measures them at a text size of 150 %.
        TextMeasure larger = text -> text.length() * 10.5;
        LayoutEngine engine = new LayoutEngine(larger);
        engine.setTextScale(1.5);
        assertEquals(30, engine.rowHeight());
        double height = 300;
        LayoutInput in = fitted(denseIndex, Lanes.of(dense, LaneMode.CATEGORY), 640, height);
        TimelineLayout layout = engine.layout(in);
        assertEquals(30, layout.rowHeight());
        assertEquals((int) Math.floor((height - LayoutEngine.LANE_PADDING) / 30), layout.rowCap());
        for (PlacedLane lane : layout.lanes()) {
            assertTrue(lane.height() >= lane.rows() * 30 + LayoutEngine.LANE_PADDING, lane.lane().label());
            List<Double> rows = layout.marks().stream().filter(m -> m.lane() == lane.index())
                    .map(PlacedMark::y).distinct().sorted().toList();
            for (int k = 1; k < rows.size(); k++) {
                assertEquals(30, rows.get(k) - rows.get(k - 1), 1e-9, "rows of " + lane.lane().label());
            }
        }
        assertEquals(List.of(), LayoutChecks.invariants(in, layout));

        Lanes lanes = Lanes.of(bundled, LaneMode.CATEGORY);
        LayoutInput open = between(bundledIndex, lanes, "2018-07-16T10:00:00Z", "2018-07-16T16:00:00Z", 640, 1200);
        TimelineLayout tall = engine.layout(open);
        assertTrue(tall.lanes().stream().allMatch(l -> l.height() == 144), "a lane stretches to 1.5 x 96 px");
        LayoutInput shut = new LayoutInput(open.index(), lanes, null, positionOf("protester-removed"), open.start(),
                open.secondsPerPixel(), 640, 300, Set.of("arrival"), 1_531_753_500, "before the press conference");
        TimelineLayout folded = engine.layout(shut);
        assertEquals(32, folded.stripHeight(), "the anchor note's strip: its line of text 1.5 x 15 px, its bracket 1.5 x 6");
        assertEquals(33, folded.lanes().stream().filter(PlacedLane::collapsed).findFirst().orElseThrow().height());
        // The designed size is what the engine lays out until told otherwise (the exported picture's).
        assertEquals(LayoutEngine.ROW_HEIGHT, new LayoutEngine(SEVEN_PIXELS).layout(in).rowHeight());
    }

    @Test
    void everyClusterClickEitherSplitsTheClusterOrListsIt() {
        everyClusterClickSplitsOrLists(denseIndex, Lanes.of(dense, LaneMode.CATEGORY), 200);
    }

    @Test
    void aClickOnABurstThatCameInBurstsKeepsEveryEventOfItInView() throws IOException {
        // dense300 of a new user's walk: a year with a July burst, in bursts of its own; by category and by actor.
        Timeline bursty = loaded(new SyntheticTimeline(300, 3, true));
        TimeIndex index = new TimeIndex(bursty);
        everyClusterClickSplitsOrLists(index, Lanes.of(bursty, LaneMode.CATEGORY), 300);
        everyClusterClickSplitsOrLists(index, Lanes.of(bursty, LaneMode.ACTOR), 300);
    }

    private static void everyClusterClickSplitsOrLists(TimeIndex index, Lanes lanes, double height) {
        LayoutEngine engine = new LayoutEngine(SEVEN_PIXELS);
        LayoutInput in = fitted(index, lanes, 640, height);
        List<PlacedMark> clusters = engine.layout(in).marks().stream().filter(PlacedMark::isCluster).toList();
        assertFalse(clusters.isEmpty());
        int listed = 0;
        int zoomed = 0;
        for (PlacedMark cluster : clusters) {
            int[] members = cluster.members();
            double[] view = engine.splitView(in, cluster);
            if (view == null) {
                // Listed: every event of it is offered, and indeed zooming to its span would not part it.
                assertEquals(members.length, engine.membersOf(in, cluster).length);
                double spp = Math.max(1, cluster.to() - cluster.from()) * 1.2 / 640;
                TimelineLayout atSpan = engine.layout(in.withView((cluster.from() + cluster.to()) / 2.0 - 320 * spp, spp));
                assertTrue(atSpan.marks().stream().anyMatch(m -> m.isCluster()
                        && Arrays.stream(members).allMatch(m::contains)), "a cluster zoom would part is zoomed: " + cluster);
                listed++;
                continue;
            }
            zoomed++;
            TimelineLayout after = engine.layout(in.withView(view[0], view[1]));
            boolean stillTogether = after.marks().stream().anyMatch(m -> m.lane() == cluster.lane() && m.isCluster()
                    && Arrays.stream(members).allMatch(m::contains));
            assertFalse(stillTogether, "the click parts " + cluster);
            assertTrue(view[1] < in.secondsPerPixel(), "it zooms in");
            for (int member : members) {
                long at = LayoutEngine.markTime(in.index(), member, cluster.bar);
                assertTrue(at >= view[0] && at <= view[0] + 640 * view[1],
                        "every event of " + cluster + " stays in view: " + at + " outside " + view[0] + "+" + 640 * view[1]);
            }
        }
        assertTrue(zoomed > listed, zoomed + " clusters zoom apart, " + listed + " are listed");
    }

    @Test
    void aTitleCutToNothingOnTheRightByTheMarkAfterItMovesToItsLeftWhereThereIsRoom() {
        // Three moments three minutes apart in a lane of two rows: the third goes into the row whose title ends
        // first, after the second's mark, and leaves that title no room on the right; the second had room on its
        // left, where it stood bare.
        titleMovedLeft(List.of("First of three", "Second", "Third"),
                List.of("2018-07-16T12:00+03:00", "2018-07-16T12:03+03:00", "2018-07-16T12:06+03:00"), 1);
    }

    @Test
    void aTitleTheMarkAfterItWouldCutGoesWholeToItsLeftWhereThereIsRoom() {
        // As above, with the second's title long and the third a quarter of an hour on: the third goes into the
        // first's row and would leave its title a few letters on the right ("First…"), where the row's room on its
        // left holds it whole (a new user's walk: "place to…" beside 400 empty pixels of a dense file).
        TimelineLayout layout = titleMovedLeft(List.of("First of three", "Second of the three moments", "Third"),
                List.of("2018-07-16T12:00+03:00", "2018-07-16T12:03+03:00", "2018-07-16T12:15+03:00"), 0);
        for (int e = 0; e < 3; e++) {
            assertTrue(layout.labelOf(e).whole(), "every title whole: " + layout.labels());
        }
    }

    @Test
    void aTitleTooLongForEitherSideIsCutOnTheSideThatKeepsMoreOfIt() {
        // A moment 80 pixels from the view's right end, its title longer than the whole view: the right side holds
        // a word or so, the left nearly all of it ("were cou…" had stood at a dense lane's right end beside 210
        // empty pixels).
        String title = String.join(" ", Collections.nCopies(20, "word"));
        Timeline one = oneLane(List.of(title), List.of("2018-07-16T12:45+03:00"));
        LayoutInput in = between(new TimeIndex(one), Lanes.of(one, LaneMode.CATEGORY), "2018-07-16T08:00:00Z",
                "2018-07-16T10:00:00Z", 640, 30);
        TimelineLayout layout = new LayoutEngine(SEVEN_PIXELS).layout(in);
        PlacedLabel label = layout.labelOf(0);
        assertEquals(PlacedLabel.Side.LEFT, label.side(), label.toString());
        assertFalse(label.whole());
        assertTrue(label.text().length() > 40, label.text());
        assertTrue(label.right() <= layout.markOf(0).x0(), label + " left of " + layout.markOf(0));
        assertEquals(List.of(), LayoutChecks.invariants(in, layout));
    }

    /**
     * Three moments in one lane of two rows, in 640 pixels for two hours: each keeps a title, and {@code moved}'s
     * stands whole left of its mark.
     */
    private static TimelineLayout titleMovedLeft(List<String> titles, List<String> starts, int moved) {
        Timeline three = oneLane(titles, starts);
        LayoutInput in = between(new TimeIndex(three), Lanes.of(three, LaneMode.CATEGORY), "2018-07-16T08:00:00Z",
                "2018-07-16T10:00:00Z", 640, 30);
        TimelineLayout layout = new LayoutEngine(SEVEN_PIXELS).layout(in);
        assertEquals(3, layout.marks().size(), "three marks, no cluster: " + layout.marks());
        for (int e = 0; e < 3; e++) {
            assertNotNull(layout.labelOf(e), "every one keeps a title: " + layout.labels());
        }
        PlacedLabel left = layout.labelOf(moved);
        assertEquals(PlacedLabel.Side.LEFT, left.side(), left.toString());
        assertTrue(left.whole(), left.text());
        assertTrue(left.right() <= layout.markOf(moved).x0(), left + " left of " + layout.markOf(moved));
        assertEquals(List.of(), LayoutChecks.invariants(in, layout));
        return layout;
    }

    @Test
    void eventsAtTheSameMomentAreListedNotZoomedForever() {
        // Twelve events at 12:00:00 sharp: no zoom can part them.
        List<String> titles = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            titles.add("Event " + i);
        }
        Timeline same = oneLane(titles, Collections.nCopies(12, "2018-07-16T12:00+03:00"));
        TimeIndex index = new TimeIndex(same);
        LayoutEngine engine = new LayoutEngine(SEVEN_PIXELS);
        LayoutInput in = between(index, Lanes.of(same, LaneMode.CATEGORY), "2018-07-16T08:00:00Z",
                "2018-07-16T10:00:00Z", 640, 60);
        TimelineLayout layout = engine.layout(in);
        PlacedMark cluster = layout.marks().stream().filter(PlacedMark::isCluster).findFirst().orElseThrow();
        assertNull(engine.splitView(in, cluster), "no zoom parts them");
        assertEquals(cluster.count(), engine.membersOf(in, cluster).length, "the list offers every one");
        long alone = layout.marks().stream().filter(m -> !m.isCluster()).count();
        assertEquals(12, cluster.count() + alone);
    }

    @Test
    void aSpanWhoseStartIsOffScreenKeepsItsTitleAtTheLeftEdge() {
        Lanes lanes = Lanes.of(bundled, LaneMode.CATEGORY);
        // The one-on-one runs from about 14:10 to about 16:20 Helsinki time; the view starts at 14:30.
        LayoutInput in = between(bundledIndex, lanes, "2018-07-16T11:30:00Z", "2018-07-16T13:30:00Z", 640, 300);
        TimelineLayout layout = new LayoutEngine(SEVEN_PIXELS).layout(in);
        int talks = positionOf("one-on-one");
        PlacedMark bar = layout.markOf(talks);
        assertNotNull(bar);
        assertTrue(bar.x0() < 0, "the bar starts before the view: " + bar);
        PlacedLabel label = layout.labelOf(talks);
        assertNotNull(label, "its title is shown");
        assertTrue(label.whole());
        assertEquals(PlacedLabel.Side.INSIDE, label.side());
        assertEquals(LayoutEngine.INSIDE_PAD, label.x(), 1, "at the left edge of the visible part");
    }

    @Test
    void theSelectedEventIsTakenOutOfItsClusterAndTitledWholeOnAPlate() {
        LayoutEngine engine = new LayoutEngine(SEVEN_PIXELS);
        LayoutInput in = fitted(denseIndex, Lanes.of(dense, LaneMode.CATEGORY), 640, 120);
        PlacedMark cluster = engine.layout(in).marks().stream().filter(PlacedMark::isCluster).findFirst().orElseThrow();
        int chosen = cluster.members()[1];
        TimelineLayout layout = engine.layout(in.withSelection(chosen));
        PlacedMark own = layout.markOf(chosen);
        assertNotNull(own, "the selection has a mark of its own");
        assertTrue(own.holdsSelection());
        assertTrue(layout.marks().stream().filter(PlacedMark::isCluster).noneMatch(m -> m.contains(chosen)));
        Plate plate = layout.plates().stream().filter(p -> p.event() == chosen).findFirst().orElseThrow();
        assertEquals(dense.events().get(chosen).title(), plate.text());
        assertTrue(plate.x() >= 0 && plate.x() + plate.width() <= 640, "the plate is in view");
        assertEquals(List.of(), LayoutChecks.noLabelsOverlap(layout));
    }

    /**
     * The plate stops short of the next mark in its row, on either side: in a dense lane a plate laid over a cluster
     * of 43 hid it. (Checked for each event of the dense file chosen in turn.)
     */
    @Test
    void aSelectedTitlesPlateLeavesTheOtherMarksOfItsRowInSight() {
        LayoutEngine engine = new LayoutEngine(SEVEN_PIXELS);
        int crossed = 0;
        int cut = 0;
        for (int width : new int[] {640, 1280}) {
            LayoutInput in = fitted(denseIndex, Lanes.of(dense, LaneMode.CATEGORY), width, 400);
            for (int chosen = 0; chosen < dense.events().size(); chosen++) {
                TimelineLayout layout = engine.layout(in.withSelection(chosen));
                int e = chosen;
                Plate plate = layout.plates().stream().filter(p -> p.event() == e).findFirst().orElse(null);
                if (plate == null) {
                    continue;
                }
                if (plate.text().endsWith("\u2026")) {
                    cut++;
                }
                // Where not five letters fit before the next mark on either side, the plate must lie over some mark.
                PlacedMark own = layout.markOf(e);
                List<PlacedMark> marks = layout.marks().stream().filter(m -> m.lane() == plate.lane()
                        && Math.abs(m.y() - plate.y()) < 1 && !m.holdsSelection() && m.shape() != PlacedMark.Shape.TICK)
                        .toList();
                // The selection's mark with a mark it overlaps (the cluster it was taken out of), which it steps past.
                List<PlacedMark> under = marks.stream().filter(m -> m.x0() <= own.x1() && m.x1() >= own.x0()).toList();
                double markLeft = Math.min(own.x0(), under.stream().mapToDouble(PlacedMark::x0).min().orElse(own.x0()));
                double markRight = Math.max(own.x1(), under.stream().mapToDouble(PlacedMark::x1).max().orElse(own.x1()));
                double next = marks.stream().filter(m -> m.x0() > markRight).mapToDouble(PlacedMark::x0).min().orElse(width);
                double before = marks.stream().filter(m -> m.x1() < markLeft).mapToDouble(PlacedMark::x1).max().orElse(0);
                if (Math.max(next - markRight, markLeft - before) < 60) {
                    continue;
                }
                // Those overlapping the selection's own (a span's cluster, drawn as a band it lies in) aside.
                for (PlacedMark m : marks.stream().filter(m -> !under.contains(m)).toList()) {
                    if (m.x0() < plate.right() && plate.left() < m.x1()) {
                        crossed++;
                    }
                }
            }
        }
        assertEquals(0, crossed, "plates laid over another mark of their row");
        assertTrue(cut > 0, "some cut short before the next mark");
    }

    @Test
    void aSelectedTitleTooLongForEitherSideIsCutBesideItsMarkNotDrawnOverIt() {
        // Type at 250 %: the press conference's title is wider than the room on either side of its mark.
        LayoutEngine engine = new LayoutEngine(text -> text.length() * 25.0);
        engine.setTextScale(2.5);
        int presser = positionOf("press-conference");
        LayoutInput in = fitted(bundledIndex, Lanes.of(bundled, LaneMode.CATEGORY), 640, 300).withSelection(presser);
        TimelineLayout layout = engine.layout(in);
        PlacedMark own = layout.markOf(presser);
        Plate plate = layout.plates().stream().filter(p -> p.event() == presser).findFirst().orElseThrow();
        assertTrue(plate.left() >= own.x1() || plate.right() <= own.x0(),
                "the plate [" + plate.left() + ", " + plate.right() + "] leaves its mark [" + own.x0() + ", " + own.x1()
                        + "] in sight");
        assertTrue(plate.text().endsWith("\u2026"), plate.text());
        assertTrue(plate.left() >= 0 && plate.right() <= 640, "the plate is in view");
    }

    @Test
    void aRelativeTimesAnchorNoteHasAStripOfItsOwn() {
        Lanes lanes = Lanes.of(bundled, LaneMode.CATEGORY);
        int protester = positionOf("protester-removed");
        LayoutInput plain = between(bundledIndex, lanes, "2018-07-16T13:00:00Z", "2018-07-16T16:00:00Z", 640, 300)
                .withSelection(protester);
        LayoutInput withNote = new LayoutInput(plain.index(), lanes, null, protester, plain.start(),
                plain.secondsPerPixel(), 640, 300, Set.of(), Instant.parse("2018-07-16T15:05:00Z").getEpochSecond(),
                "1\u201315 min before the start of \u201cJoint press conference\u201d");
        TimelineLayout layout = new LayoutEngine(SEVEN_PIXELS).layout(withNote);
        assertEquals(LayoutEngine.ANCHOR_STRIP, layout.stripHeight());
        assertNotNull(layout.anchor());
        assertTrue(layout.anchor().textX() >= 0 && layout.anchor().textX() + layout.anchor().textWidth() <= 640);
        assertEquals(0, new LayoutEngine(SEVEN_PIXELS).layout(plain).stripHeight());
        // Below the strip: with height to spare the lanes share what is left; where they would scroll under it,
        // their padding gives way first (at 1280×720 the first lane's first row, Air Force One, had scrolled out of
        // sight under the strip); where even that is not enough, they are laid out as without it. No mark changes
        // its lane or row as the strip opens.
        double natural = 0;
        for (PlacedLane lane : new LayoutEngine(SEVEN_PIXELS).layout(plain).lanes()) {
            natural += Math.max(1, lane.rows()) * LayoutEngine.ROW_HEIGHT + LayoutEngine.LANE_PADDING;
        }
        // natural + strip - 10: ten pixels short, which the six lanes' padding can give.
        for (double height : new double[] {1200, 300, natural + LayoutEngine.ANCHOR_STRIP - 10, 120}) {
            LayoutInput without = between(bundledIndex, lanes, "2018-07-16T13:00:00Z", "2018-07-16T16:00:00Z", 640,
                    height).withSelection(protester);
            LayoutInput with = new LayoutInput(without.index(), lanes, null, protester, without.start(),
                    without.secondsPerPixel(), 640, height, Set.of(), withNote.anchorTime(), withNote.anchorText());
            TimelineLayout a = new LayoutEngine(SEVEN_PIXELS).layout(without);
            TimelineLayout b = new LayoutEngine(SEVEN_PIXELS).layout(with);
            double below = height - b.stripHeight();
            double rowsAtLeast = 0;
            for (PlacedLane lane : b.lanes()) {
                rowsAtLeast += Math.max(1, lane.rows()) * b.rowHeight() + LaneStack.MIN_PADDING;
            }
            if (rowsAtLeast <= below) {
                assertTrue(b.contentHeight() <= below + 0.5, height + " px: the lanes take " + b.contentHeight()
                        + " px of the " + below + " below the strip");
            } else {
                // Where even their least padding leaves them no room below it, the strip opens over the lanes, laid
                // out as without it, to scroll under it by its height: squeezed for it, every mark had moved up.
                assertEquals(a.contentHeight(), b.contentHeight(), 0.5, height + " px: laid out as without the strip");
                assertEquals(a.marks().stream().map(PlacedMark::y).toList(), b.marks().stream().map(PlacedMark::y)
                        .toList(), height + " px: no mark moves");
            }
            assertEquals(a.lanes().stream().map(PlacedLane::rows).toList(), b.lanes().stream().map(PlacedLane::rows)
                    .toList(), height + " px");
            assertEquals(a.marks().stream().map(m -> m.event + "@" + m.lane() + "/" + m.row).toList(),
                    b.marks().stream().map(m -> m.event + "@" + m.lane() + "/" + m.row).toList(), height + " px");
            for (PlacedMark m : b.marks()) {
                PlacedLane lane = b.lanes().get(m.lane());
                assertTrue(m.y() - b.rowHeight() / 2 >= lane.top() - 1e-9
                        && m.y() + b.rowHeight() / 2 <= lane.bottom() + 1e-9, height + " px: " + m + " in " + lane);
            }
        }
    }

    @Test
    void aTimelineWithRelativeTimesKeepsTheNotesRoomWhileTheLanesFitBelowIt() {
        Lanes lanes = Lanes.of(bundled, LaneMode.CATEGORY);
        int protester = positionOf("protester-removed");
        int talks = positionOf("one-on-one");
        double anchor = Instant.parse("2018-07-16T15:05:00Z").getEpochSecond();
        String note = "1\u201315 min before the start of \u201cJoint press conference\u201d";
        LayoutInput view = between(bundledIndex, lanes, "2018-07-16T13:00:00Z", "2018-07-16T16:00:00Z", 640, 600);
        double natural = 0;
        for (PlacedLane lane : new LayoutEngine(SEVEN_PIXELS).layout(view).lanes()) {
            natural += Math.max(1, lane.rows()) * LayoutEngine.ROW_HEIGHT + LayoutEngine.LANE_PADDING;
        }
        // With height to spare, with just the strip's, and short of height, where the lanes squeeze their padding
        // under the strip whether its note shows or not (at 1280×720 they had moved 17 px as it came).
        for (double height : new double[] {1200, natural + LayoutEngine.ANCHOR_STRIP, natural + LayoutEngine.ANCHOR_STRIP - 10}) {
            LayoutInput noted = new LayoutInput(view.index(), lanes, null, protester, view.start(),
                    view.secondsPerPixel(), 640, height, Set.of(), anchor, note, true);
            TimelineLayout withNote = new LayoutEngine(SEVEN_PIXELS).layout(noted);
            for (int other : new int[] {-1, talks}) {
                TimelineLayout without = new LayoutEngine(SEVEN_PIXELS).layout(new LayoutInput(view.index(), lanes,
                        null, other, view.start(), view.secondsPerPixel(), 640, height, Set.of(), Double.NaN, null,
                        true));
                assertNull(without.anchor(), "no note without a relative time chosen");
                assertEquals(LayoutEngine.ANCHOR_STRIP, without.stripHeight(), height + " px: the room is kept");
                assertEquals(withNote.lanes().stream().map(l -> l.top() + "+" + l.height()).toList(),
                        without.lanes().stream().map(l -> l.top() + "+" + l.height()).toList(),
                        height + " px: no lane moves as the note comes and goes");
                assertEquals(withNote.marks().stream().map(m -> m.event + "@" + m.y()).toList(),
                        without.marks().stream().map(m -> m.event + "@" + m.y()).toList(), height + " px");
            }
        }
        // Where even squeezed the lanes would not all fit below it, the room goes to the lanes: a second axis at
        // 1280×720 had pushed the last lane half out of sight for a note that was not showing.
        double squeezed = natural - lanes.size() * (LayoutEngine.LANE_PADDING - LaneStack.MIN_PADDING);
        double tight = squeezed + LayoutEngine.ANCHOR_STRIP - 1;
        TimelineLayout given = new LayoutEngine(SEVEN_PIXELS).layout(new LayoutInput(view.index(), lanes, null, talks,
                view.start(), view.secondsPerPixel(), 640, tight, Set.of(), Double.NaN, null, true));
        assertEquals(0, given.stripHeight(), tight + " px: no room kept");
        PlacedLane last = given.lanes().get(given.lanes().size() - 1);
        assertTrue(last.top() + last.height() <= tight + 1e-9, "the last lane ends at " + (last.top() + last.height())
                + " px of " + tight);
        // A timeline without relative times keeps no room for their note.
        assertEquals(0, new LayoutEngine(SEVEN_PIXELS).layout(new LayoutInput(view.index(), lanes, null, talks,
                view.start(), view.secondsPerPixel(), 640, 1200, Set.of(), Double.NaN, null, false)).stripHeight());
    }

    @Test
    void aCollapsedLaneIsAThinStripWithoutTitles() {
        Lanes lanes = Lanes.of(bundled, LaneMode.CATEGORY);
        LayoutInput open = between(bundledIndex, lanes, "2018-07-16T10:00:00Z", "2018-07-16T16:00:00Z", 640, 300);
        LayoutInput shut = new LayoutInput(open.index(), lanes, null, -1, open.start(), open.secondsPerPixel(), 640,
                300, Set.of("arrival"), Double.NaN, null);
        TimelineLayout layout = new LayoutEngine(SEVEN_PIXELS).layout(shut);
        PlacedLane arrival = layout.lanes().stream().filter(l -> l.lane().id().equals("arrival")).findFirst().orElseThrow();
        assertTrue(arrival.collapsed());
        assertEquals(LayoutEngine.COLLAPSED_HEIGHT, arrival.height());
        assertTrue(layout.labels().stream().noneMatch(l -> l.lane() == arrival.index()));
        assertTrue(layout.marks().stream().filter(m -> m.lane() == arrival.index())
                .allMatch(m -> m.shape() == PlacedMark.Shape.TICK));
        assertTrue(layout.marks().stream().anyMatch(m -> m.lane() == arrival.index()));
        // Selected there (Left and Right step through folded lanes too), an event's tick is ringed as selected.
        int putin = positionOf("putin-lands");
        TimelineLayout selected = new LayoutEngine(SEVEN_PIXELS).layout(shut.withSelection(putin));
        assertEquals(List.of(putin), selected.marks().stream().filter(PlacedMark::holdsSelection)
                .map(PlacedMark::event).toList());
        // And its whole title stands on a plate beside the tick, as the selection's always does.
        PlacedMark tick = selected.marks().stream().filter(PlacedMark::holdsSelection).findFirst().orElseThrow();
        Plate plate = selected.plates().stream().filter(p -> p.event() == putin).findFirst()
                .orElseThrow(() -> new AssertionError("no plate for the selected tick of a folded lane"));
        assertEquals(bundled.event("putin-lands").orElseThrow().title(), plate.text());
        assertEquals(arrival.index(), plate.lane());
        assertTrue(plate.left() >= tick.x1() || plate.right() <= tick.x0(), "beside the tick, not over it");
        assertTrue(selected.labels().stream().noneMatch(l -> l.lane() == arrival.index()), "still no other titles");
        // Whichever of the folded lane's events is chosen, however near the next tick: the strip's ticks carry no
        // titles for the plate to leave room for.
        int checked = 0;
        for (Event e : bundled.events()) {
            int at = positionOf(e.id());
            Plate whole = new LayoutEngine(SEVEN_PIXELS).layout(shut.withSelection(at)).plates().stream()
                    .filter(p -> p.event() == at && p.lane() == arrival.index()).findFirst().orElse(null);
            if (whole != null) { // in the folded lane, and in view
                assertEquals(e.title(), whole.text());
                checked++;
            }
        }
        assertTrue(checked >= 3, checked + " of the lane's events in view");
    }

    @Test
    void anEventInManyFoldedLanesShowsItsTitleOnceNotInEveryStrip() {
        Lanes lanes = Lanes.of(bundled, LaneMode.ACTOR);
        int talks = positionOf("expanded-talks");
        int[] of = lanes.of(talks);
        assertTrue(of.length >= 5, "the expanded talks have many actors: " + of.length);
        Set<String> all = new java.util.HashSet<>();
        for (int lane : of) {
            all.add(lanes.get(lane).id());
        }
        LayoutInput view = between(bundledIndex, lanes, "2018-07-16T12:00:00Z", "2018-07-16T17:00:00Z", 640, 600);
        int first = java.util.Arrays.stream(of).min().orElseThrow();
        // Every lane of it folded: one plate, in the first.
        TimelineLayout folded = new LayoutEngine(SEVEN_PIXELS).layout(new LayoutInput(view.index(), lanes, null,
                talks, view.start(), view.secondsPerPixel(), 640, 600, all, Double.NaN, null));
        assertEquals(List.of(first), folded.plates().stream().filter(p -> p.event() == talks).map(Plate::lane)
                .toList());
        // One lane open: its title stands there, and in no folded strip.
        int second = java.util.Arrays.stream(of).filter(l -> l != first).min().orElseThrow();
        Set<String> allButSecond = new java.util.HashSet<>(all);
        allButSecond.remove(lanes.get(second).id());
        TimelineLayout oneOpen = new LayoutEngine(SEVEN_PIXELS).layout(new LayoutInput(view.index(), lanes, null,
                talks, view.start(), view.secondsPerPixel(), 640, 600, allButSecond, Double.NaN, null));
        assertEquals(List.of(second), oneOpen.plates().stream().filter(p -> p.event() == talks).map(Plate::lane)
                .toList());
        // Its ticks are still marked as selected in every strip.
        assertEquals(of.length, oneOpen.marks().stream().filter(PlacedMark::holdsSelection).count());
    }

    @Test
    void aBurstTooDenseForTheRowsIsOneClusterAndTheRowsShowEventsOfItAsThemselves() {
        // Sixty events within the same minute, in a lane with room for about a dozen rows.
        Instant at = Instant.parse("2018-07-16T12:00:00Z");
        List<Event> burst = new ArrayList<>();
        for (int k = 0; k < 60; k++) {
            burst.add(new Event("e" + k, "Event " + k, "c", List.of(), null, null,
                    TimeBound.exact(at.plusSeconds(k), Precision.SECOND), null, List.of()));
        }
        Timeline t = new Timeline(1, "Burst", null, ZoneOffset.UTC, null, List.of(), List.of(),
                List.of(new Category("c", "C", null)), burst, List.of());
        LayoutInput in = new LayoutInput(new TimeIndex(t), Lanes.of(t, LaneMode.CATEGORY), null, -1,
                at.getEpochSecond() - 3600, 7200.0 / 700, 700, 300, Set.of(), Double.NaN, null);
        TimelineLayout layout = new LayoutEngine(SEVEN_PIXELS).layout(in);
        List<PlacedMark> clusters = layout.marks().stream().filter(PlacedMark::isCluster).toList();
        assertEquals(1, clusters.size(), "one disc counts what the rows cannot show, not one disc a row");
        long alone = layout.marks().stream().filter(m -> !m.isCluster()).count();
        assertTrue(alone >= 8, "the other rows show events of the burst as themselves: " + alone);
        assertEquals(60, alone + clusters.get(0).count());
        assertEquals(List.of(), LayoutChecks.invariants(in, layout));
    }

    @Test
    void lanesTallerThanTheAreaScrollAndShortOnesStretch() {
        Lanes lanes = Lanes.of(bundled, LaneMode.ACTOR);
        TimelineLayout crowded = new LayoutEngine(SEVEN_PIXELS).layout(bundledView(Window.SMALL, LaneMode.ACTOR, "fitted"));
        assertTrue(crowded.contentHeight() > Window.SMALL.laneHeight, "18 actor lanes do not fit 300 px");
        assertTrue(crowded.lanes().stream().allMatch(l -> l.height() >= LayoutEngine.MIN_LANE_HEIGHT));
        TimelineLayout roomy = new LayoutEngine(SEVEN_PIXELS).layout(fitted(bundledIndex, Lanes.of(bundled,
                LaneMode.CATEGORY), 1040, 480));
        assertEquals(480, roomy.contentHeight(), 1, "six category lanes grow to fill 480 px");
        TimelineLayout tall = new LayoutEngine(SEVEN_PIXELS).layout(fitted(bundledIndex, Lanes.of(bundled,
                LaneMode.CATEGORY), 1040, 1200));
        assertTrue(tall.lanes().stream().allMatch(l -> l.height() == LayoutEngine.STRETCH_LIMIT), "but no taller than "
                + LayoutEngine.STRETCH_LIMIT + " px each");
        assertTrue(lanes.size() > 10);
    }

    @Test
    void randomFilesAndViewsKeepEveryInvariant() throws IOException {
        Random random = new Random(2024);
        int folded = 0;
        int notes = 0;
        for (int file = 0; file < 12; file++) {
            int events = 1 + random.nextInt(400);
            Duration span = Duration.ofMinutes(10 + random.nextInt(60 * 24 * 3));
            Timeline t = synthetic(events, random.nextLong(), span);
            TimeIndex index = new TimeIndex(t);
            for (int view = 0; view < 25; view++) {
                Lanes lanes = Lanes.of(t, random.nextBoolean() ? LaneMode.CATEGORY : LaneMode.ACTOR);
                double width = 300 + random.nextInt(1500);
                double height = 60 + random.nextInt(900);
                double spp = Math.pow(10, random.nextDouble() * 4 - 1);
                double start = index.first() - width * spp / 2 + random.nextDouble() * (index.last() - index.first());
                int selected = random.nextInt(3) == 0 ? -1 : random.nextInt(index.size());
                Set<String> collapsed = new HashSet<>();
                for (int lane = 0; lane < lanes.size(); lane++) {
                    if (random.nextInt(5) == 0) {
                        collapsed.add(lanes.get(lane).id());
                    }
                }
                // As if the selection's time were relative: an anchor up to a day either side, a note short or long.
                double anchorTime = Double.NaN;
                String anchorText = null;
                if (selected >= 0 && random.nextBoolean()) {
                    anchorTime = index.startEarliest(selected) + (random.nextDouble() - 0.5) * 2 * 86_400;
                    anchorText = (1 + random.nextInt(30)) + " min before the start of \u201c"
                            + t.events().get(random.nextInt(t.events().size())).title() + "\u201d"
                            + ", as the source reckons it".repeat(random.nextInt(12));
                }
                LayoutInput in = new LayoutInput(index, lanes, random.nextInt(4) == 0 ? i -> i % 3 != 0 : null,
                        selected, start, spp, width, height, collapsed, anchorTime, anchorText);
                if (in.shown() != null && selected >= 0 && !in.shown().test(selected)) {
                    continue;
                }
                TimelineLayout layout = new LayoutEngine(SEVEN_PIXELS).layout(in);
                if (layout.binned()) {
                    continue;
                }
                List<String> problems = LayoutChecks.invariants(in, layout);
                assertEquals(List.of(), problems, "file " + file + " view " + view + ": " + in);
                folded += collapsed.size();
                notes += layout.anchor() == null ? 0 : 1;
            }
        }
        assertTrue(folded > 20 && notes > 20, "the views folded " + folded + " lanes and showed " + notes + " anchor notes");
    }

    @Test
    void zoomedFarOutEachLaneCountsItsEventsPerColumn() throws IOException {
        Timeline t = synthetic(20_000, 3, Duration.ofDays(30));
        TimeIndex index = new TimeIndex(t);
        LayoutInput in = fitted(index, Lanes.of(t, LaneMode.CATEGORY), 640, 300);
        TimelineLayout layout = new LayoutEngine(SEVEN_PIXELS).layout(in);
        assertTrue(layout.binned());
        int counted = layout.marks().stream().mapToInt(PlacedMark::count).sum();
        int expected = Arrays.stream(new int[index.size()]).map(x -> 0).sum();
        for (int i = 0; i < index.size(); i++) {
            expected += in.lanes().of(i).length;
        }
        assertEquals(expected, counted, "every event counted once per lane");
    }

    @Test
    void zoomedFarOutTheSelectedEventLeavesItsColumnForARowOfItsOwn() throws IOException {
        Timeline t = synthetic(20_000, 3, Duration.ofDays(30));
        TimeIndex index = new TimeIndex(t);
        LayoutInput none = fitted(index, Lanes.of(t, LaneMode.CATEGORY), 640, 300);
        int selected = index.size() / 2;
        LayoutInput in = none.withSelection(selected);
        LayoutEngine engine = new LayoutEngine(SEVEN_PIXELS);
        TimelineLayout before = engine.layout(none);
        TimelineLayout after = engine.layout(in);
        assertTrue(after.binned());
        List<PlacedMark> ringed = after.marks().stream().filter(PlacedMark::holdsSelection).toList();
        assertEquals(in.lanes().of(selected).length, ringed.size(), "one ring per lane of the event");
        for (PlacedMark own : ringed) {
            assertFalse(own.isCluster(), "drawn as itself, not as its column's disc");
            assertEquals(selected, own.event());
            assertEquals(1, own.row(), "on a row of its own below the columns");
            assertEquals(in.momentX(selected), own.centre(), 1e-9, "at its own time");
            assertEquals(2, after.lanes().get(own.lane()).rows());
            long start = index.startEarliest(selected);
            PlacedMark column = before.marks().stream()
                    .filter(m -> m.lane() == own.lane() && m.isCluster() && m.from() <= start && start <= m.to())
                    .findFirst().orElseThrow();
            assertTrue(column.count() > 2, "a crowded column: " + column.count());
            PlacedMark rest = after.marks().stream()
                    .filter(m -> m.lane() == own.lane() && m.row() == 0 && m.x0() == column.x0())
                    .findFirst().orElseThrow();
            assertEquals(column.count() - 1, rest.count(), "the column counts the others");
            assertFalse(rest.holdsSelection());
            int[] members = engine.membersOf(in, rest);
            assertEquals(rest.count(), members.length, "a click on the column finds the others");
            assertTrue(Arrays.stream(members).noneMatch(m -> m == selected), "and not the one taken out");
            assertTrue(after.plates().stream().anyMatch(p -> p.event() == selected && p.lane() == own.lane()
                    && p.y() == own.y() && p.left() >= own.x1()), "its title on a plate beside it");
        }
        assertEquals(before.marks().stream().mapToInt(PlacedMark::count).sum(),
                after.marks().stream().mapToInt(PlacedMark::count).sum(), "every event still counted once per lane");
        assertEquals(List.of(), after.marks().stream().filter(m -> m.row() == 1 && m.event() != selected).toList());
    }

    @Test
    void zoomedFarOutTheEventLeftAloneInTheSelectionsColumnIsDrawnAsItself() {
        // Lane "talks": two moments a minute apart, one column; lane "press": 3,000 moments, so the view is binned.
        Instant noon = Instant.parse("2018-07-16T12:00:00Z");
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < 3_000; i++) {
            events.add(new Event("p" + i, "Press " + i, "press", List.of(), null, null,
                    TimeBound.exact(noon.plusSeconds(3_600 + i), Precision.SECOND), null, List.of()));
        }
        events.add(new Event("first", "First", "talks", List.of(), null, null,
                TimeBound.exact(noon.plusSeconds(6 * 3_600), Precision.MINUTE), null, List.of()));
        events.add(new Event("second", "Second", "talks", List.of(), null, null,
                TimeBound.exact(noon.plusSeconds(6 * 3_600 + 60), Precision.MINUTE), null, List.of()));
        events.sort(java.util.Comparator.comparingLong(Event::startEarliestSecond));
        Timeline t = new Timeline(1, "t", null, ZoneOffset.UTC, null, List.of(), List.of(),
                List.of(new Category("talks", "Talks", null), new Category("press", "Press", null)), events, List.of());
        TimeIndex index = new TimeIndex(t);
        int first = -1;
        int second = -1;
        for (int i = 0; i < index.size(); i++) {
            first = index.event(i).id().equals("first") ? i : first;
            second = index.event(i).id().equals("second") ? i : second;
        }
        LayoutInput none = new LayoutInput(index, Lanes.of(t, LaneMode.CATEGORY), null, -1, noon.getEpochSecond(),
                12 * 3_600 / 640.0, 640, 300, Set.of(), Double.NaN, null);
        LayoutEngine engine = new LayoutEngine(SEVEN_PIXELS);
        int theFirst = first;
        assertTrue(engine.layout(none).marks().stream().anyMatch(m -> m.isCluster() && m.count() == 2
                && m.from() <= index.startEarliest(theFirst) && index.startEarliest(theFirst) <= m.to()), "one column of two");
        for (int[] pair : new int[][] {{first, second}, {second, first}}) {
            TimelineLayout layout = engine.layout(none.withSelection(pair[0]));
            assertTrue(layout.binned());
            assertTrue(layout.marks().stream().anyMatch(m -> m.event() == pair[0] && m.row() == 1 && m.holdsSelection()
                    && m.shape() == PlacedMark.Shape.POINT), "the selected one on its own row");
            assertTrue(layout.marks().stream().anyMatch(m -> m.event() == pair[1] && m.row() == 0 && !m.isBinned()
                    && m.shape() == PlacedMark.Shape.POINT && Math.abs(m.centre() - none.momentX(pair[1])) <= LayoutEngine.BIN),
                    "the other drawn as itself, which a click selects");
            assertTrue(layout.marks().stream().noneMatch(m -> m.isCluster() && m.count() == 1), "no disc that says 1");
        }
    }

    @Test
    void zoomedFarOutAnEventAloneInItsColumnIsDrawnAsItself() throws IOException {
        // Nine events in ten in a hundredth of the year: the view is binned, and outside the burst columns hold one.
        Timeline t = loaded(new SyntheticTimeline(3_000, 7, true));
        TimeIndex index = new TimeIndex(t);
        LayoutInput in = fitted(index, Lanes.of(t, LaneMode.CATEGORY), 640, 300);
        TimelineLayout layout = new LayoutEngine(SEVEN_PIXELS).layout(in);
        assertTrue(layout.binned());
        assertTrue(layout.marks().stream().noneMatch(m -> m.isCluster() && m.count() == 1), "no disc that says 1");
        List<PlacedMark> alone = layout.marks().stream().filter(m -> m.shape() == PlacedMark.Shape.POINT).toList();
        assertTrue(alone.size() > 20, "events alone in their column: " + alone.size());
        for (PlacedMark m : alone) {
            assertFalse(m.isBinned(), "a click selects it, as any event's mark");
            double centre = (in.xOf(index.startEarliest(m.event())) + in.xOf(index.startLatest(m.event()))) / 2;
            assertEquals(centre, (m.x0() + m.x1()) / 2, LayoutEngine.BIN, "at its own time");
            assertEquals(LayoutEngine.MARK_WIDTH, m.x1() - m.x0(), 1e-9);
        }
        int counted = layout.marks().stream().mapToInt(PlacedMark::count).sum();
        int expected = 0;
        for (int i = 0; i < index.size(); i++) {
            expected += in.lanes().of(i).length;
        }
        assertEquals(expected, counted, "every event still counted once per lane");
    }

    @Test
    void zoomedFarOutAnEventThatBeganBeforeTheViewIsNotDrawnAsAMomentAtItsEdge() {
        // Lane "talks": a two-day span that began the day before the view, a moment alone in the view, a short span.
        // Lane "press": 3,000 moments in one hour, so that the view is counted in columns.
        Instant noon = Instant.parse("2018-07-16T12:00:00Z");
        List<Event> events = new ArrayList<>();
        events.add(new Event("long", "Long talks", "talks", List.of(), null, null,
                TimeBound.exact(noon.minusSeconds(86_400), Precision.MINUTE),
                TimeBound.exact(noon.plusSeconds(86_400), Precision.MINUTE), List.of()));
        for (int i = 0; i < 3_000; i++) {
            events.add(new Event("p" + i, "Press " + i, "press", List.of(), null, null,
                    TimeBound.exact(noon.plusSeconds(3_600 + i), Precision.SECOND), null, List.of()));
        }
        events.add(new Event("moment", "A moment", "talks", List.of(), null, null,
                TimeBound.exact(noon.plusSeconds(6 * 3_600), Precision.MINUTE), null, List.of()));
        events.sort(java.util.Comparator.comparingLong(Event::startEarliestSecond));
        Timeline t = new Timeline(1, "t", null, ZoneOffset.UTC, null, List.of(), List.of(),
                List.of(new Category("talks", "Talks", null), new Category("press", "Press", null)), events, List.of());
        TimeIndex index = new TimeIndex(t);
        LayoutInput in = new LayoutInput(index, Lanes.of(t, LaneMode.CATEGORY), null, -1, noon.getEpochSecond(),
                12 * 3_600 / 640.0, 640, 300, Set.of(), Double.NaN, null);
        TimelineLayout layout = new LayoutEngine(SEVEN_PIXELS).layout(in);
        assertTrue(layout.binned());
        int moment = -1;
        int span = -1;
        for (int i = 0; i < index.size(); i++) {
            moment = index.event(i).id().equals("moment") ? i : moment;
            span = index.event(i).id().equals("long") ? i : span;
        }
        int theMoment = moment;
        int theSpan = span;
        assertTrue(layout.marks().stream().anyMatch(m -> m.shape() == PlacedMark.Shape.POINT && m.event() == theMoment),
                "the moment alone in its column is drawn as itself");
        assertTrue(layout.marks().stream().noneMatch(m -> m.shape() == PlacedMark.Shape.POINT && m.event() == theSpan),
                "the span that began the day before is not drawn as a moment at the view's left edge");
        assertTrue(layout.marks().stream().anyMatch(m -> m.isCluster() && m.event() == theSpan && m.count() == 1),
                "it stays a counted column");
    }

    private static int positionOf(String id) {
        for (int i = 0; i < bundled.events().size(); i++) {
            if (bundled.events().get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError(id);
    }
}
