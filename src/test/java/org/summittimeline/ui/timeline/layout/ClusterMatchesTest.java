package org.summittimeline.ui.timeline.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.summittimeline.format.SyntheticTimeline;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.model.Timeline;
import org.summittimeline.query.TimelineQuery;

/**
 * A search lights every mark that stands for a matching event: a cluster when any of its events matches, whether
 * it was counted in buckets (zoomed out) or holds its events (closer in), and no other.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@Tag("toolkit-free")
class ClusterMatchesTest {
    @Test
    void aClusterIsLitExactlyWhenOneOfItsEventsMatches() throws Exception {
        StringWriter json = new StringWriter();
        new SyntheticTimeline(25_000, 17, false).write(json);
        Timeline t = new TimelineLoader().load(new ByteArrayInputStream(json.toString().getBytes(StandardCharsets.UTF_8)),
                "matches.json").timeline();
        TimelineQuery q = new TimelineQuery(t, work -> { });
        IntPredicate sparse = i -> i % 389 == 5;
        IntPredicate dense = i -> i % 3 != 0;
        for (LaneMode mode : LaneMode.values()) {
            Lanes lanes = Lanes.of(q, mode, null);
            TimeViewport viewport = new TimeViewport();
            viewport.setWidth(1200);
            viewport.fit(q.index().first(), q.index().last());
            LayoutInput whole = new LayoutInput(q.index(), lanes, null, -1, viewport, 600);
            // Closer in, but too many events for rows of their own: the marks that overlap stand together.
            LayoutInput closer = new LayoutInput(q.index(), lanes, null, -1, whole.start() + 40 * 86_400,
                    whole.secondsPerPixel() / 8, whole.width(), 150, Set.of(), Double.NaN, null);
            LayoutEngine engine = new LayoutEngine(LayoutEngineTest.SEVEN_PIXELS);
            for (LayoutInput in : List.of(whole, closer)) {
                TimelineLayout layout = engine.layout(in);
                for (IntPredicate matches : List.of(sparse, dense)) {
                    boolean[] lit = engine.matching(in, layout, matches);
                    int litMarks = 0;
                    for (int k = 0; k < lit.length; k++) {
                        PlacedMark m = layout.marks().get(k);
                        boolean expected = Arrays.stream(engine.membersOf(in, m)).anyMatch(matches);
                        assertEquals(expected, lit[k], mode + ", mark " + k + ": " + m);
                        litMarks += lit[k] ? 1 : 0;
                    }
                    assertTrue(litMarks > 0 && litMarks < lit.length || matches == dense, mode + ": some lit, some not");
                }
            }
            assertTrue(engine.layout(whole).marks().stream().allMatch(PlacedMark::isBinned), "zoomed out: counted");
            assertTrue(engine.layout(closer).marks().stream().anyMatch(m -> m.isCluster() && !m.isBinned()),
                    () -> "closer in: clusters that hold their events; " + engine.layout(closer).marks().stream()
                            .map(m -> m.shape() + (m.isBinned() ? "b" : "")).collect(Collectors
                                    .groupingBy(x -> x, Collectors.counting())));
        }
    }
}
