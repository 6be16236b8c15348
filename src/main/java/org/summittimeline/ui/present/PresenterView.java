package org.summittimeline.ui.present;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.summittimeline.model.Quote;
import org.summittimeline.ui.Texts;

/** What the teacher sees on the laptop while the class sees the projector: now, next, notes, time, step. */
public final class PresenterView extends BorderPane {
    private final Presentation model;
    private final Label counter = new Label();
    private final Label clock = new Label();
    private final Label now = new Label();
    private final Label next = new Label();
    private final Label notes = new Label();
    private final Label said = new Label();
    private final ScaleNote note = new ScaleNote(said);

    public PresenterView(Presentation model) {
        this.model = model;
        getStylesheets().add(PresentationView.STYLESHEET);
        getStyleClass().addAll("presentation", "presenter-view");
        setId("presenter-view");
        next.setId("presenter-next");
        notes.setId("presenter-notes");
        for (Label l : new Label[] {now, next, notes}) {
            l.setWrapText(true);
            l.setMinHeight(Region.USE_PREF_SIZE);
            l.setFont(Font.font("System", 22));
        }
        counter.setFont(Font.font("System", FontWeight.BOLD, 28));
        clock.setFont(Font.font("System", FontWeight.BOLD, 28));
        said.setId("presenter-said");
        said.setFont(Font.font("System", 20));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(20, counter, said, spacer, clock);
        note.goesWith(model.stepProperty(), model.revealedProperty());
        VBox left = new VBox(8, heading(Texts.get("present.presenter.now")), now);
        VBox right = new VBox(8, heading(Texts.get("present.presenter.next")), next);
        left.setPrefWidth(520);
        right.setPrefWidth(520);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox.setHgrow(right, Priority.ALWAYS);
        HBox columns = new HBox(32, left, right);
        columns.setPadding(new Insets(20, 0, 20, 0));
        setTop(top);
        setCenter(columns);
        setBottom(new VBox(8, heading(Texts.get("present.presenter.notes")), notes));
        model.stepProperty().addListener(o -> refresh());
        model.revealedProperty().addListener(o -> refresh());
        model.atEndProperty().addListener(o -> refresh());
        refresh();
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("presenter-heading");
        l.setFont(Font.font("System", FontWeight.BOLD, 20));
        return l;
    }

    /**
     * Says {@code text} beside the counter for a moment, for the teacher's eyes: with two screens, what is said to the
     * teacher (that the show began at another step than the one selected) had stood on the class's screen only.
     */
    void say(String text) {
        note.say(text);
    }

    public void setElapsed(String text) {
        clock.setText(text);
    }

    private void refresh() {
        Presentation.Slide slide = model.current();
        counter.setText(model.counter());
        if (slide == null) {
            now.setText("");
            next.setText("");
            notes.setText("");
            return;
        }
        Quote q = model.currentQuote();
        if (model.atEndProperty().get()) {
            now.setText(model.endText());
            next.setText(ComingUp.next(model));
            notes.setText("");
            return;
        }
        now.setText(slide.event().title() + (q == null ? "" : "\n" + Texts.format("quote.marks", q.text())));
        next.setText(ComingUp.next(model));
        notes.setText(slide.notes() == null ? Texts.get("present.overlay.noNotes") : slide.notes());
    }
}
