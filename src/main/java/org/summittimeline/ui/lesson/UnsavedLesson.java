package org.summittimeline.ui.lesson;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.summittimeline.ui.StockButtons;
import org.summittimeline.ui.Texts;
import org.summittimeline.ui.VisibleFocus;

/**
 * The question before a lesson with steps no file holds is let go (the window closes, another lesson is opened):
 * a lesson is made in the viewer, and Ctrl+Q had closed the window on it without a word (a new user's walk).
 */
final class UnsavedLesson {
    /** What the teacher chose. */
    enum Choice { SAVE, DISCARD, KEEP }

    private UnsavedLesson() {
    }

    /**
     * True when {@code model} may be let go: no file lacks its steps, or the teacher saved them now ({@code save}
     * asks where) or chose not to; false keeps it.
     */
    static boolean mayLetGo(LessonModel model, Window owner, String leaving, boolean canSave, Runnable save) {
        if (!model.hasUnsavedSteps()) {
            return true;
        }
        return switch (ask(owner, model.steps().size(), leaving, model.isInAFile(), canSave)) {
            case DISCARD -> true;
            case KEEP -> false;
            case SAVE -> {
                save.run();
                yield !model.hasUnsavedSteps(); // the save window closed without a file: nothing is let go
            }
        };
    }

    /**
     * Asks; {@code leaving} says what would let the lesson go (closing the window, opening another lesson). A lesson
     * saved or opened before has only its changes to lose ({@code inAFile}); while no whole timeline is open
     * ({@code canSave} false) it cannot be saved, as Save Lesson is greyed then, and the question's Save is greyed too.
     */
    static Choice ask(Window owner, int steps, String leaving, boolean inAFile, boolean canSave) {
        ButtonType save = new ButtonType(Texts.get("lesson.unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Texts.get("lesson.unsaved.discard"), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                Texts.format(inAFile ? "lesson.unsaved.changed" : "lesson.unsaved.text", steps, leaving), save, discard,
                ButtonType.CANCEL);
        VisibleFocus.whenOpened(alert);
        StockButtons.inTheProgramsWords(alert);
        alert.getDialogPane().lookupButton(save).setDisable(!canSave);
        alert.initOwner(owner);
        alert.setTitle(Texts.get("lesson.unsaved.title"));
        alert.setHeaderText(Texts.get("lesson.unsaved.header"));
        alert.getDialogPane().setId("lesson-unsaved");
        ButtonType chosen = alert.showAndWait().orElse(ButtonType.CANCEL);
        return chosen == save ? Choice.SAVE : chosen == discard ? Choice.DISCARD : Choice.KEEP;
    }
}
