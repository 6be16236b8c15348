package org.summittimeline.ui.lesson;

import javafx.beans.InvalidationListener;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.summittimeline.model.Event;
import org.summittimeline.model.PresentationStep;
import org.summittimeline.model.Timeline;
import org.summittimeline.query.TimeText;
import org.summittimeline.ui.AppState;
import org.summittimeline.ui.Labels;
import org.summittimeline.ui.Pulses;
import org.summittimeline.ui.Texts;
import org.summittimeline.ui.WrappingCell;

/**
 * One step in the lesson's list: "2. Joint press conference · 3 quotes", the first two lines of its notes under it in
 * the muted colour, so that the teacher's words are told apart from the step's name; a step the timeline lacks says
 * so.
 */
final class StepCell extends WrappingCell<PresentationStep> {
    private final AppState state;
    private final Label step = Labels.wrapped("", "lesson-step-title");
    private final Label notes = Labels.wrapped("", "lesson-step-notes");
    /**
     * When the step's event happened, and where that is before the step above it: added as they were found, the
     * press conference before the protester played backwards in class, and nothing in the list had said so.
     */
    private final Label time = Labels.wrapped("", "lesson-step-time");
    private final VBox lines = new VBox(2, time, step, notes);

    /**
     * Shows {@code list}'s steps in cells of this kind, told again when the zone or the timeline changes, which the
     * list does not see: the times had stayed in the zone chosen before. (A step moved or removed, the list tells
     * every cell again, the "earlier than" of the steps round it too.)
     */
    static void showIn(ListView<PresentationStep> list, AppState state) {
        list.setCellFactory(v -> new StepCell(state));
        InvalidationListener again = o -> list.refresh();
        state.zoneProperty().addListener(again);
        state.queryProperty().addListener(again);
        // Larger type, or a lower list: the rows grow or the room shrinks, and the chosen step had gone out of sight
        // (at 146 % in a 720-line window the third of three, the list showing one and a half). After the layout
        // that measures the new rows, the list scrolls as little as shows it whole again.
        // Only a step in sight before: a teacher who scrolled away to other steps is not pulled back by a resize.
        InvalidationListener keep = o -> {
            int chosen = list.getSelectionModel().getSelectedIndex();
            if (list.getScene() != null && chosen >= 0 && list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow
                    && flow.getFirstVisibleCell() != null && flow.getLastVisibleCell() != null
                    && chosen >= flow.getFirstVisibleCell().getIndex() && chosen <= flow.getLastVisibleCell().getIndex()) {
                Pulses.afterLayoutWhen(list.getScene(), () -> true, () -> {
                    if (list.getSelectionModel().getSelectedIndex() == chosen) {
                        choose(list, chosen);
                    }
                });
            }
        };
        state.fontScaleProperty().addListener(keep);
        list.heightProperty().addListener(keep);
    }

    /**
     * Chooses step {@code i} and scrolls the list only as far as it takes to show it: a step moved down with the
     * arrow button, added at the end or stopped at in a presentation had been chosen below the list's edge.
     */
    static void choose(ListView<PresentationStep> list, int i) {
        list.getSelectionModel().select(i);
        if (!(list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) {
            list.scrollTo(i);
            return;
        }
        // Laid out before and after: the cells a move replaced still stood where the old steps were, and the flow
        // places a cell of a height it has not measured a few pixels off, so the last pixels are counted here.
        list.layout();
        flow.scrollTo(i);
        list.layout();
        IndexedCell<?> cell = flow.getVisibleCell(i);
        if (cell != null) {
            double top = cell.getLayoutY();
            double over = top + cell.getHeight() - flow.getHeight();
            flow.scrollPixels(top < 0 ? top : over > 0 ? Math.min(over, top) : 0);
        }
    }

    StepCell(AppState state) {
        this.state = state;
        notes.getStyleClass().add("muted");
        time.getStyleClass().add("muted");
        // Two lines of the notes at most, cut with "…": the box under the list has them all for the chosen step
        // (scrolling where they are longer), and the press conference's eight lines had stood twice on screen, the
        // list showing one step.
        notes.setMinHeight(Region.USE_COMPUTED_SIZE);
        Labels.atMostLines(notes, 2);
    }

    @Override
    protected void updateItem(PresentationStep s, boolean empty) {
        super.updateItem(s, empty);
        setText(null);
        if (empty || s == null) {
            setGraphic(null);
            setAccessibleText(null);
            return;
        }
        Timeline t = state.query() == null ? null : state.query().timeline();
        String title = t == null ? s.eventId() : t.event(s.eventId()).map(Event::title)
                .orElse(Texts.format("lesson.step.missing", s.eventId()));
        int quotes = s.quoteIds() == null ? (t == null ? 0 : state.query().quotesOf(s.eventId()).size())
                : s.quoteIds().size();
        step.setText(Texts.format("lesson.step", getIndex() + 1, title, quotes));
        Event event = t == null ? null : t.event(s.eventId()).orElse(null);
        time.setText(event == null ? "" : timeOf(event, t));
        time.setVisible(event != null);
        time.setManaged(event != null);
        notes.setText(s.notes() == null ? "" : s.notes());
        notes.setVisible(s.notes() != null);
        notes.setManaged(s.notes() != null);
        setGraphic(lines);
        setAccessibleText(step.getText() + (event == null ? "" : ", " + time.getText())
                + (s.notes() == null ? "" : ". " + s.notes()));
    }

    /** The event's time, and, where it began before the step above's event, that it is earlier. */
    private String timeOf(Event event, Timeline t) {
        // From start to end, as the Events list and the slide say it: the start's window alone read as the length.
        TimeText text = new TimeText(state.zoneProperty().get());
        // Each bound held where a line may not break, as in the Events list: "≈" had ended a line, its clock on
        // the next, and "step" its line with "2" alone under it.
        String when = text.startToEnd(event, Labels::boundsHeld);
        int index = getIndex();
        Event above = index <= 0 || index > getListView().getItems().size() ? null
                : t.event(getListView().getItems().get(index - 1).eventId()).orElse(null);
        return above != null && event.start().midpoint().isBefore(above.start().midpoint())
                ? Labels.lastWordsTogether(Texts.format("lesson.step.earlier", when, index)) : when;
    }
}
