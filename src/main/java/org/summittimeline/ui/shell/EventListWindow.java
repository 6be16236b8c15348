package org.summittimeline.ui.shell;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.summittimeline.format.LoadResult;
import org.summittimeline.format.Problem;
import org.summittimeline.model.Event;
import org.summittimeline.model.Quote;
import org.summittimeline.model.QuoteKind;
import org.summittimeline.model.Timeline;
import org.summittimeline.query.CitationText;
import org.summittimeline.query.QuotesByEvent;
import org.summittimeline.query.TimeText;
import org.summittimeline.ui.BackgroundWork;

/**
 * The first window: the timeline's events in time order, each with its quotes and citations, or, when the file
 * cannot be loaded, the list of its problems with their lines and columns. The viewer issue replaces it.
 */
public final class EventListWindow extends BorderPane {
    static final String STYLESHEET = EventListWindow.class.getResource("shell.css").toExternalForm();

    private final TimelineDocuments documents;
    private final BackgroundWork work;
    private final Label heading = new Label("Loading\u2026");
    private final Label subheading = new Label();
    private final ReadOnlyObjectWrapper<LoadResult> result = new ReadOnlyObjectWrapper<>(this, "result");

    public EventListWindow(TimelineDocuments documents, BackgroundWork work) {
        this.documents = documents;
        this.work = work;
        getStylesheets().add(STYLESHEET);
        getStyleClass().add("event-list-window");
        heading.getStyleClass().add("heading");
        heading.setId("heading");
        subheading.getStyleClass().add("subheading");
        subheading.setWrapText(true);
        subheading.setMinHeight(Region.USE_PREF_SIZE);
        VBox top = new VBox(4, heading, subheading);
        top.setPadding(new Insets(16, 20, 12, 20));
        setTop(top);
    }

    /** The last load's result; null while the first load runs. */
    public ReadOnlyObjectProperty<LoadResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public void open(Path file) {
        heading.setText("Loading " + file.getFileName() + "\u2026");
        work.run(() -> file == null ? documents.openBundled() : documents.open(file), this::show);
    }

    public void openBundled() {
        work.run(documents::openBundled, this::show);
    }

    private void show(LoadResult loaded) {
        result.set(loaded);
        if (loaded.hasErrors()) {
            showProblems(loaded);
        } else {
            showTimeline(loaded.timeline());
        }
    }

    private void showTimeline(Timeline timeline) {
        heading.setText(timeline.title());
        subheading.setText(timeline.description() == null ? "" : timeline.description());
        TimeText times = new TimeText(timeline.zone());
        CitationText citations = new CitationText(timeline);
        QuotesByEvent quotes = new QuotesByEvent(timeline);
        ListView<Event> events = new ListView<>();
        events.setId("events");
        events.setAccessibleText("Events in time order");
        events.getItems().setAll(timeline.events());
        events.setCellFactory(list -> new EventCell(timeline, times, citations, quotes));
        VBox.setVgrow(events, Priority.ALWAYS);
        setCenter(events);
    }

    private void showProblems(LoadResult loaded) {
        List<Problem> problems = loaded.problems();
        heading.setText("This file could not be opened");
        subheading.setText(loaded.fileName() + " has " + loaded.errors().size() + " error"
                + (loaded.errors().size() == 1 ? "" : "s") + ". Correct them and open the file again.");
        ListView<Problem> list = new ListView<>();
        list.setId("problems");
        list.setAccessibleText("Problems in the file");
        list.getItems().setAll(problems);
        list.setCellFactory(l -> new ListCell<>() {
            @Override
            protected void updateItem(Problem p, boolean empty) {
                super.updateItem(p, empty);
                getStyleClass().removeAll("error", "warning");
                if (empty || p == null) {
                    setText(null);
                    return;
                }
                getStyleClass().add(p.isError() ? "error" : "warning");
                String where = p.line() > 0 ? "line " + p.line() + ", column " + p.column() + " \u2014 " : "";
                setText(p.severity().label() + ": " + where + p.describe());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        setCenter(list);
    }

    /** One event with its time, place and quotes; heights vary, so it wraps to the list's width. */
    private static final class EventCell extends ListCell<Event> {
        private final Timeline timeline;
        private final TimeText times;
        private final CitationText citations;
        private final QuotesByEvent quotes;

        EventCell(Timeline timeline, TimeText times, CitationText citations, QuotesByEvent quotes) {
            this.timeline = timeline;
            this.times = times;
            this.citations = citations;
            this.quotes = quotes;
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Event event, boolean empty) {
            super.updateItem(event, empty);
            setText(null);
            if (empty || event == null) {
                setGraphic(null);
                return;
            }
            Label time = wrapped(times.span(event), "event-time");
            Label title = wrapped(event.title(), "event-title");
            String category = timeline.category(event.categoryId()).map(c -> c.label()).orElse(event.categoryId());
            Label place = wrapped(category + (event.location() == null ? "" : " \u00b7 " + event.location()),
                    "event-place");
            VBox box = new VBox(2, time, title, place);
            if (event.summary() != null) {
                box.getChildren().add(wrapped(event.summary(), "event-summary"));
            }
            for (Quote q : quotes.of(event.id())) {
                String speaker = timeline.actor(q.speakerId()).map(a -> a.name()).orElse(q.speakerId());
                String words = q.kind() == QuoteKind.DIRECT ? "\u201c" + q.text() + "\u201d" : "reported: " + q.text();
                Label quote = wrapped(speaker + ": " + words, q.kind() == QuoteKind.DIRECT ? "quote" : "paraphrase");
                Label cite = wrapped(citations.cite(q.citation()), "citation");
                box.getChildren().addAll(quote, cite);
            }
            box.setPadding(new Insets(6, 4, 8, 4));
            box.maxWidthProperty().bind(widthProperty().subtract(24));
            setGraphic(box);
            setAccessibleText(event.title() + ", " + times.span(event));
        }

        private static Label wrapped(String text, String styleClass) {
            Label l = new Label(text);
            l.setWrapText(true);
            // Without this a wrapped label in a list cell is squeezed to one line and ends in "...".
            l.setMinHeight(Region.USE_PREF_SIZE);
            l.getStyleClass().add(styleClass);
            return l;
        }
    }
}
