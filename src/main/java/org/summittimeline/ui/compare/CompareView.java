package org.summittimeline.ui.compare;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.controlsfx.control.CheckComboBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.summittimeline.format.SafeWrite;
import org.summittimeline.model.Actor;
import org.summittimeline.model.Relation;
import org.summittimeline.model.Timeline;
import org.summittimeline.query.TimelineQuery;
import org.summittimeline.ui.AppState;
import org.summittimeline.ui.BoxWidth;
import org.summittimeline.ui.CsvSeparator;
import org.summittimeline.ui.ExportName;
import org.summittimeline.ui.ListBelowBox;
import org.summittimeline.ui.ListTypeAhead;
import org.summittimeline.ui.SaveFolder;
import org.summittimeline.ui.ShownAs;
import org.summittimeline.ui.Texts;

/**
 * Compare speakers: choose two or more speakers and, if wished, one of the quotes' topics; their quotes stand in
 * columns, a row per event, with the relations between them drawn as curves; the table exports as CSV. It follows
 * the open timeline, so a reload keeps the chosen speakers where they still exist.
 */
public final class CompareView extends BorderPane {
    static final String STYLESHEET = CompareView.class.getResource("compare.css").toExternalForm();

    private final AppState state;
    /** As wide as its caption with every speaker checked, in the type drawn (BoxWidth: a combo box only grew). */
    private final CheckComboBox<Actor> speakers = new CheckComboBox<>() {
        @Override
        protected double computePrefWidth(double height) {
            return BoxWidth.or(BoxWidth.of(this, List.of(caption(getItems().size()))),
                    () -> super.computePrefWidth(height));
        }
    };
    /** As wide as its widest topic, in the type drawn. */
    private final ComboBox<String> topic = new ComboBox<>() {
        @Override
        protected double computePrefWidth(double height) {
            return BoxWidth.or(BoxWidth.of(this, getItems()), () -> super.computePrefWidth(height));
        }
    };
    private final CompareGrid grid = new CompareGrid();
    private final Label message = new Label();
    private final ReadOnlyObjectWrapper<CompareModel> model = new ReadOnlyObjectWrapper<>(this, "model");
    private boolean filling;
    /** The chosen speakers in the order they were chosen: the order of the columns. */
    private final List<String> columnOrder = new ArrayList<>();

