package org.summittimeline.ui.shell;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.summittimeline.format.LoadResult;
import org.summittimeline.ui.AppState;
import org.summittimeline.ui.BackgroundWork;
import org.summittimeline.ui.Settings;
import org.summittimeline.ui.Texts;
import org.summittimeline.ui.compare.CompareWindow;
import org.summittimeline.ui.details.EventDetails;
import org.summittimeline.ui.help.FormatGuide;
import org.summittimeline.ui.lesson.LessonPanel;
import org.summittimeline.ui.present.PresentationMode;
import org.summittimeline.ui.quotes.QuotePanel;
import org.summittimeline.ui.timeline.TimelineView;

/**
 * The viewer window: menu bar, toolbar and filter bar over the timeline, event details below it, quotes and the
 * events list to the right, and a status line. It composes the views, opens files through the background work
 * and keeps the remembered settings; each view and model does its own work.
 */
public final class MainWindow extends BorderPane {
    static final String STYLESHEET = MainWindow.class.getResource("shell.css").toExternalForm();
    private static final Logger LOG = Logger.getLogger(MainWindow.class.getName());

    private final Settings settings;
    private final AppState state;
    private final TimelineView timeline;
    private final QuotePanel quotes;
    private final EventDetails details;
    private final EventList eventList;
    private final FilterBarModel filters;
    private final StackPane centre = new StackPane();
    private final SplitPane mainSplit = new SplitPane();
    private final SplitPane leftSplit = new SplitPane();
    private final StatusLine status;
    private final ShellToolbar toolbar;
    private final ShellMenuBar menu;
    private final WindowCommands commands;
    private final ReadOnlyObjectWrapper<LoadResult> loaded = new ReadOnlyObjectWrapper<>(this, "loaded");
    private final ReadOnlyBooleanWrapper showingTimeline = new ReadOnlyBooleanWrapper(this, "showingTimeline");
    private final PresentationMode presentation;
    private final LessonPanel lesson;
    private final Appearance appearance;
    private final ZoneOffer zones;
    private final RecentFiles recent;
    private final Findings findings;
    /** The file on screen (null: the bundled timeline); exports never write over it, Reload reads it again. */
    private Path currentFile;
    private final Opening opening;
    private final ProblemsBeside problems;
    private final PresentWhenRead presenting;
    private CompareWindow compare;

    public MainWindow(TimelineDocuments documents, BackgroundWork work, Settings settings, Consumer<String> openLink) {
        this.settings = settings;
        this.state = new AppState(work);
        this.recent = new RecentFiles(settings);
        this.status = new StatusLine(() -> StatusLine.warningsDialog(loaded.get(), window()));
        this.opening = new Opening(documents, work, status, settings, this::show, this::failed, this::onScreen,
                this::cancelled, () -> timelineView().framesDrawn(), () -> state.laneModeProperty().get());
        this.problems = new ProblemsBeside(centre, mainSplit, showingTimeline::get, status, this::window,
                this::showProblemsAlone, this::chooseFile, this::reload,
                () -> FormatGuide.show(window(), findings().saveFolder(), findings()::notToReplace), work);
        getStylesheets().add(STYLESHEET);
        getStyleClass().add("main-window");
        presentation = new PresentationMode(state, settings);
        // Over the quote panel, which says the quotes are coming: at the bottom it would cover the reading's Cancel,
        // at the top the toolbar's controls.
        presenting = new PresentWhenRead(state, presentation::start, presentation::isRunning,
                () -> presentation.audienceView().overlayShownProperty().set(true), opening::isReading,
                text -> problems.notify(text, Pos.CENTER_RIGHT));
        appearance = new Appearance(settings, state, this::getScene).largerOnCtrlEquals(this);
        timeline = TimelineBinding.bind(new TimelineView(), state);
        timeline.setId("timeline");
        quotes = new QuotePanel(state, () -> copySelection(true));
        details = new EventDetails(state, openLink);
        eventList = new EventList(state);
        filters = new FilterBarModel(state);
        BooleanBinding hasTimeline = showingTimeline.getReadOnlyProperty().and(state.queryProperty().isNotNull());
        findings = new Findings(state, work, settings, timeline, this::window, opening.guard(() -> currentFile),
                () -> currentFile, status::sayAside);
        lesson = new LessonPanel(state, presentation, work, () -> LessonPanel.Source.of(currentFile, loaded.get(),
                opening.guard(() -> currentFile)), findings.saveFolder(), said -> status.hintUntil(said, state.selectedEventProperty()));
        commands = new WindowCommands(this, hasTimeline, hasTimeline.and(state.wholeTimelineProperty()), loaded.isNotNull());
        toolbar = new ShellToolbar(commands, state, timeline::requestFocus, status::sayAside, status::endAside);
        menu = new ShellMenuBar(commands, state, recent::list, this::open, this::chooseOtherZone, findings);
        quotes.useQuoteMenu(menu.copyItems());
        menu.append("menubar-view", LanguageMenu.of(settings, this::window));
        menu.getMenus().add(menu.getMenus().size() - 1, lesson.menu());
        appearance.showThemeOn(toolbar, menu);
        zones = new ZoneOffer(state, toolbar, menu, this::window);
        FilterBar filterBar = new FilterBar(filters, state.zoneProperty());
        filterBar.disableProperty().bind(hasTimeline.not());
        filterBar.zoomKeysTo(timeline);
        setTop(new VBox(menu, toolbar.row(), filterBar));
        TabPane side = CentrePanes.build(mainSplit, leftSplit, timeline, details, quotes, eventList, lesson.tab(),
                settings, problems::isShown, state.fontScaleProperty());
        // A lesson is presented from its tab: the quote it stopped at is shown where it can be cited, as after F5.
        presentation.whenStoppedAtQuote(() -> side.getTabs().stream().filter(t -> "tab-quotes".equals(t.getId()))
                .findFirst().ifPresent(side.getSelectionModel()::select));
        centre.getChildren().setAll(new Label(Texts.get("window.loading")));
        setCenter(centre);
        setBottom(status);
        state.resultProperty().addListener((obs, old, r) -> status.showCounts(state.query(), r, filters.activeFilterParts()));
        // The filter bar's model follows a changed filter before this runs: the sentence names what acts now.
        state.filterProperty().addListener((obs, old, f) -> status.showCounts(state.query(), state.result(),
                filters.activeFilterParts()));
        sceneProperty().addListener((obs, old, scene) -> FontScale.apply(scene, state.fontScaleProperty().get()));
        FileDrop.install(this, status, this::open);
        status.cancelOnEscape(this);
        ClickedFocus.keepKeysWhereTheyWere(this);
        menu.liveReload(opening.liveReloadProperty(), opening::chooseLiveReload, opening.watchableProperty());
    }

