package org.summittimeline.ui.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.query.TimelineQuery;
import org.summittimeline.ui.AppState;
import org.summittimeline.ui.Fx;
import org.summittimeline.ui.SaveFolder;
import org.summittimeline.ui.Settings;
import org.summittimeline.ui.Theme;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The comparison's own window closes by its Close button, by Escape and by Ctrl+W, and pages with a clicker's keys. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CompareWindowTest {
    private CompareWindow compare;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        AppState state = new AppState();
        state.queryProperty().set(new TimelineQuery(
                new TimelineLoader().load(Path.of("data", "helsinki-2018-summit.json")).timeline()));
        stage.setScene(new Scene(new StackPane(), 1280, 720));
        stage.show();
        compare = new CompareWindow(stage, state, target -> null, new SaveFolder(Settings.inMemory(), () -> null));
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    private void showFocused(FxRobot robot) {
        Fx.interact(() -> {
            compare.show();
            compare.stage().requestFocus();
        });
        assertTrue(compare.stage().isShowing());
    }

    @Test
    void escapeClosesTheWindow(FxRobot robot) {
        showFocused(robot);
        robot.targetWindow(compare.stage()).press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertFalse(compare.stage().isShowing(), "closed by Escape");
    }

    @Test
    void controlWClosesTheWindow(FxRobot robot) {
        showFocused(robot);
        robot.targetWindow(compare.stage()).press(KeyCode.CONTROL, KeyCode.W).release(KeyCode.W, KeyCode.CONTROL);
        assertFalse(compare.stage().isShowing(), "closed by Ctrl+W");
    }

    /**
     * Page Down and Page Up, a clicker's buttons, page the table from wherever the focus is (on the speakers' box it
     * had done nothing); End and Home go to its ends.
     */
    @Test
    void theTablePagesWithAClickersKeys(FxRobot robot) {
        showFocused(robot);
        Fx.interact(() -> compare.view().choose(List.of("trump", "putin"), null));
        // Opened, the table has the keys: Space pages it (on the speakers' box, where the focus had stood, it did
        // nothing), Shift+Space comes back.
        assertTrue(robot.lookup("#compare-scroll").query().isFocused(), "the table has the focus at first");
        robot.targetWindow(compare.stage()).type(KeyCode.SPACE);
        assertTrue(robot.lookup("#compare-scroll").queryAs(ScrollPane.class).getVvalue() > 0, "Space paged");
        Fx.typeWith(KeyCode.SHIFT, KeyCode.SPACE);
        assertEquals(0, robot.lookup("#compare-scroll").queryAs(ScrollPane.class).getVvalue(), 1e-9, "Shift+Space back");
        Fx.interact(() -> robot.lookup("#compare-speakers").query().requestFocus());
        ScrollPane scroll = robot.lookup("#compare-scroll").queryAs(ScrollPane.class);
        double view = scroll.getViewportBounds().getHeight();
        double beyond = scroll.getContent().getLayoutBounds().getHeight() - view;
        assertTrue(beyond > view, "a table of several pages: " + beyond + " px beyond a view of " + view);
        robot.targetWindow(compare.stage()).type(KeyCode.PAGE_DOWN);
        double top = scroll.getVvalue() * beyond;
        // Most of a view, the last lines kept in sight under the headings that stay at the top.
        double headings = robot.lookup(".compare-header").queryAllAs(javafx.scene.control.Label.class).stream()
                .mapToDouble(javafx.scene.control.Label::getHeight).max().orElse(0);
        assertTrue(headings > 0 && top > view / 2 && top <= view - headings - 1,
                "a page down is most of a view: " + top + " of " + view + ", headings " + headings);
        assertHeadingsAtTheTop(robot, scroll);
        int crossed = assertNoLineCutUnderTheHeadings(robot, scroll);
        Fx.type(KeyCode.PAGE_DOWN);
        assertHeadingsAtTheTop(robot, scroll);
        crossed += assertNoLineCutUnderTheHeadings(robot, scroll);
        double second = scroll.getVvalue() * beyond;
        assertTrue(second == beyond || second - top > view / 2 && second - top <= view - headings - 1,
                "and the next page, or to the end: from " + top + " to " + second);
        Fx.type(KeyCode.PAGE_UP);
        double back = scroll.getVvalue() * beyond;
        assertTrue(back < top && second - back > view / 2 && second - back <= view - headings - 1,
                "a page up goes a page back: from " + second + " to " + back);
        crossed += assertNoLineCutUnderTheHeadings(robot, scroll);
        assertTrue(crossed > 0, "some quote passed under the names");
        Fx.type(KeyCode.END);
        assertEquals(1, scroll.getVvalue(), 1e-9, "End");
        Fx.type(KeyCode.HOME);
        assertEquals(0, scroll.getVvalue(), 1e-9, "Home");
        assertTrue(compare.stage().isShowing(), "still open");
    }

    /**
     * At the largest type every page, down and back up, ends between lines: at 250 % the third Page Down had left the
     * top of "President Donald" under the names, two columns' lines of different heights needing more moves than
     * the four then allowed.
     */
    @Test
    void atTheLargestTypeEveryPageEndsBetweenLines(FxRobot robot) {
        showFocused(robot);
        trumpAndPutinAt(robot, "35px");
        ScrollPane scroll = robot.lookup("#compare-scroll").queryAs(ScrollPane.class);
        int crossed = 0;
        for (KeyCode key : List.of(KeyCode.PAGE_DOWN, KeyCode.PAGE_DOWN, KeyCode.PAGE_DOWN, KeyCode.PAGE_DOWN,
                KeyCode.PAGE_DOWN, KeyCode.PAGE_DOWN, KeyCode.PAGE_UP, KeyCode.PAGE_UP, KeyCode.PAGE_UP)) {
            double before = scroll.getVvalue();
            robot.targetWindow(compare.stage()).type(key);
            assertTrue(key == KeyCode.PAGE_DOWN ? scroll.getVvalue() > before : scroll.getVvalue() < before,
                    key + " moved the table from " + before);
            crossed += assertNoLineCutUnderTheHeadings(robot, scroll);
        }
        assertTrue(crossed > 0, "some quote passed under the names");
    }

    /**
     * Paged, the view's first line under the names is whole: Page Down had left a line cut in half there, its lower
     * half to read. Returns how many quotes' texts pass under the names.
     */
    private static int assertNoLineCutUnderTheHeadings(FxRobot robot, ScrollPane scroll) {
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        int[] crossed = new int[1];
        Fx.interact(() -> {
            javafx.scene.Node viewport = scroll.lookup(".viewport");
            double headings = robot.lookup(".compare-header").queryAllAs(javafx.scene.control.Label.class).stream()
                    .mapToDouble(javafx.scene.control.Label::getHeight).max().orElse(0);
            double edge = viewport.localToScene(viewport.getLayoutBounds()).getMinY() + headings;
            for (String kind : List.of(".compare-words", ".compare-citation", ".compare-relation", ".compare-none")) {
                for (javafx.scene.control.Label label : robot.lookup(kind).queryAllAs(javafx.scene.control.Label.class)) {
                    javafx.scene.Node text = label.lookup(".text");
                    javafx.geometry.Bounds b = text.localToScene(text.getBoundsInLocal());
                    if (b.getMinY() >= edge || b.getMaxY() <= edge) {
                        continue;
                    }
                    crossed[0]++;
                    // The letters of each line, grouped by the line their carets span, and where they are drawn.
                    javafx.scene.text.Text drawn = (javafx.scene.text.Text) text;
                    double at = drawn.sceneToLocal(0, edge).getY();
                    java.util.Map<Double, StringBuilder> lines = new java.util.TreeMap<>();
                    for (int i = 0; i < drawn.getText().length(); i++) {
                        double top = ((javafx.scene.shape.MoveTo) drawn.caretShape(i, true)[0]).getY();
                        lines.computeIfAbsent(top, t -> new StringBuilder()).append(drawn.getText().charAt(i));
                    }
                    double ascent = -drawn.getBoundsInLocal().getMinY();
                    for (var line : lines.entrySet()) {
                        javafx.scene.text.Text letters = new javafx.scene.text.Text(line.getValue().toString().strip());
                        letters.setFont(drawn.getFont());
                        letters.setBoundsType(javafx.scene.text.TextBoundsType.VISUAL);
                        double baseline = line.getKey() + ascent;
                        double top = baseline + letters.getLayoutBounds().getMinY();
                        double foot = baseline + letters.getLayoutBounds().getMaxY();
                        // Within a pixel and a half of the letters' top or foot: the view stands on whole pixels.
                        assertTrue(at <= top + 1.5 || at >= foot - 1.5, "\"" + line.getValue() + "\" of \""
                                + label.getText() + "\" is cut " + (at - top) + " px into letters from " + top
                                + " to " + foot);
                    }
                }
            }
        });
        return crossed[0];
    }

    /**
     * The names kept at the top stand at the view's very top edge: a citation's foot scrolled under them had shown
     * in a strip above them, between the bar and the names.
     */
    private static void assertHeadingsAtTheTop(FxRobot robot, ScrollPane scroll) {
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.Node viewport = scroll.lookup(".viewport");
        double top = viewport.localToScreen(viewport.getLayoutBounds()).getMinY();
        for (javafx.scene.Node heading : robot.lookup(".compare-header").queryAll()) {
            double at = heading.localToScreen(heading.getLayoutBounds()).getMinY();
            assertEquals(top, at, 0.01, "a heading's top at " + at + ", the view's at " + top);
            // On a whole pixel: a heading's top edge across a pixel row is drawn half see-through there.
            assertEquals(Math.rint(at), at, 0.01, "a heading's top on a whole pixel");
        }
    }

    /**
     * At larger type the bar wraps rather than cut its words: in one row at 177 % "Topic:" had become "…", the key's
     * words "answ…" and the button "Export …". Paged there, the names kept at the top cover the view's top edge.
     */
    @Test
    void atLargerTypeTheBarKeepsItsWordsWholeAndTheNamesTheTop(FxRobot robot) {
        showFocused(robot);
        trumpAndPutinAt(robot, "20.5px");
        javafx.scene.Node bar = robot.lookup(".compare-bar").query();
        List<javafx.scene.control.Labeled> words = robot.from(bar).lookup((javafx.scene.Node n) ->
                n instanceof javafx.scene.control.Labeled l && l.getText() != null && !l.getText().isEmpty()
                        && l.isVisible() && !(l instanceof javafx.scene.control.ListCell))
                .queryAllAs(javafx.scene.control.Labeled.class).stream().toList();
        // "Topic:", the key's two kinds drawn (contradicts, corrects: nothing of the two answers the other), the
        // button.
        assertTrue(words.size() >= 4, "the bar's words: " + words.size());
        for (javafx.scene.control.Labeled l : words) {
            assertTrue(l.getWidth() >= l.prefWidth(-1) - 0.5, "\"" + l.getText() + "\" is " + l.getWidth()
                    + " px of " + l.prefWidth(-1));
        }
        assertTrue(compare.stage().getWidth() >= 1280 - 40 - 1, "nearly the viewer's width: " + compare.stage().getWidth());
        // The event column grows with the type: at 170 px the events' titles and times had stood a word a line.
        javafx.scene.control.Label eventHeading = robot.lookup(".compare-header").queryAllAs(
                javafx.scene.control.Label.class).stream().filter(l -> l.getText().equals(
                org.summittimeline.ui.Texts.get("compare.eventHeader"))).findFirst().orElseThrow();
        assertEquals(CompareGrid.EVENT_EMS * 20.5, eventHeading.getWidth(), 0.5, "the event column's width");
        ScrollPane scroll = robot.lookup("#compare-scroll").queryAs(ScrollPane.class);
        // At the top already before any scrolling, so that they do not jump at the first.
        assertHeadingsAtTheTop(robot, scroll);
        for (int i = 0; i < 3; i++) {
            robot.targetWindow(compare.stage()).type(KeyCode.PAGE_DOWN);
            assertHeadingsAtTheTop(robot, scroll);
        }
        // A view between two pixels, as a page of fractional type sizes moves it: the rows are drawn on whole pixels.
        double beyond = scroll.getContent().getLayoutBounds().getHeight() - scroll.getViewportBounds().getHeight();
        Fx.interact(() -> scroll.setVvalue((Math.floor(beyond / 3) + 0.4) / beyond));
        assertHeadingsAtTheTop(robot, scroll);
        Fx.interact(() -> scroll.setVvalue((Math.floor(beyond / 2) + 0.6) / beyond));
        assertHeadingsAtTheTop(robot, scroll);
    }

    /**
     * At large type, up to the largest (250 %, 35 px), two speakers' columns still fit the window: no sideways scroll
     * to reach the second (at 35 px Trump's column had run past the window's edge, its words cut).
     */
    @Test
    void atTheLargestTypeTwoSpeakersFitWithoutASidewaysScroll(FxRobot robot) {
        showFocused(robot);
        for (String size : List.of("29.4px", "35px")) {
            trumpAndPutinAt(robot, size);
            ScrollPane scroll = robot.lookup("#compare-scroll").queryAs(ScrollPane.class);
            Fx.interact(() -> scroll.getScene().getRoot().layout());
            assertTrue(scroll.getContent().getLayoutBounds().getWidth() <= scroll.getViewportBounds().getWidth() + 0.5,
                    size + ": " + scroll.getContent().getLayoutBounds().getWidth() + " px in a view "
                            + scroll.getViewportBounds().getWidth());
        }
        // At 35 px twelve letters' heights would be 420 px of the event column, a third of the table: it keeps to a
        // quarter of the window, and the speakers' quotes have the rest.
        javafx.scene.control.Label eventHeading = robot.lookup(".compare-header").queryAllAs(
                javafx.scene.control.Label.class).stream().filter(l -> l.getText().equals(
                org.summittimeline.ui.Texts.get("compare.eventHeader"))).findFirst().orElseThrow();
        double window = compare.stage().getScene().getWidth();
        assertEquals(Math.floor(CompareGrid.EVENT_SHARE * window), eventHeading.getWidth(), 0.5,
                "the event column in a window " + window + " px wide");
        assertTrue(eventHeading.getWidth() < CompareGrid.EVENT_EMS * 35, "narrower than twelve letters' heights");
        for (String speaker : List.of("#compare-column-trump", "#compare-column-putin")) {
            javafx.scene.layout.Region heading = robot.lookup(speaker).queryAs(javafx.scene.layout.Region.class);
            assertTrue(heading.getWidth() > eventHeading.getWidth(), speaker + ": " + heading.getWidth() + " px");
        }
        // The curves and the key's samples in the type's size: 2-pixel hairlines and 18-pixel samples at 100 %.
        int samples = 0;
        for (javafx.scene.Node swatch : robot.lookup(".compare-swatch").queryAll()) {
            if (swatch.isVisible() && swatch.getParent().isVisible()) {
                assertEquals(1.3 * 35, ((javafx.scene.layout.Region) swatch).getWidth(), 1, "the key's sample");
                samples++;
            }
        }
        assertEquals(2, samples, "contradicts and corrects");
        // Each sample nearer its own word than the entry before it.
        javafx.scene.layout.HBox legend = robot.lookup("#compare-legend").queryAs(javafx.scene.layout.HBox.class);
        javafx.scene.control.Label corrects = robot.lookup("#compare-legend-corrects").queryAs(javafx.scene.control.Label.class);
        assertTrue(legend.getSpacing() >= 3 * corrects.getGraphicTextGap(), legend.getSpacing() + " between entries, "
                + corrects.getGraphicTextGap() + " to the word");
        java.util.Set<javafx.scene.shape.Shape> curves = robot.lookup(".compare-link")
                .match(n -> n instanceof javafx.scene.shape.Shape).queryAllAs(javafx.scene.shape.Shape.class);
        assertFalse(curves.isEmpty(), "Trump's correction is drawn");
        for (javafx.scene.shape.Shape curve : curves) {
            assertEquals(0.15 * 35, curve.getStrokeWidth(), 0.1, "a curve's stroke");
            if (curve.getStyleClass().contains("compare-link-corrects")) {
                List<Double> dots = curve.getStrokeDashArray();
                assertEquals(2, dots.size(), dots.toString());
                assertEquals(0.15 * 35, dots.get(0), 0.1, "its dots grow with it");
                assertEquals(0.22 * 35, dots.get(1), 0.1, "and the gaps between them");
            }
        }
    }

    /** Each kind of curve stands at least 3:1 on the table in both themes (the amber dots of "corrects" were 2.6:1). */
    @Test
    void everyCurveStandsOutOnTheTableInBothThemes(FxRobot robot) {
        showFocused(robot);
        for (Theme theme : List.of(Theme.LIGHT, Theme.DARK)) {
            Fx.interact(() -> {
                theme.apply();
                compare.stage().getScene().getRoot().applyCss();
                compare.stage().getScene().getRoot().layout();
            });
            javafx.scene.paint.Color table = (javafx.scene.paint.Color) ((javafx.scene.layout.Region) robot
                    .lookup(".compare-view").query()).getBackground().getFills().get(0).getFill();
            java.util.Set<javafx.scene.shape.Shape> curves = robot.lookup(".compare-link")
                    .match(n -> n instanceof javafx.scene.shape.Shape).queryAllAs(javafx.scene.shape.Shape.class);
            assertTrue(curves.stream().anyMatch(c -> c.getStyleClass().contains("compare-link-corrects")));
            for (javafx.scene.shape.Shape curve : curves) {
                javafx.scene.paint.Color stroke = (javafx.scene.paint.Color) curve.getStroke();
                javafx.scene.paint.Color drawn = table.interpolate(stroke, curve.getOpacity() * stroke.getOpacity());
                // With room to spare for the smoothing of a 2-pixel dashed line's edges: the dark theme's red at
                // 3.1:1 as drawn measured 2.9:1 on the screen.
                assertTrue(org.summittimeline.ui.Contrast.ratio(drawn, table) >= 3.5,
                        theme + " " + curve.getStyleClass() + ": " + drawn + " on " + table);
            }
        }
        Fx.interact(Theme.LIGHT::apply);
    }

    /**
     * Four speakers at the largest type scroll sideways, and the event column keeps to the view's left edge over
     * the quotes passing under it: it had scrolled out of sight, and the quotes could not be placed.
     */
    @Test
    void scrolledSidewaysTheEventColumnStaysAtTheLeft(FxRobot robot) {
        showFocused(robot);
        speakersAt(robot, "29.4px", List.of("trump", "putin", "sam-husseini", "jeff-mason"));
        ScrollPane scroll = robot.lookup("#compare-scroll").queryAs(ScrollPane.class);
        Fx.interact(() -> scroll.getScene().getRoot().layout());
        double wide = scroll.getContent().getLayoutBounds().getWidth() - scroll.getViewportBounds().getWidth();
        assertTrue(wide > 100, "the table is wider than the view by " + wide + " px");
        javafx.scene.Node viewport = scroll.lookup(".viewport");
        javafx.scene.Node event = robot.lookup("#compare-row-press-conference").query();
        // Layout bounds: without its rule (now the row's own), a name's bounds are its letters', a pixel or two off.
        double before = event.localToScene(event.getLayoutBounds()).getMinX();
        Fx.interact(() -> scroll.setHvalue(scroll.getHmax()));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        Fx.interact(() -> {
            double left = viewport.localToScene(viewport.getLayoutBounds()).getMinX();
            javafx.geometry.Bounds name = event.localToScene(event.getLayoutBounds());
            assertEquals(before, name.getMinX(), 1, "the event's name stands where it stood before the scroll");
            assertTrue(name.getMinX() >= left, "within the view");
            javafx.scene.Node heading = robot.lookup(".compare-header").queryAll().iterator().next();
            assertEquals(before, heading.localToScene(heading.getBoundsInLocal()).getMinX(), 1, "and its heading");
            // The speakers' quotes pass under the column: what is drawn at the name's middle is the name, not a quote.
            javafx.scene.Node band = robot.lookup(".compare-event-band").query();
            javafx.geometry.Bounds under = band.localToScene(band.getBoundsInLocal());
            assertTrue(band.isVisible() && under.getMinX() <= left + 0.5 && under.getMaxX() >= name.getMaxX(),
                    "the band behind the names spans " + under + ", the view's left " + left + ", the name " + name);
            javafx.scene.Node cell = robot.lookup(".compare-cell").queryAll().iterator().next();
            assertTrue(cell.localToScene(cell.getBoundsInLocal()).getMinX() < name.getMaxX(),
                    "a speaker's quotes scrolled under the column");
            assertTrue(cell.getViewOrder() > band.getViewOrder() && band.getViewOrder() > event.getViewOrder(),
                    "drawn: the quotes, the band over them, the names over it");
            // In columns this narrow the words for an empty cell wrap rather than end in "…".
            for (javafx.scene.Node none : robot.lookup(".compare-none").queryAll()) {
                javafx.scene.control.Label said = (javafx.scene.control.Label) none;
                assertEquals(said.getText(), ((javafx.scene.text.Text) said.lookup(".text")).getText(), "whole");
            }
        });
        Fx.interact(() -> scroll.setHvalue(0));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertFalse(robot.lookup(".compare-event-band").query().isVisible(), "unscrolled, no band is needed");
    }

    /** Trump and Putin compared with the window's type at {@code size}. */
    private void trumpAndPutinAt(FxRobot robot, String size) {
        speakersAt(robot, size, List.of("trump", "putin"));
    }

    /** {@code speakers} compared with the window's type at {@code size}. */
    private void speakersAt(FxRobot robot, String size, List<String> speakers) {
        Fx.interact(() -> {
            compare.stage().getScene().getStylesheets().add("data:text/css;base64," + java.util.Base64.getEncoder()
                    .encodeToString((".root { -fx-font-size: " + size + "; }").getBytes(
                            java.nio.charset.StandardCharsets.UTF_8)));
            compare.view().choose(speakers, null);
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theCloseButtonClosesTheWindow(FxRobot robot) {
        showFocused(robot);
        Button close = robot.lookup("#compare-close").queryButton();
        assertTrue(close.isVisible() && close.getWidth() >= close.prefWidth(-1) - 0.5, "Close shown whole");
        Fx.interact(close::fire);
        assertFalse(compare.stage().isShowing(), "closed by its button");
    }
}
