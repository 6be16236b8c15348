package org.summittimeline.ui.timeline.layout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.summittimeline.format.SyntheticTimeline;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.model.Timeline;
import org.summittimeline.query.QueryFilter;
import org.summittimeline.query.QueryResult;
import org.summittimeline.query.TimelineQuery;

/**
 * The lanes and cluster counts made while a file is opened are those the window would make itself for the
 * timeline it has just opened, and a layout engine that adopts them counts its clusters from them rather than
 * counting every event again.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@Tag("toolkit-free")
class PreparedLayoutTest {
    /** A synthetic file with a category no event has, which a just-opened window gives no lane. */
    private static TimelineQuery query(int events) throws Exception {
        StringWriter json = new StringWriter();
        new SyntheticTimeline(events, 13, false).write(json);
        String withUnused = json.toString().replace("\"categories\":[", "\"categories\":[{\"id\":\"unused\",\"label\":\"unused\"},");
        Timeline t = new TimelineLoader().load(new ByteArrayInputStream(withUnused.getBytes(StandardCharsets.UTF_8)),
                "prepared.json").timeline();
        assertNotNull(t);
        assertTrue(t.categories().stream().anyMatch(c -> c.id().equals("unused")));
        return new TimelineQuery(t, work -> { }).prepareForViews();
    }

    @Test
    void theLanesAreThoseOfAJustOpenedWindowInEachMode() throws Exception {
        TimelineQuery q = query(25_000);
        QueryResult opened = q.apply(QueryFilter.NONE);
        assertTrue(opened.showsEveryEvent());
        for (LaneMode mode : LaneMode.values()) {
            PreparedLayout prepared = PreparedLayout.of(q, mode);
            Lanes window = Lanes.of(q, mode, opened::isEventShown);
            assertEquals(window.all(), prepared.lanes().all(), mode.toString());
            for (int i = 0; i < q.index().size(); i++) {
                assertArrayEquals(window.of(i), prepared.lanes().of(i), mode + ", event " + i);
            }
            assertTrue(prepared.fits(q, mode));
            assertFalse(prepared.fits(q, mode == LaneMode.CATEGORY ? LaneMode.ACTOR : LaneMode.CATEGORY));
        }
        assertTrue(PreparedLayout.of(q, LaneMode.CATEGORY).lanes().all().stream().noneMatch(l -> l.id().equals("unused")));
    }

    @Test
    void anEngineThatAdoptsThemCountsItsClustersFromThemAsItWouldHaveCountedThemItself() throws Exception {
        TimelineQuery q = query(25_000);
        for (LaneMode mode : LaneMode.values()) {
            PreparedLayout prepared = PreparedLayout.of(q, mode);
            assertNotNull(prepared.bins(), "a timeline this large has its counts made ahead");
            TimeViewport viewport = new TimeViewport();
            viewport.setWidth(1200);
            viewport.fit(q.index().first(), q.index().last());
            LayoutInput whole = new LayoutInput(q.index(), prepared.lanes(), null, -1, viewport, 600);
            LayoutEngine adopting = new LayoutEngine(LayoutEngineTest.SEVEN_PIXELS);
            adopting.adopt(prepared);
            LayoutEngine counting = new LayoutEngine(LayoutEngineTest.SEVEN_PIXELS);
            for (LayoutInput in : List.of(whole, whole.withView(whole.start() + 86_400, whole.secondsPerPixel() / 3))) {
                List<String> adopted = marks(adopting.layout(in));
                List<String> counted = marks(counting.layout(in));
                assertEquals(counted.size(), adopted.size(), mode + ": marks");
                for (int m = 0; m < counted.size(); m++) {
                    assertEquals(counted.get(m), adopted.get(m), mode + ", mark " + m);
                }
                assertTrue(adopted.size() > 10 && adopted.stream().anyMatch(m -> m.contains("CLUSTER")), "clustered");
            }
            assertSame(prepared.bins(), adopting.binsInUse(), "the counts made ahead, not counted again");
            // Lanes of a filter are other lanes: their counts are the engine's own.
            Lanes filtered = Lanes.of(q, mode, i -> i % 2 == 0);
            adopting.layout(new LayoutInput(q.index(), filtered, i -> i % 2 == 0, -1, viewport, 600));
            assertFalse(prepared.bins() == adopting.binsInUse(), "a filter's lanes are counted anew");
        }
        assertNull(PreparedLayout.of(query(300), LaneMode.CATEGORY).bins(), "a small file's counts wait for a need");
    }

    private static List<String> marks(TimelineLayout layout) {
        return layout.marks().stream().map(m -> m.lane() + " " + m.shape() + " " + m.x0() + " " + m.count() + " "
                + m.event() + " " + m.from() + " " + m.to()).toList();
    }
}
