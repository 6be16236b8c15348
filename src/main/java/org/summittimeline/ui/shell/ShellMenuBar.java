package org.summittimeline.ui.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import org.summittimeline.export.CitationStyle;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import org.summittimeline.ui.AppState;
import org.summittimeline.ui.Shortcut;
import org.summittimeline.ui.Texts;
import org.summittimeline.ui.timeline.layout.LaneMode;

/**
 * The menu bar, as desktop programs have it: File, Edit, View, Go, Present, Help. Every item is one of the
 * window's {@link Command}s and shows its key; the zone menus and Open Recent are rebuilt when what they offer
 * changes.
 */
final class ShellMenuBar extends MenuBar {
    private final WindowCommands commands;
    private final AppState state;
    private final Menu recent = new Menu(Texts.get("window.menu.recent"));
    private final Menu zones = new Menu(Texts.get("window.menu.zone"));
    private final Menu secondZones = new Menu(Texts.get("window.menu.secondZone"));
    private final CheckMenuItem dark;
    private final Findings findings;
    private final CheckMenuItem liveReload = new CheckMenuItem(Texts.get("window.menu.liveReload"));

    /** The keys and clicks that the bar's menus and the window's lists answer beside JavaFX's own (MenuKeys). */
    private final MenuKeys keys = new MenuKeys(this);

