package org.summittimeline.ui.shell;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.Observable;
import javafx.collections.ListChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Separator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.controlsfx.control.CheckComboBox;
import org.controlsfx.control.RangeSlider;
import org.controlsfx.control.StatusBar;
import org.kordamp.ikonli.javafx.FontIcon;
import org.summittimeline.format.LoadResult;
import org.summittimeline.format.Problem;
import org.summittimeline.format.QuoteCsvWriter;
import org.summittimeline.model.Event;
import org.summittimeline.model.QuoteKind;
import org.summittimeline.model.Timeline;
import org.summittimeline.query.QueryFilter;
import org.summittimeline.query.TimeText;
import org.summittimeline.query.TimelineQuery;
import org.summittimeline.ui.AppState;
import org.summittimeline.ui.BackgroundWork;
import org.summittimeline.ui.Settings;
import org.summittimeline.ui.Theme;
import org.summittimeline.ui.details.EventDetails;
import org.summittimeline.ui.quotes.QuotePanel;
import org.summittimeline.ui.timeline.TimelineView;
import org.summittimeline.ui.timeline.layout.LaneMode;

/**
 * The viewer window: toolbar and filter bar over the timeline, event details below it, quotes and the events
 * list to the right, and a status bar. It wires the views to one {@link AppState}; each view does its own work.
 */
public final class MainWindow extends BorderPane {
    static final String STYLESHEET = MainWindow.class.getResource("shell.css").toExternalForm();

    private final TimelineDocuments documents;
    private final BackgroundWork work;
    private final Settings settings;
    private final AppState state = new AppState();
    private final TimelineView timeline;
    private final QuotePanel quotes;
    private final EventDetails details;
    private final ListView<Event> eventList = new ListView<>();
    private final StackPane centre = new StackPane();
    private final SplitPane mainSplit = new SplitPane();
    private final SplitPane leftSplit = new SplitPane();
    private final StatusBar status = new StatusBar();
    private final Label counts = new Label();
    private final Button warnings = new Button();
    private final TextField search = new TextField();
    private final Label matches = new Label();
    private final CheckComboBox<String> speakers = new CheckComboBox<>();
    private final CheckComboBox<String> topics = new CheckComboBox<>();
    private final CheckComboBox<String> categories = new CheckComboBox<>();
    private final ChoiceBox<String> kinds = new ChoiceBox<>();
    private final RangeSlider range = new RangeSlider(0, 1, 0, 1);
    /** From this many events and quotes together, the search waits for a pause in typing. */
    static final int LARGE_TIMELINE = 100_000;
    private final javafx.animation.PauseTransition typingPause =
            new javafx.animation.PauseTransition(javafx.util.Duration.millis(150));
    private final Label rangeLabel = new Label();
    private final ChoiceBox<ZoneChoice> zones = new ChoiceBox<>();
    private final ChoiceBox<ZoneChoice> secondZones = new ChoiceBox<>();
    private final ChoiceBox<LaneMode> lanes = new ChoiceBox<>();
    private final ToggleButton dark = new ToggleButton();
    private final javafx.beans.property.ReadOnlyObjectWrapper<LoadResult> loaded =
            new javafx.beans.property.ReadOnlyObjectWrapper<>(this, "loaded");
    private final org.summittimeline.ui.present.PresentationMode presentation;
    private boolean presentWhenLoaded;
    private Path currentFile;
    private boolean syncingFilters;

    /** A time zone offered in the pickers, with the name a user knows it by. */
    record ZoneChoice(String label, ZoneId zone) {
        @Override
        public String toString() {
            return label;
        }
    }

