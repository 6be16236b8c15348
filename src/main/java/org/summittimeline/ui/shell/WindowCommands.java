package org.summittimeline.ui.shell;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.BooleanExpression;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import org.summittimeline.ui.Shortcut;
import org.summittimeline.ui.Texts;
import org.summittimeline.ui.help.FormatGuide;

/**
 * Every command of the window, named once: the menu bar, the toolbar and the keyboard all use these. Commands
 * that need a timeline are disabled while none is open.
 */
final class WindowCommands {
    private static final KeyCombination.Modifier SHORTCUT = KeyCombination.SHORTCUT_DOWN;
    private static final KeyCombination.Modifier SHIFT = KeyCombination.SHIFT_DOWN;
    private static final KeyCombination.Modifier ALT = KeyCombination.ALT_DOWN;

    final Command open;
    final Command openExample;
    final Command reload;
    final Command export;
    final Command exportImage;
    final Command exportEvents;
    final Command exportSources;
    final Command exportJson;
    final Command quit;
    final Command copy;
    final Command copyCited;
    final Command copyCitation;
    final Command find;
    final Command findNext;
    final Command findPrevious;
    final Command fit;
    final Command zoomIn;
    final Command zoomOut;
    final Command foldLanes;
    final Command unfoldLanes;
    final Command previous;
    final Command next;
    final Command first;
    final Command last;
    final Command presentFromStart;
    final Command presentFromCurrent;
    final Command presenterView;
    final Command larger;
    final Command smaller;
    final Command resetSize;
    final Command dark;
    final Command shortcuts;
    final Command formatGuide;
    final Command about;
    final Command compare;

