package org.summittimeline.ui.lesson;

import static org.summittimeline.ui.lesson.LessonControls.button;
import static org.summittimeline.ui.lesson.LessonControls.item;
import static org.summittimeline.ui.lesson.LessonControls.note;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.summittimeline.ui.StockButtons;
import org.summittimeline.format.LessonFile;
import org.summittimeline.format.LoadResult;
import org.summittimeline.handout.Handout;
import org.summittimeline.handout.HandoutPdf;
import org.summittimeline.model.Event;
import org.summittimeline.model.PresentationStep;
import org.summittimeline.model.Timeline;
import org.summittimeline.ui.AppState;
import org.summittimeline.ui.BackgroundWork;
import org.summittimeline.ui.SaveFolder;
import org.summittimeline.ui.ScrolledColumn;
import org.summittimeline.ui.Shortcut;
import org.summittimeline.ui.Texts;
import org.summittimeline.ui.VisibleFocus;
import org.summittimeline.ui.present.PresentationMode;

/**
 * The lesson tab: the steps the teacher has added, to reorder, remove and annotate; Save and Open as a
 * {@code *.lesson.json} of its own (the timeline file is never written); present the lesson; its handout as a
 * PDF or printed. The same commands sit in the Lesson menu.
 */
public final class LessonPanel extends ScrolledColumn {
    /**
     * The timeline on screen: its file (null for the bundled one), the name it is known by, and for each file the
     * panel writes, the file it must not overwrite (the one on screen, or one that failed to open and is being
     * edited).
     */
    public record Source(Path file, String name, UnaryOperator<Path> guard) {
        public Source(Path file, String name) {
            this(file, name, target -> file);
        }

        /** The source of the timeline {@code loaded} from {@code file}; its name is the file name it was read as. */
        public static Source of(Path file, LoadResult loaded, UnaryOperator<Path> guard) {
            return new Source(file, loaded == null ? null : Path.of(loaded.fileName()).getFileName().toString(), guard);
        }
    }

    private final LessonModel model = new LessonModel();
    private final AppState state;
    private final PresentationMode presentation;
    private final BackgroundWork work;
    private final Supplier<Source> source;
    /** Says what the lesson did, until another event is chosen: "Added …" had stood on after the presentation. */
    private final Consumer<String> say;
    private final ListView<PresentationStep> list = new ListView<>(model.steps());
    private final TextArea notes = new TextArea();
    private final StepEditing editing;
    private boolean showingNotes;
    /** A lesson is being presented from this panel: its end chooses the step shown last. */
    private boolean presented;
    /** Where the handout's save window opens, as every export's does. */
    private final SaveFolder saveFolder;
    /** Presenting a lesson, its handout and printing wait for the whole file (AppState's wholeTimeline). */
    private final BooleanBinding noWholeTimeline;

