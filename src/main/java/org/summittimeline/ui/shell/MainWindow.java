package org.summittimeline.ui.shell;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.summittimeline.format.LoadResult;
import org.summittimeline.query.TimelineQuery;
import org.summittimeline.ui.AppState;
import org.summittimeline.ui.BackgroundWork;
import org.summittimeline.ui.Settings;
import org.summittimeline.ui.Settings.Key;
import org.summittimeline.ui.Theme;
import org.summittimeline.ui.details.EventDetails;
import org.summittimeline.ui.lesson.LessonPanel;
import org.summittimeline.ui.present.PresentationMode;
import org.summittimeline.ui.quotes.QuotePanel;
import org.summittimeline.ui.timeline.TimelineView;
import org.summittimeline.ui.timeline.layout.LaneMode;

/**
 * The viewer window: menu bar, toolbar and filter bar over the timeline, event details below it, quotes and the
 * events list to the right, and a status line. It composes the views, opens files through the background work
 * and keeps the remembered settings; each view and model does its own work.
 */
public final class MainWindow extends BorderPane {
    static final String STYLESHEET = MainWindow.class.getResource("shell.css").toExternalForm();
    private static final Logger LOG = Logger.getLogger(MainWindow.class.getName());

    private final TimelineDocuments documents;
    private final BackgroundWork work;
    private final Settings settings;
    private final AppState state = new AppState();
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
    private final List<ZoneId> zonesChosen = new ArrayList<>();
    private final RecentFiles recent;
    /** The file on screen (null: the bundled timeline); exports never write over it, Reload reads it again. */
    private Path currentFile;
    /** The file being read; it becomes the file on screen only when its reading ends. */
    private Path loadingFile;
    private boolean presentWhenLoaded;