    public AppState state() {
        return state;
    }

    public ReadOnlyObjectProperty<LoadResult> loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** For tests and the presentation: the timeline control. */
    public TimelineView timelineView() {
        return timeline;
    }

    public PresentationMode presentation() {
        return presentation;
    }

    /** Export Image, Events and Sources, and Copy in Citation Style. */
    Findings findings() {
        return findings;
    }

    public LessonPanel lesson() {
        return lesson;
    }

    // Opening

    public void openBundled() {
        opening.openBundled();
    }

    public void open(Path file) {
        opening.open(file);
    }

    /**
     * Shows a file whose reading began elsewhere (the launcher starts reading while JavaFX starts up); null names
     * the bundled timeline. When it is already read it is shown at once, so the first layout already has it.
     */
    public void open(Path file, CompletableFuture<OpenedTimeline> started, ReadProgress progress) {
        opening.adopt(file, started, progress);
    }

    /** Help ▸ Open Log Folder, for the program that keeps a log; {@code reveal} says whether it could open it. */
    public void offerLogFolder(Path folder, Predicate<Path> reveal) {
        menu.insertBeforeLastGroup("menubar-help", LogFolderItem.of(folder, reveal, this::window));
    }

    /** Reads the file again, keeping the selection, the filters and the view where the same ids still exist. */
    public void reload() {
        opening.reload();
    }

    /** Stops the reading under way, if any; the timeline on screen stays. */
    public void cancelOpening() {
        opening.cancel();
    }

    /** Ends the file watch and any reading; the window calls it when it closes. */
    public void close() {
        opening.close();
    }

    /** What the window shows, to go back to, and what a reload keeps of it (also when no timeline is shown). */
    private Opening.OnScreen onScreen() {
        boolean shown = showingTimeline.get() && state.query() != null;
        return new Opening.OnScreen(currentFile, shown ? new OpenedTimeline(loaded.get(), state.query(), () -> { })
                : null, Reload.of(state, timelineView()));
    }

    private void show(Path file, OpenedTimeline opened, Reload keep, boolean live, boolean again) {
        LoadResult result = opened.result();
        if (result.hasErrors()) {
            presenting.forget();
            recent.rememberIfThere(file);
            problems.show(file, result, live, file != null && file.equals(currentFile), opening.isWatching());
            return;
        }
        problems.hide();
        boolean hadTimeline = showingTimeline.get(); // else nothing was on screen for a reload to keep
        currentFile = file;
        loaded.set(result);
        centre.getChildren().setAll(mainSplit);
        showingTimeline.set(true);
        timeline.offerLayout(opened.layout());
        state.queryProperty().set(opened.query());
        if (keep != null) {
            keep.restore(state, timeline);
        }
        if (keep == null) {
            // A timeline kept across a reload, or the whole file after its events, leaves the focus where it is:
            // the reader may be typing a search meanwhile.
            focusTimeline();
        }
        if (opened.query().areQuotesStillReading()) {
            // The status bar goes on showing the reading and its Cancel; the rest waits for the whole file.
            status.showWarnings(List.of());
            return;
        }
        if (currentFile != null) {
            recent.remember(currentFile);
        }
        status.showWarnings(result.warnings());
        String name = Path.of(result.fileName()).getFileName().toString();
        String reloaded = Texts.format(hadTimeline ? "open.reloaded" : "open.reloadedNowOpens", name);
        status.say(live ? reloaded : again && hadTimeline ? Texts.format("open.readAgain", file == null
                ? Texts.get("open.example") : name) : name);
        if (live) {
            problems.notify(reloaded);
        }
        presenting.wholeFileShown();
    }

