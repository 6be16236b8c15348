package org.summittimeline.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.summittimeline.ui.Fx;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The story's dots along a slide's foot: the current one is whole, not covered by a neighbour minutes away. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class StoryStripTest {
    private static final double CURRENT_RADIUS = StoryStrip.CURRENT_RADIUS;
    private StoryStrip strip;

    @Start
    void start(Stage stage) {
        Timeline helsinki = BundledTimeline.helsinki();
        TimelineQuery q = new TimelineQuery(helsinki, Runnable::run);
        // The protester was escorted out minutes before the press conference, the next step: their dots overlap.
        Event protester = helsinki.event("protester-removed").orElseThrow();
        strip = new StoryStrip(new Presentation(q, q.apply(QueryFilter.NONE), protester),
                new javafx.beans.property.SimpleObjectProperty<>(java.time.ZoneId.of("Europe/Helsinki")));
        strip.setTheme(PresentationTheme.HIGH_CONTRAST);
        stage.setScene(new Scene(new StackPane(strip), 1280, 40));
        stage.show();
    }

    @Test
    void theCurrentStepsDotIsDrawnOverItsNeighbours(FxRobot robot) {
        WritableImage[] shot = new WritableImage[1];
        Fx.interact(() -> shot[0] = strip.snapshot(null, null));
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

    /**
     * The next step, minutes later, stands clear of the current dot: 16 px apart, its dot had stood under the
     * current one's rim, a bump on it rather than a step of its own.
     */
    @Test
    void aNeighbourMinutesAwayStandsClearOfTheCurrentDot(FxRobot robot) {
        WritableImage[] shot = new WritableImage[1];
        Fx.interact(() -> shot[0] = strip.snapshot(null, null));
        PixelReader pixels = shot[0].getPixelReader();
        // Above the line, through the dots' upper halves: the current dot, then blank, then its neighbour's dot.
        int y = (int) (shot[0].getHeight() / 2 - StoryStrip.DOT_RADIUS / 2);
        Color accent = PresentationTheme.HIGH_CONTRAST.accent();
        Color blank = pixels.getColor(1, y);
        int x = 0;
        while (x < shot[0].getWidth() && !near(pixels.getColor(x, y), accent)) {
            x++;
        }
        while (x < shot[0].getWidth() && near(pixels.getColor(x, y), accent)) {
            x++;
        }
        x++; // the current dot's softened rim
        int gap = 0;
        while (x < shot[0].getWidth() && near(pixels.getColor(x, y), blank)) {
            gap++;
            x++;
        }
        assertTrue(gap < StoryStrip.DOT_SPACING, "a neighbour's dot follows within a dot's spacing: " + gap + " px");
        assertTrue(gap >= 3, "the next dot begins " + gap + " px after the current one");
        // Whole, in the theme's muted colour: at 0.6 alpha the dots were pale on a light slide (3:1).
        Color dot = pixels.getColor(x + 3, y);
        Color muted = PresentationTheme.HIGH_CONTRAST.muted();
        assertTrue(Math.abs(dot.getRed() - muted.getRed()) < 0.02 && Math.abs(dot.getGreen() - muted.getGreen()) < 0.02
                && Math.abs(dot.getBlue() - muted.getBlue()) < 0.02, "the next dot in " + dot + ", not " + muted);
    }

    /**
     * At the first step the current dot stands at the line's left end, its ring a clear gap after the story's first
     * date, about half a dot: six pixels apart, the ring had seemed to touch "23 Jan" on a 300-step file.
     */
    @Test
    void atTheFirstStepTheRingStandsClearOfTheDate(FxRobot robot) throws Exception {
        // A story whose first step is its earliest moment, an exact one: the dot at the line's very end.
        Timeline panels = new org.summittimeline.format.TimelineLoader().load(java.nio.file.Path.of(
                getClass().getResource("/ui/quotes-and-details.json").toURI())).timeline();
        TimelineQuery q = new TimelineQuery(panels, Runnable::run);
        StoryStrip first = new StoryStrip(new Presentation(q, q.apply(QueryFilter.NONE), null),
                new javafx.beans.property.SimpleObjectProperty<>(java.time.ZoneId.of("Europe/Helsinki")));
        first.setTheme(PresentationTheme.HIGH_CONTRAST);
        WritableImage[] shot = new WritableImage[1];
        Fx.interact(() -> {
            first.resize(1280, 40);
            first.draw();
            shot[0] = first.snapshot(null, null);
        });
        PixelReader pixels = shot[0].getPixelReader();
        Color blank = pixels.getColor(0, 0);
        // Whole columns: the date's, then blank ones, then the ring's (the line begins under the dot). At one row
        // a "7" or an "n" ends short of its letter's right edge.
        int width = (int) shot[0].getWidth();
        int height = (int) shot[0].getHeight();
        java.util.function.IntPredicate inked = col -> java.util.stream.IntStream.range(0, height)
                .anyMatch(row -> !near(pixels.getColor(col, row), blank));
        Color accent = PresentationTheme.HIGH_CONTRAST.accent();
        // From the dot's fill leftwards: its ring's columns, then blank ones, then the date's last letter.
        int x = 0;
        while (x < width && !near(pixels.getColor(x, height / 2), accent)) {
            x++;
        }
        assertTrue(x < width / 3, "the current dot at the line's left end, found at " + x);
        while (x > 0 && inked.test(x - 1)) {
            x--;
        }
        int ringStart = x;
        while (x > 0 && !inked.test(x - 1)) {
            x--;
        }
        assertTrue(x > 0, "the date stands left of the line");
        assertTrue(ringStart - x >= 14, "the ring begins " + (ringStart - x) + " px after the date");
    }

    /** The current dot is ringed in the text's colour: its accent alone stood 1.2:1 from the other dots. */
    @Test
    void theCurrentDotIsRingedInTheTextsColour(FxRobot robot) {
        WritableImage[] shot = new WritableImage[1];
        Fx.interact(() -> {
            strip.setTheme(PresentationTheme.LIGHT);
            shot[0] = strip.snapshot(null, null);
            strip.setTheme(PresentationTheme.HIGH_CONTRAST);
        });
        PixelReader pixels = shot[0].getPixelReader();
        int y = (int) (shot[0].getHeight() / 2);
        Color accent = PresentationTheme.LIGHT.accent();
        int x = 0;
        while (x < shot[0].getWidth() && !near(pixels.getColor(x, y), accent)) {
            x++;
        }
        assertTrue(x < shot[0].getWidth(), "the current dot");
        boolean ringed = false;
        for (int left = x - 1; left >= Math.max(0, x - 5); left--) {
            ringed |= near(pixels.getColor(left, y), PresentationTheme.LIGHT.text());
        }
        assertTrue(ringed, "a ring of the text's colour just left of the current dot at " + x);
    }

    private static boolean near(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) < 0.1 && Math.abs(a.getGreen() - b.getGreen()) < 0.1
                && Math.abs(a.getBlue() - b.getBlue()) < 0.1;
    }

    @Test
    void stepsMinutesApartStandApartInTheOrderOfTheirTimes() {
        // A day of steps, three of them within a quarter of an hour (the protester, then the press conference).
        long[] times = {0, 36_000, 36_600, 36_900, 86_400};
        double[] xs = StoryStrip.dotPlaces(times, 64, 1216);
        for (int i = 1; i < xs.length; i++) {
            assertTrue(xs[i] - xs[i - 1] >= StoryStrip.DOT_SPACING - 1e-9, "dots " + (i - 1) + " and " + i + ": "
                    + xs[i - 1] + ", " + xs[i]);
        }
        assertEquals(64, xs[0], 1e-9);
        assertEquals(1216, xs[4], 1e-9);
        double wanted = (36_000 + 36_600 + 36_900) * 1152 / 86_400.0 / 3 + 64;
        assertEquals(wanted, (xs[1] + xs[2] + xs[3]) / 3, 1e-9, "the close ones centred on their times");
        // Out of order in the lesson, in order of time on the line; more dots than the line holds share it.
        double[] back = StoryStrip.dotPlaces(new long[] {36_600, 36_000, 0, 86_400}, 64, 1216);
        assertTrue(back[0] - back[1] >= StoryStrip.DOT_SPACING - 1e-9, back[0] + ", " + back[1]);
        double[] same = StoryStrip.dotPlaces(new long[] {5, 5, 5, 5}, 0, 30);
        assertEquals(java.util.Arrays.toString(new double[] {7.5, 12.5, 17.5, 22.5}), java.util.Arrays.toString(same),
                "four at one time, centred on it");
    }

    /**
     * The line's ends say where the story begins and ends, with the clock for a story of days, the day alone for
     * one of months with its year after the last (the year on both where it spans years): a class could not read a time from the dots.
     */
    @Test
    void theLinesEndsSayWhereTheStoryBeginsAndEnds() {
        java.time.ZoneId helsinki = java.time.ZoneId.of("Europe/Helsinki");
        long first = java.time.ZonedDateTime.of(2018, 7, 15, 20, 50, 0, 0, helsinki).toEpochSecond();
        long last = java.time.ZonedDateTime.of(2018, 7, 17, 21, 30, 0, 0, helsinki).toEpochSecond();
        assertEquals(java.util.List.of("15 Jul 20:50", "17 Jul 21:30 EEST"),
                java.util.List.of(StoryStrip.ends(first, last, helsinki)));
        long december = java.time.ZonedDateTime.of(2018, 12, 20, 9, 0, 0, 0, helsinki).toEpochSecond();
        assertEquals(java.util.List.of("15 Jul", "20 Dec 2018"), java.util.List.of(StoryStrip.ends(first, december, helsinki)));
        long next = java.time.ZonedDateTime.of(2019, 2, 1, 9, 0, 0, 0, helsinki).toEpochSecond();
        String[] years = StoryStrip.ends(first, next, helsinki);
        assertTrue(years[0].contains("2018") && years[1].contains("2019"), java.util.Arrays.toString(years));
    }

    /**
     * More steps than the line holds apart stand closer, near their times: 300 steps of a year had shared the line
     * evenly, in the order of their steps, the second (in March) at the line's left end.
     */
    @Test
    void aCrowdedStripKeepsItsDotsNearTheirTimes() {
        long day = 86_400;
        long[] times = new long[300];
        times[1] = 50 * day;
        for (int i = 2; i < times.length - 1; i++) {
            times[i] = 170 * day + i * 1_000; // a burst in July
        }
        times[times.length - 1] = 365 * day;
        double[] xs = StoryStrip.dotPlaces(times, 64, 1216);
        assertEquals(64, xs[0], 1e-9);
        assertEquals(1216, xs[xs.length - 1], 1e-9);
        assertEquals(64 + 50 * 1152 / 365.0, xs[1], 1e-9, "the March step at its time");
        for (int i = 1; i < xs.length; i++) {
            assertTrue(xs[i] > xs[i - 1], "in the order of their times at " + i);
        }
        double burst = 64 + (170 * day + 150 * 1_000) * 1152 / (365.0 * day); // the time of its middle step
        assertEquals(burst, xs[150], 2, "the burst's middle at its time");
        // Too many to stand apart, the burst's dots keep their order but not a bar's width: spread 1.7 pixels apart
        // they had drawn a bar from April to September.
        assertTrue(xs[298] - xs[2] <= 3 * StoryStrip.DOT_RADIUS, "the burst is " + (xs[298] - xs[2]) + " px wide");
        // Fewer, closer than their room but apart enough to spread: no dot stands more than three dots' room from its
        // time (150 steps, 3.9 pixels apart, had still reached from April to September).
        long[] fewer = java.util.Arrays.copyOf(times, 150);
        fewer[149] = 365 * day;
        double[] near = StoryStrip.dotPlaces(fewer, 64, 1216);
        for (int i = 0; i < near.length; i++) {
            double atItsTime = 64 + fewer[i] * 1152 / (365.0 * day);
            assertTrue(Math.abs(near[i] - atItsTime) <= StoryStrip.MOST_AWAY * StoryStrip.DOT_SPACING + 1e-9,
                    "step " + i + " at " + near[i] + ", its time at " + atItsTime);
            assertTrue(i == 0 || near[i] >= near[i - 1], "in their order at " + i);
        }
    }

    /**
     * The line stands for the whole story, whatever steps a lesson has: two steps a quarter of an hour apart stood
     * at its two ends, and the current dot leapt from one end to the other at the click between them.
     */
    @Test
    void aLessonsStepsStandWhereTheyAreInTheWholeStory() {
        Timeline helsinki = BundledTimeline.helsinki();
        TimelineQuery q = new TimelineQuery(helsinki, Runnable::run);
        Presentation lesson = new Presentation(q, q.apply(QueryFilter.NONE), java.util.List.of(
                new org.summittimeline.model.PresentationStep("press-conference", null, ""),
                new org.summittimeline.model.PresentationStep("protester-removed", null, "")), null);
        long first = helsinki.events().stream().mapToLong(e -> e.start().earliest().getEpochSecond()).min().orElseThrow();
        long last = helsinki.events().stream().mapToLong(e -> (e.end() == null ? e.start() : e.end()).latest()
                .getEpochSecond()).max().orElseThrow();
        assertEquals(first, lesson.storyFirst());
        assertEquals(last, lesson.storyLast());
        // Its ends are times the sources give: the first arrival's earliest and the last event's latest end, not the
        // middles of their windows (21:00 of 20:50–21:10 was a minute no source gives).
        assertEquals(java.util.List.of("15 Jul 20:50", "17 Jul 22:02 EEST"), java.util.List.of(
                StoryStrip.ends(lesson.storyFirst(), lesson.storyLast(), helsinki.zone())));
        long[] times = lesson.slides().stream().mapToLong(s -> s.event().start().midpoint().getEpochSecond()).toArray();
        double[] xs = StoryStrip.dotPlaces(times, lesson.storyFirst(), lesson.storyLast(), 64, 1216,
                StoryStrip.DOT_SPACING);
        for (int i = 0; i < xs.length; i++) {
            double atItsTime = 64 + (times[i] - first) * 1152.0 / (last - first);
            assertTrue(Math.abs(xs[i] - atItsTime) <= StoryStrip.DOT_SPACING, "step " + i + " at " + xs[i]
                    + ", its time at " + atItsTime);
        }
        assertTrue(Math.abs(xs[0] - xs[1]) < 3 * StoryStrip.DOT_SPACING, "a quarter of an hour apart: " + xs[0]
                + ", " + xs[1]);
        // Steps beyond the story's span (none here) widen it rather than fall off the line.
        double[] wider = StoryStrip.dotPlaces(new long[] {-100, 50}, 0, 100, 0, 200, StoryStrip.DOT_SPACING);
        assertEquals(0, wider[0], 1e-9);
        assertEquals(150, wider[1], 1e-9);
    }
}