    public MainWindow(TimelineDocuments documents, BackgroundWork work, Settings settings, Consumer<String> openLink) {
        this.documents = documents;
        this.work = work;
        this.settings = settings;
        getStylesheets().add(STYLESHEET);
        getStyleClass().add("main-window");
        presentation = new org.summittimeline.ui.present.PresentationMode(state, settings);
        state.fontScaleProperty().set(settings.getDouble("fontScale", 1.0));
        state.fontScaleProperty().addListener((obs, old, scale) -> {
            settings.putDouble("fontScale", scale.doubleValue());
            applyFontScale();
        });
        timeline = TimelineBinding.bind(new TimelineView(), state);
        timeline.setId("timeline");
        quotes = new QuotePanel(state);
        details = new EventDetails(state, openLink);
        setTop(new VBox(toolbar(), filterBar()));
        buildCentre();
        setCenter(centre);
        setBottom(statusBar());
        state.queryProperty().addListener((obs, old, q) -> timelineChanged(q));
        state.resultProperty().addListener((obs, old, r) -> resultChanged());
        state.filterProperty().addListener((obs, old, f) -> filterChanged(f));
        state.selectedEventProperty().addListener((obs, old, e) -> {
            if (e != null && eventList.getSelectionModel().getSelectedItem() != e) {
                eventList.getSelectionModel().select(e);
                eventList.scrollTo(e);
            }
        });
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                installShortcuts(scene);
                applyFontScale();
            }
        });
    }

    public AppState state() {
        return state;
    }

    private boolean isLarge() {
        TimelineQuery q = state.query();
        return q != null && q.timeline().events().size() + q.timeline().quotes().size() >= LARGE_TIMELINE;
    }

    public javafx.beans.property.ReadOnlyObjectProperty<LoadResult> loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    // Loading

    public void openBundled() {
        currentFile = null;
        work.run(() -> OpenedTimeline.of(documents.openBundled()), this::show);
    }

    public void open(Path file) {
        currentFile = file;
        status.setText("Opening " + file.getFileName() + "\u2026");
        work.run(() -> OpenedTimeline.of(documents.open(file)), this::show);
    }

    /**
     * Shows a file whose reading began elsewhere (the launcher starts reading while JavaFX starts up); null names
     * the bundled timeline. When it is already read it is shown at once, so the first layout already has it.
     */
    public void open(Path file, java.util.concurrent.CompletableFuture<OpenedTimeline> started) {
        currentFile = file;
        if (started.isDone()) {
            show(started.join());
            return;
        }
        if (file != null) {
            status.setText("Opening " + file.getFileName() + "\u2026");
        }
        work.run(started::join, this::show);
    }

    public void reload() {
        if (currentFile == null) {
            openBundled();
        } else {
            open(currentFile);
        }
    }

    /** Starts the classroom presentation at the selected event (F5). */
    public void present() {
        if (state.query() == null) {
            presentWhenLoaded = true;
            return;
        }
        presentation.start();
    }

    public org.summittimeline.ui.present.PresentationMode presentation() {
        return presentation;
    }

    /** The viewer's type follows the same scale as the presentation: a stylesheet sets the root size. */
    private void applyFontScale() {
        if (getScene() == null) {
            return;
        }
        String css = ".root { -fx-font-size: " + String.format(java.util.Locale.ROOT, "%.1f", 14 * state.fontScaleProperty().get())
                + "px; }";
        getScene().getStylesheets().removeIf(s -> s.startsWith("data:"));
        getScene().getStylesheets().add("data:text/css;base64," + java.util.Base64.getEncoder()
                .encodeToString(css.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * Gives the keys to the timeline. Right after a load the split pane may not have built its skin yet, so the
     * timeline is not in the scene and a plain requestFocus would be ignored: then wait until it is.
     */
    private void focusTimeline() {
        if (timeline.getScene() != null) {
            timeline.requestFocus();
            return;
        }
        timeline.sceneProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Scene> obs, Scene old, Scene scene) {
                if (scene != null) {
                    timeline.sceneProperty().removeListener(this);
                    timeline.requestFocus();
                }
            }
        });
    }

    private void chooseFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open a timeline");
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Timelines (*.json)", "*.json"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        String last = settings.get("lastFolder", null);
        if (last != null && Files.isDirectory(Path.of(last))) {
            chooser.setInitialDirectory(Path.of(last).toFile());
        }
        var file = chooser.showOpenDialog(getScene() == null ? null : getScene().getWindow());
        if (file != null) {
            settings.put("lastFolder", file.getParent());
            open(file.toPath());
        }
    }

    private void show(OpenedTimeline opened) {
        LoadResult result = opened.result();
        loaded.set(result);
        if (result.hasErrors()) {
            centre.getChildren().setAll(new ProblemsView(result, this::chooseFile, this::reload));
            status.setText(result.fileName() + " \u2014 could not be opened");
            counts.setText(result.errors().size() + " errors");
            return;
        }
        centre.getChildren().setAll(mainSplit);
        state.queryProperty().set(opened.query());
        focusTimeline();
        if (presentWhenLoaded) {
            presentWhenLoaded = false;
            present();
        }
        List<Problem> w = result.warnings();
        warnings.setVisible(!w.isEmpty());
        warnings.setManaged(!w.isEmpty());
        warnings.setText(w.size() + (w.size() == 1 ? " warning" : " warnings"));
        status.setText(Path.of(result.fileName()).getFileName().toString());
    }

    // Building the window

    private ToolBar toolbar() {
        Button open = button("Open\u2026", "mdi2f-folder-open-outline", "Open a timeline file (Ctrl+O)", e -> chooseFile());
        open.setId("open");
        Button reload = button(null, "mdi2r-reload", "Reload the file from disk (Ctrl+R)", e -> reload());
        reload.setId("reload");
        search.setId("search");
        search.setPromptText("Search titles, summaries, quotes (Ctrl+F)");
        search.setPrefColumnCount(12);
        search.setAccessibleText("Search");
        // In a large timeline a phrase of common words takes a third of a second to check at a million events;
        // searching only once typing pauses keeps every keystroke immediate. Small timelines search at once.
        typingPause.setOnFinished(e -> state.search(search.getText()));
        search.textProperty().addListener((obs, old, text) -> {
            if (isLarge()) {
                typingPause.playFromStart();
            } else {
                state.search(text);
            }
        });
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                if (typingPause.getStatus() == javafx.animation.Animation.Status.RUNNING) {
                    typingPause.stop();
                    state.search(search.getText());
                }
                state.selectMatch(e.isShiftDown() ? -1 : 1);
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                search.clear();
                timeline.requestFocus();
                e.consume();
            }
        });
        matches.setId("matches");
        matches.getStyleClass().add("muted");
        Button fit = button(null, "mdi2a-arrow-expand-horizontal", "Zoom to fit (0)", e -> timeline.zoomToFit());
        fit.setId("zoom-fit");
        Button in = button(null, "mdi2m-magnify-plus-outline", "Zoom in (+)", e -> timeline.zoomIn());
        Button out = button(null, "mdi2m-magnify-minus-outline", "Zoom out (\u2212)", e -> timeline.zoomOut());
        lanes.getItems().setAll(LaneMode.values());
        lanes.setConverter(new StringConverter<>() {
            @Override
            public String toString(LaneMode m) {
                return m == null ? "" : m == LaneMode.CATEGORY ? "By category" : "By actor";
            }

            @Override
            public LaneMode fromString(String s) {
                return null;
            }
        });
        lanes.setValue(LaneMode.valueOf(settings.get("lanes", "CATEGORY")));
        state.laneModeProperty().set(lanes.getValue());
        lanes.valueProperty().addListener((obs, old, m) -> {
            state.laneModeProperty().set(m);
            settings.put("lanes", m.name());
        });
        lanes.setAccessibleText("Lanes by");
        lanes.setPrefWidth(125);
        lanes.setTooltip(new Tooltip("One lane per category, or per actor"));
        zones.setPrefWidth(160);
        secondZones.setPrefWidth(140);
        zones.setId("zone");
        zones.setAccessibleText("Display time zone");
        zones.setTooltip(new Tooltip("Time zone of the axis and of every time shown"));
        zones.valueProperty().addListener((obs, old, z) -> {
            if (z != null) {
                state.zoneProperty().set(z.zone());
            }
        });
        secondZones.setId("second-zone");
        secondZones.setAccessibleText("Second axis time zone");
        secondZones.setTooltip(new Tooltip("A second row of the axis in another zone"));
        secondZones.valueProperty().addListener((obs, old, z) -> state.secondZoneProperty().set(z == null ? null : z.zone()));
        dark.setGraphic(new FontIcon("mdi2t-theme-light-dark"));
        dark.setTooltip(new Tooltip("Dark theme (Ctrl+Shift+D)"));
        dark.setAccessibleText("Dark theme");
        dark.setSelected("DARK".equals(settings.get("theme", "LIGHT")));
        dark.selectedProperty().addListener((obs, old, on) -> {
            Theme theme = on ? Theme.DARK : Theme.LIGHT;
            theme.apply();
            settings.put("theme", theme.name());
        });
        Button present = button("Present", "mdi2p-presentation-play", "Present in class, full screen (F5)", e -> present());
        present.setId("present");
        Button export = button(null, "mdi2f-file-export-outline", "Export the quotes shown as CSV\u2026",
                e -> exportQuotes());
        export.setId("export");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        return new ToolBar(open, reload, new Separator(Orientation.VERTICAL), search, matches,
                new Separator(Orientation.VERTICAL), in, out, fit, lanes, new Separator(Orientation.VERTICAL),
                zones, secondZones, spacer, present, export, dark);
    }

    private ToolBar filterBar() {
        speakers.setTitle("Speakers");
        speakers.setId("filter-speakers");
        speakers.setAccessibleText("Filter by speaker");
        topics.setTitle("Topics");
        topics.setId("filter-topics");
        topics.setAccessibleText("Filter by topic");
        categories.setTitle("Categories");
        categories.setId("filter-categories");
        categories.setAccessibleText("Filter by category");
        for (CheckComboBox<String> box : List.of(speakers, topics, categories)) {
            box.setShowCheckedCount(true);
            box.setPrefWidth(box == topics ? 150 : 165);
            box.getCheckModel().getCheckedItems().addListener((ListChangeListener<String>) c -> facetsChanged());
        }
        kinds.getItems().setAll("All quotes", "Direct quotes only", "Reported speech only");
        kinds.setValue(kinds.getItems().get(0));
        kinds.setId("filter-kind");
        kinds.setPrefWidth(160);
        kinds.setAccessibleText("Filter by kind of quote");
        kinds.valueProperty().addListener((obs, old, v) -> facetsChanged());
        range.setId("filter-range");
        range.setPrefWidth(160);
        range.setTooltip(new Tooltip("Show only events in this stretch of time"));
        range.setAccessibleText("Time range");
        range.lowValueProperty().addListener(this::rangeChanged);
        range.highValueProperty().addListener(this::rangeChanged);
        rangeLabel.getStyleClass().add("muted");
        rangeLabel.setId("range-label");
        Button clear = button(null, "mdi2f-filter-remove-outline", "Clear all filters: show everything again",
                e -> state.clearFilters());
        clear.setId("clear-filters");
        ToolBar bar = new ToolBar(new Label("Filter"), speakers, topics, kinds, categories, clear,
                new Separator(Orientation.VERTICAL), range, rangeLabel);
        bar.getStyleClass().add("filter-bar");
        return bar;
    }

    private void buildCentre() {
        leftSplit.setOrientation(Orientation.VERTICAL);
        leftSplit.getItems().addAll(timeline, details);
        leftSplit.setDividerPositions(settings.getDouble("divider.timeline", 0.64));
        eventList.setId("event-list");
        eventList.setAccessibleText("Events in time order");
        eventList.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Event e, boolean empty) {
                super.updateItem(e, empty);
                if (empty || e == null) {
                    setText(null);
                    return;
                }
                setText(new TimeText(state.zoneProperty().get()).bounds(e.start()) + "\n" + e.title());
                setAccessibleText(e.title() + ", " + new TimeText(state.zoneProperty().get()).describe(e.start()));
            }
        });
        eventList.getSelectionModel().selectedItemProperty().addListener((obs, old, e) -> {
            if (e != null && state.selectedEvent() != e) {
                state.selectedEventProperty().set(e);
            }
        });
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
        TabPane side = new TabPane(quoteTab, eventTab);
        side.setMinWidth(280);
        mainSplit.getItems().addAll(leftSplit, side);
        mainSplit.setDividerPositions(settings.getDouble("divider.quotes", 0.62));
        mainSplit.getDividers().get(0).positionProperty().addListener((obs, old, p) ->
                settings.putDouble("divider.quotes", p.doubleValue()));
        leftSplit.getDividers().get(0).positionProperty().addListener((obs, old, p) ->
                settings.putDouble("divider.timeline", p.doubleValue()));
        Label loading = new Label("Loading\u2026");
        centre.getChildren().setAll(loading);
    }

    private StatusBar statusBar() {
        status.setId("status");
        counts.setId("counts");
        warnings.setId("warnings");
        warnings.setVisible(false);
        warnings.setManaged(false);
        warnings.setGraphic(new FontIcon("mdi2a-alert-outline"));
        warnings.setOnAction(e -> showWarnings());
        status.getRightItems().addAll(counts, warnings);
        return status;
    }

    private void installShortcuts(Scene scene) {
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
            search.requestFocus();
            search.selectAll();
        });
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN), this::chooseFile);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN), this::reload);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.F5), this::present);
        Runnable bigger = () -> state.fontScaleProperty().set(Math.min(2.5, state.fontScaleProperty().get() * 1.1));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN), bigger);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN), bigger);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN), bigger);
        Runnable smaller = () -> state.fontScaleProperty().set(Math.max(0.6, state.fontScaleProperty().get() / 1.1));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN), smaller);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN), smaller);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN),
                () -> state.fontScaleProperty().set(1.0));
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN), () -> dark.setSelected(!dark.isSelected()));
    }

    private static Button button(String text, String icon, String tip, javafx.event.EventHandler<javafx.event.ActionEvent> action) {
        Button b = new Button(text, new FontIcon(icon));
        b.setTooltip(new Tooltip(tip));
        b.setAccessibleText(text == null ? tip : text);
        b.setOnAction(action);
        return b;
    }

    // Keeping the controls and the state in step

    private void timelineChanged(TimelineQuery q) {
        syncingFilters = true;
        try {
            Timeline t = q.timeline();
            speakers.getCheckModel().clearChecks();
            speakers.getItems().setAll(q.speakers());
            speakers.setConverter(converter(id -> t.actor(id).map(a -> a.name()).orElse(id)));
            topics.getCheckModel().clearChecks();
            topics.getItems().setAll(q.topics());
            categories.getCheckModel().clearChecks();
            categories.getItems().setAll(t.categories().stream().map(c -> c.id()).toList());
            categories.setConverter(converter(id -> t.category(id).map(c -> c.label()).orElse(id)));
            kinds.setValue(kinds.getItems().get(0));
            double first = q.index().first();
            double last = Math.max(first + 60, q.index().last());
            range.setMin(first);
            range.setMax(last);
            range.setLowValue(first);
            range.setHighValue(last);
            ZoneId own = t.zone();
            List<ZoneChoice> choices = List.of(
                    new ZoneChoice(TimeText.city(own) + " (timeline)", own),
                    new ZoneChoice("UTC", ZoneId.of("UTC")),
                    new ZoneChoice("Washington", ZoneId.of("America/New_York")),
                    new ZoneChoice("Moscow", ZoneId.of("Europe/Moscow")),
                    new ZoneChoice("Your zone (" + ZoneId.systemDefault().getId() + ")", ZoneId.systemDefault()));
            zones.getItems().setAll(choices);
            zones.setValue(choices.get(0));
            secondZones.getItems().setAll(new ZoneChoice("No second axis", null));
            choices.stream().skip(1).forEach(secondZones.getItems()::add);
            secondZones.setValue(secondZones.getItems().get(0));
            eventList.getItems().setAll(t.events());
            search.clear();
            updateRangeLabel();
        } finally {
            syncingFilters = false;
        }
        resultChanged();
    }

    private static StringConverter<String> converter(java.util.function.Function<String, String> label) {
        return new StringConverter<>() {
            @Override
            public String toString(String id) {
                return id == null ? "" : label.apply(id);
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        };
    }

    private void facetsChanged() {
        if (syncingFilters || state.query() == null) {
            return;
        }
        Set<QuoteKind> kindSet = switch (kinds.getItems().indexOf(kinds.getValue())) {
            case 1 -> Set.of(QuoteKind.DIRECT);
            case 2 -> Set.of(QuoteKind.PARAPHRASE);
            default -> Set.of();
        };
        state.filterProperty().set(state.filterProperty().get()
                .withSpeakers(new HashSet<>(speakers.getCheckModel().getCheckedItems()))
                .withTopics(new HashSet<>(topics.getCheckModel().getCheckedItems()))
                .withCategories(new HashSet<>(categories.getCheckModel().getCheckedItems()))
                .withKinds(kindSet));
    }

    private void rangeChanged(Observable ignored) {
        updateRangeLabel();
        if (syncingFilters || state.query() == null) {
            return;
        }
        boolean whole = range.getLowValue() <= range.getMin() && range.getHighValue() >= range.getMax();
        state.filterProperty().set(state.filterProperty().get().withRange(
                whole ? Long.MIN_VALUE : (long) range.getLowValue(), whole ? Long.MAX_VALUE : (long) range.getHighValue()));
    }

    private void updateRangeLabel() {
        TimeText text = new TimeText(state.zoneProperty().get());
        Instant low = Instant.ofEpochSecond((long) range.getLowValue());
        Instant high = Instant.ofEpochSecond((long) range.getHighValue());
        ZoneId zone = state.zoneProperty().get();
        boolean years = low.atZone(zone).getYear() != high.atZone(zone).getYear();
        rangeLabel.setText(text.dayAndClock(low, years) + " \u2013 " + text.dayAndClock(high, years));
    }

    /** When the state's filter is cleared (or set elsewhere), the controls follow it. */
    private void filterChanged(QueryFilter f) {
        if (syncingFilters) {
            return;
        }
        syncingFilters = true;
        try {
            if (f.speakers().isEmpty()) {
                speakers.getCheckModel().clearChecks();
            }
            if (f.topics().isEmpty()) {
                topics.getCheckModel().clearChecks();
            }
            if (f.categories().isEmpty()) {
                categories.getCheckModel().clearChecks();
            }
            if (f.kinds().isEmpty()) {
                kinds.setValue(kinds.getItems().get(0));
            }
            if (f.from() == Long.MIN_VALUE && f.to() == Long.MAX_VALUE) {
                range.setLowValue(range.getMin());
                range.setHighValue(range.getMax());
            }
            if (!search.getText().equals(f.search())) {
                search.setText(f.search());
            }
        } finally {
            syncingFilters = false;
        }
    }

    private void resultChanged() {
        TimelineQuery q = state.query();
        TimelineQuery.Result r = state.result();
        if (q == null || r == null) {
            return;
        }
        Timeline t = q.timeline();
        counts.setText(r.shownEventCount() + " of " + t.events().size() + " events \u00b7 " + r.shownQuoteCount()
                + " of " + t.quotes().size() + " quotes");
        if (r.isSearching()) {
            int n = r.matchingEventPositions().size();
            matches.setText(n == 0 ? "no matches" : n + (n == 1 ? " event matches" : " events match"));
        } else {
            matches.setText("");
        }
        List<Event> shown = r.shownEvents();
        if (!eventList.getItems().equals(shown)) {
            eventList.getItems().setAll(shown);
        }
    }

    private void showWarnings() {
        LoadResult result = loaded.get();
        if (result == null) {
            return;
        }
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.setTitle("Warnings");
        alert.setHeaderText(result.fileName() + " loaded with " + result.warnings().size() + " warnings");
        alert.setContentText(String.join("\n", result.warnings().stream()
                .map(p -> "line " + p.line() + ", column " + p.column() + ": " + p.describe()).toList()));
        alert.initOwner(getScene().getWindow());
        alert.show();
    }

    private void exportQuotes() {
        if (state.query() == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export the quotes shown");
        chooser.setInitialFileName("quotes.csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV (*.csv)", "*.csv"));
        var file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            exportQuotesTo(file.toPath());
        }
    }

    /** Writes the quotes the panel shows; refuses to write over the timeline that is open. */
    public void exportQuotesTo(Path target) {
        if (currentFile != null && target.toAbsolutePath().normalize().equals(currentFile.toAbsolutePath().normalize())) {
            status.setText("Not exported: that is the open timeline, which is never overwritten");
            return;
        }
        try (Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
            QuoteCsvWriter.write(state.query().timeline(), quotes.shownQuotes(), out);
            status.setText("Exported " + quotes.shownQuotes().size() + " quotes to " + target.getFileName());
        } catch (IOException e) {
            status.setText("Could not export to " + target + ": " + e.getMessage());
        }
    }

    /** For tests and the presentation: the timeline control. */
    public TimelineView timelineView() {
        return timeline;
    }
}