    /**
     * {@code hasTimeline}: a timeline is on screen; {@code wholeTimeline}: and it is the whole file, not its events
     * shown while the quotes are still read (exports and comparing would miss the quotes); {@code hasFile}: a file
     * read is on screen, as a timeline or as its problems, which Reload reads again. With none (a first file's
     * reading cancelled) Reload opened the example, at the cancelled file's zoom.
     */
    WindowCommands(MainWindow w, BooleanExpression hasTimeline, BooleanExpression wholeTimeline,
                   BooleanExpression hasFile) {
        ReadOnlyBooleanProperty always = new SimpleBooleanProperty(true);
        open = new Command("open", Texts.get("window.command.open"), key(KeyCode.O, SHORTCUT), w::chooseFile, always);
        openExample = new Command("open-example", Texts.get("window.command.openExample"),
                null, w::openBundled, always);
        reload = new Command("reload", Texts.get("window.command.reload"), key(KeyCode.R, SHORTCUT), w::reload, hasFile);
        // A file without quotes (a TimelineJS file has none) offered to export its quotes, and wrote a header alone.
        BooleanBinding hasQuotes = Bindings.createBooleanBinding(() -> wholeTimeline.get() && w.state().query() != null
                && !w.state().query().timeline().quotes().isEmpty(), wholeTimeline, w.state().queryProperty());
        export = new Command("export", Texts.get("window.command.export"),
                key(KeyCode.E, SHORTCUT), () -> w.findings().exportQuotes(), hasQuotes);
        // Each export has its key, as Export Quotes has: a researcher exporting what a filter found reached the
        // others only through the File menu. B for bibliography; S as in Save As, which writes the file anew.
        exportImage = new Command("export-image", Texts.get("export.menu.image"),
                key(KeyCode.I, SHORTCUT, SHIFT), () -> w.findings().exportImage(), wholeTimeline);
        exportEvents = new Command("export-events", Texts.get("export.menu.events"),
                key(KeyCode.E, SHORTCUT, SHIFT), () -> w.findings().exportEvents(), wholeTimeline);
        exportSources = new Command("export-sources", Texts.get("export.menu.sources"),
                key(KeyCode.B, SHORTCUT, SHIFT), () -> w.findings().exportSources(), wholeTimeline);
        exportJson = new Command("export-json", Texts.get("import.exportJson.menu"),
                key(KeyCode.S, SHORTCUT, SHIFT), () -> w.findings().exportTimeline(null), wholeTimeline);
        quit = new Command("quit", Texts.get("window.command.quit"), key(KeyCode.Q, SHORTCUT), w::quit, always);
        // Not greyed without a selection, as F is not: Ctrl+C pressed with nothing chosen had done nothing and said
        // nothing, and the reader could not tell whether anything was copied.
        copy = new Command("copy", Texts.get("window.command.copy"),
                key(KeyCode.C, SHORTCUT, SHIFT), () -> copyOrSayWhy(w, () -> w.copySelection(false)), hasTimeline);
        copyCited = new Command("copy-cited", Texts.get("window.command.copyCited"),
                key(KeyCode.C, SHORTCUT), () -> copyOrSayWhy(w, () -> w.copySelection(true)), hasTimeline);
        copyCitation = new Command("copy-citation", Texts.get("cite.menu.copy"), key(KeyCode.C, SHORTCUT, ALT),
                () -> copyOrSayWhy(w, () -> w.findings().copyCitation()), hasTimeline);
        find = new Command("find", Texts.get("window.command.find"),
                key(KeyCode.F, SHORTCUT), w::focusSearch, hasTimeline);
        findNext = new Command("find-next", Texts.get("window.command.findNext"), key(KeyCode.F3),
                () -> w.stepMatch(false), hasTimeline);
        findPrevious = new Command("find-previous", Texts.get("window.command.findPrevious"),
                key(KeyCode.F3, SHIFT), () -> w.stepMatch(true), hasTimeline);
        fit = new Command("fit", Texts.get("window.command.fit"),
                key(KeyCode.DIGIT0), () -> w.timelineView().zoomToFit(), hasTimeline);
        zoomIn = new Command("zoom-in", Texts.get("window.command.zoomIn"),
                key(KeyCode.PLUS), () -> w.timelineView().zoomIn(), hasTimeline);
        zoomOut = new Command("zoom-out", Texts.get("window.command.zoomOut"),
                key(KeyCode.MINUS), () -> w.timelineView().zoomOut(), hasTimeline);
        // Not greyed without a selection: F is pressed without a look at the menu, and then says what it needs.
        foldLanes = new Command("fold-lanes", Texts.get("window.command.foldLanes"), key(KeyCode.F),
                () -> foldOrSayWhy(w), hasTimeline);
        // Shift+F: a reader who had folded lanes with F pressed Shift+F to open them all, and nothing happened. Not
        // greyed with none folded, as F is not without a selection: the key then says so.
        unfoldLanes = new Command("unfold-lanes", Texts.get("window.command.unfoldLanes"), key(KeyCode.F, SHIFT),
                () -> unfoldOrSayWhy(w), hasTimeline);
        previous = new Command("previous", Texts.get("window.command.previous"),
                key(KeyCode.LEFT), () -> w.timelineView().selectRelative(-1), hasTimeline);
        next = new Command("next", Texts.get("window.command.next"),
                key(KeyCode.RIGHT), () -> w.timelineView().selectRelative(1), hasTimeline);
        first = new Command("first", Texts.get("window.command.first"),
                key(KeyCode.HOME), () -> w.timelineView().selectFirst(), hasTimeline);
        last = new Command("last", Texts.get("window.command.last"),
                key(KeyCode.END), () -> w.timelineView().selectLast(), hasTimeline);
        presentFromStart = new Command("present", Texts.get("window.command.presentFromStart"),
                key(KeyCode.F5), () -> w.present(false), hasTimeline);
        presentFromCurrent = new Command("present-current", Texts.get("window.command.presentFromCurrent"),
                key(KeyCode.F5, SHIFT), () -> w.present(true), hasTimeline);
        presenterView = new Command("presenter-view", Texts.get("window.command.presenterView"),
                key(KeyCode.F5, SHORTCUT), w::presentWithOverlay, hasTimeline);
        larger = new Command("larger", Texts.get("window.command.larger"),
                key(KeyCode.PLUS, SHORTCUT), () -> w.appearance().scaleText(1.1), always);
        smaller = new Command("smaller", Texts.get("window.command.smaller"),
                key(KeyCode.MINUS, SHORTCUT), () -> w.appearance().scaleText(1 / 1.1), always);
        resetSize = new Command("reset-size", Texts.get("window.command.resetSize"),
                key(KeyCode.DIGIT0, SHORTCUT), () -> w.appearance().scaleText(0), always);
        dark = new Command("dark", Texts.get("window.command.dark"),
                key(KeyCode.D, SHORTCUT, SHIFT), () -> w.appearance().toggleDark(), always);
        shortcuts = new Command("shortcuts", Texts.get("window.command.shortcuts"),
                key(KeyCode.F1), () -> HelpWindows.shortcuts(w.window()).show(), always);
        w.presentation().onKeysAsked(owner -> HelpWindows.shortcuts(owner, true, w.window()));
        formatGuide = new Command("format-guide", Texts.get("window.command.formatGuide"), null,
                () -> FormatGuide.show(w.window(), w.findings().saveFolder(), w.findings()::notToReplace),
                always);
        about = new Command("about", Texts.get("window.command.about"), null, () -> HelpWindows.about(w.window()),
                always);
        compare = new Command("compare", Texts.get("compare.menu"), key(KeyCode.K, SHORTCUT, SHIFT), w::showCompare,
                wholeTimeline);
    }