    public MainWindow(TimelineDocuments documents, BackgroundWork work, Settings settings, Consumer<String> openLink) {
        this.documents = documents;
        this.work = work;
        this.settings = settings;
        this.recent = new RecentFiles(settings);
        this.status = new StatusLine(() -> StatusLine.warningsDialog(loaded.get(), window()));
        getStylesheets().add(STYLESHEET);
        getStyleClass().add("main-window");
        presentation = new PresentationMode(state, settings);
        lesson = new LessonPanel(state, presentation, () -> new LessonPanel.Source(currentFile, loaded.get() == null
                ? null : Path.of(loaded.get().fileName()).getFileName().toString()), status::say);
        state.fontScaleProperty().set(settings.number(Key.FONT_SCALE));
        state.fontScaleProperty().addListener((obs, old, scale) -> {
            settings.putNumber(Key.FONT_SCALE, scale.doubleValue());
            FontScale.apply(getScene(), scale.doubleValue());
        });
        state.laneModeProperty().set(settings.choice(Key.LANES, LaneMode.class));
        state.laneModeProperty().addListener((obs, old, m) -> settings.put(Key.LANES, m.name()));
        timeline = TimelineBinding.bind(new TimelineView(), state);
        timeline.setId("timeline");
        quotes = new QuotePanel(state);
        details = new EventDetails(state, openLink);
        eventList = new EventList(state);
        filters = new FilterBarModel(state);
        BooleanBinding hasTimeline = showingTimeline.getReadOnlyProperty().and(state.queryProperty().isNotNull());
        commands = new WindowCommands(this, hasTimeline);
        toolbar = new ShellToolbar(commands, state, timeline::requestFocus);
        menu = new ShellMenuBar(commands, state, recent::list, this::open, this::chooseOtherZone);
        menu.getMenus().add(menu.getMenus().size() - 1, lesson.menu());
        boolean dark = settings.choice(Key.THEME, Theme.class) == Theme.DARK;
        toolbar.showDark(dark);
        menu.showDark(dark);
        FilterBar filterBar = new FilterBar(filters, state.zoneProperty());
        filterBar.disableProperty().bind(hasTimeline.not());
        setTop(new VBox(menu, toolbar, filterBar));
        buildCentre();
        setCenter(centre);
        setBottom(status);
        state.queryProperty().addListener((obs, old, q) -> showZones());
        state.zoneProperty().addListener((obs, old, z) -> showZones());
        state.secondZoneProperty().addListener((obs, old, z) -> showZones());
        state.resultProperty().addListener((obs, old, r) -> status.showCounts(state.query(), r, filters.activeFilters()));
        // The filter bar's model follows a changed filter before this runs: the sentence names what acts now.
        state.filterProperty().addListener((obs, old, f) -> status.showCounts(state.query(), state.result(),
                filters.activeFilters()));
        sceneProperty().addListener((obs, old, scene) -> FontScale.apply(scene, state.fontScaleProperty().get()));
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

    public LessonPanel lesson() {
        return lesson;
    }

    BooleanBinding hasSelectionProperty() {
        return Bindings.createBooleanBinding(() -> state.selectedEvent() != null,
                state.selectedEventProperty(), state.selectedQuoteProperty());
    }

    // Opening

    public void openBundled() {
        loadingFile = null;
        work.run(() -> OpenedTimeline.of(documents.openBundled()), this::show, this::failed);
    }

    public void open(Path file) {
        loadingFile = file;
        status.say("Opening " + file.getFileName() + "\u2026");
        work.run(() -> OpenedTimeline.of(documents.open(file)), this::show, this::failed);
    }

    /**
     * Shows a file whose reading began elsewhere (the launcher starts reading while JavaFX starts up); null names
     * the bundled timeline. When it is already read it is shown at once, so the first layout already has it.
     */
    public void open(Path file, CompletableFuture<OpenedTimeline> started) {
        loadingFile = file;
        if (started.isDone() && !started.isCompletedExceptionally()) {
            show(started.join());
            return;
        }
        if (file != null) {
            status.say("Opening " + file.getFileName() + "\u2026");
        }
        work.run(started::join, this::show, this::failed);
    }

    /** Reads the file again, keeping the selection, the filters and the view where the same ids still exist. */
    public void reload() {
        Reload keep = Reload.of(state, timeline.viewport());
        Consumer<OpenedTimeline> after = opened -> {
            show(opened);
            keep.restore(state, timeline);
        };
        loadingFile = currentFile;
        if (currentFile == null) {
            work.run(() -> OpenedTimeline.of(documents.openBundled()), after, this::failed);
        } else {
            work.run(() -> OpenedTimeline.of(documents.open(currentFile)), after, this::failed);
        }
    }

    private void show(OpenedTimeline opened) {
        currentFile = loadingFile;
        LoadResult result = opened.result();
        loaded.set(result);
        if (result.hasErrors()) {
            // The failed file is on screen, not the one before: its filters, F5 and export must not act on it.
            state.queryProperty().set(null);
            showingTimeline.set(false);
            centre.getChildren().setAll(new ProblemsView(result, this::chooseFile, this::reload));
            status.say(result.fileName() + " \u2014 could not be opened");
            status.showErrors(result.errors().size());
            return;
        }
        centre.getChildren().setAll(mainSplit);
        showingTimeline.set(true);
        state.queryProperty().set(opened.query());
        focusTimeline();
        if (currentFile != null) {
            recent.remember(currentFile);
        }
        status.showWarnings(result.warnings());
        status.say(Path.of(result.fileName()).getFileName().toString());
        if (presentWhenLoaded) {
            presentWhenLoaded = false;
            present(true);
        }
    }

    /** Reading failed with an exception: the window says so and stays usable; the log keeps the detail. */
    private void failed(Throwable e) {
        currentFile = loadingFile;
        LOG.log(Level.WARNING, "could not open " + (currentFile == null ? "the bundled timeline" : currentFile), e);
        Label message = new Label((currentFile == null ? "The bundled timeline" : currentFile.getFileName().toString())
                + " could not be read: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())
                + "\nOpen another file (Ctrl+O) or try again (Ctrl+R).");
        message.setId("open-failed");
        message.setWrapText(true);
        state.queryProperty().set(null);
        showingTimeline.set(false);
        centre.getChildren().setAll(message);
        status.say("Could not open " + (currentFile == null ? "the bundled timeline" : currentFile.getFileName()));
    }

    void chooseFile() {
        OpenDialog.choose(window(), settings).ifPresent(this::open);
    }

    // Commands the menu and toolbar call

    void exportQuotes() {
        ExportDialog.ask(window(), state).filter(choice -> state.query() != null).ifPresent(choice -> status.say(
                QuoteExport.write(choice.file(), currentFile, state.query().timeline(), QuoteExport.quotes(choice.scope(), state))));
    }

    /** Writes the quotes the panel shows; refuses to write over the timeline that is open. */
    public void exportQuotesTo(Path target) {
        if (state.query() != null) {
            status.say(QuoteExport.write(target, currentFile, state.query().timeline(),
                    QuoteExport.quotes(QuoteExport.Scope.PANEL, state)));
        }
    }

    void quit() {
        Window w = window();
        if (w != null) {
            w.hide();
        }
    }

    /** The selected quote, or else the selected event, to the clipboard (with its citation when asked). */
    void copySelection(boolean withCitation) {
        String copied = SelectionText.copy(state, withCitation);
        if (copied != null) {
            status.say(copied);
        }
    }

    void focusSearch() {
        toolbar.focusSearch();
    }

    /** Presents from the selected event (F5 without one starts at the first step). */
    public void present() {
        present(true);
    }

    void present(boolean fromSelection) {
        if (state.query() == null) {
            presentWhenLoaded = true;
            return;
        }
        if (!fromSelection) {
            state.selectedEventProperty().set(null);
        }
        presentation.start();
    }

    void presentWithOverlay() {
        present(true);
        if (presentation.isRunning()) {
            presentation.audienceView().overlayShownProperty().set(true);
        }
    }

    /** Multiplies the type size by {@code factor}; 0 resets it. */
    void scaleText(double factor) {
        double scale = factor == 0 ? 1.0 : Math.max(0.6, Math.min(2.5, state.fontScaleProperty().get() * factor));
        state.fontScaleProperty().set(scale);
    }

    void toggleDark() {
        Theme theme = settings.choice(Key.THEME, Theme.class) == Theme.DARK ? Theme.LIGHT : Theme.DARK;
        theme.apply();
        settings.put(Key.THEME, theme.name());
        toolbar.showDark(theme == Theme.DARK);
        menu.showDark(theme == Theme.DARK);
    }

    void showShortcuts() {
        HelpWindows.shortcuts(window()).show();
    }

    void showAbout() {
        String version = MainWindow.class.getPackage().getImplementationVersion();
        HelpWindows.about(window(), version == null ? "(development build)" : version);
    }

    private void chooseOtherZone() {
        HelpWindows.chooseZone(window()).ifPresent(z -> {
            if (!zonesChosen.contains(z)) {
                zonesChosen.add(z);
            }
            state.zoneProperty().set(z);
        });
    }

    private void showZones() {
        TimelineQuery q = state.query();
        if (q == null) {
            return;
        }
        var choices = ZoneChoices.forAxis(q.timeline(), ZoneId.systemDefault(), zonesChosen);
        toolbar.showZones(choices, state.zoneProperty().get());
        menu.showZones(choices, state.zoneProperty().get(), state.secondZoneProperty().get());
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }

    // Building the window

    /**
     * Gives the keys to the timeline. Right after a load the split pane may not have built its skin yet, so the
     * timeline is not in the scene and a plain requestFocus would be ignored: then wait until it is.
     */
    private void focusTimeline() {
        if (timeline.getScene() != null) {
            timeline.requestFocus();
            return;
        }
        timeline.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> obs, Scene old, Scene scene) {
                if (scene != null) {
                    timeline.sceneProperty().removeListener(this);
                    timeline.requestFocus();
                }
            }
        });
    }

    private void buildCentre() {
        leftSplit.setOrientation(Orientation.VERTICAL);
        leftSplit.getItems().addAll(timeline, details);
        leftSplit.setDividerPositions(settings.number(Key.DIVIDER_TIMELINE));
        Tab quoteTab = new Tab("Quotes", quotes);
        quoteTab.setClosable(false);
        quoteTab.setId("tab-quotes");
        // The list joins the window when its tab is first opened: styling and sizing a list nobody looks at was a
        // tenth of the first styling pass at start-up. It is kept up to date before that all the same.
        Tab eventTab = new Tab("Events");
        eventTab.setClosable(false);
        eventTab.setId("tab-events");
        eventTab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected && eventTab.getContent() == null) {
                eventTab.setContent(eventList);
            }
        });
        TabPane side = new TabPane(quoteTab, eventTab, lesson.tab());
        side.setMinWidth(280);
        mainSplit.getItems().addAll(leftSplit, side);
        mainSplit.setDividerPositions(settings.number(Key.DIVIDER_QUOTES));
        mainSplit.getDividers().get(0).positionProperty().addListener((obs, old, p) ->
                settings.putNumber(Key.DIVIDER_QUOTES, p.doubleValue()));
        leftSplit.getDividers().get(0).positionProperty().addListener((obs, old, p) ->
                settings.putNumber(Key.DIVIDER_TIMELINE, p.doubleValue()));
        centre.getChildren().setAll(new Label("Loading\u2026"));
    }
}
