package org.summittimeline.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.summittimeline.app.FileDocuments;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.ui.BackgroundWork;
import org.summittimeline.ui.Fx;
import org.summittimeline.ui.Language;
import org.summittimeline.ui.Settings;
import org.summittimeline.ui.Texts;
import org.summittimeline.ui.Theme;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/** View ▸ Language and Help ▸ Open Log Folder. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 90, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ProgramMenusTest {
    private final Settings settings = Settings.inMemory();
    private final List<Path> revealed = new ArrayList<>();
    private boolean fileManager;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Texts.use(Locale.ENGLISH);
        Theme.LIGHT.apply();
        window = new MainWindow(new FileDocuments(new TimelineLoader()), BackgroundWork.sameThread(), settings, url -> { });
        window.offerLogFolder(Path.of("/var/tmp/summit logs"), folder -> {
            revealed.add(folder);
            return fileManager;
        });
        stage.setScene(new Scene(window, 1280, 720));
        stage.show();
    }

    @AfterEach
    void close() throws TimeoutException {
        Texts.use(Locale.ENGLISH);
        FxToolkit.cleanupStages();
    }

    @Test
    void withAFileManagerTheFolderOpensThere(FxRobot robot) {
        fileManager = true;
        Fx.interact(() -> item(robot, "menu-log-folder").fire());
        assertEquals(List.of(Path.of("/var/tmp/summit logs")), revealed);
        assertTrue(robot.lookup("#log-folder").tryQuery().isEmpty(), "no dialog when the folder opened");
    }

    @Test
    void withoutOneThePathIsShownToCopy(FxRobot robot) {
        Fx.interact(() -> item(robot, "menu-log-folder").fire());
        WaitForAsyncUtils.waitForFxEvents();
        DialogPane pane = robot.lookup("#log-folder").match(NodeQueryUtils.isVisible()).queryAs(DialogPane.class);
        assertEquals("/var/tmp/summit logs", robot.from(pane).lookup("#log-folder-path").queryAs(TextField.class).getText());
        robot.clickOn(robot.from(pane).lookup(".button").match((Button b) -> b.getText().equals("Copy Path"))
                .queryButton());
        Fx.interact(() -> assertEquals("/var/tmp/summit logs", Clipboard.getSystemClipboard().getString()));
    }

    @Test
    void aNewLanguageIsRememberedAndTakesEffectAtTheNextStart(FxRobot robot) {
        RadioMenuItem english = (RadioMenuItem) item(robot, "menu-language-en");
        RadioMenuItem german = (RadioMenuItem) item(robot, "menu-language-de");
        assertEquals("English", english.getText());
        assertEquals("Deutsch", german.getText());
        assertTrue(english.isSelected() != german.isSelected(), "one language is ticked");
        Fx.interact(german::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("de", settings.get(Settings.Key.LANGUAGE));
        assertEquals(Locale.GERMAN, Language.next(settings));
        DialogPane pane = robot.lookup("#language-restart").match(NodeQueryUtils.isVisible()).queryAs(DialogPane.class);
        assertEquals("The language changes at the next start.\nDie Sprache wechselt beim nächsten Start.",
                pane.getContentText(), "in the window's language and in the one chosen");
        assertEquals(Locale.ENGLISH, Texts.locale(), "the window keeps its language until the next start");
        robot.clickOn(robot.from(pane).lookup(".button").queryButton());
        // Choosing the window's own language again asks for no restart.
        Fx.interact(english::fire);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("en", settings.get(Settings.Key.LANGUAGE));
        assertFalse(robot.lookup("#language-restart").tryQuery().isPresent());
    }

    @Test
    void theStoredLanguageIsAppliedAndWithoutOneTheSystemsIs() {
        Settings fresh = Settings.inMemory();
        assertEquals(Locale.getDefault(), Language.chosen(fresh));
        fresh.put(Settings.Key.LANGUAGE, "de");
        Language.apply(fresh);
        assertEquals(Locale.GERMAN, Texts.locale());
        assertEquals("Sprache", Texts.get("app.language"));
    }

    @Test
    void inGermanTheLanguagesAndTheLogFolderStillFindTheirMenus(FxRobot robot) {
        MenuBar bar = germanMenuBar(robot);
        MenuItem english = MenuItems.find(bar.getMenus(), "menu-language-en");
        MenuItem logs = MenuItems.find(bar.getMenus(), "menu-log-folder");
        assertTrue(english != null, "View \u25b8 Language is there in German");
        assertTrue(logs != null, "Help \u25b8 Open Log Folder is there in German");
        assertEquals("_Ansicht", english.getParentMenu().getParentMenu().getText());
        assertEquals("_Hilfe", logs.getParentMenu().getText());
        // The citation styles' editions in German too: "APA (7th edition)" stood in the German menu.
        assertEquals("APA (7. Auflage)", MenuItems.find(bar.getMenus(), "menu-cite-apa").getText());
        var help = logs.getParentMenu().getItems();
        assertEquals("menu-about", help.get(help.size() - 1).getId(), "About comes last");
        assertTrue(help.get(help.indexOf(logs) + 1) instanceof javafx.scene.control.SeparatorMenuItem,
                "the log folder ends the group before About's");
    }

    /** JavaFX names keys in English whatever the language; a German menu said "Ctrl+O" beside our own "Strg". */
    @Test
    void inGermanTheMenusNameTheKeysInGerman(FxRobot robot) {
        // macOS's own menu bar writes keys in its symbols, the same in every language (see Shortcut).
        assumeFalse(System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac"));
        MenuBar bar = germanMenuBar(robot);
        assertEquals(List.of("Strg+O", "Strg+R", "Strg+E", "Strg+Umschalt+E", "Strg+Umschalt+B", "Strg+Umschalt+I",
                "Strg+Umschalt+S", "Strg+Q"), shownKeys(robot, bar, "menubar-file"));
        List<String> go = shownKeys(robot, bar, "menubar-go");
        assertTrue(go.containsAll(List.of("Pos1", "Ende")), "Go names Home and End in German: " + go);
        List<String> edit = shownKeys(robot, bar, "menubar-edit");
        assertTrue(edit.contains("Strg+Umschalt+C"), "Edit names Shift in German: " + edit);
    }

    /**
     * In German the toolbar fits 1280 pixels with the example open, as in English: the room kept for the search's
     * count ("keine Ereignisse · keine Zitate") had pushed the theme button into the overflow (»).
     */
    @Test
    void inGermanTheToolbarFits1280Pixels(FxRobot robot) {
        MenuBar bar = germanMenuBar(robot);
        MainWindow german = (MainWindow) bar.getScene().getRoot();
        Fx.interact(german::openBundled);
        WaitForAsyncUtils.waitForFxEvents();
        Fx.interact(() -> german.layout());
        javafx.scene.control.ToolBar tools = (javafx.scene.control.ToolBar) german.lookup("#search").getParent()
                .getParent();
        assertTrue(tools.lookupAll(".tool-bar-overflow-button").stream().noneMatch(javafx.scene.Node::isVisible),
                "everything fits at 1280 pixels in German");
    }

    /**
     * In German the Lesson tab's step buttons stand in one row at 1280 pixels, as in English: "Unterrichtsstunde
     * präsentieren" had wrapped to a second row and pushed the list down ("Stunde präsentieren" fits).
     */
    @Test
    void inGermanTheLessonButtonsShareOneRow(FxRobot robot) {
        MainWindow german = (MainWindow) germanMenuBar(robot).getScene().getRoot();
        Fx.interact(german::openBundled);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.TabPane side = (javafx.scene.control.TabPane) german.lookup(".side-panel");
        Fx.interact(() -> side.getSelectionModel().select(side.getTabs().stream()
                .filter(t -> "tab-lesson".equals(t.getId())).findFirst().orElseThrow()));
        Fx.interact(german::layout);
        List<Double> rows = new ArrayList<>();
        for (String id : List.of("#lesson-add", "#lesson-up", "#lesson-down", "#lesson-remove", "#lesson-present")) {
            rows.add(german.lookup(id).getBoundsInParent().getMinY());
        }
        assertEquals(1, rows.stream().distinct().count(), "one row: " + rows);
    }

    /** The menu bar of a second window, made in German (with a log folder to offer). */
    private static MenuBar germanMenuBar(FxRobot robot) {
        MenuBar[] bar = new MenuBar[1];
        Fx.interact(() -> {
            Texts.use(Locale.GERMAN);
            MainWindow german = new MainWindow(new FileDocuments(new TimelineLoader()), BackgroundWork.sameThread(),
                    Settings.inMemory(), url -> { });
            german.offerLogFolder(Path.of("/var/tmp/summit logs"), folder -> true);
            Stage second = new Stage();
            second.setScene(new Scene(german, 1280, 720));
            second.show();
            bar[0] = (MenuBar) german.lookup("#menu-bar");
        });
        return bar[0];
    }

    /** The keys a menu shows beside its items, read from the menu as it opens. */
    private static List<String> shownKeys(FxRobot robot, MenuBar bar, String menuId) {
        Menu menu = bar.getMenus().stream().filter(m -> menuId.equals(m.getId())).findFirst().orElseThrow();
        Fx.interact(menu::show);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> keys = new ArrayList<>();
        for (Label label : robot.lookup(".accelerator-text").queryAllAs(Label.class)) {
            if (label.isVisible() && !label.getText().isEmpty()) {
                keys.add(label.getText());
            }
        }
        Fx.interact(menu::hide);
        return keys;
    }

    private static MenuItem item(FxRobot robot, String id) {
        MenuItem found = MenuItems.find(robot.lookup("#menu-bar").queryAs(MenuBar.class).getMenus(), id);
        if (found == null) {
            throw new AssertionError("no menu item " + id);
        }
        return found;
    }

}
