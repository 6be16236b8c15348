package org.summittimeline.ui.lesson;

import java.util.function.BooleanSupplier;
import javafx.scene.control.ListView;
import javafx.scene.input.MouseEvent;
import org.summittimeline.model.PresentationStep;
import org.summittimeline.ui.AppState;

/**
 * Keeps the viewer's selected event on the chosen step's, so that the timeline, the details and the quotes show
 * what the step is about: a teacher clicking step 1 saw it highlighted beside another event's details.
 *
 * Another event chosen in the viewer chooses its first step, or none, so that the step chosen is always about the
 * event shown.
 *
 * <p>Quiet while ↑, ↓, Remove or Ctrl+Z rework the list, and it follows once they are done: the list's selection
 * passes through a neighbour there (a row taken out hands its selection on), and the neighbour's event, selected for
 * an instant, cleared the quote the teacher had chosen.
 */
final class EventFollowing {
    private final AppState state;
    private final ListView<PresentationStep> list;
    private final BooleanSupplier presenting;
    private final Runnable presentationOver;
    private boolean quiet;

    /** {@code presentationOver}: told that a step is chosen by hand, so a presentation's end no longer chooses one. */
    EventFollowing(AppState state, ListView<PresentationStep> list, BooleanSupplier presenting,
                   Runnable presentationOver) {
        this.state = state;
        this.list = list;
        this.presenting = presenting;
        this.presentationOver = presentationOver;
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, step) -> {
            // Notes typed give the same step a new record: nothing to follow, nor a message to wipe.
            if (!quiet && (old == null || step == null || !old.eventId().equals(step.eventId()))) {
                follow(step);
            }
        });
        // A click on the step already chosen follows it too: its event may not have been selectable when it was chosen
        // (filtered out then), or the selection was cleared since.
        list.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> follow(list.getSelectionModel().getSelectedItem()));
        // And the other way: another event chosen in the viewer chooses its step, or none. Step 2 had stayed chosen
        // beside another event's details, and the notes typed under "Notes for the selected step" went to step 2.
        state.selectedEventProperty().addListener((obs, old, event) -> {
            PresentationStep chosen = list.getSelectionModel().getSelectedItem();
            if (quiet || presenting.getAsBoolean() || chosen != null && event != null
                    && chosen.eventId().equals(event.id())) {
                return;
            }
            int at = event == null ? -1 : indexOf(event.id());
            // Quietly: the viewer shows the event already, and a presentation's end, which selects the event shown
            // last, must still choose the step it was (a later step of the same event), not the first.
            quiet = true;
            try {
                if (at < 0) {
                    list.getSelectionModel().clearSelection();
                } else {
                    StepCell.choose(list, at);
                }
            } finally {
                quiet = false;
            }
        });
    }

    private int indexOf(String eventId) {
        for (int i = 0; i < list.getItems().size(); i++) {
            if (list.getItems().get(i).eventId().equals(eventId)) {
                return i;
            }
        }
        return -1;
    }

    /** Runs {@code change} to the list without following, then follows the step it leaves chosen. */
    void quietly(Runnable change) {
        quiet = true;
        try {
            change.run();
        } finally {
            quiet = false;
        }
        follow(list.getSelectionModel().getSelectedItem());
    }

    private void follow(PresentationStep step) {
        if (step == null || state.query() == null || presenting.getAsBoolean()) {
            return;
        }
        presentationOver.run();
        state.query().timeline().event(step.eventId()).filter(e -> e != state.selectedEvent())
                .ifPresent(state.selectedEventProperty()::set);
    }
}
