package org.summittimeline.ui.lesson;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.summittimeline.model.Event;
import org.summittimeline.model.Lesson;
import org.summittimeline.model.PresentationStep;
import org.summittimeline.model.Timeline;
import org.summittimeline.ui.Texts;

/**
 * The lesson the teacher is making: its steps in order, what of an opened lesson the timeline lacks, and a
 * warning when the lesson was made for another or a changed timeline. JavaFX properties only; no nodes.
 */
public final class LessonModel {
    private final ObservableList<PresentationStep> steps = FXCollections.observableArrayList();
    private final StringProperty title = new SimpleStringProperty(this, "title", null);
    private final ReadOnlyStringWrapper missing = new ReadOnlyStringWrapper(this, "missing", "");
    private final ReadOnlyStringWrapper warning = new ReadOnlyStringWrapper(this, "warning", "");
    /** Changed since it was last saved or opened: the window asks before such a lesson is let go. */
    private boolean unsaved;
    /** Saved or opened at least once: what is not saved is changes, not the whole lesson. */
    private boolean inAFile;
    /** The step removed last and where it stood, to put back; null when there is none (or another lesson came). */
    private final ReadOnlyObjectWrapper<Removed> removed = new ReadOnlyObjectWrapper<>(this, "removed");

    /** A step taken out of the lesson at {@code index}. */
    public record Removed(int index, PresentationStep step) {
    }

    public LessonModel() {
        steps.addListener((ListChangeListener<PresentationStep>) c -> unsaved = true);
        title.addListener((obs, old, now) -> unsaved = true);
    }

    /** Steps a teacher made or changed that no file holds: closing the window would lose them. */
    public boolean hasUnsavedSteps() {
        return unsaved && !steps.isEmpty();
    }

    /** Whether the lesson was saved or opened before: then only its changes are not in a file. */
    public boolean isInAFile() {
        return inAFile;
    }

    /** The lesson as it stands is in a file now. */
    public void markSaved() {
        unsaved = false;
        inAFile = true;
    }

    public ObservableList<PresentationStep> steps() {
        return steps;
    }

    public StringProperty titleProperty() {
        return title;
    }

    /** What an opened lesson names that the timeline lacks, one line per thing; empty when nothing is missing. */
    public ReadOnlyStringProperty missingProperty() {
        return missing.getReadOnlyProperty();
    }

    /** A lesson made for another timeline, or for this one before it changed; empty otherwise. */
    public ReadOnlyStringProperty warningProperty() {
        return warning.getReadOnlyProperty();
    }

    /** Adds a step at the end; {@code quoteIds} in the order to reveal them. */
    public void add(Event event, List<String> quoteIds, String notes) {
        steps.add(new PresentationStep(event.id(), List.copyOf(quoteIds), blankToNull(notes == null ? null
                : notes.strip())));
    }

    /** Moves step {@code index} by {@code by} places (−1 up, +1 down); returns its new index. */
    public int move(int index, int by) {
        int target = index + by;
        if (index < 0 || index >= steps.size() || target < 0 || target >= steps.size()) {
            return index;
        }
        PresentationStep s = steps.remove(index);
        steps.add(target, s);
        return target;
    }

    /** Removes step {@code index}, kept to be put back ({@link #putBack}) until another is removed or the lesson goes. */
    public void remove(int index) {
        if (index >= 0 && index < steps.size()) {
            removed.set(new Removed(index, steps.remove(index)));
        }
    }

    /** The step removed last, while it can be put back; null otherwise. */
    public ReadOnlyObjectProperty<Removed> removedProperty() {
        return removed.getReadOnlyProperty();
    }

    /**
     * Puts the step removed last back where it stood (at the end, when the lesson has fewer steps now); returns its
     * index, or -1 when there is none to put back.
     */
    public int putBack() {
        Removed r = removed.get();
        if (r == null) {
            return -1;
        }
        removed.set(null);
        int at = Math.min(r.index(), steps.size());
        steps.add(at, r.step());
        return at;
    }

    public void setNotes(int index, String notes) {
        if (index >= 0 && index < steps.size()) {
            PresentationStep s = steps.get(index);
            // As typed, spaces and line breaks at the end too: the box shows the step's notes again as it changes,
            // and stripped there a teacher's space or Enter vanished at once ("Asktheclass:which…").
            steps.set(index, new PresentationStep(s.eventId(), s.quoteIds(), blankToNull(notes)));
        }
    }

    public void clear() {
        removed.set(null);
        steps.clear();
        missing.set("");
        warning.set("");
        title.set(null);
        unsaved = false;
        inAFile = false;
    }

    /** The lesson as it is saved, naming the timeline by file name and hash. */
    public Lesson toLesson(String timelineFile, String timelineSha256) {
        return new Lesson(title.get(), timelineFile, timelineSha256, new ArrayList<>(steps));
    }

    /**
     * Takes an opened lesson's steps, all of them (a missing event stays in the list, marked, so that saving again
     * loses nothing), and says what {@code timeline} lacks and whether it is the timeline the lesson was made for.
     */
    public void load(Lesson lesson, Timeline timeline, String timelineFile, String timelineSha256) {
        removed.set(null);
        steps.setAll(lesson.steps());
        title.set(lesson.title());
        List<String> lines = new ArrayList<>();
        for (Lesson.Missing m : lesson.missingIn(timeline)) {
            lines.add(m.quoteId() == null ? Texts.format("lesson.missing.event", m.step(), m.eventId())
                    : Texts.format("lesson.missing.quote", m.step(), m.quoteId()));
        }
        missing.set(lines.isEmpty() ? "" : Texts.get("lesson.missing.heading") + "\n" + String.join("\n", lines));
        if (!lesson.timelineFile().equals(timelineFile)) {
            warning.set(Texts.format("lesson.warning.otherFile", lesson.timelineFile(), timelineFile));
        } else if (lesson.timelineSha256() != null && !lesson.timelineSha256().equals(timelineSha256)) {
            warning.set(Texts.format("lesson.warning.changed", timelineFile));
        } else {
            warning.set("");
        }
        markSaved(); // as in its file
    }

    /** The steps the timeline can show, in order: what F5 on the lesson presents and the handout prints. */
    public List<PresentationStep> presentableIn(Timeline timeline) {
        return new Lesson(null, "", null, steps).presentableIn(timeline);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
