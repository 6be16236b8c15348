package org.summittimeline.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.PopupWindow;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.RangeSlider;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.summittimeline.app.FileDocuments;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.model.Quote;
import org.summittimeline.model.QuoteKind;
import org.summittimeline.model.Timeline;
import org.summittimeline.ui.AppState;
import org.summittimeline.ui.BackgroundWork;
import org.summittimeline.ui.Contrast;
import org.summittimeline.ui.Fx;
import org.summittimeline.ui.Settings;
import org.summittimeline.ui.Theme;
import org.summittimeline.ui.RenderedPulse;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The filter bar over the bundled timeline: the topic filter and the choice of quote kind. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class FilterBarTest {
    private AppState state;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        MainWindow window = new MainWindow(new FileDocuments(new TimelineLoader()), BackgroundWork.sameThread(),
                Settings.inMemory(), url -> { });
        state = window.state();
        stage.setScene(new Scene(window, 1280, 720));
        stage.show();
        window.openBundled();
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    private Timeline timeline() {
        return state.query().timeline();
    }

    private List<Quote> shownQuotes(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        ListView<Quote> quotes = robot.lookup("#quotes").queryListView();
        return List.copyOf(quotes.getItems());
    }

    private String counts(FxRobot robot) {
        return robot.lookup("#counts").queryAs(Label.class).getText();
    }

    /**
     * A choice box's list in the bar opens where its box stands: moving the bar's overflow (») below the bar must
     * leave the bar's other menus alone, which are menus owned by nodes of the bar too.
     */
    @Test
    void aChoiceBoxsListInTheBarOpensAtItsBox(FxRobot robot) {
        robot.clickOn("#filter-kind");
        RenderedPulse.await(robot, robot.lookup("#filter-kind").query().getScene());
        Fx.interact(() -> {
            Node kind = robot.lookup("#filter-kind").query();
            javafx.scene.control.ContextMenu list = Window.getWindows().stream()
                    .filter(w -> w instanceof javafx.scene.control.ContextMenu m && m.isShowing())
                    .map(javafx.scene.control.ContextMenu.class::cast).findFirst().orElseThrow();
            assertEquals(kind, list.getOwnerNode(), "the list is the kind's");
            double barBottom = kind.getParent().getParent().localToScreen(
                    kind.getParent().getParent().getLayoutBounds()).getMaxY();
            assertTrue(list.getAnchorY() < barBottom - 1, "the list opens at its box (" + list.getAnchorY()
                    + "), not moved to the bar's bottom (" + barBottom + ")");
            list.hide();
        });
    }

    /**
     * A facet's list opens below its box the first time too: placed by a height measured before its rows (every
     * topic's row at 215 %), it had gone over the top of the screen, over the bars and its own box, then shrunk to
     * ten rows that fitted below. Where they fit above the box only, it opens there; where they fit on neither side,
     * as many rows as fit open below.
     */
    @Test
    void aFacetsListOpensBelowItsBoxTheFirstTimeAtLargeType(FxRobot robot) {
        Node topics = robot.lookup("#filter-topics").query();
        Stage stage = (Stage) topics.getScene().getWindow();
        try {
            Fx.interact(() -> {
                state.fontScaleProperty().set(2.15);
                stage.setY(0);
            });
            RenderedPulse.await(robot, topics.getScene());
            robot.clickOn(topics);
            RenderedPulse.await(robot, topics.getScene());
            double[] list = Fx.interact(() -> listUnder(topics));
            assertEquals(list[0], list[2], 1, "the list's top stands at its box's bottom");
            Fx.type(KeyCode.ESCAPE);

            Node actors = robot.lookup("#filter-actors").query();
            // Kept within the headless screen, whose painter fails on a window beyond it.
            double bottom = Fx.interact(() -> Screen.getPrimary().getVisualBounds().getMaxY());
            Fx.interact(() -> {
                stage.setY(stage.getY() + list[1] + 20 - actors.localToScreen(actors.getLayoutBounds()).getMinY());
                stage.setHeight(bottom - stage.getY());
            });
            RenderedPulse.await(robot, topics.getScene());
            robot.clickOn(actors);
            RenderedPulse.await(robot, topics.getScene());
            double[] above = Fx.interact(() -> listUnder(actors));
            assertEquals(above[3], above[0] + above[1], 1, "a list with no room below ends at its box's top: "
                    + Arrays.toString(above));
            Fx.type(KeyCode.ESCAPE);

            // Ten rows fit neither above nor below: as many as fit below (the speakers are too few to show it).
            Fx.interact(() -> {
                stage.setY(stage.getY() + 300 - topics.localToScreen(topics.getLayoutBounds()).getMinY());
                stage.setHeight(bottom - stage.getY());
            });
            RenderedPulse.await(robot, topics.getScene());
            robot.clickOn(topics);
            RenderedPulse.await(robot, topics.getScene());
            double[] shorter = Fx.interact(() -> listUnder(topics));
            assertEquals(shorter[0], shorter[2], 1, "below its box: " + Arrays.toString(shorter));
            double row = list[1] / 10;
            assertTrue(shorter[0] + shorter[1] <= bottom && shorter[0] + shorter[1] + row > bottom,
                    "as many rows as fit, rows of " + row + " px: " + Arrays.toString(shorter));
            Fx.type(KeyCode.ESCAPE);
            assertEquals(10, Fx.interact(() -> ((CheckComboBox<?>) topics).getChildrenUnmodifiable().stream()
                    .filter(ComboBox.class::isInstance).map(ComboBox.class::cast)
                    .findFirst().orElseThrow().getVisibleRowCount()), "the next opening may show ten again");
        } finally {
            Fx.interact(() -> state.fontScaleProperty().set(1.0));
        }
    }

    /** The showing list's top and height on the screen, and the box's bottom and top. */
    private static double[] listUnder(Node box) {
        Region list = Window.getWindows().stream().filter(w -> w instanceof PopupWindow p && p.isShowing())
                .map(w -> w.getScene().getRoot().lookup(".list-view")).filter(Region.class::isInstance)
                .map(Region.class::cast).findFirst().orElseThrow();
        var at = list.localToScreen(list.getLayoutBounds());
        var boxAt = box.localToScreen(box.getLayoutBounds());
        return new double[] {at.getMinY(), at.getHeight(), boxAt.getMaxY(), boxAt.getMinY()};
    }

    /** A list's arrow grows with the type: the theme draws it 10 by 5 pixels, a speck beside words of 35 px at 250 %. */
    @Test
    void theListsArrowsGrowWithTheType(FxRobot robot) {
        Region arrow = robot.lookup("#filter-speakers .arrow").queryAs(Region.class);
        Region kindArrow = robot.lookup("#filter-kind .arrow").queryAs(Region.class);
        Scene scene = arrow.getScene();
        RenderedPulse.await(robot, scene);
        assertEquals(10, arrow.getWidth(), 0.5, "as the theme draws it at 100 %");
        assertEquals(10, kindArrow.getWidth(), 0.5, "a choice box's too");
        try {
            // (That the boxes keep their widths as it grows, the slider's staying in the bar at 121 % below shows.)
            Fx.interact(() -> state.fontScaleProperty().set(2.5));
            RenderedPulse.await(robot, scene);
            assertEquals(26, arrow.getWidth(), 0.5, "at 250 %");
            assertEquals(13, arrow.getHeight(), 0.5);
            assertTrue(arrow.isScaleShape() && kindArrow.isScaleShape(), "drawn at that size, not at its own 10 by 5");
        } finally {
            Fx.interact(() -> state.fontScaleProperty().set(1.0));
        }
    }

    /**
     * At large type the kinds' box is as wide as the choice it shows where its longest would not fit beside the lists
     * before it: at 237 % on 1280 px, "Reported speech only" had sent it into the overflow with 390 px of the bar
     * empty. With room, it is as wide as its longest, so that choosing one does not move the bar.
     */
    @Test
    void theKindsBoxStaysInTheBarAsWideAsItsChoiceWhereItsLongestWouldNotFit(FxRobot robot) {
        FittedChoiceBox<?> kinds = robot.lookup("#filter-kind").queryAs(FittedChoiceBox.class);
        Scene window = kinds.getScene();
        try {
            for (double scale : new double[] {1.0, 2.37}) {
                Fx.interact(() -> state.fontScaleProperty().set(scale));
                RenderedPulse.await(robot, window);
                RenderedPulse.await(robot, window);
                Fx.interact(() -> {
                    double longest = kinds.widthFor(FittedChoiceBox.Fit.LONGEST_CHOICE, -1);
                    assertSame(window, kinds.getScene(), scale + ": the kinds' box stands in the bar");
                    Labeled shown = (Labeled) kinds.lookup(".label");
                    assertEquals(shown.getText(), ((Text) shown.lookup(".text")).getText(), scale + ": its choice whole");
                    if (scale == 1.0) {
                        assertEquals(longest, kinds.getWidth(), 1, "with room, as wide as its longest choice");
                    } else {
                        assertTrue(kinds.getWidth() < longest - 10, "short of room, narrower than its longest: "
                                + kinds.getWidth() + " of " + longest);
                        assertEquals(kinds.widthFor(FittedChoiceBox.Fit.SHOWN_CHOICE, -1), kinds.getWidth(), 1,
                                "as wide as the choice it shows");
                    }
                });
            }
        } finally {
            Fx.interact(() -> state.fontScaleProperty().set(1.0));
        }
    }

    @Test
    void aStepOfLargerTypeShortensTheRangesLabelRatherThanHidingTheSlider(FxRobot robot) {
        RenderedPulse.await(robot, robot.lookup("#range-label").query().getScene());
        Label label = robot.lookup("#range-label").queryAs(Label.class);
        String whole = label.getText();
        assertEquals("15 Jul 20:50 \u2013 17 Jul 22:02", whole);
        assertNull(label.getTooltip());
        try {
            for (double scale : new double[] {1.1, 1.21}) {
                Fx.interact(() -> state.fontScaleProperty().set(scale));
                RenderedPulse.await(robot, robot.lookup("#clear-filters").query().getScene());
                RenderedPulse.await(robot, robot.lookup("#clear-filters").query().getScene());
                Node group = robot.lookup("#range-group").query();
                assertSame(robot.lookup("#clear-filters").query().getScene(), group.getScene(),
                        "the slider stays in the bar at " + scale + ", not behind \u00bb");
                assertEquals("15 Jul \u2013 17 Jul", label.getText(), "at " + scale);
                assertEquals(whole, label.getTooltip().getText(), "the whole range in its tooltip");
            }
            // A search typed gives the range its label again, whole, and the bar had sorted the slider into the
            // overflow by that width before the label was shortened again (a new user's walk at 121 %).
            Scene window = label.getScene();
            Fx.interact(() -> state.search("i"));
            RenderedPulse.await(robot, window);
            RenderedPulse.await(robot, window);
            assertTrue(robot.lookup("#range-group").tryQuery().map(Node::getScene).filter(window::equals).isPresent(),
                    "the slider stays in the bar with a search typed");
            assertEquals("15 Jul \u2013 17 Jul", label.getText(), "with a search typed");
            Fx.interact(() -> state.search(""));
        } finally {
            Fx.interact(() -> state.fontScaleProperty().set(1.0));
        }
        RenderedPulse.await(robot, label.getScene());
        RenderedPulse.await(robot, label.getScene());
        assertEquals(whole, label.getText(), "whole again with room");
    }

    @Test
    void aFilterWithNothingToChooseIsGreyed(FxRobot robot) {
        // As a file's speakers and topics while only its events are read: the box opened an empty list.
        List<String> boxes = List.of("#filter-speakers", "#filter-actors", "#filter-topics", "#filter-categories");
        for (String id : boxes) {
            assertFalse(robot.lookup(id).query().isDisable(), id + " with the bundled timeline's choices");
        }
        Timeline bundled = timeline();
        Timeline nothing = new Timeline(1, "t", null, java.time.ZoneOffset.UTC, null, List.of(), List.of(), List.of(),
                List.of(), List.of());
        Fx.interact(() -> state.queryProperty().set(new org.summittimeline.query.TimelineQuery(nothing)));
        for (String id : boxes) {
            assertTrue(robot.lookup(id).query().isDisable(), id + " with nothing to choose");
        }
        Fx.interact(() -> state.queryProperty().set(new org.summittimeline.query.TimelineQuery(bundled)));
        for (String id : boxes) {
            assertFalse(robot.lookup(id).query().isDisable(), id + " with choices again");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void checkingATopicShowsOnlyTheQuotesOnIt(FxRobot robot) {
        robot.clickOn("#quotes-all");
        CheckComboBox<String> topics = robot.lookup("#filter-topics").queryAs(CheckComboBox.class);
        assertTrue(topics.getItems().contains("election interference"), topics.getItems().toString());
        Fx.interact(() -> topics.getCheckModel().check("election interference"));
        List<Quote> expected = timeline().quotes().stream()
                .filter(q -> q.topics().contains("election interference")).toList();
        assertTrue(expected.size() > 1 && expected.size() < timeline().quotes().size());
        assertEquals(expected, shownQuotes(robot));
        assertTrue(counts(robot).contains(" \u00b7 " + expected.size() + " of 29 quotes \u2014 events and quotes by topic: election interference"),
                counts(robot));
        Fx.interact(() -> topics.getCheckModel().check("collusion"));
        List<Quote> either = inTimeOrder(timeline().quotes().stream().filter(q -> q.topics().contains("election interference")
                || q.topics().contains("collusion")));
        assertEquals(either, shownQuotes(robot), "two topics show the quotes on either");
        // The box's tooltip names them: its caption says how many ("Topics: 2/15"), not which.
        assertEquals("Show only the quotes on these topics, and their events: collusion, election interference",
                topics.getTooltip().getText());
        // Eight by name, the rest counted.
        Fx.interact(() -> topics.getItems().forEach(t -> topics.getCheckModel().check(t)));
        String tip = topics.getTooltip().getText();
        assertTrue(topics.getItems().size() > FilterBar.TIP_NAMES + 1, "" + topics.getItems().size());
        assertTrue(tip.endsWith(" and " + (topics.getItems().size() - FilterBar.TIP_NAMES) + " more"), tip);
        assertEquals(FilterBar.TIP_NAMES - 1, tip.substring(tip.indexOf(": ")).chars().filter(c -> c == ',').count(),
                tip);
        robot.clickOn("#clear-filters");
        assertEquals(List.of(), topics.getCheckModel().getCheckedItems());
        assertEquals("Show only the quotes on these topics, and their events", topics.getTooltip().getText());
        assertEquals(29, shownQuotes(robot).size());
    }

    /**
     * The pointer resting on a filter's box shows its tooltip, as it does on the bar's button: on the box it had never
     * shown, and with it the names of what is checked.
     */
    @Test
    void restingOnAFiltersBoxShowsItsTooltip(FxRobot robot) throws Exception {
        javafx.scene.control.Control clear = robot.lookup("#clear-filters").queryAs(javafx.scene.control.Control.class);
        robot.moveTo(clear);
        robot.moveBy(3, 1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> clear.getTooltip().isShowing());
        CheckComboBox<?> topics = robot.lookup("#filter-topics").queryAs(CheckComboBox.class);
        robot.moveTo(topics);
        robot.moveBy(3, 1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> topics.getTooltip().isShowing());
        // Put away with the pointer, not left over the next test's window.
        robot.moveTo("#quotes");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !topics.getTooltip().isShowing());
    }

    /** The quotes as the panel's "All" lists them: by their event's place in time, each event's in the file's order. */
    private List<Quote> inTimeOrder(java.util.stream.Stream<Quote> quotes) {
        return quotes.sorted(java.util.Comparator.comparingInt(q -> state.query().positionOf(q.eventId()))).toList();
    }

    @Test
    void theArrowKeysMoveTheTimeRangeByAFiftiethOfTheTimeline(FxRobot robot) {
        RangeSlider range = robot.lookup("#filter-range").queryAs(RangeSlider.class);
        double span = range.getMax() - range.getMin();
        assertTrue(span > 86_400, "the summit's two days");
        Fx.interact(range::requestFocus);
        Fx.type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        double moved = range.getLowValue() - range.getMin();
        assertEquals(span / 50, moved, 1, "one press of Right moves the low thumb a fiftieth of the way");
    }

    @Test
    void pageUpAndPageDownMoveTheFocusedThumbByATenth(FxRobot robot) {
        RangeSlider range = robot.lookup("#filter-range").queryAs(RangeSlider.class);
        double span = range.getMax() - range.getMin();
        Fx.interact(range::requestFocus);
        Fx.type(KeyCode.PAGE_UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(span / 10, range.getLowValue() - range.getMin(), 1, "the low thumb a tenth in");
        Fx.type(KeyCode.PAGE_DOWN, 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(range.getMin(), range.getLowValue(), 1e-6, "and back, no further than the start");
        Fx.type(KeyCode.TAB);
        Fx.type(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(span / 10, range.getMax() - range.getHighValue(), 1, "Tab: the high thumb a tenth back");
        assertEquals(range.getMin(), range.getLowValue(), 1e-6, "the low thumb stays");
    }

    @Test
    void theArrowsMoveTheClickedThumbAndHomeAndEndWidenTheRangeToTheEnds(FxRobot robot) {
        RangeSlider range = robot.lookup("#filter-range").queryAs(RangeSlider.class);
        double span = range.getMax() - range.getMin();
        // A range that starts a tenth in, for Home to take back.
        Fx.interact(() -> range.setLowValue(range.getMin() + span / 10));
        robot.clickOn(range.lookup(".high-thumb"));
        Fx.type(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(span / 50, range.getMax() - range.getHighValue(), 1, "Left after a click on the end thumb moves it");
        var end = ((Region) range.lookup(".high-thumb")).getBackground().getFills();
        var start = ((Region) range.lookup(".low-thumb")).getBackground().getFills();
        // Its face (the last fill) in the ring's colour (the first), the ring round it now apart by a gap.
        assertEquals(end.get(0).getFill(), end.get(end.size() - 1).getFill(),
                "the end thumb, which the keys move, is filled");
        assertTrue(!start.get(0).getFill().equals(start.get(start.size() - 1).getFill()), "the start thumb is not");
        Fx.type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(range.getMin(), range.getLowValue(), 1e-6, "Home: the range starts where the timeline does");
        assertEquals(span / 50, range.getMax() - range.getHighValue(), 1, "and its end stays where it was");
        Fx.type(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(range.getMax(), range.getHighValue(), 1e-6, "End: it ends where the timeline does");
        // With a modifier too, Home leaves the end where it is (ControlsFX's Home, on the release, took it to the start).
        Fx.typeWith(KeyCode.SHIFT, KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(range.getMax(), range.getHighValue(), 1e-6, "Shift+Home leaves the end alone");
        assertTrue(state.result().showsEveryEvent(), "every event passes again");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theKindChoiceShowsDirectQuotesOrReportedSpeech(FxRobot robot) {
        robot.clickOn("#quotes-all");
        ChoiceBox<FilterBarModel.Kind> kinds = robot.lookup("#filter-kind").queryAs(ChoiceBox.class);
        assertEquals("All quotes", kinds.getValue().label());
        Fx.interact(() -> kinds.setValue(FilterBarModel.Kind.REPORTED));
        // In the panel's time order: event after event (the protester's words come before the press conference's).
        List<Quote> reported = inTimeOrder(timeline().quotes().stream().filter(q -> q.kind() == QuoteKind.PARAPHRASE));
        assertTrue(!reported.isEmpty() && reported.size() < 29);
        assertEquals(reported, shownQuotes(robot));
        assertEquals(Set.of(QuoteKind.PARAPHRASE), state.filterProperty().get().kinds());
        Fx.interact(() -> kinds.setValue(FilterBarModel.Kind.DIRECT));
        List<Quote> direct = inTimeOrder(timeline().quotes().stream().filter(q -> q.kind() == QuoteKind.DIRECT));
        assertEquals(direct, shownQuotes(robot));
        // Each choice is drawn whole in the box ("Direct quotes …" at a fixed width).
        for (FilterBarModel.Kind k : FilterBarModel.Kind.values()) {
            Fx.interact(() -> kinds.setValue(k));
            Fx.interact(() -> kinds.getScene().getRoot().layout());
            javafx.scene.text.Text drawn = (javafx.scene.text.Text) kinds.lookup(".label").lookup(".text");
            assertEquals(k.label(), drawn.getText(), "the box shows its choice whole");
        }
        Fx.interact(() -> kinds.setValue(FilterBarModel.Kind.DIRECT));
        assertEquals(29, reported.size() + direct.size());
        robot.clickOn("#clear-filters");
        assertEquals(FilterBarModel.Kind.ALL, kinds.getValue(), "clearing the filters resets the choice");
        assertEquals(29, shownQuotes(robot).size());
    }

    /** The boxes of a filter's pop-up have an edge a reader finds: 3:1 against their inside, in both themes. */
    @Test
    @SuppressWarnings("unchecked")
    void theCheckBoxesOfAFiltersPopUpShowTheirEdgeInBothThemes(FxRobot robot) {
        CheckComboBox<String> speakers = robot.lookup("#filter-speakers").queryAs(CheckComboBox.class);
        for (Theme theme : Theme.values()) {
            Fx.interact(theme::apply);
            Fx.interact(speakers::show);
            WaitForAsyncUtils.waitForFxEvents();
            List<Region> boxes = Window.getWindows().stream()
                    .filter(w -> w instanceof PopupWindow && w.isShowing())
                    .flatMap(w -> w.getScene().getRoot().lookupAll(".check-box").stream())
                    .map(c -> (Region) c.lookup(".box")).toList();
            assertEquals(speakers.getItems().size(), boxes.size(), theme + ": a box a speaker");
            for (Region box : boxes) {
                var fills = box.getBackground().getFills();
                Color edge = (Color) fills.get(0).getFill();
                Color inside = (Color) fills.get(1).getFill();
                assertTrue(Contrast.ratio(edge, inside) >= 3, theme + ": edge " + edge + " on " + inside);
            }
            Fx.interact(speakers::hide);
        }
        Fx.interact(Theme.LIGHT::apply);
    }

    /**
     * Letters typed in an open list go to the option they begin, a surname too, and Space checks it: eighteen actors
     * had to be scrolled and read to find one.
     */
    @Test
    @SuppressWarnings("unchecked")
    void typingInAnOpenListGoesToTheOptionItBeginsAndSpaceChecksIt(FxRobot robot) {
        CheckComboBox<String> actors = robot.lookup("#filter-actors").queryAs(CheckComboBox.class);
        robot.clickOn(actors);
        RenderedPulse.await(robot, actors.getScene());
        ListView<String> list = (ListView<String>) Window.getWindows().stream()
                .filter(w -> w instanceof PopupWindow p && p.isShowing())
                .map(w -> w.getScene().getRoot().lookup(".list-view")).filter(ListView.class::isInstance)
                .findFirst().orElseThrow();
        assertTrue(list.getItems().size() > 10, "more actors than rows: " + list.getItems());
        // Yuri Ushakov, the thirteenth: below the ten rows the list shows. The space goes on with his name's
        // letters; it checks nothing.
        Fx.type(KeyCode.Y, KeyCode.U, KeyCode.R, KeyCode.I, KeyCode.SPACE, KeyCode.U, KeyCode.S);
        assertEquals(List.of(), Fx.interact(() -> List.copyOf(actors.getCheckModel().getCheckedItems())));
        assertEquals("ushakov", Fx.interact(() -> list.getSelectionModel().getSelectedItem()));
        RenderedPulse.await(robot, list.getScene());
        assertTrue(Fx.interact(() -> list.lookupAll(".list-cell").stream()
                .filter(c -> c instanceof ListCell<?> cell && "ushakov".equals(cell.getItem()) && cell.isVisible())
                .map(c -> list.sceneToLocal(c.localToScene(c.getLayoutBounds())))
                .anyMatch(row -> row.getMaxY() <= list.getHeight() + 1 && row.getMinY() >= -1)),
                "the list scrolled to its row, whole");
        Fx.type(KeyCode.SPACE);
        assertEquals(List.of("ushakov"), Fx.interact(() -> List.copyOf(actors.getCheckModel().getCheckedItems())));
        assertTrue(actors.getTitle().contains("1/"), "the filter acts: " + actors.getTitle());
        // Space checked, and is no letter: what is typed next begins anew, however soon.
        Fx.type(KeyCode.P, KeyCode.U);
        assertEquals("putin", Fx.interact(() -> list.getSelectionModel().getSelectedItem()));
        assertEquals(List.of("ushakov"), Fx.interact(() -> List.copyOf(actors.getCheckModel().getCheckedItems())));
        Fx.type(KeyCode.ESCAPE);
        assertFalse(Fx.interact(list.getScene().getWindow()::isShowing), "Escape closes the list");
    }
}
