package org.summittimeline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.summittimeline.format.Problem;
import org.summittimeline.format.Severity;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.model.Locator;
import org.summittimeline.model.Timeline;
import org.summittimeline.query.TimeIndex;
import org.summittimeline.ui.timeline.layout.LaneMode;
import org.summittimeline.ui.timeline.layout.Lanes;

/**
 * The records whose equals and hashCode are written out (StartPathBootstrapTest says why) keep a record's meaning:
 * equal exactly when every component is, doubles compared as {@link Double#compare} does, so that a NaN equals
 * itself, and equal values hash alike.
 */
@Tag("toolkit-free")
class HandWrittenRecordEqualityTest {
    private static final IntPredicate EVERY = i -> true;

    @ParameterizedTest
    @ValueSource(strings = {"org.summittimeline.model.Citation", "org.summittimeline.model.Locator",
            "org.summittimeline.query.QueryFilter", "org.summittimeline.format.LoadResult",
            "org.summittimeline.ui.timeline.layout.TimeWindow", "org.summittimeline.ui.timeline.layout.LayoutInput",
            "org.summittimeline.ui.shell.ZoneChoices$Choice", "org.summittimeline.ui.timeline.MarkSprites$Key"})
    void equalExactlyWhenEveryComponentIs(String name) throws Exception {
        Class<?> type = Class.forName(name);
        assertTrue(type.isRecord(), name);
        assertTrue(declares(type, "equals", Object.class) && declares(type, "hashCode"),
                name + " no longer writes out its equals and hashCode; take it out of this test");
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
        }
        Constructor<?> make = type.getDeclaredConstructor(types);
        make.setAccessible(true);
        Object[] first = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            first[i] = values(types[i]).get(0);
        }
        Object a = make.newInstance(first);
        Object b = make.newInstance(first.clone());
        assertEquals(a, b, name);
        assertEquals(a.hashCode(), b.hashCode(), name);
        assertNotEquals(null, a);
        assertNotEquals(a, "not a " + name);
        for (int i = 0; i < components.length; i++) {
            Object[] other = first.clone();
            other[i] = values(types[i]).get(1);
            Object c = make.newInstance(other);
            assertNotEquals(a, c, name + " with another " + components[i].getName());
            assertNotEquals(c, a, name + " with another " + components[i].getName() + ", the other way");
        }
    }

    private static boolean declares(Class<?> type, String method, Class<?>... parameters) {
        try {
            type.getDeclaredMethod(method, parameters);
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** Two different values of a component's type; the first of a double is NaN, which must equal itself. */
    private static List<?> values(Class<?> type) {
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return List.of(constants[0], constants[1]);
        }
        Timeline timeline = Bundled.TIMELINE;
        Map<Class<?>, List<?>> known = Map.ofEntries(
                Map.entry(String.class, List.of("a", "b")),
                Map.entry(double.class, List.of(Double.NaN, 1.0)),
                Map.entry(long.class, List.of(1L, 2L)),
                Map.entry(int.class, List.of(1, 2)),
                Map.entry(boolean.class, List.of(false, true)),
                Map.entry(char.class, List.of('a', 'b')),
                Map.entry(Set.class, List.of(Set.of(), Set.of("x"))),
                Map.entry(List.class, List.of(List.of(), List.of(new Problem(Severity.WARNING, 1, 1, "$", "w")))),
                Map.entry(ZoneId.class, List.of(ZoneId.of("UTC"), ZoneId.of("Europe/Helsinki"))),
                Map.entry(Color.class, List.of(Color.RED, Color.BLUE)),
                Map.entry(Locator.class, List.of(Locator.NONE, new Locator(Locator.Kind.PAGE, "3"))),
                Map.entry(Timeline.class, List.of(timeline, Bundled.ANOTHER)),
                Map.entry(TimeIndex.class, List.of(new TimeIndex(timeline), new TimeIndex(timeline))),
                Map.entry(Lanes.class, List.of(Lanes.of(timeline, LaneMode.CATEGORY),
                        Lanes.of(timeline, LaneMode.ACTOR))),
                Map.entry(IntPredicate.class, List.of(EVERY, (IntPredicate) i -> false)));
        List<?> pair = known.get(type);
        if (pair == null) {
            throw new AssertionError("no values for a component of type " + type + "; add two here");
        }
        return pair;
    }

    private static final class Bundled {
        static final Timeline TIMELINE = load();
        static final Timeline ANOTHER = load();

        private static Timeline load() {
            return new TimelineLoader().load(Path.of("data", "helsinki-2018-summit.json")).timeline();
        }
    }
}