    private static KeyCombination key(KeyCode code, KeyCombination.Modifier... modifiers) {
        return Shortcut.of(code, modifiers);
    }

    /**
     * Keys without a modifier are the timeline's own; a menu only names them, so they never reach a text field. The
     * function keys are the window's: F1, F3 (the next match, from the search box too) and F5. A letter with Shift is
     * a capital in a text field, and plain as well.
     */
    static boolean isPlainKey(Command c) {
        KeyCombination k = c.key();
        return k != null && k.getShortcut() == KeyCombination.ModifierValue.UP
                && (k.getShift() == KeyCombination.ModifierValue.UP || Shortcut.code(k).isLetterKey())
                && k.getControl() == KeyCombination.ModifierValue.UP
                && k.getAlt() == KeyCombination.ModifierValue.UP && Shortcut.code(k) != KeyCode.F5
                && Shortcut.code(k) != KeyCode.F1 && Shortcut.code(k) != KeyCode.F3;
    }

    private static void copyOrSayWhy(MainWindow w, Runnable copy) {
        if (w.state().selectedEvent() == null && w.state().selectedQuoteProperty().get() == null) {
            // A field copies its own text: on macOS the system menu bar fires the menu's key as well.
            if (w.getScene() != null && w.getScene().getFocusOwner() instanceof TextInputControl) {
                return;
            }
            w.status().hintUntil(Texts.get("window.copy.selectFirst"), w.state().selectedEventProperty());
        } else {
            copy.run();
        }
    }

    private static void unfoldOrSayWhy(MainWindow w) {
        if (w.timelineView().foldedLaneCountProperty().get() == 0) {
            w.status().hintUntil(Texts.get("window.unfoldLanes.noneFolded"),
                    w.timelineView().foldedLaneCountProperty(), w.state().laneModeProperty());
        } else {
            int folded = w.timelineView().foldedLaneCountProperty().get();
            w.timelineView().unfoldAllLanes();
            // Taken back when the lanes change too: by actor after Shift+F, "Unfolded 2 lanes" spoke of others.
            w.status().hintUntil(Texts.format("window.unfoldLanes.done", folded),
                    w.timelineView().foldedLaneCountProperty(), w.state().laneModeProperty());
        }
    }

    private static void foldOrSayWhy(MainWindow w) {
        if (w.state().selectedEvent() == null) {
            w.status().hintUntil(Texts.get("window.foldLanes.selectFirst"), w.state().selectedEventProperty());
        } else {
            // Said, as it is done out of the pointer's sight: F on Air Force One by actor folded two lanes silently.
            int before = w.timelineView().foldedLaneCountProperty().get();
            w.timelineView().foldSelectedEventLanes();
            int now = w.timelineView().foldedLaneCountProperty().get();
            if (now != before) {
                w.status().hintUntil(Texts.format(now > before ? "window.foldLanes.folded" : "window.foldLanes.unfolded",
                        Math.abs(now - before)), w.state().selectedEventProperty(), w.state().laneModeProperty());
            }
        }
    }
}