    public LessonPanel(AppState state, PresentationMode presentation, BackgroundWork work, Supplier<Source> source,
                       SaveFolder saveFolder, Consumer<String> say) {
        this.saveFolder = saveFolder;
        this.state = state;
        this.work = work;
        this.presentation = presentation;
        this.source = source;
        this.say = say;
        noWholeTimeline = state.wholeTimelineProperty().not();
        EventFollowing following = new EventFollowing(state, list, presentation::isRunning, () -> presented = false);
        editing = new StepEditing(model, list, id -> state.query() == null ? id
                : state.query().timeline().event(id).map(Event::title).orElse(id), say, following::quietly);
        setId("lesson-panel");
        setSpacing(6);
        setPadding(new Insets(6));
        Button add = button("lesson-add", Texts.get("lesson.add.short"), this::addSelected);
        add.disableProperty().bind(state.selectedEventProperty().isNull());
        Button up = button("lesson-up", "\u2191", () -> editing.move(-1));
        Button down = button("lesson-down", "\u2193", () -> editing.move(1));
        Button remove = button("lesson-remove", Texts.get("lesson.remove"), editing::remove);
        Button present = button("lesson-present", Texts.get("lesson.present"), this::present);
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        // Greyed where they cannot move the step: the first up, the last down (both with one step).
        var at = list.getSelectionModel().selectedIndexProperty();
        var last = Bindings.size(model.steps()).subtract(1);
        up.disableProperty().bind(at.lessThanOrEqualTo(0));
        down.disableProperty().bind(at.lessThan(0).or(at.greaterThanOrEqualTo(last)));
        up.setAccessibleText(Texts.get("lesson.up"));
        down.setAccessibleText(Texts.get("lesson.down"));
        Label warning = note("lesson-warning", model.warningProperty().getValue());
        warning.textProperty().bind(model.warningProperty());
        warning.visibleProperty().bind(model.warningProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());
        Label missing = note("lesson-missing", "");
        missing.textProperty().bind(model.missingProperty());
        missing.visibleProperty().bind(model.missingProperty().isNotEmpty());
        missing.managedProperty().bind(missing.visibleProperty());
        list.setId("lesson-steps");
        Label empty = note("lesson-empty", Texts.get("lesson.empty"));
        // Inside the list's frame the text stood against its left edge.
        empty.setPadding(new Insets(0, 12, 0, 12));
        list.setPlaceholder(empty);
        LessonControls.keepRoom(list, empty, notes, model.steps());
        StepCell.showIn(list, state);
        VBox.setVgrow(list, Priority.ALWAYS);
        notes.setId("lesson-notes");
        // Greyed without a step, and its hint says so: typing into it had gone nowhere without a word.
        notes.promptTextProperty().bind(Bindings.when(list.getSelectionModel().selectedItemProperty().isNull())
                .then(Texts.get("lesson.notes.promptNone")).otherwise(Texts.get("lesson.notes.prompt")));
        notes.setWrapText(true);
        // Five lines up to 110 %: in three, the press conference's notes showed a third of their words under a list
        // with room for ten steps (the list shows two lines of each step's notes now). Three to 121 %, where the
        // list keeps nearly half the tab; two at larger type, where three took the room of the steps above them (a
        // step and a half showed at 177 % on 720 lines). Longer notes scroll.
        notes.prefRowCountProperty().bind(Bindings.when(state.fontScaleProperty().greaterThan(1.3)).then(2)
                .otherwise(Bindings.when(state.fontScaleProperty().greaterThan(1.15)).then(3).otherwise(5)));
        // The list grows into the room; without a floor the notes were squeezed to one line by a long lesson.
        notes.setMinHeight(Region.USE_PREF_SIZE);
        notes.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        editing.undoKeys(this, notes);
        // Tab goes on to Open, Save, the handout and Print: it had typed a tab into the notes, and stayed there.
        LessonControls.tabMovesOn(notes);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, s) -> {
            String shown = s == null || s.notes() == null ? "" : s.notes();
            if (!shown.equals(notes.getText())) {
                showingNotes = true;
                notes.setText(shown);
                showingNotes = false;
            }
        });
        notes.textProperty().addListener((obs, old, text) -> {
            int i = list.getSelectionModel().getSelectedIndex();
            if (!showingNotes && i >= 0) {
                model.setNotes(i, text);
                list.getSelectionModel().select(i);
            }
        });
        // Rows that wrap: at 215 % type in a window 1280 wide one row cut every button to "Add to l...", "Re...".
        FlowPane steps = new FlowPane(4, 4, add, up, down, remove, present);
        Button save = button("lesson-save", Texts.get("lesson.save.short"), () -> chooseAndSave(window()));
        Button pdf = button("lesson-pdf", Texts.get("lesson.pdf.short"), this::chooseAndWriteHandout);
        Button print = button("lesson-print", Texts.get("lesson.print.short"), this::print);
        // An empty lesson has nothing to present, save or hand out.
        for (Button b : List.of(present, save, pdf, print)) {
            b.disableProperty().bind(Bindings.isEmpty(model.steps()).or(noWholeTimeline));
        }
        FlowPane files = new FlowPane(4, 4, button("lesson-open", Texts.get("lesson.open.short"), this::chooseAndOpen),
                save, pdf, print);
        Label notesHeading = new Label(Texts.get("lesson.notes"));
        notesHeading.setWrapText(true);
        notesHeading.setMinHeight(Region.USE_PREF_SIZE);
        getChildren().addAll(steps, warning, missing, list, notesHeading, notes, files);
        LessonControls.smallAtLargeType(this, state.fontScaleProperty());
        // A presented lesson ends with the step shown last chosen, its notes ready to edit (no step was chosen):
        // the viewer selects that step's event when the presentation stops.
        state.selectedEventProperty().addListener((obs, was, shown) -> {
            if (presented && !presentation.isRunning()) {
                presented = false;
                int step = shown == null ? -1 : model.steps().stream().map(PresentationStep::eventId).toList()
                        .lastIndexOf(shown.id());
                if (step >= 0) {
                    StepCell.choose(list, step);
                }
            }
        });
    }

    public LessonModel model() {
        return model;
    }

    /** The panel in a tab of its own, for the side of the window. */
    public Tab tab() {
        return LessonControls.scrollingTab(this);
    }

    /** The Lesson menu: the panel's commands with their keys, for the menu bar. */
    public Menu menu() {
        Menu menu = new Menu("_" + Texts.get("lesson.menu"));
        menu.setId("menu-lesson");
        MenuItem add = item("lesson-add", Texts.get("lesson.add.menu"), this::addSelected);
        add.setAccelerator(Shortcut.of(KeyCode.L, KeyCombination.SHORTCUT_DOWN));
        // Not greyed without a selection: Ctrl+L then says what it needs (it had done nothing and said nothing).
        add.disableProperty().bind(state.queryProperty().isNull());
        MenuItem present = item("lesson-present", Texts.get("lesson.present.menu"), this::present);
        // F5's family: a lesson could be started with the mouse alone, the clicker in the teacher's other hand.
        present.setAccelerator(Shortcut.of(KeyCode.F5, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN));
        // Not greyed for an empty lesson, as Add is not without a selection: Ctrl+Shift+F5 then says what it needs.
        present.disableProperty().bind(noWholeTimeline);
        menu.getItems().addAll(add, present, item("lesson-open", Texts.get("lesson.open.menu"), this::chooseAndOpen),
                item("lesson-save", Texts.get("lesson.save.menu"), () -> chooseAndSave(window())),
                item("lesson-pdf", Texts.get("lesson.pdf.menu"), this::chooseAndWriteHandout),
                item("lesson-print", Texts.get("lesson.print.menu"), this::print), editing.putBackItem());
        for (MenuItem i : menu.getItems().subList(2, menu.getItems().size() - 1)) {
            if (!i.getId().equals("menu-lesson-open")) {
                i.disableProperty().bind(Bindings.isEmpty(model.steps()).or(noWholeTimeline));
            }
        }
        return menu;
    }

    /** Add to Lesson: asks which quotes of the selected event and a note, then adds the step at the end. */
    public void addSelected() {
        Event event = state.selectedEvent();
        if (event == null || state.query() == null) {
            say.accept(state.query() == null ? "" : Texts.get("lesson.add.selectFirst"));
            return;
        }
        Timeline t = state.query().timeline();
        AddToLessonDialog.ask(getScene() == null ? null : getScene().getWindow(), t, event,
                state.query().quotesOf(event.id()), List.copyOf(model.steps())).ifPresent(choice -> {
                    model.add(event, choice.quoteIds(), choice.notes());
                    StepCell.choose(list, model.steps().size() - 1);
                    say.accept(Texts.format("lesson.added", event.title(), model.steps().size()));
                });
    }

    /** Presents the lesson's steps that the timeline holds, in the lesson's order, from its first step. */
    public void present() {
        // Not over a presentation running on the other screen (Ctrl+Shift+F5 in the viewer): the viewer's selection
        // had been cleared, and the timeline's own presentation, once ended, chose a step of the lesson.
        if (state.query() != null && model.steps().isEmpty() && !presentation.isRunning()) {
            say.accept(Texts.get("lesson.present.empty"));
        } else if (state.query() != null && !presentation.isRunning()) {
            state.selectedEventProperty().set(null);
            presentation.start(model.presentableIn(state.query().timeline()));
            presented = presentation.isRunning();
        }
    }

    /** Writes the lesson; never the timeline file, which {@link LessonFile#write} refuses by any name. */
    public void save(Path target) {
        Source s = source.get();
        try {
            LessonFile.write(target, s.guard().apply(target), model.toLesson(s.name(), hash(s)));
            model.markSaved();
            saveFolder.remember(target);
            say.accept(Texts.format("lesson.saved", SaveFolder.placeOf(target), model.steps().size()));
        } catch (IOException e) {
            failed(Texts.format("lesson.saveFailed", target.getFileName(), e.getMessage()));
        }
    }

    /**
     * Opens a lesson over the timeline on screen; what the timeline lacks is listed in the panel. The file is read
     * (and the timeline hashed) in the background, so a file that is slow to come never holds up the window.
     */
    public void open(Path file) {
        Source s = source.get();
        work.run(() -> new Opened(LessonFile.read(file), hash(s)), opened -> opened(file, s, opened), e -> failed(
                Texts.format("lesson.openFailed", file.getFileName()) + "\n" + e.getMessage()));
    }

    /** A lesson read and the hash of the timeline it was read beside. */
    private record Opened(LessonFile.Read read, String hash) {
    }

    private void opened(Path file, Source s, Opened opened) {
        LessonFile.Read read = opened.read();
        if (read.hasErrors()) {
            failed(Texts.format("lesson.openFailed", file.getFileName()) + "\n" + String.join("\n",
                    read.problems().stream().map(p -> p.format(file.getFileName().toString())).toList()));
            return;
        }
        if (state.query() == null) {
            failed(Texts.get("lesson.noTimeline"));
            return;
        }
        if (state.query().areQuotesStillReading()) {
            failed(Texts.get("lesson.stillReading"));
            return;
        }
        // A timeline opened meanwhile was not the one hashed: no check rather than a wrong warning.
        String hash = Objects.equals(source.get().file(), s.file()) ? opened.hash() : null;
        model.load(read.lesson(), state.query().timeline(), s.name(), hash);
        say.accept(Texts.format("lesson.opened", file.getFileName(), model.steps().size()));
    }

    /** Writes the handout of the lesson (or, with no steps, of the timeline's own order) as a PDF. */
    public void writeHandout(Path target, HandoutPdf.Paper paper) {
        try {
            HandoutPdf.write(handout(), paper, target, source.get().guard().apply(target));
            say.accept(Texts.format("lesson.pdf.written", SaveFolder.placeOf(target)));
        } catch (IOException e) {
            failed(Texts.format("lesson.saveFailed", target.getFileName(), e.getMessage()));
        }
    }

    private Handout handout() {
        Timeline t = state.query().timeline();
        return Handout.of(t, model.presentableIn(t), state.zoneProperty().get(), model.titleProperty().get());
    }

    private void print() {
        if (state.query() != null && !HandoutPrint.print(handout(), window())) {
            say.accept(Texts.get("lesson.print.none"));
        }
    }

    private void chooseAndOpen() {
        if (mayLetGo(Texts.get("lesson.unsaved.leavingForOther"), window())) {
            Optional.ofNullable(chooser(Texts.get("lesson.open.menu")).showOpenDialog(window()))
                    .ifPresent(f -> open(f.toPath()));
        }
    }

    /**
     * Before the window closes: true when the lesson may go, as no file lacks its steps, or the teacher saved them
     * now or chose not to; false keeps the window open.
     */
    public boolean mayClose(Window owner) {
        return mayLetGo(Texts.get("lesson.unsaved.leavingForClose"), owner);
    }

    /** {@code owner}: the window the question and the save window stand over (the tab may be out of the scene). */
    private boolean mayLetGo(String leaving, Window owner) {
        return UnsavedLesson.mayLetGo(model, owner, leaving, !noWholeTimeline.get(), () -> chooseAndSave(owner));
    }

    private void chooseAndSave(Window owner) {
        FileChooser c = chooser(Texts.get("lesson.save.menu"));
        c.setInitialFileName(LessonChooser.stem(source.get().name()) + LessonFile.SUFFIX);
        Optional.ofNullable(c.showSaveDialog(owner)).ifPresent(f -> save(f.toPath()));
    }

    private void chooseAndWriteHandout() {
        if (state.query() == null) {
            return;
        }
        // Where a file was saved last: the lesson's folder just after it was saved (not the home folder).
        saveFolder.ask(window(), Texts.get("lesson.pdf.menu"), LessonChooser.handoutName(state.query().timeline()),
                new FileChooser.ExtensionFilter("PDF (*.pdf)", "*.pdf"))
                .ifPresent(f -> writeHandout(f, HandoutPdf.Paper.forCountry(Locale.getDefault().getCountry())));
    }

    private FileChooser chooser(String title) {
        return LessonChooser.of(title, source.get().file(), saveFolder);
    }

    private static String hash(Source s) {
        return TimelineHash.of(s.file());
    }

    private void failed(String message) {
        say.accept(message.lines().findFirst().orElse(message));
        if (getScene() != null && getScene().getWindow() != null && getScene().getWindow().isShowing()) {
            Alert alert = new Alert(Alert.AlertType.ERROR, message);
            StockButtons.inTheProgramsWords(alert);
            VisibleFocus.whenOpened(alert);
            alert.initOwner(window());
            alert.setHeaderText(null);
            alert.getDialogPane().setId("lesson-error");
            alert.show();
        }
    }

    private Window window() {
        return getScene() == null ? null : getScene().getWindow();
    }
}
