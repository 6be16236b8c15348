package org.summittimeline.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.summittimeline.app.FileDocuments;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.model.Event;
import org.summittimeline.query.TimelineQuery;
import org.summittimeline.ui.AppState;
import org.summittimeline.ui.BackgroundWork;
import org.summittimeline.ui.Fx;
import org.summittimeline.ui.RenderedPulse;
import org.summittimeline.ui.Settings;
import org.summittimeline.ui.Shortcut;
import org.summittimeline.ui.TestStage;
import org.summittimeline.ui.Texts;
import org.summittimeline.ui.timeline.layout.LaneMode;
import org.summittimeline.ui.help.MarkdownPage;
import org.summittimeline.ui.Theme;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The menu bar over every command of the window: each shows its key, is disabled with no timeline exactly when
 * it needs one, and does what it says when chosen; every key a command has is in the key table.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class MenuBarTest {
    /** Commands that act on a timeline (its selection, or the file it was read from): greyed while none is open. */
    private static final Set<String> NEED_A_TIMELINE = Set.of("export", "export-image", "export-events",
            "export-sources", "export-json", "copy", "copy-cited", "copy-citation", "find", "find-next", "find-previous", "fit", "zoom-in",
            "zoom-out", "fold-lanes", "unfold-lanes", "previous", "next", "first", "last", "present", "present-current", "presenter-view", "compare",
            "reload");
    /** Commands that make sense with nothing open. */
    private static final Set<String> ALWAYS = Set.of("open", "open-example", "quit", "larger", "smaller",
            "reset-size", "dark", "shortcuts", "format-guide", "about");

    private final Settings settings = Settings.inMemory();
    private MainWindow window;
    private AppState state;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Texts.use(Locale.ENGLISH);
        Theme.LIGHT.apply();
        window = new MainWindow(new FileDocuments(new TimelineLoader()), BackgroundWork.sameThread(), settings, url -> { });
        state = window.state();
        TestStage.show(stage, window);
    }

    @AfterEach
    void close(FxRobot robot) throws TimeoutException {
        Fx.interact(() -> {
            if (window.presentation().isRunning()) {
                window.presentation().stop();
            }
            Theme.LIGHT.apply();
        });
        FxToolkit.cleanupStages();
    }

    /**
     * With nothing open every filter is greyed alike (the facets, greyed also for want of options, had looked
     * fainter than the kind, Clear and the slider, which then looked usable), and the zone box, with no zone to
     * offer, is not shown. What is compared is what is drawn, the words, the icon and the slider's thumb: a check
     * list is a combo box inside a combo box, and the theme faded both (0.16 against the kind's 0.4).
     */
    @Test
    void withoutATimelineTheFiltersAreGreyedAndTheZoneBoxIsAway(FxRobot robot) {
        double facet = shownOpacity(robot.lookup("#filter-speakers .text").query());
        assertTrue(facet < 0.5 && facet > 0.3, "greyed as the theme greys a control: " + facet);
        for (String drawn : List.of("#filter-actors .text", "#filter-kind .text", "#clear-filters .ikonli-font-icon",
                "#filter-range .low-thumb", "#lanes .text")) {
            assertEquals(facet, shownOpacity(robot.lookup(drawn).query()), 0.01, drawn + " greyed as the facets are");
        }
        // And grey, as they are: faded, the slider's accent still read as a blue slider to drag.
        for (String part : List.of("#filter-range .range-bar", "#filter-range .low-thumb")) {
            javafx.scene.paint.Color fill = (javafx.scene.paint.Color) robot.lookup(part)
                    .queryAs(javafx.scene.layout.Region.class).getBackground().getFills().get(0).getFill();
            assertTrue(fill.getSaturation() < 0.2, part + " in " + fill);
        }
        assertFalse(robot.lookup("#zone").query().isVisible(), "an empty zone box");
        Fx.interact(window::openBundled);
        WaitForAsyncUtils.waitForFxEvents();
        for (String id : List.of("#filter-speakers", "#filter-kind", "#clear-filters", "#range-group")) {
            assertFalse(robot.lookup(id).query().isDisabled(), id + " with the example open");
        }
        assertTrue(robot.lookup("#zone").query().isVisible());
    }

    /**
     * A quote's right-click menu offers Edit's three copies under Edit's names, and copies the quote clicked: it had
     * one item of its own name ("Copy quote with citation") and neither the words alone nor a citation style.
     */
    @Test
    void aQuotesRightClickMenuHasEditsCopies(FxRobot robot) {
        Fx.interact(window::openBundled);
        RenderedPulse.await(robot, window.getScene());
        ListCell<?> card = robot.lookup("#quotes .list-cell").queryAllAs(ListCell.class).stream()
                .filter(c -> c.getItem() != null && c.getIndex() == 1).findFirst().orElseThrow();
        org.summittimeline.model.Quote clicked = (org.summittimeline.model.Quote) card.getItem();
        rightClick(robot, card);
        List<String> offered = robot.lookup(".context-menu .menu-item .label").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertEquals(List.of(Texts.get("window.command.copyCited"), Texts.get("window.command.copy"),
                Texts.format("cite.menu.copyIn", Texts.get("cite.style.APA"))), offered);
        robot.clickOn(Texts.get("window.command.copy"));
        WaitForAsyncUtils.waitForFxEvents();
        String words = clipboard(robot);
        assertTrue(words.contains(clicked.text()) && !words.contains(" \u2014 "), words);
        rightClick(robot, card);
        robot.clickOn(Texts.get("window.command.copyCited"));
        WaitForAsyncUtils.waitForFxEvents();
        String cited = clipboard(robot);
        assertTrue(cited.contains(words + " \u2014 ") && cited.length() > words.length() + 10, cited);
    }

    /**
     * View ▸ Other Time Zone: OK waits for a zone to be chosen (it did nothing, silently, with none), and typing a
     * city chooses its zone, which the axis then uses.
     */
    @Test
    void theOtherZoneDialogsOkWaitsForAZone(FxRobot robot) throws TimeoutException {
        openZoneDialog(robot, "menu-other-zone");
        javafx.scene.control.Button ok = okButton(robot);
        assertTrue(ok.isDisabled(), "no zone chosen yet");
        // Focused and empty, the field still says what to type (the theme hides a focused field's prompt).
        robot.clickOn("#zone-filter");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.paint.Paint prompt = robot.lookup("#zone-filter").queryAs(javafx.scene.control.TextField.class)
                .lookupAll(".text").stream().map(n -> (javafx.scene.text.Text) n)
                .filter(t -> t.getText().equals(Texts.get("window.zone.prompt")) && t.isVisible())
                .map(javafx.scene.text.Text::getFill).findFirst().orElse(null);
        assertTrue(prompt instanceof javafx.scene.paint.Color c && c.getOpacity() > 0.5, "the prompt shows: " + prompt);
        // A name no zone has: the empty list says so and what to type instead.
        robot.write("Atlantis");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(ok.isDisabled());
        assertTrue(robot.lookup("#zone-none").queryAs(javafx.scene.control.Label.class).getText()
                .startsWith("No zone is called \u201cAtlantis\u201d."));
        Fx.interact(() -> robot.lookup("#zone-filter").queryAs(javafx.scene.control.TextField.class).clear());
        // Found by another name, the row says which.
        robot.write("Beijing");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#zone-list .list-cell").queryAllAs(javafx.scene.control.ListCell.class).stream()
                .anyMatch(c -> "Shanghai (Asia/Shanghai), includes Beijing".equals(c.getText())));
        Fx.interact(() -> robot.lookup("#zone-filter").queryAs(javafx.scene.control.TextField.class).clear());
        robot.write("Tokyo");
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(ok.isDisabled(), "the first match is chosen");
        robot.clickOn(ok);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#zone-list").tryQuery().isEmpty());
        assertEquals(java.time.ZoneId.of("Asia/Tokyo"), state.zoneProperty().get());
    }

    /**
     * View ▸ Second Axis ▸ Other Zone: a zone typed there becomes the second axis's, and both lists offer it from
     * then on (a walker looking there for Tokyo had found New York and UTC alone).
     */
    @Test
    void theSecondAxisOffersAnyZone(FxRobot robot) throws TimeoutException {
        openZoneDialog(robot, "menu-second-other-zone");
        assertEquals(Texts.get("window.zone.headerSecond"), robot.lookup(".dialog-pane").queryAs(
                javafx.scene.control.DialogPane.class).getHeaderText(), "it says the main axis stays");
        robot.clickOn("#zone-filter");
        robot.write("Tokyo");
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.Button ok = okButton(robot);
        robot.clickOn(ok);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#zone-list").tryQuery().isEmpty());
        assertEquals(java.time.ZoneId.of("Asia/Tokyo"), state.secondZoneProperty().get());
        assertNotEquals(java.time.ZoneId.of("Asia/Tokyo"), state.zoneProperty().get(), "the main axis keeps its zone");
        javafx.scene.control.Menu second = (javafx.scene.control.Menu) item(robot, "menu-second-zone");
        List<String> ticked = second.getItems().stream().filter(i -> i instanceof javafx.scene.control.RadioMenuItem r
                && r.isSelected()).map(MenuItem::getText).toList();
        assertEquals(List.of("Tokyo (Asia/Tokyo)"), ticked);
        assertTrue(((javafx.scene.control.Menu) item(robot, "menu-zone")).getItems().stream()
                .anyMatch(i -> "Tokyo (Asia/Tokyo)".equals(i.getText())), "offered for the main axis too");
        assertEquals("menu-second-other-zone", second.getItems().get(second.getItems().size() - 1).getId(),
                "Other Zone… stays at the list's end");
    }

    /**
     * A right click, and the request for a context menu that a desktop sends with it: Monocle sends none (TestFX
     * issue 645), so it is sent here, where the pointer is.
     */
    private static void rightClick(FxRobot robot, Node node) {
        robot.rightClickOn(node);
        javafx.geometry.Point2D at = robot.point(node).query();
        javafx.geometry.Point2D local = node.screenToLocal(at);
        Fx.interact(() -> javafx.event.Event.fireEvent(node, new javafx.scene.input.ContextMenuEvent(
                javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, local.getX(), local.getY(), at.getX(),
                at.getY(), false, null)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** How opaque a node is drawn: its own opacity times its parents'. */
    private static double shownOpacity(javafx.scene.Node node) {
        double opacity = 1;
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            opacity *= n.getOpacity();
        }
        return opacity;
    }

    @Test
    void altAndTheFirstLetterOpensEachMenu(FxRobot robot) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        Set<Character> letters = new LinkedHashSet<>();
        for (Menu m : bar.getMenus()) {
            assertTrue(m.isMnemonicParsing() && m.getText().startsWith("_"), m.getText() + " has its mnemonic");
            assertTrue(letters.add(Character.toLowerCase(m.getText().charAt(1))), m.getText() + " shares its letter");
        }
        robot.press(KeyCode.ALT, KeyCode.F).release(KeyCode.F, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        Menu file = bar.getMenus().stream().filter(m -> "menubar-file".equals(m.getId())).findFirst().orElseThrow();
        assertTrue(file.isShowing(), "Alt+F opens the File menu");
        Fx.interact(file::hide);
    }

    /** Alt let go before its letter, as xdotool and many hands do: the menu stays open, the bar does not go to File. */
    @Test
    void altLetGoBeforeTheLetterKeepsTheMenuOpen(FxRobot robot) throws TimeoutException {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        Menu view = bar.getMenus().stream().filter(m -> "menubar-view".equals(m.getId())).findFirst().orElseThrow();
        // Alt alone still goes to the bar: the first menu's button is hovered, none opened.
        robot.press(KeyCode.ALT).release(KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        try {
            assertTrue(robot.lookup(".menu-bar .menu-button").queryAs(javafx.scene.control.MenuButton.class).isHover(),
                    "Alt alone moves to File");
            assertTrue(bar.getMenus().stream().noneMatch(Menu::isShowing), "no menu opened by Alt alone");
        } finally {
            robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
            WaitForAsyncUtils.waitForFxEvents();
        }
        robot.press(KeyCode.ALT, KeyCode.V).release(KeyCode.ALT).release(KeyCode.V);
        WaitForAsyncUtils.waitForFxEvents();
        try {
            assertTrue(view.isShowing(), "Alt+V opens the View menu");
            // Opened from the keys, the menu stands on its first item that can be chosen, as menus do (no item had
            // been marked, and Enter did nothing until Down). With nothing open the lanes and zones are greyed.
            waitForMarkedItem("menu-dark");
        } finally {
            Fx.interact(view::hide);
        }
        Fx.interact(window::openBundled);
        // Twice: a menu shown again is marked again.
        for (int time = 1; time <= 2; time++) {
            Fx.interact(() -> state.laneModeProperty().set(LaneMode.ACTOR));
            robot.press(KeyCode.ALT, KeyCode.V).release(KeyCode.ALT).release(KeyCode.V);
            try {
                waitForMarkedItem("menu-lanes-category");
                robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
                WaitForAsyncUtils.waitForFxEvents();
            } finally {
                Fx.interact(view::hide);
            }
            assertEquals(LaneMode.CATEGORY, state.laneModeProperty().get(), "Enter chose View's first item, time " + time);
        }
        // Right from View opens Go, marked as well: Enter had closed it.
        robot.press(KeyCode.ALT, KeyCode.V).release(KeyCode.ALT).release(KeyCode.V);
        try {
            waitForMarkedItem("menu-lanes-category");
            Fx.type(KeyCode.RIGHT);
            waitForMarkedItem("menu-previous");
        } finally {
            Fx.interact(() -> bar.getMenus().forEach(Menu::hide));
        }
        // The Lesson menu, which its panel adds to the bar, alike.
        Menu lesson = bar.getMenus().stream().filter(m -> "menu-lesson".equals(m.getId())).findFirst().orElseThrow();
        robot.press(KeyCode.ALT, KeyCode.L).release(KeyCode.ALT).release(KeyCode.L);
        try {
            waitForMarkedItem("menu-lesson-add");
        } finally {
            Fx.interact(lesson::hide);
        }
    }

    private static void waitForMarkedItem(String id) throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Fx.interact(() -> javafx.stage.Window.getWindows()
                .stream().filter(w -> w instanceof javafx.stage.PopupWindow && w.isShowing())
                .anyMatch(w -> w.getScene().getFocusOwner() != null && w.getScene().getFocusOwner().isFocused()
                        && id.equals(w.getScene().getFocusOwner().getId()))));
    }

    /**
     * Where windows cannot be see-through (Xvfb; an X server without a compositor, as on many remote desktops), a
     * menu is drawn without its shadow: the shadow's room in the pop-up's window was painted white, a bright frame
     * round each menu in the dark theme. Where they can (this headless platform), the theme's shadow stays.
     */
    @Test
    void aMenuHasNoShadowWhereItsWindowCannotBeSeeThrough(FxRobot robot) {
        assertEquals(List.of(FontScale.OPAQUE_POPUPS), FontScale.popupSheets(false).stream()
                .filter(s -> !FontScale.popupSheets(true).contains(s)).toList(), "only without see-through windows");
        Fx.interact(() -> Theme.DARK.apply());
        Fx.interact(() -> stage.getScene().getStylesheets().remove(FontScale.OPAQUE_POPUPS)); // whatever the platform
        assertEquals(List.of(true, true), viewMenuLook(robot), "the theme's shadow and round corners");
        Fx.interact(() -> stage.getScene().getStylesheets().add(FontScale.OPAQUE_POPUPS));
        // Square corners too: outside round ones an opaque window showed white specks.
        assertEquals(List.of(false, false), viewMenuLook(robot), "no shadow, square corners for opaque windows");
    }

    /** The scene's fill, which shows where nothing is painted yet, follows the theme the reader switches to. */
    @Test
    void theWindowsFillFollowsTheTheme(FxRobot robot) {
        fire(robot, "menu-dark");
        assertEquals(Theme.DARK.background(), stage.getScene().getFill());
        fire(robot, "menu-dark");
        assertEquals(Theme.LIGHT.background(), stage.getScene().getFill());
    }

    /** Whether the open View menu has a shadow, and whether its background has round corners. */
    private List<Boolean> viewMenuLook(FxRobot robot) {
        robot.press(KeyCode.ALT, KeyCode.V).release(KeyCode.V, KeyCode.ALT);
        WaitForAsyncUtils.waitForFxEvents();
        boolean[] shadow = new boolean[2];
        Fx.interact(() -> {
            javafx.scene.Parent root = javafx.stage.Window.getWindows().stream()
                    .filter(w -> w instanceof javafx.scene.control.ContextMenu && w.isShowing())
                    .map(w -> w.getScene().getRoot()).findFirst()
                    .orElseThrow(() -> new AssertionError("the View menu is open"));
            root.applyCss();
            shadow[0] = root.lookupAll(".context-menu").stream().anyMatch(n -> n.getEffect() != null);
            shadow[1] = root.lookupAll(".context-menu").stream()
                    .filter(n -> n instanceof javafx.scene.layout.Region r && r.getBackground() != null)
                    .flatMap(n -> ((javafx.scene.layout.Region) n).getBackground().getFills().stream())
                    .anyMatch(f -> f.getRadii().getTopLeftHorizontalRadius() > 0);
        });
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        return List.of(shadow[0], shadow[1]);
    }

    @Test
    void everyCommandShowsItsKeyIsGreyedWithoutATimelineWhenItNeedsOneAndDoesWhatItSays(FxRobot robot)
            throws TimeoutException {
        List<Command> commands = commands(robot);
        for (Command c : commands) {
            assertTrue(NEED_A_TIMELINE.contains(c.id()) || ALWAYS.contains(c.id()),
                    c.id() + " is a new command: say here whether it needs a timeline");
            MenuItem item = item(robot, "menu-" + c.id());
            assertEquals(c.key(), item.getAccelerator(), c.id() + " shows its key");
            assertEquals(NEED_A_TIMELINE.contains(c.id()), item.isDisable(), c.id() + " with no timeline open");
        }

        // File ▸ Open Example
        fire(robot, "menu-open-example");
        assertNotNull(state.query(), "the example is open");
        for (Command c : commands) {
            assertFalse(item(robot, "menu-" + c.id()).isDisable(), c.id() + " with a timeline open");
        }

        // View ▸ Fold or Unfold the Selected Event's Lane (F), and Unfold All Lanes (Shift+F). With nothing
        // selected it says what it needs, until an event is selected.
        Fx.interact(() -> state.selectedEventProperty().set(null));
        fire(robot, "menu-fold-lanes");
        assertEquals(0, window.timelineView().foldedLaneCountProperty().get());
        assertEquals(Texts.get("window.foldLanes.selectFirst"), robot.lookup("#status").queryAs(StatusBar.class).getText());
        select(robot, "press-conference");
        assertNotEquals(Texts.get("window.foldLanes.selectFirst"), robot.lookup("#status").queryAs(StatusBar.class).getText(),
                "the hint goes once an event is selected");
        fire(robot, "menu-fold-lanes");
        assertEquals(1, window.timelineView().foldedLaneCountProperty().get(), "its lane folded");
        assertFalse(item(robot, "menu-unfold-lanes").isDisable());
        fire(robot, "menu-unfold-lanes");
        assertEquals(0, window.timelineView().foldedLaneCountProperty().get());
        // Nothing left to unfold: not greyed, as F is not without a selection; Shift+F then says so.
        fire(robot, "menu-unfold-lanes");
        assertEquals(Texts.get("window.unfoldLanes.noneFolded"), robot.lookup("#status").queryAs(StatusBar.class).getText());

        // Go ▸ Previous, First (and Next, Last)
        fire(robot, "menu-last");
        Event last = state.selectedEvent();
        assertEquals(lastEvent(), last);
        fire(robot, "menu-previous");
        assertEquals(events().get(events().size() - 2), state.selectedEvent());
        fire(robot, "menu-first");
        assertEquals(events().get(0), state.selectedEvent());
        fire(robot, "menu-next");
        assertEquals(events().get(1), state.selectedEvent());

        // Edit ▸ Copy (words alone) and Copy with Citation
        select(robot, "press-conference");
        fire(robot, "menu-copy");
        String plain = clipboard(robot);
        assertTrue(plain.startsWith("Joint press conference, "), plain);
        fire(robot, "menu-copy-cited");
        String cited = clipboard(robot);
        assertTrue(cited.startsWith(plain + " \u2014 ") && cited.contains("Associated Press"), cited);

        // Edit ▸ Find
        fire(robot, "menu-find");
        assertTrue(robot.lookup("#search").queryAs(TextField.class).isFocused(), "the search field has the keys");

        // File ▸ Reload keeps the selection in a newly read timeline
        TimelineQuery before = state.query();
        fire(robot, "menu-reload");
        assertNotSame(before, state.query());
        assertEquals("press-conference", state.selectedEvent().id());

        // View ▸ Dark Theme, and back
        fire(robot, "menu-dark");
        assertEquals("DARK", settings.get(Settings.Key.THEME));
        assertTrue(((CheckMenuItem) item(robot, "menu-dark")).isSelected());
        fire(robot, "menu-dark");
        assertEquals("LIGHT", settings.get(Settings.Key.THEME));

        // View ▸ Compare Speakers
        fire(robot, "menu-compare");
        assertNotNull(window.compareWindow());
        assertTrue(window.compareWindow().stage().isShowing());
        // Its type follows the viewer's, and Ctrl+plus and Ctrl+0 work in it too (they had done nothing there).
        javafx.scene.Node compareHeading = robot.lookup(".compare-header").query();
        double compareType = ((javafx.scene.control.Label) compareHeading).getFont().getSize();
        Fx.interact(() -> state.fontScaleProperty().set(1.21));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(compareType * 1.21, ((javafx.scene.control.Label) compareHeading).getFont().getSize(), 0.2,
                "a size chosen in the viewer reaches the open comparison");
        robot.targetWindow(window.compareWindow().stage()).press(KeyCode.CONTROL).type(KeyCode.ADD)
                .release(KeyCode.CONTROL);
        assertEquals(Settings.Key.FONT_SCALE.step(1.21, 1.1), state.fontScaleProperty().get(), 1e-9, "Ctrl+plus in Compare");
        Fx.typeWith(KeyCode.CONTROL, KeyCode.DIGIT0);
        assertEquals(1.0, state.fontScaleProperty().get(), 1e-9, "Ctrl+0 in Compare");
        // And the theme's key, in both windows.
        Fx.typeWith(java.util.List.of(KeyCode.CONTROL, KeyCode.SHIFT), KeyCode.D);
        assertEquals("DARK", settings.get(Settings.Key.THEME), "Ctrl+Shift+D in Compare");
        Fx.typeWith(java.util.List.of(KeyCode.CONTROL, KeyCode.SHIFT), KeyCode.D);
        assertEquals("LIGHT", settings.get(Settings.Key.THEME));
        Fx.interact(() -> window.compareWindow().stage().hide());

        // Present ▸ From the Start (F5) and From the Current Event (Shift+F5)
        select(robot, "press-conference");
        fire(robot, "menu-present");
        assertTrue(window.presentation().isRunning());
        assertEquals(window.presentation().model().slides().get(0).event(), window.presentation().model().current().event(),
                "F5 starts at the first step, whatever is selected");
        Fx.interact(() -> window.presentation().stop());
        select(robot, "press-conference");
        fire(robot, "menu-present-current");
        assertTrue(window.presentation().isRunning());
        assertEquals("press-conference", window.presentation().model().current().event().id());
        Fx.interact(() -> window.presentation().stop());

        // File ▸ Export Quotes: the dialog, clicked once it can be seen
        WaitForAsyncUtils.asyncFx(() -> item(robot, "menu-export").fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#export-panel").tryQuery().isPresent()
                && robot.lookup("Cancel").match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
        robot.clickOn(robot.lookup("Cancel").match(NodeQueryUtils.isVisible()).queryButton());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#export-panel").tryQuery().isEmpty());

        // Help ▸ Keyboard Shortcuts: the key table, both parts
        fire(robot, "menu-shortcuts");
        Node table = robot.lookup("#shortcuts").match(NodeQueryUtils.isVisible()).query();
        Set<String> shown = labels(robot, table);
        for (KeyTable.Row row : KeyTable.viewer()) {
            assertTrue(shown.contains(KeyTable.unbroken(row.keys())), "the shortcuts window lists " + row.keys());
        }
        for (KeyTable.Row row : KeyTable.presentation()) {
            assertTrue(shown.contains(KeyTable.unbroken(row.keys())), "the shortcuts window lists " + row.keys());
        }
        // As tall as the screen allows, and read to its end from the keyboard, the focus on Close: from there only
        // the first ten rows could be read without the mouse.
        javafx.scene.control.ScrollPane keys = (javafx.scene.control.ScrollPane) table.getParent().getParent().getParent();
        javafx.geometry.Rectangle2D visible = javafx.stage.Screen.getPrimary().getVisualBounds();
        assertEquals(Math.min(1000, visible.getHeight() - HelpWindows.WINDOW_FRAME), table.getScene().getHeight(), 1,
                "as tall as the screen has room for: " + table.getScene().getHeight() + " on " + visible.getHeight());
        assertTrue(robot.lookup("#shortcuts-close").queryButton().isFocused());
        assertEquals(0, keys.getVvalue(), 1e-9);
        Fx.type(KeyCode.PAGE_DOWN);
        assertTrue(keys.getVvalue() > 0.05, "Page Down scrolled: " + keys.getVvalue());
        // To a line's top: no line is cut by the view's top edge (by a whole page, one was, through its letters).
        Fx.interact(() -> {
            double edge = keys.localToScene(keys.getLayoutBounds()).getMinY() + keys.snappedTopInset();
            for (Node label : table.lookupAll(".label")) {
                javafx.geometry.Bounds at = label.localToScene(label.getLayoutBounds());
                assertFalse(at.getMinY() < edge - 0.5 && at.getMaxY() > edge + 0.5,
                        ((javafx.scene.control.Label) label).getText() + " cut at " + edge + ": " + at);
            }
        });
        Fx.type(KeyCode.END);
        assertEquals(1, keys.getVvalue(), 1e-9, "End: the last row");
        assertTrue(table.getScene().getWindow().isShowing(), "the keys did not close it");
        robot.clickOn(robot.lookup("#shortcuts-close").queryButton());

        // Help ▸ Timeline File Format: the format's description, its sections listed beside it
        fire(robot, "menu-format-guide");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#format-guide-contents").match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
        ListView<?> sections = robot.lookup("#format-guide-contents").queryListView();
        assertTrue(sections.getItems().stream().anyMatch(s -> ((MarkdownPage.Section) s).title().equals("A complete example")),
                "the guide lists the example's section: " + sections.getItems());
        // Chosen again, the one window comes to the front; no second one is made.
        fire(robot, "menu-format-guide");
        assertEquals(1, robot.lookup("#format-guide-contents").queryAll().size(), "one guide window");
        robot.clickOn(robot.lookup("#format-guide-close").queryButton());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#format-guide-contents").tryQuery().isEmpty());

        // Help ▸ About: version, the libraries' licences and the data's sources
        fire(robot, "menu-about");
        DialogPane about = robot.lookup("#about").match(NodeQueryUtils.isVisible()).queryAs(DialogPane.class);
        String text = robot.from(about).lookup("#about-text .label").queryAllAs(Label.class).stream()
                .map(Label::getText).collect(java.util.stream.Collectors.joining("\n"));
        for (String library : HelpWindows.LIBRARIES) {
            assertTrue(text.contains(library), library);
        }
        assertTrue(text.contains("jsoup") && text.contains("PDFBox") && text.contains("commonmark"), text);
        assertTrue(text.contains("Associated Press"), "the data's sources are named: " + text);
        // Within the screen, heading and OK included (at 1280x720 both stood off it); what is longer scrolls.
        javafx.stage.Window dialog = about.getScene().getWindow();
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        assertTrue(dialog.getY() >= screen.getMinY() && dialog.getY() + dialog.getHeight() <= screen.getMaxY(),
                dialog.getY() + " + " + dialog.getHeight() + " on " + screen.getHeight());
        assertTrue(robot.from(about).lookup(".scroll-pane").tryQuery().isPresent(), "the text scrolls");
        // From the keyboard too, with the focus on OK: in a viewport short enough to scroll, Page Down goes down a
        // page and Home back to the top.
        javafx.scene.control.ScrollPane scroll = robot.from(about).lookup(".scroll-pane").queryAs(javafx.scene.control.ScrollPane.class);
        Fx.interact(() -> {
            scroll.setPrefViewportHeight(120);
            scroll.setMaxHeight(140);
            about.getScene().getWindow().sizeToScene();
            about.layout();
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, scroll.getVvalue(), 1e-9);
        Fx.type(KeyCode.PAGE_DOWN);
        assertTrue(scroll.getVvalue() > 0.05, "Page Down scrolled: " + scroll.getVvalue());
        Fx.type(KeyCode.HOME);
        assertEquals(0, scroll.getVvalue(), 1e-9);
        assertTrue(about.getScene().getWindow().isShowing(), "the keys did not close it");
        robot.clickOn(robot.from(about).lookup(".button").queryButton());

        // File ▸ Quit closes the window
        MenuItem quit = item(robot, "menu-quit");
        Fx.interact(quit::fire);
        assertFalse(stage.isShowing(), "the window has gone");
    }

    /** Ctrl+1 and Ctrl+2 lay the lanes out by category and by actor, as the View menu's two items say. */
    @Test
    void ctrlOneAndTwoChooseTheLanes(FxRobot robot) {
        Fx.interact(window::openBundled);
        assertEquals(LaneMode.CATEGORY, state.laneModeProperty().get());
        Fx.typeWith(KeyCode.CONTROL, KeyCode.DIGIT2);
        assertEquals(LaneMode.ACTOR, state.laneModeProperty().get(), "Ctrl+2: by actor");
        assertTrue(((RadioMenuItem) item(robot, "menu-lanes-actor")).isSelected());
        Fx.typeWith(KeyCode.CONTROL, KeyCode.DIGIT1);
        assertEquals(LaneMode.CATEGORY, state.laneModeProperty().get(), "Ctrl+1: by category");
        Set<String> table = new LinkedHashSet<>();
        KeyTable.viewer().forEach(row -> table.addAll(keysOf(row.keys())));
        for (String id : List.of("menu-lanes-category", "menu-lanes-actor")) {
            assertTrue(table.contains(name(item(robot, id).getAccelerator())), id + " in the key table: " + table);
        }
    }

    @Test
    void everyKeyOfACommandIsInTheKeyTable(FxRobot robot) {
        Set<String> table = new LinkedHashSet<>();
        KeyTable.viewer().forEach(row -> table.addAll(keysOf(row.keys())));
        List<String> missing = new ArrayList<>();
        for (Command c : commands(robot)) {
            if (c.key() != null && !table.contains(name(c.key()))) {
                missing.add(c.id() + " (" + name(c.key()) + ")");
            }
        }
        assertEquals(List.of(), missing, "keys the menu shows but Help ▸ Keyboard Shortcuts and the README do not");
    }

    /** Every key a table row names, in the form {@link #name} gives: "Ctrl + plus / minus / 0" is three. */
    static Set<String> keysOf(String keys) {
        Set<String> out = new LinkedHashSet<>();
        String plain = keys.replaceAll("\\(.*?\\)", "").replace("\u2212", "minus");
        for (String part : plain.split(",")) {
            // A lone "+" is the plus key; "Ctrl + plus" is Ctrl with it.
            String group = part.strip().replaceFirst("^then ", "").replaceAll("^\\+(?=\\s|$)", "plus")
                    .replaceAll("\\s*\\+\\s+", "+");
            String[] alternatives = group.split("\\s*/\\s*");
            String prefix = alternatives[0].contains("+") ? alternatives[0].substring(0, alternatives[0].lastIndexOf('+') + 1) : "";
            for (String a : alternatives) {
                String key = a.strip();
                out.add(normal(key.contains("+") ? key : prefix + key));
            }
        }
        return out;
    }

    /** A command's key as the table writes it: Ctrl, Alt, Shift, then the key. */
    static String name(KeyCombination key) {
        KeyCode code = Shortcut.code(key);
        StringBuilder s = new StringBuilder();
        if (key.getShortcut() == KeyCombination.ModifierValue.DOWN || key.getControl() == KeyCombination.ModifierValue.DOWN) {
            s.append("Ctrl+");
        }
        if (key.getAlt() == KeyCombination.ModifierValue.DOWN) {
            s.append("Alt+");
        }
        if (key.getShift() == KeyCombination.ModifierValue.DOWN) {
            s.append("Shift+");
        }
        s.append(code == KeyCode.PLUS ? "plus" : code == KeyCode.MINUS ? "minus" : code.getName());
        return normal(s.toString());
    }

    private static String normal(String key) {
        return key.strip().toLowerCase(Locale.ROOT);
    }

    private List<Command> commands(FxRobot robot) {
        WindowCommands all = robot.lookup("#menu-bar").queryAs(ShellMenuBar.class).commands();
        List<Command> out = new ArrayList<>();
        for (Field f : WindowCommands.class.getDeclaredFields()) {
            if (f.getType() == Command.class) {
                try {
                    out.add((Command) f.get(all));
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        }
        assertTrue(out.size() > 20, "found the commands: " + out.size());
        return out;
    }

    /** The bundled timeline open, and the zone dialog that menu item {@code id} opens, shown. */
    private void openZoneDialog(FxRobot robot, String id) throws TimeoutException {
        Fx.interact(window::openBundled);
        RenderedPulse.await(robot, window.getScene());
        WaitForAsyncUtils.asyncFx(() -> item(robot, id).fire());
        // Until the dialog's window shows, the field is there but not visible to click.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#zone-filter").match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
    }

    private static javafx.scene.control.Button okButton(FxRobot robot) {
        return robot.lookup(".dialog-pane .button").queryAllAs(javafx.scene.control.Button.class).stream()
                .filter(b -> b.getText().equals(ButtonType.OK.getText())).findFirst().orElseThrow();
    }

    private static MenuItem item(FxRobot robot, String id) {
        MenuItem found = MenuItems.find(robot.lookup("#menu-bar").queryAs(ShellMenuBar.class).getMenus(), id);
        assertNotNull(found, "no menu item " + id);
        return found;
    }

    private void fire(FxRobot robot, String id) {
        MenuItem item = item(robot, id);
        assertFalse(item.isDisable(), id + " is enabled here");
        Fx.interact(item::fire);
        RenderedPulse.await(robot, window.getScene());
    }

    private void select(FxRobot robot, String id) {
        Fx.interact(() -> {
            state.selectedEventProperty().set(state.query().timeline().event(id).orElseThrow());
            window.timelineView().requestFocus();
        });
        RenderedPulse.await(robot, window.getScene());
    }

    private List<Event> events() {
        return state.query().timeline().events();
    }

    private Event lastEvent() {
        return events().get(events().size() - 1);
    }

    private static Set<String> labels(FxRobot robot, Node root) {
        Set<String> out = new LinkedHashSet<>();
        robot.from(root).lookup(".label").queryAllAs(Label.class).forEach(l -> out.add(l.getText()));
        return out;
    }

    private static String clipboard(FxRobot robot) {
        String[] copied = new String[1];
        Fx.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        return copied[0];
    }
}
