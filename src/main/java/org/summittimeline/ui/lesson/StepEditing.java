package org.summittimeline.ui.lesson;

import java.util.function.Consumer;
import java.util.function.Function;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.summittimeline.model.PresentationStep;
import org.summittimeline.ui.Shortcut;
import org.summittimeline.ui.Texts;

/**
 * The Lesson tab's ↑, ↓ and Remove (Delete on the list), and Ctrl+Z that puts back the step removed last. The keys' focus stays on the
 * list: a teacher pressing Space twice on ↓ had moved the step to the end, where ↓ greys out and the focus went on to
 * Remove, and the second Space deleted the step with its quotes and note, unasked and for good.
 */
final class StepEditing {
    private static final KeyCombination UNDO = Shortcut.of(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private final LessonModel model;
    private final ListView<PresentationStep> list;
    /** The title of the event an id names, or the id where the timeline on screen lacks it. */
    private final Function<String, String> titleOf;
    private final Consumer<String> say;
    /** Runs a change to the list with the viewer's selection following only its outcome ({@link EventFollowing}). */
    private final Consumer<Runnable> quietly;

    StepEditing(LessonModel model, ListView<PresentationStep> list, Function<String, String> titleOf,
                Consumer<String> say, Consumer<Runnable> quietly) {
        this.model = model;
        this.list = list;
        this.titleOf = titleOf;
        this.say = say;
        this.quietly = quietly;
        // As in a file manager's list: a teacher told that Ctrl+Z does not take back an add reaches for Delete.
        list.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            boolean delete = e.getCode() == KeyCode.DELETE
                    || e.getCode() == KeyCode.BACK_SPACE && Shortcut.isMac(); // a Mac's key marked "delete"
            if (delete && !e.isShiftDown() && !e.isShortcutDown() && !e.isAltDown()
                    && list.getSelectionModel().getSelectedIndex() >= 0) {
                remove();
                e.consume();
            }
        });
    }

    /**
     * Moves the chosen step {@code by} places and says where to; where its button greys out at an end, the list takes
     * the keys. Said, because with a long title two steps look alike in a narrow list.
     */
    void move(int by) {
        int i = list.getSelectionModel().getSelectedIndex();
        if (i < 0) {
            return;
        }
        int[] moved = {i};
        quietly.accept(() -> {
            moved[0] = model.move(i, by);
            StepCell.choose(list, moved[0]);
        });
        int to = moved[0];
        if (to != i) {
            say.accept(Texts.format("lesson.moved", i + 1, titleOf.apply(model.steps().get(to).eventId()), to + 1,
                    model.steps().size()));
        }
        Node focus = list.getScene() == null ? null : list.getScene().getFocusOwner();
        if (focus != null && focus.isDisabled()) {
            list.requestFocus();
        }
    }

    /** Removes the chosen step, says which and that Ctrl+Z puts it back, and chooses the one now in its place. */
    void remove() {
        int i = list.getSelectionModel().getSelectedIndex();
        if (i < 0) {
            return;
        }
        String title = titleOf.apply(model.steps().get(i).eventId());
        // Pressed from the keys (Space on Remove), the list takes them, so a second Space removes nothing more;
        // clicked, Remove has left the keys where they were (ClickedFocus), and they stay there.
        boolean fromTheKeys = list.getScene() != null && list.getScene().getFocusOwner() instanceof ButtonBase;
        quietly.accept(() -> {
            model.remove(i);
            if (!model.steps().isEmpty()) {
                StepCell.choose(list, Math.min(i, model.steps().size() - 1));
            }
        });
        if (fromTheKeys) {
            list.requestFocus();
        }
        say.accept(Texts.format("lesson.removed", i + 1, title, model.steps().size()));
    }

    /** Puts the step removed last back where it stood, chosen. */
    void putBack() {
        int[] back = {-1};
        quietly.accept(() -> {
            back[0] = model.putBack();
            if (back[0] >= 0) {
                StepCell.choose(list, back[0]);
            }
        });
        int at = back[0];
        if (at >= 0) {
            say.accept(Texts.format("lesson.putBack", at + 1, titleOf.apply(model.steps().get(at).eventId()),
                    model.steps().size()));
        }
    }

    /**
     * Ctrl+Z anywhere in the window of {@code panel}: in {@code notes} it undoes the typing first, as in any text, and once there is
     * none left to undo, puts the removed step back (the status bar says "Ctrl+Z puts it back", and in the notes it had
     * done nothing). With no step to put back it says so: a second Ctrl+Z had met silence, as if the key were lost.
     */
    void undoKeys(Node panel, TextInputControl notes) {
        notes.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (UNDO.match(e) && !notes.isUndoable()) {
                putBackOrSayNone();
                e.consume();
            }
        });
        // Bubbling, after the focused control: the menu's accelerator, greyed with none removed, takes no key. On the
        // whole window, not the Lesson tab alone: pressed on the timeline, the key had met silence there too.
        EventHandler<KeyEvent> sayNone = e -> {
            if (UNDO.match(e) && model.removedProperty().get() == null) {
                putBackOrSayNone();
                e.consume();
            }
        };
        panel.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removeEventHandler(KeyEvent.KEY_PRESSED, sayNone);
            }
            if (scene != null) {
                scene.addEventHandler(KeyEvent.KEY_PRESSED, sayNone);
            }
        });
        if (panel.getScene() != null) {
            panel.getScene().addEventHandler(KeyEvent.KEY_PRESSED, sayNone);
        }
    }

    private void putBackOrSayNone() {
        if (model.removedProperty().get() != null) {
            putBack();
        } else {
            say.accept(Texts.get("lesson.putBack.none"));
        }
    }

    /** The Lesson menu's Put Back Removed Step, Ctrl+Z, greyed while there is none. */
    MenuItem putBackItem() {
        MenuItem item = LessonControls.item("lesson-put-back", Texts.get("lesson.putBack.menu"), this::putBack);
        item.setAccelerator(UNDO);
        item.disableProperty().bind(model.removedProperty().isNull());
        return item;
    }
}
