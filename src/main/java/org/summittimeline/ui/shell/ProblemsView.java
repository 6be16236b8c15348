package org.summittimeline.ui.shell;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.summittimeline.format.LineExcerpts;
import org.summittimeline.format.LoadResult;
import org.summittimeline.format.Problem;
import org.summittimeline.format.ProblemGroups;
import org.summittimeline.ui.BackgroundWork;
import org.summittimeline.ui.Labels;
import org.summittimeline.ui.Pulses;
import org.summittimeline.ui.Texts;
import org.summittimeline.ui.VisibleFocus;

/** Why a file could not be opened: every problem with its line and column, and a way to open another file. */
final class ProblemsView extends BorderPane {

    /** The list's lines and, once read, the file's words at each one's place. */
    private final ListView<ProblemGroups.Line> list = new ListView<>();
    private LineExcerpts excerpts = LineExcerpts.none();
    /**
     * Beside a timeline the list has a few lines' room: the file's line stands under the problem selected only,
     * so that three problems still show whole at 1280 x 720.
     */
    private final boolean excerptOfSelectedOnly;
    /** Whether the first problem's line shows because {@link #showFirstLine()} chose it, not the reader. */
    private boolean firstLineOurs;
    /** A syntax error ended the reading: the explanation says that more mistakes may follow it. */
    private final boolean readStopped;
    private final Label heading = new Label();
    private final Label explanation = new Label();
    private final HBox buttons = new HBox(8);
    /** Run once the file's lines are read and shown: beside a timeline, the pane is fitted to them then. */
    private Runnable linesRead = () -> { };
    /** Set when the view leaves the window: a read of a large file still going gives up. */
    private volatile boolean gone;

    ProblemsView(LoadResult loaded, Runnable openAnother, Runnable reload) {
        this(loaded, openAnother, reload, Texts.get("window.problems.title"), null);
    }