    /** The menus' names a little smaller where at the reader's type they are wider than the bar (FittedNames). */
    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        List<Region> buttons = new ArrayList<>();
        for (Node n : lookupAll(".menu-bar > .container > .menu-button")) {
            buttons.add((Region) n);
        }
        if (buttons.isEmpty() || !(buttons.get(0) instanceof Labeled first) || !(first.getParent() instanceof HBox row)) {
            return;
        }
        double room = getWidth() - snappedLeftInset() - snappedRightInset() - row.snappedLeftInset()
                - row.snappedRightInset() - row.getSpacing() * (buttons.size() - 1);
        if (FittedNames.fit(this, buttons, room, false, () -> first.getFont().getSize(),
                FontScale.DESIGNED_SIZE * state.fontScaleProperty().get())) {
            super.layoutChildren();
        }
    }

    ShellMenuBar(WindowCommands c, AppState state, Supplier<List<Path>> recentFiles, Consumer<Path> openFile,
                 Runnable chooseZone, Findings findings) {
        this.commands = c;
        this.state = state;
        this.findings = findings;
        setId("menu-bar");
        setUseSystemMenuBar(true);
        recent.setId("menu-recent");
        recent.setOnShowing(e -> showRecent(recentFiles.get(), openFile));
        showRecent(recentFiles.get(), openFile);
        Menu file = menu("file", Texts.get("window.menu.file"), item(c.open), recent, item(c.openExample), item(c.reload), new SeparatorMenuItem(),
                item(c.export), item(c.exportEvents), item(c.exportSources), item(c.exportImage), item(c.exportJson),
                new SeparatorMenuItem(),
                item(c.quit));
        Menu edit = menu("edit", Texts.get("window.menu.edit"), item(c.copyCited), item(c.copy), item(c.copyCitation), citationStyles(c, findings),
                new SeparatorMenuItem(), item(c.find), item(c.findNext), item(c.findPrevious));
        ToggleGroup lanes = new ToggleGroup();
        RadioMenuItem byCategory = new RadioMenuItem(Texts.get("window.menu.lanesByCategory"));
        RadioMenuItem byActor = new RadioMenuItem(Texts.get("window.menu.lanesByActor"));
        byCategory.setId("menu-lanes-category");
        byActor.setId("menu-lanes-actor");
        // A key for each way of laying out the lanes, as views have in most programs: the switch had been in the
        // menu and the toolbar alone (a new user's walk).
        byCategory.setAccelerator(Shortcut.of(KeyCode.DIGIT1, KeyCombination.SHORTCUT_DOWN));
        byActor.setAccelerator(Shortcut.of(KeyCode.DIGIT2, KeyCombination.SHORTCUT_DOWN));
        byCategory.setToggleGroup(lanes);
        byActor.setToggleGroup(lanes);
        byCategory.setOnAction(e -> state.laneModeProperty().set(LaneMode.CATEGORY));
        byActor.setOnAction(e -> state.laneModeProperty().set(LaneMode.ACTOR));
        for (MenuItem needsTimeline : List.of(byCategory, byActor)) {
            needsTimeline.disableProperty().bind(c.fit.enabled().not());
        }
        Runnable showLanes = () -> (state.laneModeProperty().get() == LaneMode.ACTOR ? byActor : byCategory).setSelected(true);
        state.laneModeProperty().addListener((obs, old, m) -> showLanes.run());
        showLanes.run();
        zones.setId("menu-zone");
        secondZones.setId("menu-second-zone");
        MenuItem otherZone = new MenuItem(Texts.get("window.menu.otherZone"));
        otherZone.setId("menu-other-zone");
        otherZone.setOnAction(e -> chooseZone.run());
        otherZone.disableProperty().bind(c.fit.enabled().not());
        zones.disableProperty().bind(c.fit.enabled().not());
        secondZones.disableProperty().bind(c.fit.enabled().not());
        dark = new CheckMenuItem(c.dark.text());
        dark.setId("menu-dark");
        dark.setAccelerator(c.dark.key());
        dark.setOnAction(e -> c.dark.runIfEnabled());
        Menu size = menu("text-size", Texts.get("window.menu.textSize"), item(c.larger), item(c.smaller), item(c.resetSize));
        // The menu says the size chosen: after a few presses of Ctrl+plus nothing else in the window says it.
        Runnable showSize = () -> size.setText(Texts.format("window.menu.textSize.current",
                Math.round(state.fontScaleProperty().get() * 100)));
        state.fontScaleProperty().addListener(o -> showSize.run());
        showSize.run();
        Menu view = menu("view", Texts.get("window.menu.view"), byCategory, byActor, new SeparatorMenuItem(), zones, secondZones, otherZone,
                new SeparatorMenuItem(), dark, size, new SeparatorMenuItem(), item(c.zoomIn), item(c.zoomOut), item(c.fit),
                item(c.foldLanes), item(c.unfoldLanes), new SeparatorMenuItem(), liveReload, item(c.compare));
        Menu go = menu("go", Texts.get("window.menu.go"), item(c.previous), item(c.next), item(c.first), item(c.last));
        Menu present = menu("present", Texts.get("window.menu.present"), item(c.presentFromStart), item(c.presentFromCurrent), item(c.presenterView));
        Menu help = menu("help", Texts.get("window.menu.help"), item(c.shortcuts), item(c.formatGuide), new SeparatorMenuItem(),
                item(c.about));
        // Menus added later too: the Lesson menu is its panel's (Alt+L had opened it unmarked; a new user's walk).
        getMenus().addListener((ListChangeListener<Menu>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(keys::markedWhenOpenedByKeys);
            }
        });
        getMenus().addAll(file, edit, view, go, present, help);
    }

    /** Adds items at the end of the menu with {@code id} ("menubar-view", "menubar-help"), after a separator. */
    void append(String id, MenuItem... items) {
        menu(id).ifPresent(m -> {
            m.getItems().add(new SeparatorMenuItem());
            m.getItems().addAll(items);
        });
    }

    private Optional<Menu> menu(String id) {
        return getMenus().stream().filter(m -> id.equals(m.getId())).findFirst();
    }

    /**
     * Adds an item to the menu with {@code id} before its last group (Help ▸ About, which programs put last; a new
     * user's walk found Open Log Folder after it).
     */
    void insertBeforeLastGroup(String id, MenuItem item) {
        menu(id).ifPresent(m -> {
            int separator = m.getItems().size() - 1;
            while (separator > 0 && !(m.getItems().get(separator) instanceof SeparatorMenuItem)) {
                separator--;
            }
            // A menu of one group (or none) takes the item at its end.
            m.getItems().add(separator > 0 ? separator : m.getItems().size(), item);
        });
    }

    /** Edit ▸ Copy in Citation Style As: each style copies the selection cited in it, and becomes the one remembered. */
    private static Menu citationStyles(WindowCommands c, Findings findings) {
        Menu styles = new Menu(Texts.get("cite.menu.copyAs"));
        styles.setId("menu-copy-citation-as");
        ToggleGroup group = new ToggleGroup();
        for (CitationStyle style : CitationStyle.values()) {
            // In the window's language: "APA (7. Auflage)" in German, where the English edition stood.
            RadioMenuItem item = new RadioMenuItem(Texts.get("cite.style." + style.name()));
            item.setId("menu-cite-" + style.name().toLowerCase(Locale.ROOT));
            item.setMnemonicParsing(false);
            item.setToggleGroup(group);
            item.setSelected(findings.citationStyleProperty().get() == style);
            item.setOnAction(e -> findings.copyCitation(style));
            findings.citationStyleProperty().addListener((obs, old, now) -> item.setSelected(now == style));
            styles.getItems().add(item);
        }
        styles.disableProperty().bind(c.copyCitation.enabled().not());
        return styles;
    }

    /**
     * The live reload toggle shows {@code on} and hands the reader's choice to {@code choose}; greyed while no file
     * on disk is open ({@code watchable}): with the example open it stood unticked, read as live reload turned off.
     */
    void liveReload(BooleanProperty on, Consumer<Boolean> choose, ObservableBooleanValue watchable) {
        liveReload.setId("menu-live-reload");
        liveReload.disableProperty().bind(Bindings.not(watchable));
        liveReload.setText(Texts.get("open.liveReloadMenu"));
        liveReload.setSelected(on.get());
        on.addListener((obs, was, now) -> liveReload.setSelected(now));
        liveReload.setOnAction(e -> choose.accept(liveReload.isSelected()));
    }

    /** Shows whether the dark theme is on, when it changes elsewhere. */
    void showDark(boolean on) {
        dark.setSelected(on);
    }

    /**
     * The zones offered now (from the open timeline), with the chosen one ticked; the second axis's end with Other
     * Zone… ({@code otherSecond}), as the View menu's own does for the main axis: a walker looking there for Tokyo
     * found New York and UTC alone.
     */
    void showZones(List<ZoneChoices.Choice> axis, ZoneId main, ZoneId second, Runnable otherSecond) {
        fill(zones, axis, main, z -> state.zoneProperty().set(z));
        fill(secondZones, ZoneChoices.forSecondAxis(axis, main), second, z -> state.secondZoneProperty().set(z));
        MenuItem other = new MenuItem(Texts.get("window.menu.otherZone"));
        other.setId("menu-second-other-zone");
        other.setOnAction(e -> otherSecond.run());
        secondZones.getItems().addAll(new SeparatorMenuItem(), other);
    }

    private static void fill(Menu menu, List<ZoneChoices.Choice> choices, ZoneId chosen, Consumer<ZoneId> choose) {
        ToggleGroup group = new ToggleGroup();
        menu.getItems().clear();
        for (ZoneChoices.Choice choice : choices) {
            RadioMenuItem item = new RadioMenuItem(choice.label());
            item.setMnemonicParsing(false);
            item.setToggleGroup(group);
            item.setSelected(choice.zone() == null ? chosen == null : choice.zone().equals(chosen));
            item.setOnAction(e -> choose.accept(choice.zone()));
            menu.getItems().add(item);
        }
    }

    private void showRecent(List<Path> files, Consumer<Path> openFile) {
        recent.getItems().clear();
        for (Path f : files) {
            MenuItem item = new MenuItem(f.getFileName() + "  \u2014  " + f.toAbsolutePath().getParent());
            item.setMnemonicParsing(false);
            // A file that has gone is shown greyed, so the list still says what was opened.
            item.setDisable(!Files.isRegularFile(f));
            item.setOnAction(e -> openFile.accept(f));
            recent.getItems().add(item);
        }
        if (files.isEmpty()) {
            MenuItem none = new MenuItem(Texts.get("window.menu.recentNone"));
            none.setDisable(true);
            recent.getItems().add(none);
        }
    }

    /** The id is the menu's own, not its words: the words change with the language, "menubar-view" does not. */
    private static Menu menu(String id, String name, MenuItem... items) {
        // Alt and the first letter opens it, as in every desktop program: File F, Edit E, View V, Go G, Present P.
        Menu m = new Menu("_" + name);
        m.setId("menubar-" + id);
        m.getItems().addAll(items);
        return m;
    }

    /** File ▸ Export: the formats a timeline leaves the program in. */
    private MenuItem item(Command c) {
        return item(c, "menu-", true);
    }

    private MenuItem item(Command c, String idPrefix, boolean withKey) {
        MenuItem item = new MenuItem(c.text());
        item.setId(idPrefix + c.id());
        item.setMnemonicParsing(false);
        if (withKey && c.key() != null) {
            item.setAccelerator(c.key());
        }
        item.disableProperty().bind(c.enabled().not());
        if (c == commands.copyCitation) {
            // The style by its name: "Copy in Citation Style" left the reader to open the submenu to learn which.
            item.textProperty().bind(Bindings.createStringBinding(() -> Texts.format("cite.menu.copyIn",
                    Texts.get("cite.style." + findings.citationStyleProperty().get().name())),
                    findings.citationStyleProperty()));
        }
        boolean plain = WindowCommands.isPlainKey(c);
        // A list has no use for a letter: F and Shift+F pressed in the quote list had folded nothing and said nothing.
        boolean letter = plain && Shortcut.code(c.key()).isLetterKey();
        item.setOnAction(e -> {
            // A plain key (0, +, arrows) belongs to what has the focus when that is a text field or a list; chosen
            // in the menu, the command is the reader's whatever has the focus (Go ▸ Next Event had done nothing
            // with the caret in the search box).
            if (!plain || !keys.keyDown() || !typingElsewhere(letter)) {
                c.runIfEnabled();
            }
        });
        return item;
    }

    /**
     * Edit's copy commands again, for a quote's right-click menu: the same words and acts, without the keys, which
     * the menu bar holds (a context menu's keys are the scene's as well, and would leave it with the list).
     */
    List<MenuItem> copyItems() {
        return Stream.of(commands.copyCited, commands.copy, commands.copyCitation)
                .map(c -> item(c, "quote-menu-", false)).toList();
    }

    private boolean typingElsewhere(boolean letter) {
        Scene scene = getScene();
        Node focus = scene == null ? null : scene.getFocusOwner();
        return focus instanceof TextInputControl || !letter && focus instanceof ListView;
    }

    WindowCommands commands() {
        return commands;
    }
}