    /**
     * @param chooseTarget asks where to save the CSV (null: not saved)
     * @param openFileFor  for a target, the open file the export must not write over
     */
    public CompareView(AppState state, Function<String, Path> chooseTarget, UnaryOperator<Path> openFileFor) {
        this.state = state;
        setId("compare");
        getStylesheets().add(STYLESHEET);
        getStyleClass().add("compare-view");
        speakers.setId("compare-speakers");
        // "Speakers: 2/4", as the filter bar counts its speakers: ControlsFX's own "Speakers (2/4)" stood beside it.
        speakers.setTitle(caption(0));
        speakers.setAccessibleText(Texts.get("compare.speakers"));
        speakers.setConverter(ShownAs.of(Actor::name));
        ListBelowBox.keep(speakers);
        ListBelowBox.keep(topic);
        ListTypeAhead.install(speakers);
        ListTypeAhead.install(topic);
        topic.setId("compare-topic");
        Button export = new Button(Texts.get("compare.export"), new FontIcon("mdi2f-file-delimited-outline"));
        export.setId("compare-export");
        export.disableProperty().bind(model.isNull());
        export.setOnAction(e -> {
            Path target = chooseTarget.apply(ExportName.of(state.query().timeline(), "compare-speakers.csv"));
            if (target != null) {
                message.setText(export(target, openFileFor.apply(target)));
            }
        });
        Label topicLabel = new Label(Texts.get("compare.topicLabel"));
        topicLabel.setMinWidth(Region.USE_PREF_SIZE);
        export.setMinWidth(Region.USE_PREF_SIZE);
        // The box names itself ("Speakers (2/4)"): a label "Speakers:" before it said the word twice. (Not the
        // filter bar's "Speakers: all": here none checked compares no one, so the count says what it means.) The bar
        // wraps where the type is larger than the window is wide: in one row, at 177 % "Topic:" had become "…", the
        // key "answ…" and the button "Export …".
        HBox choices = new HBox(8, speakers, topicLabel, topic);
        choices.setAlignment(Pos.CENTER_LEFT);
        // The key to the curves stands only while some are drawn: on a table without relations it explained nothing.
        HBox legend = legend();
        legend.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.get() != null
                && !model.get().links().isEmpty(), model));
        legend.managedProperty().bind(legend.visibleProperty());
        FlowPane bar = new FlowPane(12, 6, choices, legend, export);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        bar.getStyleClass().add("compare-bar");
        setTop(bar);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setId("compare-scroll");
        // Where the view stands in the grid, from the scroll's value (0 to 1 over what does not fit), on the whole
        // pixel the scroll pane puts the grid at: between two, a citation's foot had shown in a strip above the names.
        InvalidationListener viewMoved = o -> grid.showFrom(-scroll.snapPositionY(-scroll.getVvalue()
                * Math.max(0, grid.getHeight() - scroll.getViewportBounds().getHeight())));
        scroll.vvalueProperty().addListener(viewMoved);
        scroll.viewportBoundsProperty().addListener(viewMoved);
        grid.heightProperty().addListener(viewMoved);
        InvalidationListener movedAside = o -> grid.showFromLeft(-scroll.snapPositionX(-scroll.getHvalue()
                * Math.max(0, grid.getWidth() - scroll.getViewportBounds().getWidth())));
        scroll.hvalueProperty().addListener(movedAside);
        scroll.viewportBoundsProperty().addListener(movedAside);
        grid.widthProperty().addListener(movedAside);
        setCenter(scroll);
        GridPaging.install(this, scroll, () -> message.getFont().getSize(), grid::headingsHeight);
        // The table has the keys when the window opens, so that Space pages it as Page Down does (on the speakers'
        // box, where the focus had stood, Space did nothing).
        scroll.setFocusTraversable(true);
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                scroll.requestFocus();
            }
        });
        message.setId("compare-message");
        message.setPadding(new Insets(4, 12, 4, 12));
        message.setWrapText(true);
        setBottom(message);
        speakers.getCheckModel().getCheckedItems().addListener((ListChangeListener<Actor>) c -> {
            showCaption();
            List<String> checked = speakers.getCheckModel().getCheckedItems().stream().map(Actor::id).toList();
            columnOrder.retainAll(checked);
            checked.stream().filter(id -> !columnOrder.contains(id)).forEach(columnOrder::add);
            if (!filling) {
                fillTopics();
                rebuild();
            }
        });
        topic.valueProperty().addListener((obs, old, t) -> {
            if (!filling) {
                rebuild();
            }
        });
        state.queryProperty().addListener((obs, old, q) -> fill(q));
        state.zoneProperty().addListener((obs, old, z) -> rebuild());
        fill(state.query());
    }

    /** The comparison shown now, or null while fewer than two speakers are chosen. */
    public ReadOnlyObjectProperty<CompareModel> modelProperty() {
        return model.getReadOnlyProperty();
    }

    /** Chooses the speakers by id (in this order of columns) and the topic (null: every topic). */
    public void choose(List<String> speakerIds, String topicName) {
        filling = true;
        try {
            speakers.getCheckModel().clearChecks();
            columnOrder.clear();
            for (String id : speakerIds) {
                speakers.getItems().stream().filter(a -> a.id().equals(id)).findFirst()
                        .ifPresent(a -> speakers.getCheckModel().check(a));
            }
            fillTopics();
            topic.setValue(topicName == null ? allTopics() : topicName);
        } finally {
            filling = false;
        }
        rebuild();
    }

    CompareGrid grid() {
        return grid;
    }

    ObjectProperty<String> topicProperty() {
        return topic.valueProperty();
    }

    /** A new timeline: its speakers, keeping those chosen before where they still exist (two by default). */
    private void fill(TimelineQuery q) {
        List<String> before = chosenIds();
        String topicBefore = chosenTopic();
        filling = true;
        try {
            speakers.getCheckModel().clearChecks();
            speakers.getItems().setAll(q == null ? List.of() : CompareModel.speakers(q.timeline()));
        } finally {
            filling = false;
        }
        List<String> ids = new ArrayList<>(before);
        ids.removeIf(id -> speakers.getItems().stream().noneMatch(a -> a.id().equals(id)));
        if (ids.size() < 2) {
            ids = speakers.getItems().stream().limit(2).map(Actor::id).toList();
        }
        choose(ids, topicBefore);
    }

    private void fillTopics() {
        String before = topic.getValue();
        Timeline t = state.query() == null ? null : state.query().timeline();
        List<String> items = new ArrayList<>();
        items.add(allTopics());
        if (t != null) {
            items.addAll(CompareModel.topics(t, chosenIds()));
        }
        boolean was = filling;
        filling = true;
        topic.getItems().setAll(items);
        topic.setValue(items.contains(before) ? before : allTopics());
        filling = was;
    }

    private void rebuild() {
        TimelineQuery q = state.query();
        List<String> ids = chosenIds();
        if (q == null || ids.size() < 2) {
            model.set(null);
            grid.show(CompareModel.none(), state.zoneProperty().get());
            // A large file's events come first: until its quotes are in there is no speaker to choose, and "choose
            // two" would ask for what cannot be done.
            message.setText(Texts.get(q != null && q.areQuotesStillReading() ? "compare.reading" : "compare.chooseTwo"));
            return;
        }
        CompareModel m = CompareModel.of(q.timeline(), ids, chosenTopic());
        model.set(m);
        grid.show(m, state.zoneProperty().get());
        int quotes = m.rows().stream().mapToInt(r -> r.cells().stream().mapToInt(c -> c.entries().size()).sum()).sum();
        message.setText(Texts.format("compare.summary", quotes, m.rows().size(), m.links().size()));
    }

    private String export(Path target, Path openFile) {
        CompareModel m = model.get();
        try {
            CompareCsv.export(m, target, openFile, CsvSeparator.preferred());
            return Texts.format("compare.exported", SaveFolder.placeOf(target));
        } catch (SafeWrite.Refused e) {
            return Texts.format("compare.refused", e.getMessage());
        } catch (IOException e) {
            return Texts.format("compare.exportFailed", target, e.getMessage());
        }
    }

    private List<String> chosenIds() {
        return List.copyOf(columnOrder);
    }

    private String chosenTopic() {
        String t = topic.getValue();
        return t == null || t.equals(allTopics()) ? null : t;
    }

    private static String allTopics() {
        return Texts.get("compare.allTopics");
    }

    /**
     * Gives the view a Close button beside its message, the window's cancel button: Escape closes the window too
     * (a new user found neither a button nor a key that did, on a display without title bars).
     */
    void offerClose(Runnable close) {
        Button button = new Button(Texts.get("window.help.close"));
        button.setId("compare-close");
        button.setCancelButton(true);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> close.run());
        HBox.setHgrow(message, Priority.ALWAYS);
        message.setMaxWidth(Double.MAX_VALUE);
        HBox bottom = new HBox(8, message, button);
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(0, 12, 6, 0));
        setBottom(bottom);
    }

    /**
     * The key to the curves: of the kinds the table draws, each alone. With all three always, the blue "answers"
     * stood in the key of Putin and Trump, between whom no quote answers another.
     */
    private HBox legend() {
        HBox legend = new HBox(10);
        legend.setId("compare-legend");
        legend.setMinWidth(Region.USE_PREF_SIZE);
        legend.setAlignment(Pos.CENTER_LEFT);
        Map<Relation.Type, String> kinds = new EnumMap<>(Relation.Type.class);
        kinds.put(Relation.Type.RESPONDS_TO, "answers");
        kinds.put(Relation.Type.CONTRADICTS, "contradicts");
        kinds.put(Relation.Type.CORRECTS, "corrects");
        kinds.forEach((type, name) -> {
            Region swatch = new Region();
            swatch.getStyleClass().addAll("compare-swatch", "compare-link-" + name);
            Label label = new Label(Texts.get("compare.link." + name), swatch);
            label.getStyleClass().add("compare-legend");
            label.setId("compare-legend-" + name);
            label.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.get() != null
                    && model.get().links().stream().anyMatch(l -> l.type() == type), model));
            label.managedProperty().bind(label.visibleProperty());
            legend.getChildren().add(label);
        });
        return legend;
    }

    private String caption(int checked) {
        return Texts.format("filter.caption", Texts.get("compare.speakers"), checked, speakers.getItems().size());
    }

    /**
     * Set before the skin writes the title into the closed box, which it does only when it is built and when a check
     * changes (its listener comes after this view's, added when the box is first shown).
     */
    private void showCaption() {
        speakers.setTitle(caption(speakers.getCheckModel().getCheckedItems().size()));
    }
}