    /** With {@code hide}: the problems stand beside the timeline that stays on screen, and can be put away. */
    ProblemsView(LoadResult loaded, Runnable openAnother, Runnable reload, String title, Runnable hide) {
        getStyleClass().add("problems-view");
        excerptOfSelectedOnly = hide != null;
        readStopped = loaded.readStopped();
        sceneProperty().addListener((o, was, now) -> gone |= was != null && now == null);
        heading.setText(title);
        heading.getStyleClass().add("heading");
        heading.setId("problems-heading");
        // A long file name in "… was saved with 3 errors; the last good version stays …" ran past the window.
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
        if (hide != null) {
            getStyleClass().add("beside");
        }
        int errors = loaded.errors().size();
        // A file that was never read (missing, a folder, not a timeline at all) has nothing to correct at a place.
        boolean unplaced = loaded.problems().stream().allMatch(p -> p.line() <= 0);
        // Alone, every problem shows its line of the file already; beside a timeline only the one clicked does.
        explain(unplaced ? Texts.format("window.problems.explanationUnplaced", loaded.fileName())
                : Texts.format(hide == null ? "window.problems.explanation" : "window.problems.explanationBeside",
                loaded.fileName(), errors, loaded.warnings().size()));
        explanation.setId("problems-explanation");
        explanation.setWrapText(true);
        explanation.setMinHeight(Region.USE_PREF_SIZE);
        Button open = new Button(Texts.get("window.problems.openAnother"));
        open.setOnAction(e -> openAnother.run());
        Button again = new Button(Texts.get("window.problems.reload"));
        again.setId("problems-reload");
        again.setOnAction(e -> reload.run());
        // Beside a timeline, "Reload" could read the timeline shown as well as the file that failed: said which.
        again.setTooltip(new Tooltip(Texts.format("window.problems.reloadTip",
                Path.of(loaded.fileName()).getFileName())));
        buttons.getChildren().addAll(again, open);
        if (hide != null) {
            Button away = new Button(Texts.get("open.hideProblems"));
            away.setId("problems-hide");
            away.setOnAction(e -> hide.run());
            buttons.getChildren().add(away);
        }
        VBox top = new VBox(6, heading, explanation, buttons);
        top.setPadding(new Insets(16, 20, 12, 20));
        setTop(top);
        list.setId("problems");
        list.setAccessibleText(Texts.get("window.problems.list"));
        // A mistake repeated ten thousand times is listed twenty times and counted, as --validate prints it.
        list.getItems().setAll(ProblemGroups.group(loaded.problems()));
        // Nothing chosen, nothing focused: the list focuses its first row by itself, which drew no mark, and the
        // reader's first Down went to the second problem.
        list.getFocusModel().focus(-1);
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        // A click on the first problem, chosen for the reader already, makes it theirs: its line had gone again at
        // larger type, though the reader had clicked it. (A press on the scroll bar or below the problems chooses
        // nothing.)
        list.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            for (Node n = e.getPickResult().getIntersectedNode(); n != null && n != list; n = n.getParent()) {
                if (n instanceof ListCell<?> cell) {
                    firstLineOurs &= cell.isEmpty();
                    return;
                }
            }
        });
        list.getSelectionModel().getSelectedIndices().addListener((ListChangeListener<Integer>) c -> {
            // A problem the reader chose keeps its line whatever the room: only the first line shown for them goes.
            firstLineOurs &= list.getSelectionModel().getSelectedIndices().equals(List.of(0));
            if (excerptOfSelectedOnly && !excerpts.isEmpty()) {
                list.refresh();
                // The selected problem grows by its line and caret: scrolled into view whole, as little as needed
                // (the list's own scrollTo puts it at the top), and at once, so that a click's release finds the
                // cell its press chose (the refresh makes the cells again).
                int selected = list.getSelectionModel().getSelectedIndex();
                if (selected >= 0 && list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
                    list.layout();
                    flow.scrollTo(selected);
                    // A problem taller than the list (at 250 % beside the timeline) from its first line, which says
                    // where it is: scrolled as little as needed, it had shown its middle.
                    if (flow.getCell(selected).getHeight() > flow.getHeight()) {
                        flow.scrollToTop(selected);
                    }
                }
            }
        });
        Label copied = new Label();
        copied.setId("problems-copied");
        copied.getStyleClass().add("muted");
        // Beside the buttons: on a line of its own it left a blank line above the problems, and once a place was
        // copied it pushed the list down under the pointer.
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.getChildren().add(copied);
        if (hide != null) {
            // Beside a timeline, what a click does stands here until a click does it, not in the explanation: there
            // it was a third line, and after a failed live reload at 1280 x 720 the lanes kept about 165 px.
            copied.setText(Texts.get("window.problems.clickHint"));
            copied.setWrapText(true);
            copied.setMinWidth(0);
            HBox.setHgrow(copied, Priority.ALWAYS);
            HintPlace.keep(top, buttons, copied);
        }
        // The hint wraps beside them; the buttons keep their words whole ("R…" for Reload at 1280 px).
        buttons.getChildren().stream().filter(Button.class::isInstance)
                .forEach(b -> ((Button) b).setMinWidth(Region.USE_PREF_SIZE));
        list.setOnMouseClicked(e -> {
            ProblemGroups.Line line = list.getSelectionModel().getSelectedItem();
            if (line != null && !line.isCount() && e.getClickCount() == 1) {
                String place = line.problem().place(loaded.fileName());
                copy(place);
                saidInPlaceOfTheHint(copied, Texts.format("window.problems.copiedPlace", place));
            }
        });
        list.setOnKeyPressed(e -> {
            if (new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN).match(e)) {
                copy(String.join("\n", list.getSelectionModel().getSelectedItems().stream()
                        .map(l -> l.format(loaded.fileName())).toList()));
                saidInPlaceOfTheHint(copied, Texts.format("window.problems.copied",
                        list.getSelectionModel().getSelectedItems().size()));
                e.consume();
            }
        });
        list.setCellFactory(l -> new ProblemCell(() -> excerpts, excerptOfSelectedOnly));
        setCenter(list);
    }

    /**
     * The list takes the focus, filling the window: Down walks the problems and Ctrl+C copies them. The scene had
     * given it to the toolbar's Reload, and Down went on along the toolbar.
     */
    void takeFocus() {
        // With its ring, as Tab shows it: focused in code the list had shown no mark of the keys (a new user's walk).
        // In a page that scrolls the list reaches the window with the page's skin, in its first CSS pass: focused
        // after that pulse's layout, not within the skin's making.
        ClickedFocus.whenInScene(list, () -> Pulses.afterLayoutWhen(list.getScene(), () -> true,
                () -> VisibleFocus.request(list)));
    }

    /** The list's least height filling the window, in heights of the explanation's type (six lines or so). */
    static final double LIST_LINES = 8;
    /** The list's least height beside the timeline, where the problems have half the window at most. */
    static final double LIST_LINES_BESIDE = 5;

    /**
     * The list keeps {@code lines} type heights at least, and the page scrolls instead: filling the window at 250 %
     * on 720 lines, the heading, explanation and buttons had left it 30 px, and in German nothing; beside the
     * timeline, nothing in English either.
     */
    void keepRoomForTheList(double lines) {
        list.minHeightProperty().bind(Bindings.createDoubleBinding(() -> lines * explanation.getFont().getSize(),
                explanation.fontProperty()));
    }

    /** The list's top and its least height, in this view. */
    double[] listPlace() {
        return new double[] {list.getBoundsInParent().getMinY(), list.getMinHeight()};
    }

    /**
     * Where a page scrolled to {@code y} (of at most {@code room}) begins on whole lines: at the next line when {@code y}
     * cuts a line of the heading or the explanation (or the buttons' row) and the page can scroll that far, else at
     * the cut line's top. At 250 % the page scrolled to the list opened on the lower half of a line of the explanation.
     */
    double wholeLinesFrom(double y, double room) {
        for (Label words : List.of(heading, explanation)) {
            Bounds at = sceneToLocal(words.localToScene(words.getLayoutBounds()));
            double first = at.getMinY() + words.snappedTopInset();
            double text = at.getHeight() - words.snappedTopInset() - words.snappedBottomInset();
            double pitch = Labels.linePitch(words);
            double into = y - first;
            double cut = pitch > 0 ? into % pitch : 0;
            if (into > 0 && into < text && cut > 0.5 && pitch - cut > 0.5) {
                return y - cut + pitch <= room ? y - cut + pitch : y - cut;
            }
        }
        Bounds row = sceneToLocal(buttons.localToScene(buttons.getLayoutBounds()));
        boolean cuts = y > row.getMinY() + 0.5 && y < row.getMaxY() - 0.5;
        return !cuts ? y : row.getMaxY() <= room ? row.getMaxY() : row.getMinY();
    }

    /**
     * What was copied, where the hint stood: the row keeps the hint's height, so that a shorter note does not move
     * the list under the pointer that clicked it.
     */
    private static void saidInPlaceOfTheHint(Label note, String said) {
        note.setMinHeight(Math.max(note.getMinHeight(), note.getHeight()));
        note.setText(said);
    }

    /**
     * The explanation, and in another language than English that the messages are English: they name the format's
     * fields, as {@code --validate} writes them, and a German window gave them without a word on why.
     */
    private void explain(String text) {
        String told = readStopped ? text + " " + Texts.get("window.problems.readStopped") : text;
        explanation.setText("en".equals(Texts.locale().getLanguage()) ? told
                : told + " " + Texts.get("window.problems.englishOnly"));
    }

    /**
     * Adds a button that shows the format's description (Help ▸ Timeline File Format) beside Reload: the messages
     * name it, and a reader correcting a file by hand looks for the rules here.
     */
    ProblemsView withFormatGuide(Runnable show) {
        Button guide = new Button(Texts.get("window.command.formatGuide"));
        guide.setId("problems-format-guide");
        guide.setOnAction(e -> show.run());
        guide.setMinWidth(Region.USE_PREF_SIZE);
        buttons.getChildren().add(2, guide);
        return this;
    }

    /**
     * The problems of a save that live reload read: the next save is read as well, so the words say to save, not
     * to reload (a reader who pressed Reload after each save read the same file twice).
     */
    ProblemsView whileWatched(LoadResult loaded) {
        if (loaded.problems().stream().allMatch(p -> p.line() <= 0)) {
            return this; // a file that could not be read again (moved away, say): its own words stand
        }
        explain(Texts.format(excerptOfSelectedOnly ? "window.problems.explanationLive"
                : "window.problems.explanationLiveAlone", loaded.fileName(), loaded.errors().size(),
                loaded.warnings().size()));
        return this;
    }

    /**
     * Reads the file's words at each problem's place, away from the UI thread, and shows them under the messages.
     * A file that cannot be read again (moved, or changed to a folder) shows its messages alone, as before.
     */
    ProblemsView withExcerptsOf(Path file, BackgroundWork work) {
        if (file != null) {
            List<Problem> shown = list.getItems().stream().filter(l -> !l.isCount()).map(ProblemGroups.Line::problem)
                    .toList();
            work.run(() -> {
                try {
                    return LineExcerpts.read(file, shown, () -> !gone);
                } catch (IOException e) {
                    return LineExcerpts.none();
                }
            }, read -> {
                excerpts = read;
                list.refresh();
                linesRead.run();
            }, failed -> { });
        }
        return this;
    }

    /**
     * Beside a timeline, shows the first problem's line of the file (chooses it) once that line is read: the room
     * kept for a clicked problem's line stood empty until a click. False when there is no line to show, or the reader
     * has chosen a problem already.
     */
    boolean showFirstLine() {
        if (firstLineOurs && list.getSelectionModel().getSelectedIndices().equals(List.of(0))) {
            return true;
        }
        if (!excerptOfSelectedOnly || list.getItems().isEmpty() || !list.getSelectionModel().isEmpty()
                || list.getItems().get(0).isCount() || excerpts.at(list.getItems().get(0).problem()) == null) {
            return false;
        }
        list.getSelectionModel().select(0);
        firstLineOurs = true;
        list.layout();
        return true;
    }

    /** Takes back {@link #showFirstLine()}: with its line a problem would be out of view. */
    void hideFirstLine() {
        list.getSelectionModel().clearSelection();
        firstLineOurs = false;
        list.layout();
    }

    /**
     * Runs {@code refit} when the type changes size: the problems fitted at 100 % kept their room at 121 %, where
     * the second of two problems fell below the list's end, even on a 1080-line screen.
     */
    void onTypeSize(Runnable refit) {
        explanation.fontProperty().addListener(o -> refit.run());
    }

    /**
     * The height left blank under the last problem, each problem whole above it; negative when they are not all in
     * view (or the list is not laid out).
     */
    double roomUnderProblems() {
        if (list.getHeight() <= 0 || !(list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow)) {
            return -1;
        }
        var first = flow.getFirstVisibleCell();
        var last = flow.getLastVisibleCell();
        if (first == null || last == null || first.getIndex() != 0 || last.getIndex() != list.getItems().size() - 1) {
            return -1;
        }
        double bottom = flow.localToScene(flow.getLayoutBounds()).getMaxY();
        double top = flow.localToScene(flow.getLayoutBounds()).getMinY();
        if (first.localToScene(first.getLayoutBounds()).getMinY() < top - 0.5) {
            return -1;
        }
        return bottom - last.localToScene(last.getLayoutBounds()).getMaxY();
    }

    /** Runs {@code fit} when the file's lines have been read and shown (after {@link #withExcerptsOf}). */
    ProblemsView whenLinesRead(Runnable fit) {
        linesRead = fit;
        return this;
    }

    private static void copy(String text) {
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }
}
