package org.summittimeline.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Predicate;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.kordamp.ikonli.javafx.FontIcon;
import org.summittimeline.app.FileDocuments;
import org.summittimeline.format.SyntheticTimeline;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.model.Event;
import org.summittimeline.model.Quote;
import org.summittimeline.query.TimeText;
import org.summittimeline.query.TimelineQuery;
import org.summittimeline.ui.AppState;
import org.summittimeline.ui.BackgroundWork;
import org.summittimeline.ui.Contrast;
import org.summittimeline.ui.DialogButtons;
import org.summittimeline.ui.Fx;
import org.summittimeline.ui.RenderedPulse;
import org.summittimeline.ui.Settings;
import org.summittimeline.ui.Texts;
import org.summittimeline.ui.TestStage;
import org.summittimeline.ui.Theme;
import org.summittimeline.ui.timeline.TimelineView;
import org.summittimeline.ui.timeline.layout.LaneMode;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The defects a new user met in the window, each as the user met it, and the menu bar. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 90, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class WindowDefectsTest {
    private MainWindow window;
    private AppState state;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Theme.LIGHT.apply();
        window = new MainWindow(new FileDocuments(new TimelineLoader()), BackgroundWork.sameThread(),
                Settings.inMemory(), url -> { });
        state = window.state();
        TestStage.show(stage, window);
        window.openBundled();
    }

    @AfterEach
    void closeWindows(FxRobot robot) throws TimeoutException {
        Fx.interact(Theme.LIGHT::apply);
        FxToolkit.cleanupStages();
    }

    /** A second window, made in German, 1280 by 720, on the bundled timeline at type {@code scale}, laid out. */
    private static MainWindow germanWindow(FxRobot robot, double scale) {
        MainWindow[] german = new MainWindow[1];
        Fx.interact(() -> {
            Texts.use(java.util.Locale.GERMAN);
            try {
                german[0] = new MainWindow(new FileDocuments(new TimelineLoader()), BackgroundWork.sameThread(),
                        Settings.inMemory(), url -> { });
                Stage second = new Stage();
                second.setScene(new Scene(german[0], 1280, 720));
                second.show();
                german[0].openBundled();
                german[0].state().fontScaleProperty().set(scale);
            } finally {
                Texts.use(java.util.Locale.ENGLISH);
            }
        });
        RenderedPulse.await(robot, german[0].getScene());
        return german[0];
    }

    private void settle(FxRobot robot) {
        RenderedPulse.await(robot, window.getScene());
    }

    private void select(FxRobot robot, String eventId) {
        Fx.interact(() -> state.selectedEventProperty().set(state.query().timeline().event(eventId).orElseThrow()));
        settle(robot);
    }

    private String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private Path corpus(String name) throws URISyntaxException {
        return Path.of(getClass().getResource("/corpus/" + name).toURI());
    }

    private static Color solid(Paint paint, Theme theme) {
        Color c = (Color) paint;
        return c.getOpacity() < 1 ? Contrast.over(c, theme == Theme.DARK ? Color.web("#0d1117") : Color.WHITE) : c;
    }

    @Test
    void theStatusLineCountsManyFiltersAndNamesThemOnHovering(FxRobot robot) {
        Fx.interact(() -> state.filterProperty().set(state.filterProperty().get().withActors(
                state.query().eventActors().stream().collect(java.util.stream.Collectors.toSet()))));
        settle(robot);
        Label counts = robot.lookup("#counts").queryAs(Label.class);
        // Eighteen names have no room in the line: it counts the filter, and its tooltip names them.
        assertTrue(counts.getText().endsWith("\u2014 " + Texts.format("window.status.filterCount", 1)),
                "the filter is counted: " + counts.getText());
        assertNotNull(counts.getTooltip(), "a line that may be cut has a tooltip");
        String tip = counts.getTooltip().getText();
        assertTrue(tip.startsWith(counts.getText().substring(0, counts.getText().indexOf('\u2014')))
                && tip.contains("events by actor: Donald Trump, ") && tip.endsWith("Finnish security"), tip);
    }

    @Test
    void aFilesWarningsAreShownUnderAWarningSignEachApartWithTheFilesOwnName(FxRobot robot) {
        String file = java.nio.file.Path.of("/home", "reader", "timelines", "summit.json").toString();
        org.summittimeline.format.LoadResult result = new org.summittimeline.format.LoadResult(file, state.query()
                .timeline(), List.of(
                new org.summittimeline.format.Problem(org.summittimeline.format.Severity.WARNING, 3, 5, "events[0]",
                        "unknown field \"colour\""),
                new org.summittimeline.format.Problem(org.summittimeline.format.Severity.WARNING, 9, 7, "events[1]",
                        "unknown field \"colour\"")));
        javafx.scene.control.Alert[] alert = new javafx.scene.control.Alert[1];
        Fx.interact(() -> alert[0] = StatusLine.warnings(result));
        assertEquals(javafx.scene.control.Alert.AlertType.WARNING, alert[0].getAlertType());
        assertTrue(alert[0].getHeaderText().contains(file), "the header names the file's path");
        String[] paragraphs = alert[0].getContentText().split("\n\n");
        assertEquals(2, paragraphs.length, alert[0].getContentText());
        assertTrue(paragraphs[0].startsWith("summit.json:3:5: "), paragraphs[0]);
        assertFalse(alert[0].getContentText().contains("timelines"), "no line repeats the path");
    }

    /** A timeline large enough for the search to wait for a pause in typing, shown; its search box, focused. */
    private TextField largeTimelinesSearch(FxRobot robot) {
        var large = org.summittimeline.format.GeneratedTimelines.loaded(ShellToolbar.LARGE_TIMELINE / 2, 7);
        Fx.interact(() -> state.queryProperty().set(new org.summittimeline.query.TimelineQuery(large.timeline())));
        TextField search = robot.lookup("#search").queryAs(TextField.class);
        Fx.interact(search::requestFocus);
        return search;
    }

    @Test
    void keysTypedIntoALargeTimelinesSearchStayWhenAFilterFromBeforeThemArrives(FxRobot robot) throws Exception {
        TextField search = largeTimelinesSearch(robot);
        Fx.interact(() -> {
            search.replaceText(0, search.getLength(), "t");
            search.end();
            search.replaceText(1, 1, "a");
            // As when the whole file replaces its events shown first: their filter, from before the "a".
            state.filterProperty().set(state.filterProperty().get().withSearch("t"));
        });
        assertEquals("ta", search.getText());
        assertEquals(2, search.getCaretPosition(), "typing goes on at the end");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "ta".equals(state.filterProperty().get().search()));
    }

    @Test
    void aLargeTimelinesSearchStaysWhenANewTimelineBringsTheSameFilterBack(FxRobot robot) throws Exception {
        TextField search = largeTimelinesSearch(robot);
        var large = state.query().timeline();
        Fx.interact(() -> search.replaceText(0, search.getLength(), "talks"));
        // Typing paused: the search is made.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> "talks".equals(state.filterProperty().get().search()));
        // As the whole file after its events shown first: a new timeline (its filter empty for a moment), then the
        // reader's filter put back. The box went empty, and its pause then searched nothing.
        Fx.interact(() -> {
            var kept = state.filterProperty().get();
            state.queryProperty().set(new org.summittimeline.query.TimelineQuery(large));
            state.filterProperty().set(kept);
        });
        assertEquals("talks", search.getText());
        Fx.interact(() -> search.replaceText(search.getLength(), search.getLength(), "!"));
        // The next search is the box's text, made after the typing's pause, not an empty one made before it.
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !"talks".equals(state.filterProperty().get().search()));
        assertEquals("talks!", state.filterProperty().get().search());
    }

    @Test
    void everyFilterBoxShowsItsCaptionWholeWithNoneAndWithAllChosen(FxRobot robot) {
        // Twenty speakers and actors, as in a generated file: at a fixed width their count was cut ("Speakers (0/…").
        var loaded = org.summittimeline.format.GeneratedTimelines.loaded(500, 7);
        Fx.interact(() -> state.queryProperty().set(new org.summittimeline.query.TimelineQuery(loaded.timeline())));
        for (boolean all : new boolean[] {false, true}) {
            for (String id : List.of("#filter-speakers", "#filter-actors", "#filter-topics", "#filter-categories")) {
                CheckComboBox<?> box = robot.lookup(id).queryAs(CheckComboBox.class);
                if (all) {
                    Fx.interact(() -> box.getCheckModel().checkAll());
                }
                settle(robot);
                javafx.scene.control.ComboBox<?> drawn = (javafx.scene.control.ComboBox<?>) box.getChildrenUnmodifiable()
                        .stream().filter(n -> n instanceof javafx.scene.control.ComboBox).findFirst().orElseThrow();
                Text shown = (Text) drawn.getButtonCell().lookup(".text");
                assertEquals(box.getTitle(), shown.getText(), id + (all ? ", all chosen" : ", none chosen"));
            }
        }
    }

    /** In German, where "alle" is wider than "4/4", the caption with none chosen is whole too ("Sprecher: a…"). */
    @Test
    void theGermanCaptionsWithNoneChosenAreWhole(FxRobot robot) {
        MainWindow german = germanWindow(robot, 1.0);
        Fx.interact(() -> {
            for (String id : List.of("#filter-speakers", "#filter-actors", "#filter-topics", "#filter-categories")) {
                CheckComboBox<?> box = (CheckComboBox<?>) german.lookup(id);
                javafx.scene.control.ComboBox<?> drawn = (javafx.scene.control.ComboBox<?>) box.getChildrenUnmodifiable()
                        .stream().filter(n -> n instanceof javafx.scene.control.ComboBox).findFirst().orElseThrow();
                Text shown = (Text) drawn.getButtonCell().lookup(".text");
                assertTrue(box.getTitle().endsWith(": alle"), box.getTitle());
                assertEquals(box.getTitle(), shown.getText(), id);
            }
        });
    }

    /** A card the search does not match is set back, and still read: every text at 4.5:1 or more, as it looks. */
    @Test
    void aDimmedQuoteCardKeepsItsTextReadableInBothThemes(FxRobot robot) {
        for (Theme theme : Theme.values()) {
            Fx.interact(theme::apply);
            robot.clickOn("#quotes-all");
            Fx.interact(() -> state.search("nonsense"));
            settle(robot);
            ListCell<?> cell = robot.lookup(".quote-cell").queryAllAs(ListCell.class).stream()
                    .filter(c -> c.isVisible() && c.getStyleClass().contains("dimmed")).findFirst().orElseThrow();
            Color background = solid(cell.getBackground().getFills().get(cell.getBackground().getFills().size() - 1).getFill(),
                    theme);
            List<Labeled> texts = cell.lookupAll("*").stream().filter(n -> n instanceof Labeled l && n != cell
                    && shownIn(n, cell) && l.getText() != null && !l.getText().isBlank()).map(n -> (Labeled) n).toList();
            for (Labeled text : texts) {
                Color behind = text.getBackground() == null || text.getBackground().getFills().isEmpty() ? background
                        : Contrast.over((Color) text.getBackground().getFills().get(0).getFill(), background);
                // Seen through every opacity between the text and the card.
                double opacity = 1;
                for (Node at = text; at != cell; at = at.getParent()) {
                    opacity *= at.getOpacity();
                }
                Color fill = (Color) text.getTextFill();
                Color seen = Contrast.over(Color.color(fill.getRed(), fill.getGreen(), fill.getBlue(),
                        fill.getOpacity() * opacity), behind);
                assertTrue(Contrast.ratio(seen, behind) >= 4.5,
                        theme + ": \"" + text.getText() + "\" in " + seen + " on " + behind);
            }
            assertTrue(texts.size() >= 3, "the card's texts were found: " + texts.stream().map(Labeled::getText).toList());
        }
    }

    /**
     * The chosen lesson step's notes stay readable in both themes: in the dark one the theme's grey row under the
     * muted notes gave 4.0:1; the step list now marks its choice as the events list does.
     */
    @Test
    void theChosenLessonStepsNotesKeepTheirContrastInBothThemes(FxRobot robot) {
        Fx.interact(() -> window.lesson().model().add(state.query().timeline().events().get(0), List.of(),
                "Ask: who arrived first?"));
        robot.clickOn("#tab-lesson .tab-label");
        for (Theme theme : Theme.values()) {
            Fx.interact(theme::apply);
            Fx.interact(() -> robot.lookup("#lesson-steps").queryListView().getSelectionModel().select(0));
            settle(robot);
            ListCell<?> cell = robot.lookup("#lesson-steps .list-cell").queryAllAs(ListCell.class).stream()
                    .filter(c -> c.isSelected()).findFirst().orElseThrow();
            Color background = solid(cell.getBackground().getFills().get(cell.getBackground().getFills().size() - 1)
                    .getFill(), theme);
            Labeled notes = (Labeled) cell.lookup(".lesson-step-notes");
            assertEquals("Ask: who arrived first?", notes.getText());
            assertTrue(Contrast.ratio((Color) notes.getTextFill(), background) >= 4.5,
                    theme + ": " + notes.getTextFill() + " on " + background);
        }
        Fx.interact(Theme.LIGHT::apply);
    }

    private static boolean shownIn(Node n, Node upTo) {
        for (Node at = n; at != null && at != upTo; at = at.getParent()) {
            if (!at.isVisible() || !at.isManaged()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void aSelectedQuoteCardKeepsItsTextReadableInBothThemes(FxRobot robot) {
        for (Theme theme : Theme.values()) {
            Fx.interact(theme::apply);
            robot.clickOn("#quotes-all");
            Quote denial = state.query().timeline().quote("putin-denial").orElseThrow();
            Fx.interact(() -> state.selectedQuoteProperty().set(denial));
            settle(robot);
            ListCell<?> cell = robot.lookup(".quote-cell").queryAllAs(ListCell.class).stream()
                    .filter(c -> c.isSelected() && c.getItem() == denial).findFirst().orElseThrow();
            Color background = solid(cell.getBackground().getFills().get(cell.getBackground().getFills().size() - 1).getFill(),
                    theme);
            // Every text of the card: the quote, and the speaker, the source and the notes around it.
            List<Labeled> texts = cell.lookupAll("*").stream().filter(n -> n instanceof Labeled l && n != cell
                    && n.isVisible() && l.getText() != null && !l.getText().isBlank()).map(n -> (Labeled) n).toList();
            for (Labeled text : texts) {
                Color fill = solid(text.getTextFill(), theme);
                assertTrue(Contrast.ratio(fill, background) >= 4.5,
                        theme + ": \"" + text.getText() + "\" in " + fill + " on " + background);
            }
            assertTrue(texts.size() >= 3, "the card's texts were found: " + texts.stream().map(Labeled::getText).toList());
            assertFalse(cell.lookupAll(".quote-text").isEmpty());
            // A topic chip is a pill of its own colour, not lost in the card's tint.
            List<Node> chips = cell.lookupAll(".chip").stream().filter(n -> shownIn(n, cell)).toList();
            assertFalse(chips.isEmpty(), "the denial has a topic");
            for (Node chip : chips) {
                Color pill = solid(((Labeled) chip).getBackground().getFills().get(0).getFill(), theme);
                assertTrue(Contrast.ratio(pill, background) > 1.05, theme + ": a chip in " + pill + " on " + background);
            }
        }
    }

    @Test
    void theHeadingSaysWhatIsShownAndThisEventIsLitOnlyWithASelection(FxRobot robot) {
        assertEquals("All 29 quotes", text(robot, "#quotes-heading"));
        ToggleButton thisEvent = robot.lookup("#quotes-this-event").queryAs(ToggleButton.class);
        assertFalse(thisEvent.isSelected(), "no event is selected, so the panel does not show one event's quotes");
        assertTrue(thisEvent.isDisabled());
        select(robot, "press-conference");
        assertTrue(thisEvent.isSelected());
        int n = robot.lookup("#quotes").queryListView().getItems().size();
        assertEquals(n + " quotes of \u201cJoint press conference\u201d", text(robot, "#quotes-heading"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anotherFileBringsItsOwnFiltersAndZonesFollowAtOnce(FxRobot robot) throws URISyntaxException {
        Path minimal = corpus("valid-minimal.json");
        Fx.interact(() -> window.open(minimal));
        CheckComboBox<String> topics = robot.lookup("#filter-topics").queryAs(CheckComboBox.class);
        assertEquals("Topics", topics.getTitle());
        assertEquals("Speakers: all", robot.lookup("#filter-speakers").queryAs(CheckComboBox.class).getTitle());
        Fx.interact(window::openBundled);
        String before = text(robot, "#range-label");
        Fx.interact(() -> state.zoneProperty().set(ZoneId.of("UTC")));
        assertFalse(before.equals(text(robot, "#range-label")), "the range label follows the zone at once");
        Menu zones = menu(robot, "menu-zone");
        Menu second = menu(robot, "menu-second-zone");
        assertEquals(1, zones.getItems().stream().filter(i -> i.getText().equals("UTC")).count());
        // (The second axis's list ends with a separator, which has no text, and Other Zone….)
        assertTrue(second.getItems().stream().anyMatch(i -> "Helsinki (timeline's zone)".equals(i.getText())),
                "with the axis in UTC, the second axis offers Helsinki");
        assertFalse(second.getItems().stream().anyMatch(i -> "UTC".equals(i.getText())));
    }

    @Test
    @SuppressWarnings("unchecked")
    void anActorKeepsEveryEventHeTookPartInAndEmptyLanesGo(FxRobot robot) {
        Fx.interact(() -> state.laneModeProperty().set(LaneMode.ACTOR));
        CheckComboBox<String> actors = robot.lookup("#filter-actors").queryAs(CheckComboBox.class);
        Fx.interact(() -> actors.getCheckModel().check("putin"));
        settle(robot);
        long putin = state.query().timeline().events().stream().filter(e -> e.actorIds().contains("putin")).count();
        assertEquals(putin, state.result().shownEventCount());
        assertTrue(putin > 3);
        TimelineView view = window.timelineView();
        List<String> lanes = view.currentLayout().lanes().stream().map(l -> l.lane().id()).toList();
        assertTrue(lanes.contains("putin"));
        for (String id : lanes) {
            assertTrue(hasEventOf(id), "lane " + id + " holds a shown event");
        }
        assertTrue(lanes.size() < state.query().eventActors().size(), "lanes of actors with no shown event are gone");
        assertTrue(text(robot, "#counts").endsWith("\u2014 events by actor: Vladimir Putin"), text(robot, "#counts"));
    }

    private boolean hasEventOf(String actor) {
        return state.result().shownEvents().stream().anyMatch(e -> e.actorIds().contains(actor));
    }

    @Test
    @SuppressWarnings("unchecked")
    void clearingTheFiltersResetsEveryCaptionAndTheStatusLine(FxRobot robot) {
        CheckComboBox<String> actors = robot.lookup("#filter-actors").queryAs(CheckComboBox.class);
        CheckComboBox<String> topics = robot.lookup("#filter-topics").queryAs(CheckComboBox.class);
        Fx.interact(() -> actors.getCheckModel().check("trump"));
        Fx.interact(() -> topics.getCheckModel().check("collusion"));
        settle(robot);
        assertTrue(actors.getTitle().startsWith("Actors: 1/"), actors.getTitle());
        assertTrue(text(robot, "#counts").contains("events by actor: Donald Trump"), text(robot, "#counts"));
        robot.clickOn("#clear-filters");
        settle(robot);
        assertEquals("Actors: all", actors.getTitle());
        assertEquals("Topics: all", topics.getTitle());
        assertEquals(List.of(), actors.getCheckModel().getCheckedItems());
        assertEquals("12 of 12 events \u00b7 29 of 29 quotes", text(robot, "#counts"));
    }

    @Test
    void reloadKeepsTheSelectionAndTheView(FxRobot robot) {
        select(robot, "press-conference");
        TimelineView view = window.timelineView();
        Fx.interact(() -> {
            view.zoomIn();
            view.zoomIn();
        });
        settle(robot);
        double start = view.viewport().start();
        double spp = view.viewport().secondsPerPixel();
        Fx.interact(window::reload);
        settle(robot);
        assertEquals("press-conference", state.selectedEvent().id());
        assertEquals(spp, view.viewport().secondsPerPixel(), 1e-9);
        assertEquals(start, view.viewport().start(), 1);
    }

    @Test
    void ctrlCWithAnEventSelectedCopiesTheEvent(FxRobot robot) {
        select(robot, "press-conference");
        Fx.interact(() -> window.timelineView().requestFocus());
        Fx.typeWith(KeyCode.CONTROL, KeyCode.C);
        WaitForAsyncUtils.waitForFxEvents();
        String[] copied = new String[1];
        Fx.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertNotNull(copied[0]);
        assertTrue(copied[0].startsWith("Joint press conference, \u2248 16 Jul 18:05"), copied[0]);
        assertTrue(copied[0].contains("Associated Press"), copied[0]);
    }

    @Test
    void aBrokenFileCountsItsErrorsRightLetsTheirPlacesBeCopiedAndDisablesWhatNeedsATimeline(FxRobot robot,
            @org.junit.jupiter.api.io.TempDir Path dir) throws URISyntaxException, TimeoutException, IOException {
        Path broken = corpus("single-quotes.json");
        // The first file opened fails: no timeline was on screen before it, so its problems fill the window.
        window = new MainWindow(new FileDocuments(new TimelineLoader()), BackgroundWork.sameThread(),
                Settings.inMemory(), url -> { });
        Fx.interact(() -> {
            stage.setScene(new Scene(window, 1280, 720));
            window.open(broken);
        });
        assertTrue(text(robot, "#problems-explanation").contains("single-quotes.json has 1 error. Correct it "),
                text(robot, "#problems-explanation"));
        // The rules are a button away: the format's description, in its own window.
        robot.clickOn("#problems-format-guide");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#format-guide-contents").tryQuery().isPresent());
        Fx.interact(() -> robot.lookup("#format-guide-close").queryButton().fire());
        assertEquals("1 error", text(robot, "#counts"));
        // Warnings are counted beside the errors, as the explanation above the problems counts them.
        Path mixed = dir.resolve("mixed.json");
        Files.writeString(mixed, "{\"formatVersion\": 1, \"title\": \"T\", \"timeZone\": \"UTC\", \"colr\": 1,\n"
                + " \"events\": [{\"id\": \"e1\", \"title\": \"E\", \"category\": \"none\", \"start\": \"2018-07-16T14:07Z\"}]}");
        Fx.interact(() -> window.open(mixed));
        assertEquals("1 error \u00b7 2 warnings", text(robot, "#counts"));
        Fx.interact(() -> window.open(broken));
        ListView<?> problems = robot.lookup("#problems").queryListView();
        robot.clickOn(robot.lookup("#problems .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() != null).findFirst().orElseThrow());
        String[] copied = new String[1];
        Fx.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertTrue(copied[0].endsWith("single-quotes.json:3:3"), copied[0]);
        assertEquals(1, problems.getItems().size());
        assertTrue(robot.lookup("#export").queryAs(Button.class).isDisabled());
        assertTrue(robot.lookup("#present").queryAs(Button.class).isDisabled());
        assertTrue(menuItem(robot, "menu-export").isDisable());
        assertFalse(menuItem(robot, "menu-open").isDisable());
        Fx.interact(() -> window.present());
        assertFalse(window.presentation().isRunning(), "F5 does not present a file that failed");
    }

    @Test
    void atTheLargestTypeAFailedFilesProblemsStayBelowTheTimeline(FxRobot robot) throws URISyntaxException {
        larger(robot, 8);
        Path broken = corpus("single-quotes.json");
        Fx.interact(() -> window.open(broken));
        settle(robot);
        settle(robot);
        // Their heading and words alone were taller than their part of the window: the split had drawn them over
        // the menu bar and the toolbar, the buttons and the list out of sight (a new user's walk). They scroll.
        Fx.interact(() -> {
            javafx.scene.control.SplitPane split = (javafx.scene.control.SplitPane) window.lookup("#problems-beside");
            Node above = split.getItems().get(0);
            Bounds kept = above.localToScene(above.getLayoutBounds());
            Node heading = window.lookup("#problems-heading");
            // Their page stands under the timeline's part and clips them: it opens on the first problem, the heading
            // a scroll above (drawn only inside the page).
            Node page = split.getItems().get(1);
            Bounds paged = page.localToScene(page.getLayoutBounds());
            assertTrue(page instanceof javafx.scene.control.ScrollPane && paged.getMinY() >= kept.getMaxY() - 0.5,
                    "the problems' page at " + paged + " under " + kept);
            Node up = heading;
            while (up != null && up != page) {
                up = up.getParent();
            }
            assertTrue(up == page, "the heading is in the page");
            Node timeline = window.timelineView();
            assertTrue(timeline.localToScene(timeline.getLayoutBounds()).getHeight() > 100, "the timeline stays");
            // The heading grows with the type, as the words under it do (it had stayed at 16 px).
            assertEquals(16 * 2.14, ((Label) heading).getFont().getSize(), 1);
        });
        Fx.interact(() -> state.fontScaleProperty().set(1.0));
    }

    @Test
    void theEventsListShowsTheSelectionWhenOpenedAndTellsTimeFromTitle(FxRobot robot) {
        select(robot, "protester-removed");
        robot.clickOn("#tab-events .tab-label");
        settle(robot);
        ListView<Event> list = robot.lookup("#event-list").queryListView();
        assertEquals("protester-removed", list.getSelectionModel().getSelectedItem().id());
        ListCell<?> cell = robot.lookup("#event-list .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() != null).findFirst().orElseThrow();
        Label time = (Label) cell.lookup(".event-time");
        Label title = (Label) cell.lookup(".event-title");
        assertTrue(time.getFont().getSize() < title.getFont().getSize(), time.getFont() + " vs " + title.getFont());
        // An event with an end is told from its start to its end: the start's window alone read as its length.
        ListCell<?> conference = robot.lookup("#event-list .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() instanceof Event e && e.id().equals("press-conference")).findFirst()
                .orElseThrow();
        Event pressConference = (Event) conference.getItem();
        TimeText times = new TimeText(state.zoneProperty().get());
        // Each bound's zone is held to its clock time (a wrap had left "EEST" alone on a line), its "≈" to its date.
        List<String> held = List.of(pressConference.start(), pressConference.end()).stream().map(times::bounds)
                .map(b -> b.replaceFirst(" (\\S+)$", "\u00a0$1").replace("\u2248 ", "\u2248\u00a0")).toList();
        // The end on the start's day, without the day again.
        assertEquals(held.get(0) + " to " + held.get(1).replace("16 Jul ", ""),
                ((Label) conference.lookup(".event-time")).getText());
        // The chosen row is tinted with the accent's bar, its time and title still read at 4.5:1, in both themes.
        for (Theme theme : Theme.values()) {
            Fx.interact(theme::apply);
            settle(robot);
            ListCell<?> chosen = robot.lookup("#event-list .list-cell").queryAllAs(ListCell.class).stream()
                    .filter(c -> c.isSelected() && c.getItem() != null).findFirst().orElseThrow();
            var fills = chosen.getBackground().getFills();
            Color background = solid(fills.get(fills.size() - 1).getFill(), theme);
            assertTrue(Contrast.ratio(background, solid(theme == Theme.DARK ? Color.web("#0d1117") : Color.WHITE, theme))
                    > 1.05, theme + ": the chosen row is tinted: " + background);
            Color bar = (Color) chosen.getBorder().getStrokes().get(0).getLeftStroke();
            assertTrue(bar.getOpacity() > 0.5 && chosen.getBorder().getStrokes().get(0).getWidths().getLeft() >= 4,
                    theme + ": the chosen row has the accent's bar at its left: " + bar);
            for (String part : List.of(".event-time", ".event-title")) {
                Label label = (Label) chosen.lookup(part);
                Color fill = solid(label.getTextFill(), theme);
                assertTrue(Contrast.ratio(fill, background) >= 4.5, theme + ": " + part + " in " + fill + " on " + background);
            }
        }
    }

    @Test
    void aStatedDurationComesFirstWithItsSource(FxRobot robot) {
        select(robot, "press-conference");
        String duration = text(robot, "#details-duration");
        assertTrue(duration.startsWith("Duration: \u201c46 min\u201d, per "), duration);
        // The end is 46 min after the start, whichever account of the disputed start is right: no range of 16 to
        // 55 min beside it, which the bounds of start and end taken apart gave.
        assertFalse(duration.contains("between") || duration.contains("16 min"), duration);
    }

    @Test
    void theSearchFieldsHintIsWholeAndTheCountDoesNotShiftTheToolbar(FxRobot robot) {
        TextField search = robot.lookup("#search").queryAs(TextField.class);
        Text measure = new Text(search.getPromptText());
        measure.setFont(search.getFont());
        assertTrue(measure.getLayoutBounds().getWidth() < search.getWidth() - 16,
                measure.getLayoutBounds().getWidth() + " in " + search.getWidth());
        Node zoomIn = robot.lookup("#zoom-in").query();
        Bounds before = zoomIn.localToScene(zoomIn.getBoundsInLocal());
        robot.clickOn(search).write("nonsense");
        settle(robot);
        assertEquals("1 event \u00b7 1 quote", text(robot, "#matches"));
        Bounds after = zoomIn.localToScene(zoomIn.getBoundsInLocal());
        assertEquals(before.getMinX(), after.getMinX(), 0.5);
        ToolBar bar = (ToolBar) search.getParent().getParent();
        assertFalse(bar.lookupAll(".tool-bar-overflow-button").stream().anyMatch(Node::isVisible),
                "everything fits at 1280 pixels");
    }

    @Test
    void theMatchCountOfALargeFileIsDrawnWhole(FxRobot robot, @TempDir Path dir) throws IOException, TimeoutException {
        Path file = dir.resolve("generated.json");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            new SyntheticTimeline(3_000, 7, false).write(out);
        }
        TimelineQuery bundled = state.query();
        Fx.interact(() -> window.open(file));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> state.query() != bundled
                && state.query().timeline().events().size() == 3_000);
        settle(robot);
        Node zoomIn = robot.lookup("#zoom-in").query();
        Bounds before = zoomIn.localToScene(zoomIn.getBoundsInLocal());
        robot.clickOn("#search").write("the");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text(robot, "#matches").contains("quotes"));
        settle(robot);
        Label matches = robot.lookup("#matches").queryAs(Label.class);
        Fx.interact(() -> {
            Text drawn = (Text) matches.lookup(".text");
            assertEquals(matches.getText(), drawn.getText(), "the count of events and quotes whole");
            assertTrue(matches.getText().matches("[\\d,]+ events \u00b7 [\\d,]+ quotes"), matches.getText());
        });
        Bounds after = zoomIn.localToScene(zoomIn.getBoundsInLocal());
        assertEquals(before.getMinX(), after.getMinX(), 0.5, "the toolbar does not shift as the count comes");
        // The count stands inside the search box, at its right end: no blank room is kept beside the box for it.
        Fx.interact(() -> {
            Node search = robot.lookup("#search").query();
            Bounds box = search.localToScene(search.getBoundsInLocal());
            Bounds count = matches.localToScene(matches.getBoundsInLocal());
            assertTrue(count.getMinX() >= box.getMinX() && count.getMaxX() <= box.getMaxX() + 0.5,
                    "the count " + count + " in the box " + box);
            Text typed = search.lookupAll(".text").stream().filter(n -> n instanceof Text t && "the".equals(t.getText()))
                    .map(Text.class::cast).findFirst().orElseThrow(() -> new AssertionError("the typing is not drawn"));
            Bounds typedAt = typed.localToScene(typed.getBoundsInLocal());
            assertTrue(typedAt.getMaxX() <= count.getMinX(), "the typing left of the count");
        });
    }

    @Test
    void everyMenuCommandShowsItsKeyAndDoesWhatItSays(FxRobot robot) {
        for (String id : List.of("menu-open", "menu-reload", "menu-export", "menu-quit", "menu-copy", "menu-copy-cited",
                "menu-find", "menu-fit", "menu-zoom-in", "menu-zoom-out", "menu-previous", "menu-next", "menu-first",
                "menu-last", "menu-present", "menu-present-current", "menu-presenter-view", "menu-larger",
                "menu-smaller", "menu-reset-size", "menu-shortcuts")) {
            assertNotNull(menuItem(robot, id).getAccelerator(), id + " shows its key");
        }
        // With nothing selected, copying says what it needs (it had done nothing and said nothing).
        assertFalse(menuItem(robot, "menu-copy-cited").isDisable());
        Fx.interact(() -> menuItem(robot, "menu-copy-cited").fire());
        assertEquals(Texts.get("window.copy.selectFirst"), robot.lookup("#status").queryAs(StatusBar.class).getText());
        Fx.interact(() -> window.timelineView().requestFocus());
        Fx.interact(() -> menuItem(robot, "menu-next").fire());
        assertEquals("air-force-one-lands", state.selectedEvent().id());
        Fx.interact(() -> menuItem(robot, "menu-copy-cited").fire());
        assertTrue(robot.lookup("#status").queryAs(StatusBar.class).getText().contains("Air Force One"),
                "the copy says what it copied: " + robot.lookup("#status").queryAs(StatusBar.class).getText());
        Fx.interact(() -> menuItem(robot, "menu-last").fire());
        assertEquals("would-wouldnt", state.selectedEvent().id());
        Fx.interact(() -> menuItem(robot, "menu-lanes-actor").fire());
        assertEquals(LaneMode.ACTOR, state.laneModeProperty().get());
        double scale = state.fontScaleProperty().get();
        Menu size = (Menu) MenuItems.find(menuBar(robot).getMenus(), "menubar-text-size");
        assertEquals("_Text Size (100 %)", size.getText(), "the menu says the size chosen");
        Fx.interact(() -> menuItem(robot, "menu-larger").fire());
        assertTrue(state.fontScaleProperty().get() > scale);
        assertEquals("_Text Size (" + Math.round(state.fontScaleProperty().get() * 100) + " %)", size.getText());
        Fx.interact(() -> menuItem(robot, "menu-reset-size").fire());
        assertEquals(1.0, state.fontScaleProperty().get());
        assertEquals("_Text Size (100 %)", size.getText());
    }

    /**
     * The side panel's three tabs keep their names whole at 215 % type in a window 1280 wide (eight presses of
     * Ctrl+plus): with the theme's padding, Lesson was cut to "Les…" and moved behind the tab list's menu.
     */
    @Test
    void theSidePanelsTabsStayWholeAtLargeType(FxRobot robot) {
        larger(robot, 8);
        assertEquals(2.14, state.fontScaleProperty().get(), 0.01);
        Fx.interact(this::assertSideTabsWhole);
        // The Lesson tab's buttons and words, drawn whole: in one row its buttons had read "Add to l...", "Re...".
        Fx.interact(() -> ((javafx.scene.control.TabPane) window.lookup("#tab-events").getParent().getParent()
                .getParent()).getSelectionModel().select(2));
        settle(robot);
        List<String> cut = new ArrayList<>();
        Fx.interact(() -> {
            List<Node> all = new ArrayList<>(List.of(window.lookup("#lesson-panel")));
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i) instanceof javafx.scene.Parent p) {
                    all.addAll(p.getChildrenUnmodifiable());
                }
            }
            assertTrue(all.stream().filter(n -> n instanceof javafx.scene.control.Button).count() >= 9, "the buttons");
            // The empty list's hint too: the list keeps room for a few rows (it had one line's height here).
            for (Node n : all) {
                if (n instanceof Labeled l && l.isVisible() && !l.getText().isEmpty()
                        && l.lookup(".text") instanceof javafx.scene.text.Text drawn
                        && !drawn.getText().replace("\n", " ").equals(l.getText().replace("\n", " "))) {
                    cut.add(l.getText() + " drawn as " + drawn.getText());
                }
            }
        });
        assertEquals(List.of(), cut);
        // The last row of buttons, under the status bar at this size, is reached by scrolling the tab.
        Fx.interact(() -> {
            Node panel = window.lookup("#lesson-panel");
            Node up = panel.getParent();
            while (up != null && !(up instanceof javafx.scene.control.ScrollPane)) {
                up = up.getParent();
            }
            assertTrue(up != null, "the Lesson tab scrolls");
            javafx.scene.control.ScrollPane scroller = (javafx.scene.control.ScrollPane) up;
            scroller.setVvalue(scroller.getVmax());
            scroller.layout();
            Node print = panel.lookup("#lesson-print");
            javafx.geometry.Bounds seen = scroller.localToScene(scroller.getLayoutBounds());
            javafx.geometry.Bounds at = print.localToScene(print.getLayoutBounds());
            assertTrue(at.getMaxY() <= seen.getMaxY() + 1, "Print at " + at + " in " + seen);
        });
        Fx.interact(() -> state.fontScaleProperty().set(1.0));
    }

    @Test
    void largerTypeCutsNoToolbarTextAndWhatDoesNotFitGoesIntoTheOverflow(FxRobot robot) {
        larger(robot, 3);
        assertEquals(1280, window.getScene().getWidth(), 1);
        List<String> whole = new ArrayList<>();
        Fx.interact(() -> {
            for (String id : List.of("#open", "#present", "#zone", "#lanes")) {
                Node shown = window.lookup(id);
                // Moved into the toolbar's overflow (»), it is not drawn in the bar: nothing of it is cut there.
                if (shown == null || shown.getScene() == null || !shown.isVisible()
                        || !(shown.lookup(".text") instanceof javafx.scene.text.Text drawn)) {
                    continue;
                }
                String text = shown instanceof Labeled l ? l.getText() : ((Labeled) shown.lookup(".label")).getText();
                assertEquals(text, drawn.getText(), id + " is drawn whole");
                whole.add(id);
            }
        });
        assertTrue(whole.containsAll(List.of("#open", "#present")), "in the bar: " + whole);
        // Present, export and the theme keep their place at the row's end, whole, while the choices before them
        // go into the overflow: at a class's large type Present had been the first thing the overflow took.
        Fx.interact(() -> {
            for (String id : List.of("#present", "#export", "#dark")) {
                Node end = window.lookup(id);
                assertTrue(end.getScene() == window.getScene() && end.isVisible(), id + " is in the window");
                Bounds at = end.localToScene(end.getBoundsInLocal());
                assertTrue(at.getMinX() > 640 && at.getMaxX() <= 1280, id + " at the row's end: " + at);
            }
        });
        // The time range's slider and its label stand together, in the filter bar or in its overflow.
        Fx.interact(() -> {
            List<Node> items = bars().get(1).getItems();
            Node slider = items.stream().map(i -> i.lookup("#filter-range")).filter(n -> n != null).findFirst()
                    .orElseThrow();
            Node label = items.stream().map(i -> i.lookup("#range-label")).filter(n -> n != null).findFirst()
                    .orElseThrow();
            assertEquals(slider.getScene(), label.getScene(), "the range's label goes where its slider goes");
        });
        // The icons grew with the words (1.1 cubed is 1.33: 18 px become 24).
        Fx.interact(() -> assertEquals(24, ((FontIcon) ((Labeled) window.lookup("#zoom-in")).getGraphic())
                .getIconSize()));
        // The search field's hint is whole in the type it grew to while the window was open.
        Fx.interact(() -> {
            TextField search = (TextField) window.lookup("#search");
            Text hint = new Text(search.getPromptText());
            hint.setFont(search.getFont());
            assertTrue(hint.getLayoutBounds().getWidth() <= search.getWidth() - 16,
                    hint.getLayoutBounds().getWidth() + " px of hint in a field " + search.getWidth() + " px wide");
        });
        // A tooltip grows with the words as well: its pop-up has a root of its own.
        Fx.interact(() -> {
            javafx.scene.control.Tooltip tip = ((javafx.scene.control.Control) window.lookup("#search")).getTooltip();
            tip.show(window.getScene().getWindow());
            tip.getScene().getRoot().applyCss();
            double size = tip.getFont().getSize();
            tip.hide();
            assertEquals(14 * 1.331, size, 0.2, "the tooltip's type at 133 %");
        });
        // Grown further while open, nothing in either bar runs under its overflow button; back at the designed
        // size, everything is in the bars again (JavaFX's tool bar sorts its items only when it first overflows
        // or its width changes).
        for (int press = 0; press < 5; press++) {
            Fx.interact(() -> menuItem(robot, "menu-larger").fire());
            settle(robot);
            Fx.interact(() -> bars().forEach(WindowDefectsTest::assertNothingUnderTheOverflowButton));
        }
        // The search box stays in the bar at the largest type (narrowed to the room left), its count inside it.
        Fx.interact(() -> {
            Node search = window.lookup("#search");
            assertTrue(search != null && search.getScene() == window.getScene(), "the search box is in the bar");
            Bounds box = search.localToScene(search.getBoundsInLocal());
            assertTrue(box.getMaxX() <= 1280, "whole in the window: " + box);
        });
        // A search's count is whole, or else the box runs up to the overflow button: room kept for the button by a
        // guess had cut the count to "4 Er…" with 90 px of the bar empty.
        for (int press = 0; press < 2; press++) {
            Fx.interact(() -> ((TextField) window.lookup("#search")).setText("interfere"));
            settle(robot);
            Fx.interact(() -> {
                Node search = window.lookup("#search");
                Label count = (Label) window.lookup("#matches");
                Node overflow = bars().get(0).lookup(".tool-bar-overflow-button");
                double gap = overflow.localToScene(overflow.getBoundsInLocal()).getMinX()
                        - search.localToScene(search.getBoundsInLocal()).getMaxX();
                assertTrue(count.getText().equals(((Text) count.lookup(".text")).getText()) || gap < 12,
                        state.fontScaleProperty().get() + ": the count " + ((Text) count.lookup(".text")).getText()
                                + " cut with " + gap + " px to the overflow button");
                ((TextField) search).clear();
            });
            Fx.interact(() -> menuItem(robot, "menu-larger").fire());
            settle(robot);
        }
        // At the largest type, an icon button in the open overflow says what it is beside its icon; in the bar, or
        // with the overflow closed, it is the icon alone (so that its width in the bar is what the tool bar sorts by).
        ToolBar main = bars().get(0);
        Fx.interact(() -> assertEquals(4, iconButtons(main).size()));
        // The » grows with the type, half as fast (the theme's 12 px had been a speck at 250 %), within its button.
        Fx.interact(() -> {
            Region button = (Region) main.lookup(".tool-bar-overflow-button");
            Region arrow = (Region) button.lookup(".arrow");
            assertEquals(12 * (1 + (state.fontScaleProperty().get() - 1) / 2), arrow.getWidth(), 1.5,
                    "the \u00bb's width");
            assertTrue(button.getWidth() >= arrow.getWidth() - 0.5, "the \u00bb within its button");
        });
        robot.clickOn(main.lookup(".tool-bar-overflow-button"));
        settle(robot);
        Fx.interact(() -> {
            int named = 0;
            for (ButtonBase b : iconButtons(main)) {
                boolean over = b.getParent() == null || b.getParent().getParent() != main;
                assertEquals(over, b.getText() != null && !b.getText().isEmpty(),
                        b.getId() + (over ? " in the overflow has a name" : " in the bar is its icon alone"));
                assertTrue(!over || b.getText().equals(b.getAccessibleText()));
                named += over ? 1 : 0;
            }
            assertTrue(named >= 2, "the zoom buttons at least are in the overflow: " + named);
            // No line above the first item: the separator after the search box had led the open overflow.
            javafx.scene.control.ContextMenu overflow = javafx.stage.Window.getWindows().stream()
                    .filter(w -> w instanceof javafx.scene.control.ContextMenu m && m.isShowing())
                    .map(javafx.scene.control.ContextMenu.class::cast).findFirst().orElseThrow();
            assertFalse(overflow.getItems().stream().filter(javafx.scene.control.MenuItem::isVisible).findFirst()
                    .orElseThrow() instanceof javafx.scene.control.SeparatorMenuItem, "a separator first");
            assertOpensBelow(overflow, main);
        });
        Fx.type(KeyCode.ESCAPE);
        settle(robot);
        Fx.interact(() -> iconButtons(main).forEach(b -> assertTrue(b.getText() == null || b.getText().isEmpty(),
                b.getId() + " with the overflow closed")));
        // The time-range slider in the filter bar's overflow finds every colour its rules name: each one missing
        // was a warning in the log.
        List<String> cssWarnings = new ArrayList<>();
        java.util.logging.Logger css = java.util.logging.Logger.getLogger("javafx.css");
        java.util.logging.Handler record = new java.util.logging.Handler() {
            @Override
            public void publish(java.util.logging.LogRecord r) {
                if (r.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()) {
                    cssWarnings.add(r.getMessage());
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        css.addHandler(record);
        try {
            ToolBar filters = bars().get(1);
            robot.clickOn(filters.lookup(".tool-bar-overflow-button"));
            settle(robot);
            Fx.interact(() -> assertTrue(window.lookup("#filter-range") == null
                    || window.lookup("#filter-range").getScene() != window.getScene(), "the slider is in the overflow"));
            Fx.interact(() -> assertOpensBelow(javafx.stage.Window.getWindows().stream()
                    .filter(w -> w instanceof javafx.scene.control.ContextMenu m && m.isShowing())
                    .map(javafx.scene.control.ContextMenu.class::cast).findFirst().orElseThrow(), filters));
            // There, the slider at its width for the type, its thumbs as tall as the letters and the range whole:
            // at a fixed 120 px, cut to 80 for a bar it was no longer in, it was a stub with 14-pixel thumbs.
            Fx.interact(() -> {
                double type = 14 * state.fontScaleProperty().get();
                Region range = robot.lookup("#filter-range").queryAs(Region.class);
                assertEquals(120 * type / 14, range.getWidth(), 1.5, "the slider's width");
                assertEquals(type, range.lookup(".low-thumb").getLayoutBounds().getWidth(), 1.5, "a thumb's width");
                Label label = robot.lookup("#range-label").queryAs(Label.class);
                assertEquals("15 Jul 20:50 \u2013 17 Jul 22:02", label.getText(), "the range whole");
                assertEquals(label.getText(), ((Text) label.lookup(".text")).getText(), "and drawn whole");
            });
            Fx.type(KeyCode.ESCAPE);
            settle(robot);
        } finally {
            css.removeHandler(record);
        }
        assertEquals(List.of(), cssWarnings);
        // Opened again, the overflow stands below its bar again: from the second opening on, it had stood over it.
        for (int again = 0; again < 2; again++) {
            robot.clickOn(main.lookup(".tool-bar-overflow-button"));
            settle(robot);
            Fx.interact(() -> assertOpensBelow(javafx.stage.Window.getWindows().stream()
                    .filter(w -> w instanceof javafx.scene.control.ContextMenu m && m.isShowing())
                    .map(javafx.scene.control.ContextMenu.class::cast).findFirst().orElseThrow(), main));
            // Other windows shown and hidden while it is open (a tooltip) leave it where it is: each comes to the
            // move again.
            for (int other = 0; other < 3; other++) {
                Fx.interact(() -> {
                    javafx.stage.Popup popup = new javafx.stage.Popup();
                    popup.show(main.getScene().getWindow());
                    popup.hide();
                });
            }
            Fx.interact(() -> {
                Node items = javafx.stage.Window.getWindows().stream()
                        .filter(w -> w instanceof javafx.scene.control.ContextMenu m && m.isShowing())
                        .findFirst().orElseThrow().getScene().getRoot();
                double top = items.localToScreen(items.getLayoutBounds()).getMinY();
                double barBottom = main.localToScreen(main.getLayoutBounds()).getMaxY();
                assertTrue(top < barBottom + 3, "the overflow's top " + top + " moved on from the bar's bottom "
                        + barBottom);
            });
            Fx.type(KeyCode.ESCAPE);
            settle(robot);
        }
        resetSizeAndBothBarsFit(robot);
        Fx.interact(() -> {
            for (ButtonBase b : iconButtons(bars().get(0))) {
                assertTrue(b.getText() == null || b.getText().isEmpty(), b.getId() + " is its icon alone again");
            }
        });
    }

    @Test
    void backFromTheLargestTypeWithTheOverflowNeverOpenedTheBarsFitAgain(FxRobot robot) {
        double[] designed = new double[1];
        Fx.interact(() -> designed[0] = bars().get(0).getHeight());
        // A window started at the largest type: the items the bars moved into their overflows were styled in the
        // bars, at that type, and have never been in a scene since (the overflow was not opened). Ctrl+0 left
        // the zone's box in the overflow of a bar with room for it, the bar 12 px too tall (a new user's walk).
        Settings remembered = Settings.inMemory();
        remembered.putNumber(Settings.Key.FONT_SCALE, 2.14);
        Fx.interact(() -> {
            window = new MainWindow(new FileDocuments(new TimelineLoader()), BackgroundWork.sameThread(), remembered,
                    url -> { });
            state = window.state();
            TestStage.show(stage, window);
            window.openBundled();
        });
        settle(robot);
        Fx.interact(() -> assertNull(window.lookup("#zone"), "the zone's box is in the overflow, never opened"));
        resetSizeAndBothBarsFit(robot);
        Fx.interact(() -> {
            assertNotNull(window.lookup("#zone"), "the zone's box is in the bar");
            assertEquals(designed[0], bars().get(0).getHeight(), 0.5, "the toolbar's height");
        });
    }

    private javafx.scene.control.SplitPane sideSplit() {
        Node up = window.lookup(".side-panel");
        while (!(up instanceof javafx.scene.control.SplitPane)) {
            up = up.getParent();
        }
        return (javafx.scene.control.SplitPane) up;
    }

    /** The side panel's tab names, drawn whole and none behind the tab list's menu. */
    private void assertSideTabsWhole() {
        Node side = window.lookup("#tab-events").getParent();
        Node headers = window.lookup(".tab-pane > .tab-header-area > .headers-region");
        Node menu = window.lookup(".tab-pane > .tab-header-area > .control-buttons-tab");
        assertTrue(menu == null || !menu.isVisible(), "no tab behind the tab list's menu");
        javafx.geometry.Bounds area = headers.getParent().localToScene(headers.getParent().getLayoutBounds());
        for (Node tab : headers.lookupAll(".tab")) {
            javafx.geometry.Bounds at = tab.localToScene(tab.getLayoutBounds());
            assertTrue(at.getMaxX() <= area.getMaxX() + 0.5, "a tab reaches " + at.getMaxX() + " of the panel's "
                    + area.getMaxX() + " (" + side + ")");
            javafx.scene.text.Text drawn = (javafx.scene.text.Text) tab.lookup(".tab-label .text");
            assertTrue(List.of("Quotes", "Events", "Lesson").contains(drawn.getText()), "whole: " + drawn.getText());
        }
    }

    /**
     * At the largest type, 250 %, the side panel is as wide as its tabs' names (the split gave it the width of 215 %
     * and Lesson read "Les"); the German menus' names, too wide for a 1280-pixel window at 250 %, are drawn a little
     * smaller, not cut (they read "Da…", "Hi…"), and at the type's size again where they fit; there the search box
     * stays in the bar.
     */
    @Test
    void atTheLargestTypeTheTabsAndTheMenusNamesAreWhole(FxRobot robot) {
        double[] divider = new double[1];
        Fx.interact(() -> divider[0] = sideSplit().getDividerPositions()[0]);
        larger(robot, 10);
        assertEquals(2.5, state.fontScaleProperty().get(), 0.001);
        try {
            Fx.interact(this::assertSideTabsWhole);
            // The names a little smaller, and the panel at the reader's width: widened for them, it stayed wide
            // after Ctrl+0 (a new user's walk).
            Fx.interact(() -> {
                double size = ((Labeled) window.lookup(".side-panel .tab-label")).getFont().getSize();
                assertTrue(size < 14 * 2.5 && size > 14 * 2, "a little smaller: " + size);
                assertEquals(divider[0], sideSplit().getDividerPositions()[0], 0.001, "the divider where it was");
            });
            // And with the panel narrower, down to its least width: once the tab list's menu showed, the names had
            // stayed a tab too wide for the room beside it ("Lesse").
            for (double at : new double[] {0.66, 0.7, 0.74, 0.78, 0.82, 0.86, 0.95}) {
                Fx.interact(() -> sideSplit().setDividerPositions(at));
                settle(robot);
                settle(robot);
                Fx.interact(this::assertSideTabsWhole);
            }
            Fx.interact(() -> sideSplit().setDividerPositions(divider[0]));
        } finally {
            Fx.interact(() -> state.fontScaleProperty().set(1.0));
        }
        MainWindow german = germanWindow(robot, 2.5);
        Fx.interact(() -> {
            List<String> cut = new ArrayList<>();
            double size = 0;
            for (Node n : german.lookupAll(".menu-bar > .container > .menu-button")) {
                Labeled name = (Labeled) n;
                Text drawn = (Text) name.lookup(".text");
                size = name.getFont().getSize();
                if (!drawn.getText().equals(name.getText().replace("_", ""))) {
                    cut.add(name.getText() + " drawn as " + drawn.getText());
                }
            }
            assertEquals(List.of(), cut);
            assertTrue(size < 14 * 2.5 && size > 14 * 2, "smaller, but not much: " + size);
        });
        // Each menu stands on the screen (the German View menu ran past its right edge, a shortcut cut to "Strg+").
        for (javafx.scene.control.Menu menu : ((javafx.scene.control.MenuBar) german.lookup(".menu-bar")).getMenus()) {
            Fx.interact(menu::show);
            Fx.interact(() -> {
                Node first = menu.getItems().get(0).getStyleableNode();
                // The menu's own box on the screen (its window is a shadow's width larger).
                Node box = first.getScene().getRoot().lookup(".context-menu");
                Bounds on = box.localToScreen(box.getLayoutBounds());
                assertTrue(on.getMinX() >= -0.5 && on.getMaxX() <= 1280.5, menu.getText() + " at " + on);
                menu.hide();
            });
        }
        Fx.interact(() -> {
            // The search box stays in the bar, narrower than its hint, and Ctrl+F reaches it: wider than the room,
            // the German hint had sent it into the overflow for good.
            Node search = german.lookup("#search");
            assertTrue(search.getScene() == german.getScene() && search.isVisible(), "the search box in the bar");
            german.focusSearch();
            assertTrue(search.isFocused(), "Ctrl+F reaches it");
            german.state().fontScaleProperty().set(1.0);
        });
        RenderedPulse.await(robot, german.getScene());
        Fx.interact(() -> assertEquals(14, ((Labeled) german.lookup(".menu-bar > .container > .menu-button"))
                .getFont().getSize(), 0.01, "at the type's size where they fit"));
    }

    /** View ▸ Text Size ▸ Reset, and neither bar overflows at 1280 px. */
    private void resetSizeAndBothBarsFit(FxRobot robot) {
        Fx.interact(() -> menuItem(robot, "menu-reset-size").fire());
        settle(robot);
        settle(robot);
        Fx.interact(() -> {
            for (ToolBar bar : bars()) {
                Node overflow = bar.lookup(".tool-bar-overflow-button");
                assertFalse(overflow != null && overflow.isVisible(), bar.getStyleClass() + " fits 1280 pixels again");
            }
        });
    }

    /** The tool bar's buttons that show only an icon in the bar, wherever they are now. */
    private static List<ButtonBase> iconButtons(ToolBar bar) {
        List<String> ids = List.of("reload", "zoom-in", "zoom-out", "zoom-fit");
        return bar.getItems().stream().filter(n -> n.getId() != null && ids.contains(n.getId())).map(ButtonBase.class::cast).toList();
    }

    private List<ToolBar> bars() {
        ToolBar main = (ToolBar) window.lookup("#search").getParent().getParent();
        return List.of(main, (ToolBar) window.lookup(".filter-bar"));
    }

    /**
     * The open overflow stands below its bar: under the » button, in the middle of a bar made tall by larger type, it
     * had covered the lower half of its own bar.
     */
    private static void assertOpensBelow(javafx.scene.control.ContextMenu overflow, ToolBar bar) {
        Node items = overflow.getScene().getRoot();
        double top = items.localToScreen(items.getLayoutBounds()).getMinY();
        double barBottom = bar.localToScreen(bar.getLayoutBounds()).getMaxY();
        assertTrue(top >= barBottom - 1, "the overflow's top " + top + " above its bar's bottom " + barBottom);
    }

    private static void assertNothingUnderTheOverflowButton(ToolBar bar) {
        Node overflow = bar.lookup(".tool-bar-overflow-button");
        if (overflow == null || !overflow.isVisible()) {
            return;
        }
        double edge = overflow.localToScene(overflow.getBoundsInLocal()).getMinX();
        for (Node item : bar.getItems()) {
            if (item.getParent() != null && item.getParent().getParent() == bar && item.isVisible()) {
                // (The tool bar's insets of 5.6 px leave the last item up to a pixel past the button's edge.)
                assertTrue(item.localToScene(item.getBoundsInLocal()).getMaxX() <= edge + 1,
                        item + " runs under the overflow button at " + edge);
            }
        }
    }

    @Test
    void theExportDialogSaysWhichQuotesEachChoiceWritesAndHowMany(FxRobot robot) throws TimeoutException {
        select(robot, "press-conference");
        int panel = robot.lookup("#quotes").queryListView().getItems().size();
        WaitForAsyncUtils.asyncFx(() -> window.findings().exportQuotes());
        // The dialog's nodes exist a moment before its window is shown; wait for what a user could click.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> DialogButtons.of(robot, "#export-panel", ButtonType.CANCEL).isPresent());
        assertEquals("The quotes shown in the quote panel (" + panel + ")",
                robot.lookup("#export-panel").queryAs(RadioButton.class).getText());
        assertEquals("All quotes that pass the filters (29)",
                robot.lookup("#export-filtered").queryAs(RadioButton.class).getText());
        assertEquals("Every quote of the timeline (29)",
                robot.lookup("#export-every").queryAs(RadioButton.class).getText());
        assertTrue(robot.lookup("#export-panel").queryAs(RadioButton.class).isSelected());
        // It says the file is CSV, and the byte-order mark is a choice, ticked, as in the events' export.
        assertEquals("Which quotes should the CSV file hold?", robot.lookup(".dialog-pane .header-panel .label")
                .queryAs(javafx.scene.control.Label.class).getText());
        assertTrue(robot.lookup("#export-quotes-bom").queryAs(javafx.scene.control.CheckBox.class).isSelected());
        // A choice not taken shows its ring at 3:1 against its inside (the theme's border colour was 1.4:1).
        var ring = ((javafx.scene.layout.Region) robot.lookup("#export-filtered").query().lookup(".radio"))
                .getBackground().getFills();
        assertTrue(Contrast.ratio((Color) ring.get(0).getFill(), (Color) ring.get(1).getFill()) >= 3,
                ring.get(0).getFill() + " on " + ring.get(1).getFill());
        robot.clickOn(DialogButtons.of(robot, "#export-panel", ButtonType.CANCEL).orElseThrow());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#export-panel").tryQuery().isEmpty());
    }

    @Test
    void atTheLargestTypeTheExportDialogsChoicesAreWhole(FxRobot robot) throws TimeoutException {
        larger(robot, 8);
        WaitForAsyncUtils.asyncFx(() -> window.findings().exportQuotes());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> DialogButtons.of(robot, "#export-panel", ButtonType.CANCEL).isPresent());
        // The panel's choice had ended in "(…" where its count stood, and the two ticks wrapped in a column of
        // 460 px with a third of the dialog blank beside them (a new user's walk).
        Fx.interact(() -> {
            for (String id : List.of("#export-panel", "#export-filtered", "#export-every", "#export-quotes-bom",
                    "#export-quotes-semicolons")) {
                Labeled choice = robot.lookup(id).queryAs(Labeled.class);
                Text drawn = (Text) choice.lookup(".text");
                assertEquals(choice.getText(), drawn.getText().replace("\n", " ").replaceAll(" +", " "),
                        id + " is drawn whole");
                Bounds pane = choice.getScene().getRoot().localToScene(choice.getScene().getRoot().getLayoutBounds());
                assertTrue(choice.localToScene(choice.getLayoutBounds()).getMaxX() <= pane.getMaxX(), id + " in the dialog");
            }
            Text bom = (Text) robot.lookup("#export-quotes-bom").query().lookup(".text");
            assertTrue(bom.getLayoutBounds().getWidth() > 460 * 1.5, "the tick's words take the type's width: "
                    + bom.getLayoutBounds().getWidth());
            // Its words stand half a letter clear of the round button (at the theme's 6 px they touched it at 250 %).
            Labeled panel = robot.lookup("#export-panel").queryAs(Labeled.class);
            Bounds dot = panel.lookup(".radio").localToScene(panel.lookup(".radio").getLayoutBounds());
            Bounds words = panel.lookup(".text").localToScene(panel.lookup(".text").getLayoutBounds());
            assertTrue(words.getMinX() - dot.getMaxX() >= 0.4 * panel.getFont().getSize(), "a gap of "
                    + (words.getMinX() - dot.getMaxX()) + " px at " + panel.getFont().getSize() + " px type");
            // A choice is as wide as its words, so that the ring round it when Tab reaches it is round them.
            Labeled every = robot.lookup("#export-every").queryAs(Labeled.class);
            assertTrue(every.getWidth() <= every.prefWidth(-1) + 1, every.getWidth() + " px for " + every.prefWidth(-1));
        });
        robot.clickOn(DialogButtons.of(robot, "#export-panel", ButtonType.CANCEL).orElseThrow());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#export-panel").tryQuery().isEmpty());
        // The image's dialog stays inside its 1280-pixel window (at 43 em it ran past both edges) and its width
        // field shows the whole number (at a fixed 110 px it showed "12" of 1200).
        WaitForAsyncUtils.asyncFx(() -> window.findings().exportImage());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> DialogButtons.of(robot, "#export-image-view", ButtonType.CANCEL).isPresent());
        Fx.interact(() -> {
            Node pane = robot.lookup("#export-image-view").query().getScene().getRoot();
            assertTrue(pane.getLayoutBounds().getWidth() <= 1280, "the dialog is " + pane.getLayoutBounds().getWidth());
            TextField field = robot.lookup("#export-image-width").queryAs(javafx.scene.control.Spinner.class)
                    .getEditor();
            Text number = new Text(field.getText());
            number.setFont(field.getFont());
            assertTrue(number.getLayoutBounds().getWidth() <= field.getWidth() - field.getPadding().getLeft()
                    - field.getPadding().getRight(), field.getText() + " in a field " + field.getWidth() + " px wide");
        });
        robot.clickOn(DialogButtons.of(robot, "#export-image-view", ButtonType.CANCEL).orElseThrow());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#export-image-view").tryQuery().isEmpty());
        Fx.interact(() -> state.fontScaleProperty().set(1.0));
    }

    /**
     * At the largest type (250 %) the image's and the sources' dialogs stand whole on the screen, their header at the
     * top and their buttons on it: they had been placed for their full height, 922 px, header above the screen's top
     * edge and Export… below its bottom. What does not fit scrolls, and the image's dialog is no wider than its window.
     */
    @Test
    void atTheLargestTypeTheExportDialogsStandOnTheScreenAndScroll(FxRobot robot) throws TimeoutException {
        larger(robot, 10);
        assertEquals(2.5, state.fontScaleProperty().get(), 0.001);
        try {
            for (String first : List.of("#export-image-view", "#export-sources-cited")) {
                WaitForAsyncUtils.asyncFx(first.contains("image") ? () -> window.findings().exportImage()
                        : () -> window.findings().exportSources());
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                        () -> DialogButtons.of(robot, first, ButtonType.CANCEL).isPresent());
                Fx.interact(() -> {
                    Node choice = robot.lookup(first).query();
                    javafx.stage.Window dialog = choice.getScene().getWindow();
                    javafx.geometry.Rectangle2D screen = org.summittimeline.ui.Screens.visibleBoundsOf(window.getScene().getWindow());
                    assertTrue(dialog.getY() >= screen.getMinY() && dialog.getY() + dialog.getHeight() <= screen.getMaxY(),
                            first + "'s dialog from " + dialog.getY() + " to " + (dialog.getY() + dialog.getHeight())
                                    + " on a screen " + screen);
                    assertTrue(dialog.getWidth() <= window.getScene().getWindow().getWidth(), "as wide as "
                            + dialog.getWidth());
                    // Side by side, the range's two fields had needed 1,450 px.
                    for (Node field : choice.getScene().getRoot().lookupAll(".text-field")) {
                        Bounds at = field.localToScene(field.getLayoutBounds());
                        assertTrue(at.getMaxX() <= dialog.getScene().getWidth(), field.getId() + " at " + at);
                    }
                    javafx.scene.control.ScrollPane scroller = null;
                    for (Node up = choice; up != null; up = up.getParent()) {
                        scroller = up instanceof javafx.scene.control.ScrollPane s ? s : scroller;
                    }
                    assertNotNull(scroller, "the choices scroll");
                    assertTrue(scroller.getContent().getLayoutBounds().getHeight()
                            > scroller.getViewportBounds().getHeight(), "more choices than room, at this size");
                    // The chosen option's ring grows with its dot: at 3 px round a dot of 26 it read as an empty ring.
                    assertEquals(0.215 * 14 * 2.5, ((Region) choice.lookup(".radio")).getPadding().getTop(), 0.5,
                            "the ring round the dot");
                    // The circle beside the middle of its words' small letters: the theme's 2 px above the words,
                    // grown with the type, had put the circle about 8 px above them at this size.
                    Node circle = choice.lookup(".radio");
                    javafx.scene.text.Text words = (javafx.scene.text.Text) choice.lookup(".text");
                    double circleMiddle = circle.localToScene(circle.getLayoutBounds()).getCenterY();
                    javafx.scene.text.Text x = new javafx.scene.text.Text("x");
                    x.setFont(words.getFont());
                    x.setBoundsType(javafx.scene.text.TextBoundsType.VISUAL);
                    // The label's text stands on its baseline at its own y = 0.
                    double baseline = words.localToScene(0, 0).getY();
                    double smallLetters = baseline + x.getLayoutBounds().getCenterY();
                    assertEquals(smallLetters, circleMiddle, 3, first + ": the circle's middle against the words'");
                    Node go = DialogButtons.of(robot, first, t -> t.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                            .orElseThrow();
                    Bounds at = go.localToScene(go.getLayoutBounds());
                    assertTrue(at.getMaxY() <= dialog.getScene().getHeight(), "Export… at " + at);
                    // The view ends between two choices, and the buttons stand close under it: the theme's 2 em
                    // above them (70 px) had stood empty under a choice cut through its words.
                    Bounds view = scroller.localToScene(scroller.getLayoutBounds());
                    assertTrue(at.getMinY() - view.getMaxY() < 14 * 2.5, "Export… " + (at.getMinY() - view.getMaxY())
                            + " px under the choices");
                    double edge = scroller.getViewportBounds().getHeight();
                    for (Node n : scroller.getContent().lookupAll("*")) {
                        if (n instanceof javafx.scene.control.Control && n.isVisible()) {
                            Bounds in = scroller.getContent().sceneToLocal(n.localToScene(n.getLayoutBounds()));
                            assertFalse(in.getMinY() < edge - 0.5 && in.getMaxY() > edge + 0.5,
                                    n + " from " + in.getMinY() + " to " + in.getMaxY() + " cut at " + edge);
                        }
                    }
                });
                robot.clickOn(DialogButtons.of(robot, first, ButtonType.CANCEL).orElseThrow());
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(first).tryQuery().isEmpty());
            }
        } finally {
            Fx.interact(() -> state.fontScaleProperty().set(1.0));
        }
    }

    /**
     * An export dialog that fits keeps no more room above its buttons at larger type than at the designed type:
     * the theme's 2 em had left 100 px empty under the choices at 250 % on 1920×1080 (a new user's walk).
     */
    @Test
    void atLargerTypeAnExportDialogKeepsTheDesignedGapAboveItsButtons(FxRobot robot) throws TimeoutException {
        larger(robot, 4);
        try {
            WaitForAsyncUtils.asyncFx(() -> window.findings().exportQuotes());
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> DialogButtons.of(robot, "#export-quotes-semicolons", ButtonType.CANCEL).isPresent());
            Fx.interact(() -> {
                Node choice = robot.lookup("#export-quotes-semicolons").query();
                javafx.scene.control.ScrollPane scroller = null;
                for (Node up = choice; up != null; up = up.getParent()) {
                    scroller = up instanceof javafx.scene.control.ScrollPane sp ? sp : scroller;
                }
                assertNotNull(scroller);
                assertTrue(scroller.getContent().getLayoutBounds().getHeight()
                        <= scroller.getViewportBounds().getHeight() + 0.5, "the choices fit at 146 %");
                Node go = DialogButtons.of(robot, "#export-quotes-semicolons",
                        t -> t.getButtonData() == ButtonBar.ButtonData.OK_DONE).orElseThrow();
                double gap = go.localToScene(go.getLayoutBounds()).getMinY()
                        - scroller.localToScene(scroller.getLayoutBounds()).getMaxY();
                assertTrue(gap <= DialogParts.DESIGNED_GAP + 1, "Export… " + gap + " px under the choices");
            });
            robot.clickOn(DialogButtons.of(robot, "#export-quotes-semicolons", ButtonType.CANCEL).orElseThrow());
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> robot.lookup("#export-quotes-semicolons").tryQuery().isEmpty());
        } finally {
            Fx.interact(() -> state.fontScaleProperty().set(1.0));
        }
    }

    /**
     * At the designed size the keyboard help is SHORTCUTS_EMS letters' heights wide, as far as the screen allows, its
     * descriptions 44 wide, where in English they read in three lines at most (the first, the longest, in four): 760
     * px wide, the first and the time slider's had wrapped five lines deep on a 1280-pixel screen.
     */
    @Test
    void atTheDesignedSizeTheKeyboardHelpsRowsAreShort(FxRobot robot) throws Exception {
        try {
            for (java.util.Locale language : List.of(java.util.Locale.GERMAN, java.util.Locale.ENGLISH)) {
                rowsAreShort(language);
            }
        } finally {
            org.summittimeline.ui.Texts.use(java.util.Locale.ENGLISH);
        }
    }

    private void rowsAreShort(java.util.Locale language) throws Exception {
        javafx.stage.Window main = window.getScene().getWindow();
        double screen = org.summittimeline.ui.Screens.visibleBoundsOf(main).getWidth();
        Stage help = WaitForAsyncUtils.asyncFx(() -> {
            org.summittimeline.ui.Texts.use(language);
            return HelpWindows.shortcuts(main);
        }).get(10, TimeUnit.SECONDS);
        Fx.interact(help::show);
        try {
            assertEquals(Math.min(0.9 * screen, HelpWindows.SHORTCUTS_EMS * 14), help.getWidth(), 1);
            Fx.interact(() -> {
                List<KeyTable.Row> rows = new java.util.ArrayList<>(KeyTable.viewer());
                rows.addAll(KeyTable.presentation());
                for (KeyTable.Row row : rows) {
                    Label what = (Label) help.getScene().lookup("#shortcuts").lookupAll(".label").stream()
                            .filter(n -> n instanceof Label l && l.getText().equals(row.what().replace("`", "")))
                            .findFirst().orElseThrow();
                    javafx.scene.text.Text line = new javafx.scene.text.Text("X");
                    line.setFont(what.getFont());
                    long lines = Math.round(what.getHeight() / line.getLayoutBounds().getHeight());
                    // German's words are longer (its first row five lines on a desktop's fonts): held to the
                    // same width, not to the English count of lines.
                    assertEquals(44 * 14, what.getWidth(), 1, language + ", " + row.keys() + ": " + lines + " lines");
                    boolean first = row.equals(rows.get(0));
                    assertTrue(language.equals(java.util.Locale.GERMAN) || lines <= (first ? 4 : 3), row.keys()
                            + ": in " + lines + " lines, " + what.getWidth() + " px wide");
                }
            });
        } finally {
            Fx.interact(help::close);
        }
    }

    /** The keyboard help grows with the type, as far as the screen allows: at 250 % it had stayed 760 px wide. */
    @Test
    void atTheLargestTypeTheKeyboardHelpIsWider(FxRobot robot) {
        larger(robot, 10);
        try {
            javafx.stage.Window main = window.getScene().getWindow();
            double screen = org.summittimeline.ui.Screens.visibleBoundsOf(main).getWidth();
            Stage help = WaitForAsyncUtils.asyncFx(() -> HelpWindows.shortcuts(main)).get(10, TimeUnit.SECONDS);
            Fx.interact(help::show);
            assertEquals(Math.min(0.9 * screen, HelpWindows.SHORTCUTS_EMS * 14 * 2.5), help.getWidth(), 1,
                    "on a screen " + screen + " wide");
            // Its columns take the width: the descriptions had kept 420 px beside an empty half of the window.
            Fx.interact(() -> {
                Node table = help.getScene().lookup("#shortcuts");
                double right = 0;
                for (Node label : table.lookupAll(".label")) {
                    right = Math.max(right, label.localToScene(label.getLayoutBounds()).getMaxX());
                }
                assertTrue(right > 0.8 * help.getScene().getWidth(), "the table reaches " + right + " of "
                        + help.getScene().getWidth());
                // The keys a readable column too: squeezed to their longest word, "Right, Down, Page Down, …" had
                // stood one word a line, nine lines deep.
                for (Node grid : table.lookupAll(".key-table")) {
                    double keys = ((javafx.scene.layout.GridPane) grid).getChildren().stream()
                            .filter(n -> javafx.scene.layout.GridPane.getColumnIndex(n) == 0)
                            .mapToDouble(n -> n.getLayoutBounds().getWidth()).max().orElse(0);
                    double share = keys / ((javafx.scene.layout.Region) grid).getWidth();
                    assertTrue(share >= HelpWindows.KEYS_SHARE - 0.01, "the keys take " + share + " of the table");
                }
            });
            Fx.interact(help::close);
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            Fx.interact(() -> state.fontScaleProperty().set(1.0));
        }
    }

    /**
     * At 250 % each column of the keyboard help stays wide enough for its longest word: squeezed by the window's
     * width, the keys' column had broken German's "Strg+Umschalt+E," after its "+", the letter alone on the next
     * line, and, held at its width instead, left the explanations too narrow for "Edit ▸ Copy in Citation Style".
     */
    @Test
    void atTheLargestTypeTheKeyboardHelpBreaksNoWord(FxRobot robot) {
        larger(robot, 10);
        try {
            for (java.util.Locale language : List.of(java.util.Locale.GERMAN, java.util.Locale.ENGLISH)) {
                everyWordOfTheHelpWhole(robot, language);
            }
        } catch (Exception e) {
            throw new AssertionError(e);
        } finally {
            Fx.interact(() -> state.fontScaleProperty().set(1.0));
        }
    }

    private void everyWordOfTheHelpWhole(FxRobot robot, java.util.Locale language) throws Exception {
        javafx.stage.Window main = window.getScene().getWindow();
        Stage help = WaitForAsyncUtils.asyncFx(() -> {
            org.summittimeline.ui.Texts.use(language);
            try {
                return HelpWindows.shortcuts(main);
            } finally {
                org.summittimeline.ui.Texts.use(java.util.Locale.ENGLISH);
            }
        }).get(10, TimeUnit.SECONDS);
        Fx.interact(help::show);
        Fx.interact(() -> {
            int words = 0;
            for (Node node : help.getScene().lookup("#shortcuts").lookupAll(".label")) {
                javafx.scene.control.Label label = (javafx.scene.control.Label) node;
                // Each word whole: a line may break at a space, never inside a word ("Strg+Umschalt+E,", or a menu's
                // path, whose no-break spaces make it one word).
                for (String word : label.getText().split("[ \\t\\n]+")) {
                    javafx.scene.text.Text measured = new javafx.scene.text.Text(word);
                    measured.setFont(label.getFont());
                    assertTrue(measured.getLayoutBounds().getWidth() <= label.getWidth() + 0.5, language + ": \""
                            + word + "\" in " + label.getWidth() + " px of " + label.getText());
                    words++;
                }
            }
            assertTrue(words > 300, language + ": the words checked: " + words);
            // And the table within the window's width: a key's name held whole ("Umschalt + Mausrad,") had made
            // the German table wider than the window, with a scroll bar across its foot.
            Node table = help.getScene().lookup("#shortcuts");
            javafx.scene.control.ScrollPane scroll = (javafx.scene.control.ScrollPane) table.getParent().getParent()
                    .getParent();
            assertTrue(table.getLayoutBounds().getWidth() <= scroll.getViewportBounds().getWidth() + 0.5, language
                    + ": the table " + table.getLayoutBounds().getWidth() + " px in "
                    + scroll.getViewportBounds().getWidth());
            // A key and what it does begin on one line: centred in a row whose description wraps, "0" had stood
            // beside that description's second line.
            java.util.Map<String, Double> tops = new java.util.HashMap<>();
            int rows = 0;
            for (Node node : help.getScene().lookup("#shortcuts").lookupAll(".label")) {
                if (node.getParent() instanceof javafx.scene.layout.GridPane grid
                        && javafx.scene.layout.GridPane.getRowIndex(node) != null) {
                    String row = System.identityHashCode(grid) + ":" + javafx.scene.layout.GridPane.getRowIndex(node);
                    Double other = tops.put(row, node.getBoundsInParent().getMinY());
                    if (other != null) {
                        assertEquals(other, node.getBoundsInParent().getMinY(), 0.5,
                                language + ": " + ((javafx.scene.control.Label) node).getText());
                        rows++;
                    }
                }
            }
            assertTrue(rows > 30, language + ": the rows checked: " + rows);
        });
        Fx.interact(help::close);
    }

    /**
     * A dialog stands on its window's screen even where the window stands low on it: JavaFX centres a dialog on its
     * window, and with the window's top at two thirds of the screen the image dialog's Export… was below its edge.
     */
    @Test
    void anExportDialogOfAWindowLowOnTheScreenStandsOnTheScreen(FxRobot robot) throws TimeoutException {
        javafx.stage.Window main = window.getScene().getWindow();
        javafx.geometry.Rectangle2D screen = org.summittimeline.ui.Screens.visibleBoundsOf(main);
        double wasY = main.getY();
        double wasHeight = main.getHeight();
        // Low, and no taller than the room below (a window past the headless screen's edge logs Monocle's painter
        // overflowing its buffer): centred on it, the dialog still reaches below the screen.
        Fx.interact(() -> {
            main.setY(screen.getMinY() + screen.getHeight() * 2 / 3);
            main.setHeight(screen.getMaxY() - main.getY());
        });
        try {
            WaitForAsyncUtils.asyncFx(() -> window.findings().exportImage());
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                    () -> DialogButtons.of(robot, "#export-image-view", ButtonType.CANCEL).isPresent());
            WaitForAsyncUtils.waitForFxEvents();
            Fx.interact(() -> {
                javafx.stage.Window dialog = robot.lookup("#export-image-view").query().getScene().getWindow();
                assertTrue(dialog.getY() >= screen.getMinY() && dialog.getY() + dialog.getHeight() <= screen.getMaxY(),
                        "the dialog from " + dialog.getY() + " to " + (dialog.getY() + dialog.getHeight())
                                + " on a screen " + screen);
            });
            robot.clickOn(DialogButtons.of(robot, "#export-image-view", ButtonType.CANCEL).orElseThrow());
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#export-image-view").tryQuery().isEmpty());
        } finally {
            Fx.interact(() -> {
                main.setY(wasY);
                main.setHeight(wasHeight);
            });
        }
    }

    @Test
    void anErrorNothingCaughtIsShownWithItsDetailsToCopyAndTheWindowGoesOn(FxRobot robot) throws TimeoutException {
        IllegalStateException failure = new IllegalStateException("the index broke");
        // The error dialog's one button beside Close: Copy details.
        Predicate<ButtonType> copyDetails = t -> t.getButtonData() == ButtonBar.ButtonData.LEFT;
        Thread worker = new Thread(() -> ErrorDialog.show(Thread.currentThread(), failure), "worker");
        worker.start();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> DialogButtons.showing(robot, copyDetails).isPresent());
        assertTrue(robot.lookup((Node n) -> n instanceof Label l && l.getText() != null
                && l.getText().startsWith("Something went wrong: the index broke")).tryQuery().isPresent());
        // Where the keys are is shown from the start (JavaFX rings only what Tab reached).
        Scene dialog = DialogButtons.showing(robot, copyDetails).orElseThrow().getScene();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> dialog.getFocusOwner() != null && dialog.getFocusOwner().isFocusVisible()).get());
        robot.clickOn(DialogButtons.showing(robot, copyDetails).orElseThrow());
        String[] copied = new String[1];
        Fx.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        assertTrue(copied[0].startsWith("java.lang.IllegalStateException: the index broke"), copied[0]);
        assertTrue(copied[0].contains("\tat "), "with the stack trace");
        Fx.interact(() -> menuItem(robot, "menu-next").fire());
        assertNotNull(state.selectedEvent(), "the window still works");
    }

    @Test
    void whileAnotherFileIsReadTheFileOnScreenIsStillNeverWritten(FxRobot robot, @org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path shown = dir.resolve("shown.json");
        java.nio.file.Files.copy(corpus("valid-minimal.json"), shown);
        byte[] before = java.nio.file.Files.readAllBytes(shown);
        List<Runnable> waiting = new java.util.ArrayList<>();
        BackgroundWork later = new BackgroundWork() {
            @Override
            public <T> void run(java.util.function.Supplier<T> work, java.util.function.Consumer<T> onSuccess,
                                java.util.function.Consumer<Throwable> onFailure) {
                waiting.add(() -> onSuccess.accept(work.get()));
            }
        };
        MainWindow slow = new MainWindow(new FileDocuments(new TimelineLoader()), later, Settings.inMemory(), url -> { });
        Path next = corpus("valid-minimal.json");
        Fx.interact(() -> {
            stage.setScene(new Scene(slow, 1280, 720));
            slow.open(shown);
            waiting.remove(0).run();
            slow.open(next);
        });
        // (Counted as a read under way, not as queued work: the first file's word indexes queue work of their own.)
        assertTrue(slow.opening().isReading(), "the second file is still being read");
        Fx.interact(() -> slow.findings().writeQuotes(shown));
        assertTrue(java.util.Arrays.equals(before, java.nio.file.Files.readAllBytes(shown)),
                "the file on screen is not written while another is read");
    }

    @Test
    void aReadingThatFailsSaysSoInTheWindowInsteadOfWaitingForever(FxRobot robot) {
        TimelineDocuments broken = new TimelineDocuments() {
            @Override
            public org.summittimeline.format.LoadResult open(Path file) {
                throw new IllegalStateException("the disk went away");
            }

            @Override
            public org.summittimeline.format.LoadResult openBundled() {
                throw new IllegalStateException("the disk went away");
            }
        };
        MainWindow failing = new MainWindow(broken, BackgroundWork.sameThread(), Settings.inMemory(), url -> { });
        Fx.interact(() -> {
            stage.setScene(new Scene(failing, 1280, 720));
            failing.open(Path.of("elsewhere.json"));
        });
        Label message = robot.lookup("#open-failed").queryAs(Label.class);
        assertTrue(message.getText().startsWith("elsewhere.json could not be read: the disk went away"), message.getText());
        assertEquals("Could not open elsewhere.json", robot.lookup("#status").queryAs(org.controlsfx.control.StatusBar.class).getText());
        assertTrue(robot.lookup("#export").queryAs(Button.class).isDisabled());
    }

    @Test
    void aPresentationLetsGoOfTheViewersZoneAndTypeSize(FxRobot robot) {
        CountingZone zone = new CountingZone();
        CountingScale scale = new CountingScale();
        Fx.interact(() -> {
            var view = new org.summittimeline.ui.present.PresentationView(new org.summittimeline.ui.present.Presentation(
                    state.query(), state.result(), null), state.query().timeline(), zone, scale);
            assertTrue(zone.listeners > 0 && scale.listeners > 0);
            view.dispose();
        });
        assertEquals(0, zone.listeners, "no listener left on the zone");
        assertEquals(0, scale.listeners, "no listener left on the type size");
    }

    /** A zone property that counts who listens to it. */
    private static final class CountingZone extends javafx.beans.property.SimpleObjectProperty<ZoneId> {
        int listeners;

        CountingZone() {
            super(ZoneId.of("UTC"));
        }

        @Override
        public void addListener(javafx.beans.InvalidationListener l) {
            listeners++;
            super.addListener(l);
        }

        @Override
        public void removeListener(javafx.beans.InvalidationListener l) {
            listeners--;
            super.removeListener(l);
        }

        @Override
        public void addListener(javafx.beans.value.ChangeListener<? super ZoneId> l) {
            listeners++;
            super.addListener(l);
        }

        @Override
        public void removeListener(javafx.beans.value.ChangeListener<? super ZoneId> l) {
            listeners--;
            super.removeListener(l);
        }
    }

    /** A type-size property that counts who listens to it. */
    private static final class CountingScale extends javafx.beans.property.SimpleDoubleProperty {
        int listeners;

        CountingScale() {
            super(1.0);
        }

        @Override
        public void addListener(javafx.beans.InvalidationListener l) {
            listeners++;
            super.addListener(l);
        }

        @Override
        public void removeListener(javafx.beans.InvalidationListener l) {
            listeners--;
            super.removeListener(l);
        }

        @Override
        public void addListener(javafx.beans.value.ChangeListener<? super Number> l) {
            listeners++;
            super.addListener(l);
        }

        @Override
        public void removeListener(javafx.beans.value.ChangeListener<? super Number> l) {
            listeners--;
            super.removeListener(l);
        }
    }

    @Test
    void ctrlPlusOverTheTimelineEnlargesTheTextAndLeavesTheZoomAlone(FxRobot robot) {
        Fx.interact(() -> window.timelineView().requestFocus());
        // Not zoomed: the same stretch of time stays in view (the names' column grows with the type, so the scale
        // changes by the little it takes to keep it).
        double start = window.timelineView().viewport().start();
        double end = window.timelineView().viewport().end();
        double scale = state.fontScaleProperty().get();
        Fx.typeWith(KeyCode.CONTROL, KeyCode.PLUS);
        assertTrue(state.fontScaleProperty().get() > scale, "the text grew");
        assertEquals(start, window.timelineView().viewport().start(), 1, "the timeline kept its view");
        assertEquals(end, window.timelineView().viewport().end(), 1, "the timeline kept its view");
        double larger = state.fontScaleProperty().get();
        Fx.typeWith(KeyCode.CONTROL, KeyCode.EQUALS);
        assertTrue(state.fontScaleProperty().get() > larger, "Ctrl+= (plus without Shift) enlarges too");
        assertEquals(start, window.timelineView().viewport().start(), 1, "the timeline kept its view");
        assertEquals(end, window.timelineView().viewport().end(), 1, "the timeline kept its view");
        double zoom = window.timelineView().viewport().secondsPerPixel();
        Fx.type(KeyCode.PLUS);
        assertTrue(window.timelineView().viewport().secondsPerPixel() < zoom, "plus alone still zooms in");
        Fx.interact(() -> state.fontScaleProperty().set(1.0));
    }

    /** View ▸ Text Size ▸ Larger, {@code presses} times, and the window laid out at that size. */
    private void larger(FxRobot robot, int presses) {
        for (int press = 0; press < presses; press++) {
            Fx.interact(() -> menuItem(robot, "menu-larger").fire());
        }
        settle(robot);
    }

    private MenuBar menuBar(FxRobot robot) {
        return robot.lookup("#menu-bar").queryAs(MenuBar.class);
    }

    private Menu menu(FxRobot robot, String id) {
        return (Menu) MenuItems.find(menuBar(robot).getMenus(), id);
    }

    private MenuItem menuItem(FxRobot robot, String id) {
        MenuItem item = MenuItems.find(menuBar(robot).getMenus(), id);
        assertNotNull(item, id);
        return item;
    }

}