    /** Reading failed with an exception: the window says so and stays usable; the log keeps the detail. */
    private void failed(Path file, Throwable e) {
        presenting.forget();
        LOG.log(Level.WARNING, "could not open " + (file == null ? "the bundled timeline" : file), e);
        if (showingTimeline.get()) {
            boolean onScreen = file != null && file.equals(currentFile);
            problems.show(file, ProblemsBeside.asResult(file, e), false, onScreen, false);
            return;
        }
        currentFile = file;
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        showInstead(wrapped("open-failed", file == null ? Texts.format("window.failed.bundled", why)
                : Texts.format("window.failed.file", file.getFileName(), why)));
        status.say(file == null ? Texts.get("window.failed.status.bundled")
                : Texts.format("window.failed.status.file", file.getFileName()));
    }

    /**
     * A Cancel before any timeline was shown (the file named at start), or events shown ahead of their quotes taken
     * back with no timeline before them: say what can be done instead.
     */
    private void cancelled() {
        presenting.forget();
        boolean eventsFirst = showingTimeline.get() && state.query() != null && state.query().areQuotesStillReading();
        if (!eventsFirst && (showingTimeline.get() || loaded.get() != null)) {
            return;
        }
        if (eventsFirst) {
            // Nothing of the file that did not open stays: not its name in the title, not its events in memory.
            currentFile = null;
            loaded.set(null);
        }
        showInstead(wrapped("open-nothing", Texts.get("open.nothingOpen")));
    }

    /** No timeline on screen: {@code instead} fills the window's centre, and nothing acts on a timeline. */
    private void showInstead(Node instead) {
        state.queryProperty().set(null);
        showingTimeline.set(false);
        centre.getChildren().setAll(instead);
    }

    private static Label wrapped(String id, String text) {
        Label label = new Label(text);
        label.setId(id);
        label.setWrapText(true);
        return label;
    }

    /** Nothing on screen to keep: the failed file's problems fill the window. */
    private void showProblemsAlone(Path file, LoadResult result) {
        // Read again and still failing: said with the time, or Reload looked as if it had done nothing.
        boolean again = file != null && file.equals(currentFile) && loaded.get() != null && loaded.get().hasErrors();
        currentFile = file;
        loaded.set(result);
        // The failed file is on screen, not the one before: its filters, F5 and export must not act on it.
        ProblemsView alone = problems.alone(file, result, opening.isWatching());
        showInstead(ProblemsBeside.page(alone, ProblemsView.LIST_LINES));
        alone.takeFocus();
        status.say(Texts.format(again ? "window.notOpenedAgain" : "window.notOpened", result.fileName(),
                String.format("%tT", LocalTime.now())));
        status.showErrors(result.errors().size(), result.warnings().size());
    }

    StatusLine status() {
        return status;
    }

    void chooseFile() {
        OpenDialog.choose(window(), settings).ifPresent(this::open);
    }

    // Commands the menu and toolbar call

    void quit() {
        if (lesson.mayClose(window())) {
            Optional.ofNullable(window()).ifPresent(Window::hide);
        }
    }

    /** The selected quote, or else the selected event, to the clipboard (with its citation when asked). */
    void copySelection(boolean withCitation) {
        String copied = SelectionText.copy(state, withCitation);
        if (copied != null) {
            status.sayAside(copied);
        }
    }

    void focusSearch() {
        toolbar.focusSearch();
    }

    void stepMatch(boolean back) {
        toolbar.stepMatch(back);
    }

    /** Presents from the selected event (F5 without one starts at the first step). */
    public void present() {
        present(true);
    }

    void present(boolean fromSelection) {
        presenting.present(fromSelection ? PresentWhenRead.Way.FROM_SELECTION : PresentWhenRead.Way.FROM_START);
    }

    void presentWithOverlay() {
        presenting.present(PresentWhenRead.Way.PRESENTER_VIEW);
    }

    /** The type size and the theme, remembered. */
    Appearance appearance() {
        return appearance;
    }

    /** View ▸ Compare Speakers: one window beside this one, made when first asked for. */
    void showCompare() {
        if (compare == null) {
            compare = new CompareWindow(window(), state, t -> opening.guardFor(t, currentFile), findings.saveFolder());
            appearance.alsoFor(compare.stage().getScene());
        }
        compare.show();
    }

    /** For tests: the reading and watching of files. */
    Opening opening() {
        return opening;
    }

    /** For tests: the compare window, once opened. */
    CompareWindow compareWindow() {
        return compare;
    }

    private void chooseOtherZone() {
        zones.chooseOther();
    }

    Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    // Building the window

    /** Gives the keys to the timeline, also right after a load, before the split pane has put it in the scene. */
    private void focusTimeline() {
        ClickedFocus.whenInScene(timeline);
    }
}
