package org.summittimeline.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.summittimeline.app.FileDocuments;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.model.Event;
import org.summittimeline.model.PresentationStep;
import javafx.scene.paint.Color;
import org.summittimeline.ui.BackgroundWork;
import org.summittimeline.ui.Contrast;
import org.summittimeline.ui.DialogButtons;
import org.summittimeline.ui.Fx;
import org.summittimeline.ui.SaveFolder;
import org.summittimeline.ui.Settings;
import org.summittimeline.ui.TestStage;
import org.summittimeline.ui.Theme;
import org.summittimeline.ui.present.Presentation;
import org.summittimeline.ui.shell.MainWindow;
import org.summittimeline.ui.RenderedPulse;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.NodeQueryUtils;
import org.testfx.util.WaitForAsyncUtils;

/** A lesson made in the viewer, as a teacher makes it: added, reordered, annotated, saved, reopened, presented. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 90, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class LessonFlowTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        window = new MainWindow(new FileDocuments(new TimelineLoader()), BackgroundWork.sameThread(),
                Settings.inMemory(), url -> { });
        TestStage.show(stage, window);
    }

    @AfterEach
    void leave(FxRobot robot) throws TimeoutException {
        Fx.interact(() -> window.presentation().stop());
        FxToolkit.cleanupStages();
    }

    private void select(FxRobot robot, String eventId) {
        Fx.interact(() -> window.state().selectedEventProperty().set(
                window.state().query().timeline().event(eventId).orElseThrow()));
    }

    /** Ctrl+L, then in the dialog (once it shows) tick or untick {@code toggle}, write the note and press Add. */
    private void addWithKeys(FxRobot robot, String note, String... toggle) throws TimeoutException {
        addCounting(robot, note, null, toggle);
    }

    /** Ctrl+L, until the dialog it opens shows. */
    private static void openAddDialog(FxRobot robot) throws TimeoutException {
        Fx.typeWith(KeyCode.CONTROL, KeyCode.L);
        // The dialog's content (its VBox, not the Lesson tab's Add button of the same id), not its note: where the
        // whole dialog scrolls, the note starts below its view.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup((javafx.scene.Node n) ->
                n instanceof javafx.scene.layout.VBox && "lesson-add".equals(n.getId()))
                .match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
    }

    /** As above; {@code count}, when not null, is what the dialog's count line says once the boxes are toggled. */
    private void addCounting(FxRobot robot, String note, String count, String... toggle) throws TimeoutException {
        openAddDialog(robot);
        // The quotes' list asks to be as tall as their lines, up to 300 pixels (a screen too low for that gets
        // less): a long quote is not shown by half in a row of 34 pixels. The dialog measures the boxes in their
        // first style pass, which can come out a few pixels short of their laid-out height (4 of 69 for two quotes).
        ScrollPane scroll = robot.lookup("#lesson-add .scroll-pane").queryAs(ScrollPane.class);
        double lines = scroll.getContent().getLayoutBounds().getHeight();
        double asked = scroll.getPrefViewportHeight();
        assertTrue(asked + 6 >= Math.min(300, lines), "the quotes take " + lines + " px, the view asks " + asked);
        // However many quotes, the dialog's buttons stay on the screen.
        javafx.stage.Window dialog = scroll.getScene().getWindow();
        assertTrue(dialog.getHeight() <= javafx.stage.Screen.getPrimary().getVisualBounds().getHeight(),
                "the dialog is " + dialog.getHeight() + " px high");
        for (String quote : toggle) {
            CheckBox box = robot.lookup("#lesson-quote-" + quote).queryAs(CheckBox.class);
            boolean was = box.isSelected();
            robot.clickOn(box);
            assertEquals(!was, box.isSelected(), quote);
        }
        if (count != null) {
            assertEquals(count, robot.lookup("#lesson-add-count").queryAs(Label.class).getText());
        }
        // Each ticked quote has its place in the order of reveal beside it, 1 to the count; the last ticked, the last.
        List<CheckBox> boxes = robot.lookup(".check-box").queryAllAs(CheckBox.class).stream()
                .filter(b -> b.getId() != null && b.getId().startsWith("lesson-quote-")).toList();
        Function<CheckBox, String> place = b -> robot.lookup("#lesson-place-" + b.getUserData())
                .queryAs(Label.class).getText();
        List<String> placed = boxes.stream().filter(CheckBox::isSelected).map(place).sorted().toList();
        assertEquals(IntStream.rangeClosed(1, placed.size()).mapToObj(Integer::toString).sorted().toList(), placed);
        assertTrue(boxes.stream().filter(b -> !b.isSelected()).map(place).allMatch(String::isEmpty),
                "a quote not ticked has no place");
        // Each number stands beside its box, level with it, wrapped quotes too.
        for (CheckBox b : boxes.stream().filter(CheckBox::isSelected).toList()) {
            javafx.geometry.Bounds number = robot.lookup("#lesson-place-" + b.getUserData()).query()
                    .localToScene(robot.lookup("#lesson-place-" + b.getUserData()).query().getLayoutBounds());
            javafx.scene.Node mark = b.lookup(".box");
            javafx.geometry.Bounds box = mark.localToScene(mark.getLayoutBounds());
            assertEquals(box.getCenterY(), number.getCenterY(), 3, b.getUserData() + "'s number beside its box");
            // Both level with the quote's first line, however many its words take (centred on two lines, the box
            // had stood half a line below it).
            javafx.scene.Node words = b.lookup(".text");
            javafx.geometry.Bounds text = words.localToScene(words.getLayoutBounds());
            javafx.scene.text.Text one = new javafx.scene.text.Text("Vladimir");
            one.setFont(b.getFont());
            double line = one.getLayoutBounds().getHeight();
            assertEquals(text.getMinY() + line / 2, box.getCenterY(), 0.3 * b.getFont().getSize(),
                    b.getUserData() + "'s box at " + box + " beside the first line of its words " + text);
        }
        if (toggle.length > 0 && robot.lookup("#lesson-quote-" + toggle[toggle.length - 1]).queryAs(CheckBox.class)
                .isSelected()) {
            assertEquals(Integer.toString(placed.size()), robot.lookup("#lesson-place-" + toggle[toggle.length - 1])
                    .queryAs(Label.class).getText());
        }
        if (!note.isEmpty()) {
            // In place of the timeline's own notes for the step, where it has some.
            robot.clickOn("#lesson-note").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL).write(note);
        }
        int before = window.lesson().model().steps().size();
        robot.clickOn("#lesson-add-ok");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before + 1, window.lesson().model().steps().size(), "Add adds a step");
    }

    /**
     * At larger type the dialog stands wholly on the screen: its wrapped explanation had been measured on one line, so
     * the dialog opened as wide as that line, its left side and its buttons off a 720-pixel screen.
     */
    /**
     * The dialog opens with the caret in the note: a teacher's first words had gone nowhere, and the Space after
     * them pressed Add with no note.
     */
    @Test
    void theAddDialogOpensReadyForTheNote(FxRobot robot) throws TimeoutException {
        Fx.interact(window::openBundled);
        // No step of the timeline's own presentation: its note opens empty, with its hint.
        select(robot, "putin-at-palace");
        openAddDialog(robot);
        WaitForAsyncUtils.waitForFxEvents();
        TextArea note = robot.lookup("#lesson-note").queryAs(TextArea.class);
        assertTrue(note.isFocused(), "the note has the keys: " + note.getScene().getFocusOwner());
        // Its hint shows while it has the focus, as it opens: the theme had hidden it, an empty box with no word.
        Fx.interact(() -> {
            javafx.scene.text.Text hint = note.lookupAll(".text").stream().filter(n -> n instanceof javafx.scene.text.Text t
                    && note.getPromptText().equals(t.getText())).map(n -> (javafx.scene.text.Text) n).findFirst()
                    .orElseThrow();
            assertTrue(hint.isVisible() && hint.getOpacity() > 0, "the hint is drawn");
            assertTrue(((javafx.scene.paint.Color) hint.getFill()).getOpacity() > 0.5, "in a colour: " + hint.getFill());
        });
        // The headless robot types into the window it last clicked: a click on the note's words, which take no focus.
        robot.clickOn(".lesson-note-label");
        assertTrue(note.isFocused(), "still the note's: " + note.getScene().getFocusOwner());
        robot.write("Ask who he was");
        assertEquals("Ask who he was", note.getText());
        // Shift+Enter starts a new line; Enter presses Add, as it did before the note had the keys.
        Fx.typeWith(KeyCode.SHIFT, KeyCode.ENTER);
        robot.write("and why");
        assertEquals("Ask who he was\nand why", note.getText());
        // Tab goes on to the next control and Shift+Tab comes back, as in any dialog (Tab had typed tabs into it).
        Fx.type(KeyCode.TAB);
        assertFalse(note.isFocused(), "Tab left the note: " + note.getScene().getFocusOwner());
        Fx.typeWith(KeyCode.SHIFT, KeyCode.TAB);
        assertTrue(note.isFocused(), "Shift+Tab came back: " + note.getScene().getFocusOwner());
        assertEquals("Ask who he was\nand why", note.getText(), "no tab typed");
        Fx.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#lesson-note").tryQuery().isEmpty());
        assertEquals(1, window.lesson().model().steps().size(), "Enter added the step");
        assertEquals("Ask who he was\nand why", window.lesson().model().steps().get(0).notes());
    }

    /**
     * An event that is a step of the timeline's own presentation comes with its notes, the caret after them; a
     * second step of it is for other quotes, and its note opens empty. Added, the press conference had come without
     * the notes the bundled presentation gives it (a teacher's walk).
     */
    @Test
    void theAddDialogOpensWithTheTimelinesOwnNotesForTheStep(FxRobot robot) throws TimeoutException {
        String notes = bundledWithProtesterSelected(robot);
        assertTrue(notes.startsWith("Point out the time"), notes);
        openAddDialog(robot);
        TextArea note = robot.lookup("#lesson-note").queryAs(TextArea.class);
        assertEquals(notes, note.getText());
        assertEquals(notes.length(), note.getCaretPosition(), "the caret after them");
        assertEquals("", note.getSelectedText(), "nothing chosen that a key would replace");
        // Whole, its first line not scrolled half out of view by the caret after the last.
        assertFirstLineInView(note, "Point out");
        robot.clickOn(".lesson-note-label");
        robot.write("Then the sign.");
        Fx.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#lesson-note").tryQuery().isEmpty());
        assertEquals(notes + " Then the sign.", window.lesson().model().steps().get(0).notes());
        openAddDialog(robot);
        assertEquals("", robot.lookup("#lesson-note").queryAs(TextArea.class).getText(), "the second step's own");
        Fx.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#lesson-note").tryQuery().isEmpty());
    }

    /**
     * Where the note box is shorter than the timeline's notes (large type on a small screen: two rows for the press
     * conference's eight lines of notes), it shows them from their start, the caret still after them; the first
     * letter typed goes there and brings it into view. The box had opened scrolled to the notes' end, its top line
     * cut in half.
     */
    @Test
    void aNoteBoxShorterThanTheTimelinesNotesShowsThemFromTheirStart(FxRobot robot) throws TimeoutException {
        Fx.interact(window::openBundled);
        Fx.interact(() -> window.state().fontScaleProperty().set(1.77));
        try {
            select(robot, "press-conference");
            openAddDialogOnTheScreen(robot, "press-conference at 177 %");
            TextArea note = robot.lookup("#lesson-note").queryAs(TextArea.class);
            assertTrue(note.getText().startsWith("After the denial"), note.getText());
            assertEquals(note.getText().length(), note.getCaretPosition(), "the caret after them");
            Fx.interact(() -> {
                javafx.scene.Node view = note.lookup(".viewport");
                assertTrue(note.lookup(".content").getLayoutBounds().getHeight() > view.getLayoutBounds().getHeight(),
                        "the box is shorter than the notes");
            });
            assertFirstLineInView(note, "After the denial");
            robot.clickOn(".lesson-note-label");
            robot.write("X");
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(note.getText().endsWith(" X"), "typed after the notes: " + note.getText());
            Fx.interact(() -> assertTrue(note.getScrollTop() > 0, "the caret brought into view"));
            cancelAddDialog(robot);
        } finally {
            inEnglishAtTheDesignedSize(robot);
        }
    }

    /** The box's first line, which begins with {@code start}, stands whole in its view once laid out. */
    private static void assertFirstLineInView(TextArea note, String start) {
        Fx.interact(() -> note.getScene().getRoot().layout());
        Fx.interact(() -> {
            javafx.scene.Node words = note.lookupAll(".text").stream().filter(n -> n instanceof javafx.scene.text.Text t
                    && t.getText().startsWith(start)).findFirst().orElseThrow();
            javafx.scene.Node view = note.lookup(".viewport");
            double top = words.localToScene(words.getBoundsInLocal()).getMinY();
            assertTrue(top >= view.localToScene(view.getLayoutBounds()).getMinY() - 0.5, "the first line at " + top
                    + ", the box's view from " + view.localToScene(view.getLayoutBounds()).getMinY());
        });
    }

    /** Opens the bundled timeline with the protester's removal selected: its notes in the timeline's presentation. */
    private String bundledWithProtesterSelected(FxRobot robot) {
        Fx.interact(window::openBundled);
        select(robot, "protester-removed");
        return window.state().query().timeline().presentation().stream()
                .filter(s -> s.eventId().equals("protester-removed")).findFirst().orElseThrow().notes();
    }

    /**
     * Added as they came, the timeline's notes are kept as they are; a teacher who types a space first after them
     * gets one space, not two.
     */
    @Test
    void theTimelinesNotesAddedUntouchedAreKeptAsTheyAre(FxRobot robot) throws TimeoutException {
        String notes = bundledWithProtesterSelected(robot);
        // A teacher who types a space first gets one space, not two.
        openAddDialog(robot);
        robot.clickOn(".lesson-note-label");
        robot.write(" Ask.");
        assertEquals(notes + " Ask.", robot.lookup("#lesson-note").queryAs(TextArea.class).getText());
        Fx.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#lesson-note").tryQuery().isEmpty());
        assertTrue(window.lesson().model().steps().isEmpty());
        openAddDialog(robot);
        Fx.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#lesson-note").tryQuery().isEmpty());
        assertEquals(notes, window.lesson().model().steps().get(0).notes());
    }

    /**
     * A quote's box and "Tick all", reached by Tab, are tinted behind their words: the theme marks a focused box by
     * its edge alone, which a walk could not find. Clicked, they are not.
     */
    @Test
    void theAddDialogsBoxesAndLinksShowTheKeyboardsFocus(FxRobot robot) throws TimeoutException {
        Fx.interact(window::openBundled);
        select(robot, "press-conference");
        openAddDialog(robot);
        javafx.scene.Scene dialog = robot.lookup("#lesson-note").query().getScene();
        Map<Class<?>, javafx.scene.Node> reached = new java.util.HashMap<>();
        for (int i = 0; i < 60 && reached.size() < 4; i++) {
            Fx.type(KeyCode.TAB);
            WaitForAsyncUtils.waitForFxEvents();
            javafx.scene.Node focus = dialog.getFocusOwner();
            // Add, the default button: a ring, a line of the page's colour, its own fill (it had only darkened);
            // Cancel the same (it had a border of one pixel).
            if (focus instanceof Button b) {
                List<javafx.scene.layout.BackgroundFill> fills = b.getBackground().getFills();
                assertEquals(3, fills.size(), "ring, gap, fill: " + fills);
                assertNotEquals(fills.get(0).getFill(), fills.get(1).getFill());
                assertNotEquals(fills.get(1).getFill(), fills.get(2).getFill());
                reached.putIfAbsent(b.isDefaultButton() ? Button.class : javafx.scene.control.ButtonBase.class, b);
            }
            if (focus instanceof CheckBox || focus instanceof javafx.scene.control.Hyperlink) {
                javafx.scene.layout.Background tint = ((javafx.scene.layout.Region) focus).getBackground();
                // A ring of the accent, the page's colour, the tint.
                assertTrue(tint != null && tint.getFills().size() == 3
                                && tint.getFills().get(0).getFill() instanceof javafx.scene.paint.Color ring
                                && ring.getOpacity() > 0 && !tint.getFills().get(0).getFill().equals(
                                        tint.getFills().get(1).getFill()),
                        "ringed and tinted when Tab reaches it: " + focus + " " + (tint == null ? null : tint.getFills()));
                // Outside the box, clear of its words: the ring had touched a radio button's last letter.
                assertTrue(tint.getFills().get(0).getInsets().getRight() <= -3, "round the words: " + tint.getFills());
                reached.putIfAbsent(focus instanceof CheckBox ? CheckBox.class : javafx.scene.control.Hyperlink.class,
                        focus);
            }
        }
        assertEquals(4, reached.size(), "Tab reaches a quote's box, a link, Add and Cancel: " + reached);
        // "Tick none" is a command: used, it is not drawn as a link visited (the theme's black, read as greyed out).
        javafx.scene.control.Hyperlink none = robot.lookup("#lesson-add-none").queryAs(javafx.scene.control.Hyperlink.class);
        robot.clickOn(none);
        assertFalse(none.isVisited(), "Tick none not marked visited");
        CheckBox box = (CheckBox) reached.get(CheckBox.class);
        robot.clickOn(box);
        assertTrue(box.isFocused());
        javafx.scene.layout.Background clicked = box.getBackground();
        assertTrue(clicked == null || clicked.getFills().isEmpty(), "no tint when clicked: " + clicked);
        Fx.type(KeyCode.ESCAPE);
    }

    /**
     * At larger type the dialog stays wholly on the screen, and its quotes take the width the type asks for, beyond
     * the theme's 600-pixel dialogs; on a screen too low for the whole dialog at the type (177 % here) the header's
     * band gives its room to a line of the content, so that about four quotes of two lines are in view (at 146 % on
     * a 720-line screen two had been).
     */
    @Test
    void atLargerTypeTheAddDialogIsWhollyOnTheScreenWithRoomForTheQuotes(FxRobot robot) throws TimeoutException {
        Fx.interact(window::openBundled);
        select(robot, "press-conference");
        for (double scale : new double[] {1.46, 1.77}) {
            Fx.interact(() -> window.state().fontScaleProperty().set(scale));
            try {
                javafx.geometry.Rectangle2D screen = openAddDialogOnTheScreen(robot, String.valueOf(scale));
                assertQuotesToChooseFrom(robot, screen);
                // A quote cut short in its box is whole in the box's tooltip, to be read before it is ticked.
                CheckBox cut = robot.lookup("#lesson-quote-trump-server").queryAs(CheckBox.class);
                String whole = window.state().query().timeline().quotes().stream()
                        .filter(q -> q.id().equals("trump-server")).findFirst().orElseThrow().text();
                assertTrue(cut.getText().contains("\u2026") && cut.getTooltip() != null
                        && ("Donald Trump: " + whole).equals(cut.getTooltip().getText()), cut.getText());
                // Only on the screen low for the type is the header a line of the content.
                assertEquals(scale > 1.7, robot.lookup(".lesson-add-heading").tryQuery().isPresent(), "heading at " + scale);
                cancelAddDialog(robot);
            } finally {
                Fx.interact(() -> window.state().fontScaleProperty().set(1.0));
            }
        }
    }

    /** Cancel in the Add to Lesson dialog, until the dialog is gone. */
    private static void cancelAddDialog(FxRobot robot) throws TimeoutException {
        robot.clickOn(button(robot, ButtonType.CANCEL));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#lesson-note").tryQuery().isEmpty());
    }

    private void inEnglishAtTheDesignedSize(FxRobot robot) {
        org.summittimeline.ui.Texts.use(java.util.Locale.ENGLISH);
        Fx.interact(() -> window.state().fontScaleProperty().set(1.0));
    }

    /** Opens the Add to Lesson dialog and checks that it stands wholly on the screen, which it returns. */
    private javafx.geometry.Rectangle2D openAddDialogOnTheScreen(FxRobot robot, String at) throws TimeoutException {
        openAddDialog(robot);
        WaitForAsyncUtils.waitForFxEvents();
        javafx.stage.Window dialog = robot.lookup("#lesson-note").query().getScene().getWindow();
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        assertTrue(dialog.getX() >= screen.getMinX() && dialog.getX() + dialog.getWidth() <= screen.getMaxX(),
                at + ": the dialog spans x " + dialog.getX() + " to " + (dialog.getX() + dialog.getWidth()));
        assertTrue(dialog.getY() >= screen.getMinY() && dialog.getY() + dialog.getHeight() <= screen.getMaxY(),
                at + ": the dialog spans y " + dialog.getY() + " to " + (dialog.getY() + dialog.getHeight()));
        return screen;
    }

    /**
     * At the largest type, 250 %, the dialog stands on the screen from edge to edge: the note's forty letters had
     * asked for 1,487 px, and the dialog, centred for that width before it was held to the screen's, began 103 px
     * left of it ("r note" for "Your note"), with and without quotes.
     */
    @Test
    void atTheLargestTypeTheAddDialogIsOnTheScreen(FxRobot robot) throws TimeoutException {
        Fx.interact(window::openBundled);
        Fx.interact(() -> window.state().fontScaleProperty().set(2.5));
        try {
            for (java.util.Locale language : List.of(java.util.Locale.ENGLISH, java.util.Locale.GERMAN)) {
                org.summittimeline.ui.Texts.use(language);
                for (String event : List.of("one-on-one", "protester-removed", "press-conference")) {
                    select(robot, event);
                    openAddDialogOnTheScreen(robot, language + " " + event);
                    cancelAddDialog(robot);
                }
            }
        } finally {
            inEnglishAtTheDesignedSize(robot);
        }
    }

    /**
     * Where the whole dialog scrolls (German at 250 %: its heading, explanations and note alone are taller than the
     * screen, and its heading had stood above the screen's top edge, its buttons below the bottom), it opens at the
     * top, the focus on the first quote, and scrolls to the note when Tab reaches it.
     */
    @Test
    void whereTheWholeAddDialogScrollsTheFocusedPartIsInView(FxRobot robot) throws TimeoutException {
        Fx.interact(window::openBundled);
        Fx.interact(() -> window.state().fontScaleProperty().set(2.5));
        try {
            org.summittimeline.ui.Texts.use(java.util.Locale.GERMAN);
            select(robot, "protester-removed");
            openAddDialogOnTheScreen(robot, "German protester-removed");
            javafx.scene.control.ScrollPane page = robot.lookup("#lesson-add-page")
                    .queryAs(javafx.scene.control.ScrollPane.class);
            javafx.scene.Node note = robot.lookup("#lesson-note").query();
            Fx.interact(() -> {
                assertEquals(page.getVmin(), page.getVvalue(), 1e-9, "opens at the top");
                CheckBox first = robot.lookup("#lesson-quote-husseini-the-nation").queryAs(CheckBox.class);
                assertTrue(first.isFocused(), "the first quote has the focus: " + page.getScene().getFocusOwner());
                assertTrue(first.isFocusVisible(), "and shows it, as a box reached by Tab does");
                assertFalse(isInView(page, note), "the note begins below the view");
                // One scroll only: the quotes stand in the page itself, not in a list that scrolls inside it.
                javafx.scene.Node up = robot.lookup("#lesson-quote-husseini-the-nation").query().getParent();
                for (; up != page; up = up.getParent()) {
                    assertFalse(up instanceof javafx.scene.control.ScrollPane, "the quotes scroll within the page");
                }
            });
            for (int i = 0; i < 4 && !onFx(note::isFocused); i++) {
                robot.type(javafx.scene.input.KeyCode.TAB);
            }
            WaitForAsyncUtils.waitForFxEvents();
            Fx.interact(() -> {
                assertTrue(note.isFocused());
                assertTrue(isInView(page, note), "the focused note scrolled into view");
            });
            cancelAddDialog(robot);
            // Enter on the first quote's box presses Add, as elsewhere in the dialog: the box had taken it for a
            // Space and unticked the quote, the dialog left open.
            openAddDialogOnTheScreen(robot, "German protester-removed, again");
            CheckBox first = robot.lookup("#lesson-quote-husseini-the-nation").queryAs(CheckBox.class);
            boolean ticked = onFx(first::isSelected);
            assertTrue(onFx(first::isFocused), "the first quote has the focus again");
            Fx.type(KeyCode.ENTER);
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#lesson-note").tryQuery().isEmpty());
            assertEquals(1, window.lesson().model().steps().size(), "Enter added the step");
            assertEquals(ticked, window.lesson().model().steps().get(0).quoteIds().contains("husseini-the-nation"),
                    "with the quote as it was ticked");
        } finally {
            inEnglishAtTheDesignedSize(robot);
        }
    }

    private static boolean onFx(java.util.function.BooleanSupplier question) {
        try {
            return WaitForAsyncUtils.asyncFx(question::getAsBoolean).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static boolean isInView(javafx.scene.control.ScrollPane page, javafx.scene.Node part) {
        javafx.geometry.Bounds view = page.localToScene(page.getLayoutBounds());
        javafx.geometry.Bounds at = part.localToScene(part.getLayoutBounds());
        return at.getMinY() >= view.getMinY() - 0.5 && at.getMaxY() <= view.getMaxY() + 0.5;
    }

    /**
     * The dialog's running text takes its whole width: at 146 % the German heading of an event without quotes made
     * the dialog wider than the quotes' width, and the explanation under it wrapped at three fifths of it.
     */
    @Test
    void theAddDialogsTextsTakeItsWholeWidth(FxRobot robot) throws TimeoutException {
        Fx.interact(window::openBundled);
        select(robot, "photo-opportunity");
        Fx.interact(() -> window.state().fontScaleProperty().set(1.46));
        try {
            org.summittimeline.ui.Texts.use(java.util.Locale.GERMAN);
            openAddDialog(robot);
            WaitForAsyncUtils.waitForFxEvents();
            double noteWidth = robot.lookup("#lesson-note").query().getLayoutBounds().getWidth();
            List<Label> texts = robot.lookup("#lesson-add > .label").queryAllAs(Label.class).stream()
                    .filter(Label::isWrapText).toList();
            assertFalse(texts.isEmpty());
            for (Label text : texts) {
                assertEquals(noteWidth, text.getWidth(), 1, text.getText());
            }
            cancelAddDialog(robot);
        } finally {
            inEnglishAtTheDesignedSize(robot);
        }
    }

    /**
     * Larger type keeps the chosen step in the list's sight: at 146 % in a 720-line window the list shows about one
     * and a half steps, and the third of three, chosen, had stayed below its edge.
     */
    @Test
    void atLargerTypeTheChosenStepStaysInSight(FxRobot robot) {
        Fx.interact(window::openBundled);
        LessonModel model = window.lesson().model();
        Fx.interact(() -> stepsShown(robot, model, List.of("putin-at-palace", "photo-opportunity",
                "protester-released")));
        @SuppressWarnings("unchecked")
        ListView<PresentationStep> list = robot.lookup("#lesson-steps").queryAs(ListView.class);
        Fx.interact(() -> StepCell.choose(list, 2));
        try {
            for (double scale : new double[] {1.21, 1.46, 1.77}) {
                Fx.interact(() -> window.state().fontScaleProperty().set(scale));
                WaitForAsyncUtils.waitForFxEvents();
                org.summittimeline.ui.RenderedPulse.await(robot, window.getScene());
                Fx.interact(() -> {
                    javafx.geometry.Bounds shown = list.localToScene(list.getLayoutBounds());
                    StepCell cell = robot.lookup("#lesson-steps .list-cell").queryAllAs(StepCell.class).stream()
                            .filter(c -> c.getIndex() == 2 && c.isVisible() && !c.isEmpty()).findFirst().orElse(null);
                    assertTrue(cell != null, scale + ": the chosen step has a cell");
                    javafx.geometry.Bounds at = cell.localToScene(cell.getLayoutBounds());
                    assertTrue(at.getMinY() >= shown.getMinY() - 0.5 && at.getMaxY() <= shown.getMaxY() + 0.5,
                            scale + ": the chosen step whole in the list: " + at + " in " + shown);
                    // The list has half the tab at 146 %, where the buttons' rows had wrapped to four and left it
                    // 150 px of 515; two fifths at 177 % (it had 37 %), and at 121 %, where the buttons keep their
                    // designed size, nearly half.
                    double tab = window.lesson().getHeight();
                    assertTrue(list.getHeight() >= (scale < 1.3 ? 0.45 : scale < 1.5 ? 0.5 : 0.4) * tab, scale
                            + ": the list " + list.getHeight() + " px of " + tab);
                });
            }
        } finally {
            Fx.interact(() -> window.state().fontScaleProperty().set(1.0));
        }
    }

    /** The time lines of the lesson's steps, in the steps' order. */
    private static List<String> stepTimes(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#lesson-steps .list-cell").queryAllAs(StepCell.class).stream()
                .filter(c -> !c.isEmpty() && c.getItem() != null)
                .sorted(java.util.Comparator.comparingInt(StepCell::getIndex))
                .map(c -> ((Label) c.lookup(".lesson-step-time")).getText().replace('\u00a0', ' ')).toList();
    }

    private static void assertQuotesToChooseFrom(FxRobot robot, javafx.geometry.Rectangle2D screen) {
        ScrollPane scroll = robot.lookup("#lesson-add .scroll-pane").queryAs(ScrollPane.class);
        double fontSize = robot.lookup("#lesson-add-count").queryAs(Label.class).getFont().getSize();
        assertEquals(AddToLessonDialog.quotesWidth(fontSize, screen.getWidth()), scroll.getViewportBounds().getWidth(),
                fontSize, "the quotes' width at " + fontSize + " px on " + screen);
        assertTrue(scroll.getViewportBounds().getHeight() >= 10 * fontSize, "the quotes' view is "
                + scroll.getViewportBounds().getHeight() + " px high at " + fontSize + " px type on " + screen);
    }

    /**
     * Ctrl+Q on a lesson whose steps no file holds asks first (it had closed the window on them without a word):
     * Cancel keeps the window and the steps, Don't Save closes it; a lesson saved closes at once, and a change after
     * the save asks again.
     */
    @Test
    void closingTheWindowOnALessonNotSavedAsksFirst(FxRobot robot, @TempDir Path dir) throws Exception {
        Fx.interact(window::openBundled);
        LessonModel model = window.lesson().model();
        Fx.interact(() -> model.add(window.state().query().timeline().events().get(0), List.of(), "first"));
        Stage stage = (Stage) window.getScene().getWindow();
        Fx.typeWith(KeyCode.CONTROL, KeyCode.Q);
        javafx.scene.Node cancel = button(robot, ButtonType.CANCEL);
        assertEquals("This lesson has a step not saved in any file yet, and closing the window would lose it.", said(robot));
        robot.clickOn(cancel);
        assertTrue(stage.isShowing(), "Cancel keeps the window");
        assertEquals(1, model.steps().size());

        // Saved, then changed: what would be lost is the changes.
        Path saved = dir.resolve("summit.lesson.json");
        Fx.interact(() -> window.lesson().save(saved));
        Fx.interact(() -> model.setNotes(0, "changed after the save"));
        Fx.typeWith(KeyCode.CONTROL, KeyCode.Q);
        cancel = button(robot, ButtonType.CANCEL);
        assertEquals("Your changes to this lesson are not saved, and closing the window would lose them.", said(robot));
        robot.clickOn(cancel);
        Fx.interact(() -> window.lesson().save(saved));
        Fx.typeWith(KeyCode.CONTROL, KeyCode.Q);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.isShowing(), "saved, the window closes without a question");
    }

    /**
     * The step list shows the first two lines of a step's notes, cut with "…": the box under it holds them whole
     * for the chosen step, and the press conference's eight lines had stood twice on screen. The step's spoken text
     * says them all, and a short note keeps its one line.
     */
    @Test
    void theStepListShowsTwoLinesOfAStepsNotes(FxRobot robot) {
        Fx.interact(window::openBundled);
        var t = window.state().query().timeline();
        String eightLines = t.presentation().stream().filter(s -> s.eventId().equals("press-conference"))
                .findFirst().orElseThrow().notes();
        Fx.interact(() -> {
            window.lesson().model().add(t.event("press-conference").orElseThrow(), List.of(), eightLines);
            window.lesson().model().add(t.event("one-on-one").orElseThrow(), List.of(), "Ask who was there.");
        });
        Fx.interact(() -> robot.lookup(".tab-pane").queryAs(TabPane.class).getSelectionModel().select(2));
        // The tab's button opens the same dialog as the menu's item, and says so in the same words ("Add to lesson"
        // had neither the capitals nor the "…" of a command that asks more).
        assertEquals("Add to Lesson\u2026", robot.lookup("#lesson-add").queryButton().getText());
        Fx.interact(() -> {
            List<Label> notes = robot.lookup("#lesson-steps .lesson-step-notes").queryAllAs(Label.class).stream()
                    .filter(Label::isVisible).toList();
            Label cut = notes.stream().filter(l -> eightLines.equals(l.getText())).findFirst().orElseThrow();
            Label whole = notes.stream().filter(l -> "Ask who was there.".equals(l.getText())).findFirst()
                    .orElseThrow();
            javafx.scene.text.Text line = new javafx.scene.text.Text("X");
            line.setFont(cut.getFont());
            double lineHeight = line.getLayoutBounds().getHeight();
            assertEquals(2, Math.round(cut.getHeight() / lineHeight), "two lines: " + cut.getHeight());
            // As drawn, not only as the label's room: JavaFX's wrapped ellipsis can cut a line early.
            javafx.scene.text.Text drawn = (javafx.scene.text.Text) cut.lookup(".text");
            assertTrue(drawn.getText().endsWith("\u2026"), "cut with …");
            assertTrue(drawn.getLayoutBounds().getHeight() > 1.5 * lineHeight, "two lines drawn: " + drawn.getText());
            assertEquals(1, Math.round(whole.getHeight() / lineHeight), "a short note its one line");
            javafx.scene.Node cell = cut;
            while (!(cell instanceof javafx.scene.control.ListCell<?>)) {
                cell = cell.getParent();
            }
            assertTrue(cell.getAccessibleText().endsWith(eightLines), cell.getAccessibleText());
            // The box under the list, where they are whole, has five lines for them at the designed type (it had
            // three, a third of these notes).
            TextArea box = robot.lookup("#lesson-notes").queryAs(TextArea.class);
            assertTrue(box.getHeight() >= 5 * lineHeight, "the notes' box " + box.getHeight() + " px");
        });
    }

    @Test
    void discardingTheStepsClosesTheWindow(FxRobot robot) throws Exception {
        Fx.interact(window::openBundled);
        Fx.interact(() -> window.lesson().model().add(window.state().query().timeline().events().get(0), List.of(),
                null));
        Stage stage = (Stage) window.getScene().getWindow();
        Fx.typeWith(KeyCode.CONTROL, KeyCode.Q);
        robot.clickOn(button(robot, type -> type.getButtonData() == ButtonBar.ButtonData.NO));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(stage.isShowing(), "Don't Save closes the window");
    }

    private static String said(FxRobot robot) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> robot.lookup("#lesson-unsaved .content").queryAs(Label.class).getText())
                .get(10, TimeUnit.SECONDS);
    }

    private static javafx.scene.Node button(FxRobot robot, ButtonType type) throws TimeoutException {
        return button(robot, t -> t == type);
    }

    private static javafx.scene.Node button(FxRobot robot, java.util.function.Predicate<ButtonType> type)
            throws TimeoutException {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> DialogButtons.showing(robot, type).isPresent());
        return DialogButtons.showing(robot, type).orElseThrow();
    }

    @Test
    void aLessonMadeInTheViewerIsSavedReopenedAndPresentedInItsOrder(FxRobot robot, @TempDir Path dir) throws Exception {
        Path timeline = dir.resolve("helsinki.json");
        Files.copy(Path.of("data", "helsinki-2018-summit.json"), timeline);
        byte[] before = Files.readAllBytes(timeline);
        Fx.interact(() -> window.open(timeline));
        // Ctrl+L with no event chosen says what it needs (it had done nothing and said nothing).
        Fx.interact(() -> window.state().selectedEventProperty().set(null));
        Fx.typeWith(KeyCode.CONTROL, KeyCode.L);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Select an event first: Ctrl+L adds it to the lesson as a step.",
                robot.lookup("#status").queryAs(org.controlsfx.control.StatusBar.class).getText());
        // Ctrl+Shift+F5 with an empty lesson says so too (it had been greyed, and silent).
        Fx.typeWith(List.of(KeyCode.CONTROL, KeyCode.SHIFT), KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.presentation().isRunning());
        assertEquals("The lesson has no steps to present yet: select an event and press Ctrl+L to add it.",
                robot.lookup("#status").queryAs(org.controlsfx.control.StatusBar.class).getText());
        select(robot, "would-wouldnt");
        addWithKeys(robot, "Start with the correction");
        select(robot, "press-conference");
        // Ticked at first: the six the timeline's own presentation shows, in its order; the first cleared, one more
        // ticked, and the first ticked again: each goes last, and the number beside it says so.
        addCounting(robot, "", "7 of 26 ticked: in class the step takes 8 clicks.", "putin-denial",
                "putin-so-called", "putin-denial");
        // An event that is a step already is said to be one, and may be added again (for other quotes).
        Fx.typeWith(KeyCode.CONTROL, KeyCode.L);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#lesson-add-already").match(NodeQueryUtils.isVisible()).tryQuery().isPresent());
        assertTrue(robot.lookup("#lesson-add-already").queryAs(Label.class).getText().startsWith(
                "This event is step 2 of the lesson already"));
        // The quotes step 2 reveals say so under their boxes (they had only been left unticked), the others nothing.
        assertEquals("already revealed in step 2",
                robot.lookup("#lesson-shown-putin-so-called").queryAs(Label.class).getText());
        assertEquals(7, robot.lookup(".lesson-add-shown").queryAll().size(), "the seven step 2 reveals");
        javafx.scene.Node seen = robot.lookup("#lesson-shown-putin-so-called").query();
        javafx.scene.Node words = robot.lookup("#lesson-quote-putin-so-called .text").query();
        assertEquals(words.localToScene(words.getBoundsInLocal()).getMinX(),
                seen.localToScene(seen.getBoundsInLocal()).getMinX(), 1, "in line with the quote's words");
        // Enter does not add it again: Cancel is the default under that warning. A note begun there is not thrown
        // away by Enter, which is then a new line of it.
        int stepsBefore = window.lesson().model().steps().size();
        TextArea begun = robot.lookup("#lesson-note").queryAs(TextArea.class);
        robot.clickOn(begun).write("For the");
        Fx.type(KeyCode.ENTER);
        assertEquals("For the\n", begun.getText(), "a new line, the dialog still open");
        Fx.interact(begun::clear);
        Fx.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#lesson-add-already").tryQuery().isEmpty());
        assertEquals(stepsBefore, window.lesson().model().steps().size(), "Enter added no step");
        select(robot, "one-on-one");
        addWithKeys(robot, "Who was in the room?");
        StatusBar status = robot.lookup("#status").queryAs(StatusBar.class);
        assertEquals("Added “One-on-one talks” to the lesson: 3 steps", status.getText());
        // Said for the moment: another event chosen takes it back (it had stood on after the lesson was presented).
        select(robot, "press-conference");
        assertNotEquals("Added “One-on-one talks” to the lesson: 3 steps", status.getText());
        select(robot, "one-on-one");
        LessonModel model = window.lesson().model();
        assertEquals(List.of("would-wouldnt", "press-conference", "one-on-one"), ids(model.steps()));

        Fx.interact(() -> robot.lookup(".tab-pane").queryAs(TabPane.class).getSelectionModel().select(2));
        // A step's notes stand under its name, in the muted colour: the teacher's words told apart from the step.
        WaitForAsyncUtils.waitForFxEvents();
        Label firstNotes = robot.lookup("#lesson-steps .lesson-step-notes").queryAllAs(Label.class).stream()
                .filter(l -> l.isVisible() && "Start with the correction".equals(l.getText())).findFirst().orElseThrow();
        Label firstStep = (Label) firstNotes.getParent().lookup(".lesson-step-title");
        assertTrue(firstStep.getText().startsWith("1. Trump"), firstStep.getText());
        assertFalse(firstStep.getTextFill().equals(firstNotes.getTextFill()), "the notes in another colour");
        // Each step says when its event was, and where that is before the step above, says so: this lesson runs
        // back in time from the correction (added as they were found, a lesson had played backwards unsaid).
        assertEquals(List.of("≈ 17 Jul 21:00–22:02 EEST",
                "≈ 16 Jul 18:05–18:35 EEST to ≈ 18:51–19:00 EEST · earlier than step 1",
                "≈ 16 Jul 14:07–14:12 EEST to ≈ 16:17–16:30 EEST · earlier than step 2"), stepTimes(robot));
        // Held where a line may not break: "≈" had ended a line, its clock on the next, and "2" stood alone.
        assertTrue(robot.lookup("#lesson-steps .lesson-step-time").queryAllAs(Label.class).stream()
                .anyMatch(l -> l.getText().endsWith("to \u2248\u00a016:17\u201316:30\u00a0EEST \u00b7 earlier than "
                        + "step\u00a02")), "the third step's time held");
        // Up and Down are greyed where they cannot move the step; the notes, greyed without a step, say why.
        ListView<?> stepList = robot.lookup("#lesson-steps").queryListView();
        TextArea notesBox = robot.lookup("#lesson-notes").queryAs(TextArea.class);
        Fx.interact(() -> stepList.getSelectionModel().clearSelection());
        assertTrue(robot.lookup("#lesson-up").query().isDisabled() && robot.lookup("#lesson-down").query().isDisabled());
        assertTrue(notesBox.isDisabled() && notesBox.getPromptText().startsWith("Choose a step"), notesBox.getPromptText());
        Fx.interact(() -> stepList.getSelectionModel().select(0));
        assertTrue(robot.lookup("#lesson-up").query().isDisabled(), "the first step cannot go up");
        assertFalse(robot.lookup("#lesson-down").query().isDisabled());
        assertFalse(notesBox.getPromptText().startsWith("Choose a step"), notesBox.getPromptText());
        Fx.interact(() -> stepList.getSelectionModel().select(2));
        assertTrue(robot.lookup("#lesson-down").query().isDisabled(), "the last step cannot go down");
        robot.clickOn("#lesson-up");
        assertEquals(List.of("would-wouldnt", "one-on-one", "press-conference"), ids(model.steps()), "moved up");
        assertEquals(List.of("≈ 17 Jul 21:00–22:02 EEST",
                "≈ 16 Jul 14:07–14:12 EEST to ≈ 16:17–16:30 EEST · earlier than step 1",
                "≈ 16 Jul 18:05–18:35 EEST to ≈ 18:51–19:00 EEST"), stepTimes(robot), "the order said again after the move");
        // The first moved down: the step under the two swapped, which did not move, is told again too.
        Fx.interact(() -> stepList.getSelectionModel().select(0));
        robot.clickOn("#lesson-down");
        assertEquals(List.of("≈ 16 Jul 14:07–14:12 EEST to ≈ 16:17–16:30 EEST",
                "≈ 17 Jul 21:00–22:02 EEST",
                "≈ 16 Jul 18:05–18:35 EEST to ≈ 18:51–19:00 EEST · earlier than step 2"), stepTimes(robot), "the third step told again");
        robot.clickOn("#lesson-up");
        Fx.interact(() -> stepList.getSelectionModel().select(1));
        // In another zone the times are told in it (they had stayed in the zone chosen before).
        java.time.ZoneId zone = window.state().zoneProperty().get();
        Fx.interact(() -> window.state().zoneProperty().set(java.time.ZoneOffset.UTC));
        assertTrue(stepTimes(robot).get(0).startsWith("≈ 17 Jul 18:00"), stepTimes(robot).toString());
        Fx.interact(() -> window.state().zoneProperty().set(zone));
        assertEquals(List.of("would-wouldnt", "one-on-one", "press-conference"), ids(model.steps()), "back as it was");
        robot.clickOn("#lesson-notes").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("Only the interpreters were there");
        assertEquals("Only the interpreters were there", model.steps().get(1).notes());
        // Typed key by key, a space and Enter stay where they were typed (the box had dropped both at once).
        robot.clickOn("#lesson-notes").press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .type(KeyCode.A, KeyCode.SPACE, KeyCode.B, KeyCode.ENTER, KeyCode.C, KeyCode.SPACE);
        assertEquals("a b\nc ", notesBox.getText());
        assertEquals("a b\nc ", model.steps().get(1).notes());
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("Only the interpreters were there");

        Path saved = dir.resolve("summit.lesson.json");
        Fx.interact(() -> window.lesson().save(saved));
        Fx.interact(model::clear);
        assertTrue(model.steps().isEmpty());
        Fx.interact(() -> window.lesson().open(saved));
        assertEquals(List.of("would-wouldnt", "one-on-one", "press-conference"), ids(model.steps()));
        assertEquals("Start with the correction", model.steps().get(0).notes());
        assertEquals("Only the interpreters were there", model.steps().get(1).notes());
        assertEquals("", robot.lookup("#lesson-warning").queryAs(Label.class).getText(), "the same timeline, unchanged");

        // Beside the toolbar's Present, which presents the timeline's own steps, the tab's button says what it presents.
        assertEquals("Present Lesson", robot.lookup("#lesson-present").queryButton().getText());
        robot.clickOn("#lesson-present");
        assertTrue(window.presentation().isRunning());
        Presentation shown = window.presentation().model();
        assertEquals(List.of("would-wouldnt", "one-on-one", "press-conference"),
                shown.slides().stream().map(s -> s.event().id()).toList(), "presented in the saved order");
        List<String> quotes = shown.slides().get(2).quotes().stream().map(q -> q.id()).toList();
        assertEquals(List.of("trump-four-hours", "putin-nonsense", "mason-question", "putin-yes-i-did", "trump-server",
                "putin-so-called", "putin-denial"), quotes, "the quotes chosen, in the order ticked");
        assertEquals("1 / 3", robot.lookup("#p-counter").queryAs(Label.class).getText());
        Fx.type(KeyCode.PAGE_DOWN, 2);
        assertEquals("One-on-one talks", robot.lookup("#p-title").queryAs(Label.class).getText());
        for (int i = 0; i < 6 && shown.currentQuote() == null; i++) {
            Fx.type(KeyCode.PAGE_DOWN);
        }
        String lastQuote = shown.currentQuote().id();
        Fx.type(KeyCode.ESCAPE);
        // Presented from the Lesson tab, the quote it stopped at is shown selected in the quote panel, as after F5:
        // left on the Lesson tab, the teacher could not see it.
        assertEquals("tab-quotes", robot.lookup(".tab-pane").queryAs(TabPane.class).getSelectionModel().getSelectedItem().getId());
        assertEquals(lastQuote, window.state().selectedQuoteProperty().get().id());
        // In the Lesson tab the step shown last is the chosen one, its notes ready to edit (none had been chosen).
        assertEquals(2, robot.lookup("#lesson-steps").queryListView().getSelectionModel().getSelectedIndex());
        // From the keys too, as F5 presents the timeline's own steps: a lesson could be started with the mouse alone.
        // (Monocle gives no window the keys when the presentation's closes; a desktop gives them back to this one.)
        Fx.interact(() -> window.getScene().getWindow().requestFocus());
        Fx.typeWith(List.of(KeyCode.CONTROL, KeyCode.SHIFT), KeyCode.F5);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> window.presentation().isRunning());
        assertEquals(List.of("would-wouldnt", "one-on-one", "press-conference"), window.presentation().model().slides()
                .stream().map(s -> s.event().id()).toList(), "Ctrl+Shift+F5 presents the lesson");
        Fx.type(KeyCode.ESCAPE);
        assertArrayEquals(before, Files.readAllBytes(timeline), "the timeline file is never written");
        assertTrue(Files.readString(saved).contains("\"file\": \"helsinki.json\""));
    }

    /**
     * A step moved with ↑ and ↓ stays in sight in a list longer than its room (a step added or stopped at in a
     * presentation is chosen the same way, StepCell.choose): moved down with the arrow button, a step went below the
     * list's edge, and the teacher moved it on without seeing where.
     */
    @Test
    void theChosenStepStaysInSightInALongLesson(FxRobot robot) throws TimeoutException {
        Fx.interact(() -> window.open(Path.of("data", "helsinki-2018-summit.json")));
        LessonModel model = window.lesson().model();
        Fx.interact(() -> {
            for (var e : window.state().query().timeline().events()) {
                model.add(e, List.of(), "A note long enough to take a second line in the step's cell at this width");
            }
            TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> "tab-lesson".equals(t.getId()))
                    .findFirst().orElseThrow());
        });
        @SuppressWarnings("unchecked")
        ListView<PresentationStep> list = robot.lookup("#lesson-steps").queryAs(ListView.class);
        Fx.interact(() -> list.getSelectionModel().select(0));
        Button down = robot.lookup("#lesson-down").queryButton();
        int last = model.steps().size() - 1;
        for (int i = 0; i < last; i++) {
            Fx.interact(down::fire);
            assertChosenInSight(robot, list);
        }
        assertEquals(last, list.getSelectionModel().getSelectedIndex());
        Button up = robot.lookup("#lesson-up").queryButton();
        for (int i = 0; i < last; i++) {
            Fx.interact(up::fire);
            assertChosenInSight(robot, list);
        }
    }

    /**
     * Space twice on ↓ moves the step to the end and no further: the focus stays on the list when ↓ greys out (it had
     * gone on to Remove, and the second Space deleted the step). A step removed is named in the status bar, and
     * Ctrl+Z puts it back where it stood, once; a lesson opened or cleared has none to put back.
     */
    @Test
    void aStepIsNeverRemovedUnaskedAndTheLastRemovedComesBack(FxRobot robot) throws TimeoutException {
        Fx.interact(window::openBundled);
        LessonModel model = window.lesson().model();
        List<String> events = List.of("air-force-one-lands", "press-conference", "would-wouldnt");
        Fx.interact(() -> stepsShown(robot, model, events));
        @SuppressWarnings("unchecked")
        ListView<PresentationStep> list = robot.lookup("#lesson-steps").queryAs(ListView.class);
        Button down = robot.lookup("#lesson-down").queryButton();
        spaceTwice(robot, list, 1, down);
        assertEquals(List.of("air-force-one-lands", "would-wouldnt", "press-conference"), ids(model.steps()),
                "moved to the end, and nothing removed");
        assertTrue(list.isFocused(), "the list has the keys: " + list.getScene().getFocusOwner());
        assertEquals(2, list.getSelectionModel().getSelectedIndex());
        assertEquals("Moved step 2, \u201cJoint press conference\u201d, to place 3 of 3", statusText(robot));

        // Space on Remove removes the chosen step; the list then has the keys, so a second Space removes no more.
        Button remove = robot.lookup("#lesson-remove").queryButton();
        spaceTwice(robot, list, 1, remove);
        assertEquals(List.of("air-force-one-lands", "press-conference"), ids(model.steps()));
        String status = statusText(robot);
        assertTrue(status.startsWith("Removed step 2, \u201cTrump: ") && status.endsWith(
                ": 2 steps left. Ctrl+Z puts it back."), status);
        assertTrue(list.isFocused(), "after Remove, the list has the keys");
        assertEquals(1, list.getSelectionModel().getSelectedIndex(), "the step now in its place is chosen");
        // In the notes, Ctrl+Z undoes the typing first, then puts the step back (it had done nothing there).
        robot.clickOn("#lesson-notes").write("x");
        Fx.typeWith(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", robot.lookup("#lesson-notes").queryAs(TextArea.class).getText(), "the typing undone");
        assertEquals(2, model.steps().size(), "and only the typing");
        Fx.typeWith(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("air-force-one-lands", "would-wouldnt", "press-conference"), ids(model.steps()), "put back");
        assertEquals(1, list.getSelectionModel().getSelectedIndex(), "and chosen");
        Fx.typeWith(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(3, model.steps().size(), "once only");
        assertEquals(NOTHING_TO_PUT_BACK, statusText(robot),
                "in the notes, the second Ctrl+Z is answered");
        Fx.interact(() -> robot.lookup("#status").queryAs(org.controlsfx.control.StatusBar.class).setText("-"));
        Fx.interact(list::requestFocus);
        Fx.typeWith(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(NOTHING_TO_PUT_BACK, statusText(robot),
                "and in the list");
        // And on the timeline, outside the Lesson tab, where the walk's first Ctrl+Z met silence.
        Fx.interact(() -> robot.lookup("#status").queryAs(org.controlsfx.control.StatusBar.class).setText("-"));
        Fx.interact(() -> robot.lookup("#timeline").query().requestFocus());
        Fx.typeWith(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(NOTHING_TO_PUT_BACK, statusText(robot),
                "and on the timeline");
        Fx.interact(() -> {
            model.remove(0);
            model.clear();
        });
        assertEquals(null, model.removedProperty().get(), "another lesson, nothing to put back");
        int[] back = {0};
        Fx.interact(() -> back[0] = model.putBack());
        assertEquals(-1, back[0]);
    }

    /**
     * Delete on the list takes the chosen step out, as Remove does, and says that Ctrl+Z puts it back; Delete in the
     * notes deletes a letter and leaves the step. A teacher told that Ctrl+Z does not take back an add is told Delete.
     */
    @Test
    void deleteOnTheListRemovesTheChosenStep(FxRobot robot) {
        Fx.interact(window::openBundled);
        LessonModel model = window.lesson().model();
        Fx.interact(() -> stepsShown(robot, model, List.of("air-force-one-lands", "press-conference")));
        @SuppressWarnings("unchecked")
        ListView<PresentationStep> list = robot.lookup("#lesson-steps").queryAs(ListView.class);
        Fx.interact(() -> {
            list.getSelectionModel().select(0);
            list.requestFocus();
        });
        Fx.typeWith(KeyCode.CONTROL, KeyCode.Z);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(NOTHING_TO_PUT_BACK, statusText(robot), "after adds, Ctrl+Z names the key that takes one out");
        Fx.typeWith(KeyCode.SHIFT, KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, model.steps().size(), "Shift+Delete is another key");
        Fx.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("press-conference"), ids(model.steps()));
        String title = window.state().query().timeline().event("air-force-one-lands").orElseThrow().title();
        assertEquals("Removed step 1, \u201c" + title + "\u201d: 1 step left. Ctrl+Z puts it back.", statusText(robot));
        robot.clickOn("#lesson-notes").write("ab").type(KeyCode.HOME).type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("b", robot.lookup("#lesson-notes").queryAs(TextArea.class).getText(), "in the notes, a letter");
        assertEquals(List.of("press-conference"), ids(model.steps()), "and no step");
    }

    /** A step chosen in the list, by a click or the keys, selects its event: the timeline and details show it. */
    @Test
    void choosingAStepSelectsItsEvent(FxRobot robot) {
        Fx.interact(window::openBundled);
        LessonModel model = window.lesson().model();
        Fx.interact(() -> {
            for (String id : List.of("air-force-one-lands", "press-conference")) {
                model.add(window.state().query().timeline().event(id).orElseThrow(), List.of(), null);
            }
            window.state().selectedEventProperty().set(
                    window.state().query().timeline().event("one-on-one").orElseThrow());
            TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> "tab-lesson".equals(t.getId()))
                    .findFirst().orElseThrow());
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#lesson-steps .list-cell")
                .match((javafx.scene.control.ListCell<?> c) -> c.isVisible() && c.getIndex() == 0)
                .queryAs(javafx.scene.control.ListCell.class));
        assertEquals("air-force-one-lands", window.state().selectedEvent().id());
        Fx.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("press-conference", window.state().selectedEvent().id(), "by the keys too");
        // The other way: an event chosen in the viewer chooses its step, or none, so that notes typed never go to a
        // step beside another event's details.
        ListView<?> steps = robot.lookup("#lesson-steps").queryAs(ListView.class);
        Fx.interact(() -> window.state().selectedEventProperty().set(
                window.state().query().timeline().event("air-force-one-lands").orElseThrow()));
        assertEquals(0, steps.getSelectionModel().getSelectedIndex(), "its step");
        Fx.interact(() -> window.state().selectedEventProperty().set(
                window.state().query().timeline().event("one-on-one").orElseThrow()));
        assertEquals(-1, steps.getSelectionModel().getSelectedIndex(), "no step of it: none chosen");
        assertTrue(robot.lookup("#lesson-notes").query().isDisabled(), "no step's notes to write");
        assertEquals("one-on-one", window.state().selectedEvent().id(), "and the viewer keeps its choice");
        // Another event chosen on the timeline (which leaves no step chosen), then a click on a step: followed.
        Fx.interact(() -> window.state().selectedEventProperty().set(
                window.state().query().timeline().event("one-on-one").orElseThrow()));
        robot.clickOn(robot.lookup("#lesson-steps .list-cell")
                .match((javafx.scene.control.ListCell<?> c) -> c.isVisible() && c.getIndex() == 1)
                .queryAs(javafx.scene.control.ListCell.class));
        assertEquals("press-conference", window.state().selectedEvent().id(), "the step clicked");
        // Moving the chosen step keeps a quote chosen of its event: the list passed through the neighbour's event,
        // which cleared it.
        Fx.interact(() -> window.state().selectedQuoteProperty().set(
                window.state().query().timeline().quote("putin-denial").orElseThrow()));
        List<String> selected = new java.util.ArrayList<>();
        javafx.beans.value.ChangeListener<Event> seen = (o, was, e) -> selected.add(e == null ? null : e.id());
        Fx.interact(() -> window.state().selectedEventProperty().addListener(seen));
        Fx.interact(() -> robot.lookup("#lesson-up").queryButton().fire());
        assertEquals(List.of("press-conference", "air-force-one-lands"), ids(model.steps()));
        assertEquals("putin-denial", window.state().selectedQuoteProperty().get().id(), "the quote chosen stays");
        assertEquals("Moved step 2, \u201cJoint press conference\u201d, to place 1 of 2", statusText(robot),
                "and the message is not wiped");
        // Down and Remove too: the viewer's selection never passes through a neighbour's event.
        Fx.interact(() -> robot.lookup("#lesson-down").queryButton().fire());
        Fx.interact(() -> robot.lookup("#lesson-up").queryButton().fire());
        assertEquals(List.of(), selected, "the chosen step's event stayed selected throughout");
        Fx.interact(() -> robot.lookup("#lesson-remove").queryButton().fire());
        assertEquals(List.of("air-force-one-lands"), selected, "the step now chosen, at once");
        Fx.interact(() -> window.state().selectedEventProperty().removeListener(seen));
    }

    /**
     * A presentation's end chooses the step shown last, also where an earlier step is of the same event: the viewer
     * selecting that event had chosen its first step, and the notes typed then went to it.
     */
    @Test
    void aPresentationsEndChoosesTheStepShownLastOfAnEventShownTwice(FxRobot robot) {
        Fx.interact(window::openBundled);
        LessonModel model = window.lesson().model();
        Fx.interact(() -> stepsShown(robot, model, List.of("press-conference", "would-wouldnt", "press-conference")));
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#lesson-present");
        assertTrue(window.presentation().isRunning());
        Fx.type(KeyCode.DIGIT3, KeyCode.ENTER);
        assertEquals("3 / 3", robot.lookup("#p-counter").queryAs(Label.class).getText());
        Fx.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(window.presentation().isRunning());
        assertEquals("press-conference", window.state().selectedEvent().id());
        assertEquals(2, robot.lookup("#lesson-steps").queryListView().getSelectionModel().getSelectedIndex(),
                "the step shown last, not the event's first");
    }

    /** Tab in the step's notes goes on to Open…, Shift+Tab back to the list: it had typed a tab and stayed. */
    @Test
    void tabLeavesTheNotes(FxRobot robot) {
        Fx.interact(window::openBundled);
        LessonModel model = window.lesson().model();
        Fx.interact(() -> {
            model.add(window.state().query().timeline().event("press-conference").orElseThrow(), List.of(), null);
            TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
            tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> "tab-lesson".equals(t.getId()))
                    .findFirst().orElseThrow());
            robot.lookup("#lesson-steps").queryAs(ListView.class).getSelectionModel().select(0);
        });
        TextArea notes = robot.lookup("#lesson-notes").queryAs(TextArea.class);
        robot.clickOn(notes).write("Ask who");
        Fx.type(KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Ask who", notes.getText(), "no tab typed");
        assertEquals("lesson-open", notes.getScene().getFocusOwner().getId());
        Fx.typeWith(KeyCode.SHIFT, KeyCode.TAB);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(notes.isFocused(), "Shift+Tab comes back: " + notes.getScene().getFocusOwner());
    }

    /** A step for each event of {@code ids}, with the Lesson tab shown. On the UI thread. */
    private void stepsShown(FxRobot robot, LessonModel model, List<String> ids) {
        for (String id : ids) {
            model.add(window.state().query().timeline().event(id).orElseThrow(), List.of(), null);
        }
        TabPane tabs = robot.lookup(".tab-pane").queryAs(TabPane.class);
        tabs.getSelectionModel().select(tabs.getTabs().stream().filter(t -> "tab-lesson".equals(t.getId()))
                .findFirst().orElseThrow());
    }

    private static final String NOTHING_TO_PUT_BACK = "Nothing to put back: Ctrl+Z restores only the step removed"
            + " last. To take a step out, choose it in the Lesson tab and press Delete.";

    private static String statusText(FxRobot robot) {
        return robot.lookup("#status").queryAs(org.controlsfx.control.StatusBar.class).getText();
    }

    /** Chooses step {@code step}, gives {@code button} the keys and presses Space on it twice, as a hurried teacher. */
    private static void spaceTwice(FxRobot robot, ListView<PresentationStep> list, int step, Button button) {
        Fx.interact(() -> {
            list.getSelectionModel().select(step);
            button.requestFocus();
        });
        Fx.type(KeyCode.SPACE);
        Fx.type(KeyCode.SPACE);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void assertChosenInSight(FxRobot robot, ListView<PresentationStep> list) {
        WaitForAsyncUtils.waitForFxEvents();
        int chosen = list.getSelectionModel().getSelectedIndex();
        javafx.geometry.Bounds room = list.localToScreen(list.getLayoutBounds());
        javafx.scene.control.ListCell<?> cell = robot.lookup("#lesson-steps .list-cell")
                .match((javafx.scene.control.ListCell<?> c) -> c.isVisible() && c.getIndex() == chosen)
                .queryAs(javafx.scene.control.ListCell.class);
        javafx.geometry.Bounds at = cell.localToScreen(cell.getLayoutBounds());
        assertTrue(at.getMinY() >= room.getMinY() - 1 && at.getMaxY() <= room.getMaxY() + 1,
                "step " + (chosen + 1) + " at " + at.getMinY() + "\u2013" + at.getMaxY() + ", the list "
                        + room.getMinY() + "\u2013" + room.getMaxY());
    }

    @Test
    void aLessonWhoseEventsAreMissingListsThem(FxRobot robot) {
        Fx.interact(window::openBundled);
        Fx.interact(() -> robot.lookup(".tab-pane").queryAs(TabPane.class).getSelectionModel().select(2));
        for (String id : List.of("#lesson-save", "#lesson-pdf", "#lesson-print")) {
            assertTrue(robot.lookup(id).query().isDisabled(), id + " with an empty lesson");
        }
        Fx.interact(() -> window.lesson().open(Path.of("src/test/resources/lesson/missing-events.lesson.json")));
        for (String id : List.of("#lesson-save", "#lesson-pdf", "#lesson-print")) {
            assertFalse(robot.lookup(id).query().isDisabled(), id + " with a lesson of three steps");
        }
        Label missing = robot.lookup("#lesson-missing").queryAs(Label.class);
        assertTrue(missing.isVisible());
        assertEquals("Not in this timeline, so left out when presenting:\n"
                + "step 1: the quote \u201cputin-said-something-else\u201d\n"
                + "step 2: the event \u201csummit-dinner\u201d", missing.getText());
        assertEquals(3, window.lesson().model().steps().size(), "kept, so that saving again loses nothing");
        // At 1280x720 with a warning above it, the notes keep the three lines they ask for.
        TextArea notes = robot.lookup("#lesson-notes").queryAs(TextArea.class);
        RenderedPulse.await(robot, notes.getScene());
        assertTrue(notes.getHeight() >= notes.prefHeight(notes.getWidth()) - 1,
                "notes " + notes.getHeight() + " px tall, " + notes.prefHeight(notes.getWidth()) + " wanted");
        robot.clickOn("#lesson-present");
        assertEquals(List.of("press-conference", "would-wouldnt"), window.presentation().model().slides().stream()
                .map(s -> s.event().id()).toList());
    }

    private static List<String> ids(List<PresentationStep> steps) {
        return steps.stream().map(PresentationStep::eventId).toList();
    }

    /**
     * Open Lesson reads on the background work, not on the UI thread, and a FIFO named as the lesson (which would
     * wait for a writer for ever) is refused there at once with what to do.
     */
    @Test
    void aLessonIsReadInTheBackgroundAndAFifoIsRefusedUnread(FxRobot robot, @TempDir Path dir) throws Exception {
        Fx.interact(window::openBundled);
        Path fifo = dir.resolve("x.lesson.json");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo is not available");
        List<Runnable> inBackground = new CopyOnWriteArrayList<>();
        List<Runnable> thenOnScreen = new CopyOnWriteArrayList<>();
        BackgroundWork later = new BackgroundWork() {
            @Override
            public <T> void run(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                inBackground.add(() -> {
                    T result = work.get();
                    thenOnScreen.add(() -> onSuccess.accept(result));
                });
            }
        };
        List<String> said = new CopyOnWriteArrayList<>();
        LessonPanel[] panel = new LessonPanel[1];
        Fx.interact(() -> {
            panel[0] = new LessonPanel(window.state(), window.presentation(), later,
                    () -> new LessonPanel.Source(null, "helsinki-2018-summit.json"),
                    new SaveFolder(Settings.inMemory(), () -> null), said::add);
            panel[0].open(fifo);
        });
        assertEquals(1, inBackground.size(), "the reading is handed to the background work");
        assertTrue(said.isEmpty(), "and nothing was read on the UI thread: " + said);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> inBackground.get(0).run(), "refused, not waited on");
        Fx.interact(() -> thenOnScreen.forEach(Runnable::run));
        assertEquals(List.of("x.lesson.json is not a lesson that can be opened:"), said);
        assertTrue(panel[0].model().steps().isEmpty());
    }

    /**
     * A lesson saved is a file saved: the handout's save window opens where it went (it had opened in the home
     * folder just after the lesson was saved elsewhere), and so does the lesson's own for the bundled timeline,
     * which has no folder (it had opened in the folder the program was started from).
     */
    @Test
    void aLessonSavedSetsTheFolderTheNextSaveWindowOpensIn(FxRobot robot, @TempDir Path dir) throws Exception {
        Path home = Files.createDirectory(dir.resolve("home"));
        Path lessons = Files.createDirectory(dir.resolve("lessons"));
        Settings settings = Settings.inMemory();
        SaveFolder saved = new SaveFolder(settings, () -> null);
        settings.put(Settings.Key.LAST_SAVE_FOLDER, home.toString());
        LessonPanel[] panel = new LessonPanel[1];
        List<String> said = new CopyOnWriteArrayList<>();
        Fx.interact(() -> {
            panel[0] = new LessonPanel(window.state(), window.presentation(), BackgroundWork.sameThread(),
                    () -> new LessonPanel.Source(null, "helsinki-2018-summit.json"), saved, said::add);
            window.openBundled();
            panel[0].model().add(window.state().query().timeline().events().get(0), List.of(), "");
        });
        assertEquals(home, LessonChooser.initialFolder(null, saved));
        Fx.interact(() -> panel[0].save(lessons.resolve("summit.lesson.json")));
        assertTrue(Files.exists(lessons.resolve("summit.lesson.json")));
        // The status bar names the folder too, as the exports' messages do: the save window had opened elsewhere.
        assertEquals("Saved the lesson to summit.lesson.json in " + lessons.toAbsolutePath()
                + ": 1 step; the timeline file was not touched", said.get(said.size() - 1));
        assertEquals(lessons, saved.initial(), "the handout's save window opens beside the lesson");
        assertEquals(lessons, LessonChooser.initialFolder(null, saved), "and so does the next lesson's");
        Path timeline = dir.resolve("t.json");
        assertEquals(dir, LessonChooser.initialFolder(timeline, saved), "a lesson of a file: beside the file");
    }

    /**
     * With no step chosen the notes are greyed, and their hint, which says what to do first, stays readable in both
     * themes: at the theme's disabled opacity it had been 1.6:1 in dark.
     */
    @Test
    void theNotesHintWithoutAStepIsReadableInBothThemes(FxRobot robot) {
        Fx.interact(window::openBundled);
        robot.clickOn("#tab-lesson");
        TextArea notes = robot.lookup("#lesson-notes").queryAs(TextArea.class);
        try {
            for (Theme theme : Theme.values()) {
                Fx.interact(theme::apply);
                RenderedPulse.await(robot, window.getScene());
                Fx.interact(() -> {
                    assertTrue(notes.isDisabled(), "no step: no notes to type");
                    javafx.scene.text.Text hint = notes.lookupAll(".text").stream()
                            .filter(javafx.scene.text.Text.class::isInstance).map(javafx.scene.text.Text.class::cast)
                            .filter(t -> t.getText().equals(notes.getPromptText()) && t.isVisible())
                            .findFirst().orElseThrow();
                    javafx.scene.layout.Region content = (javafx.scene.layout.Region) notes.lookup(".content");
                    Color under = (Color) content.getBackground().getFills().get(0).getFill();
                    double opacity = 1;
                    for (javafx.scene.Node n = hint; n != null; n = n.getParent()) {
                        opacity *= n.getOpacity();
                    }
                    Color fill = (Color) hint.getFill();
                    // The hint as drawn through the opacity of the box and its parents (the theme's disabled one).
                    Color seen = Contrast.over(Color.color(fill.getRed(), fill.getGreen(), fill.getBlue(),
                            fill.getOpacity() * opacity), under);
                    assertTrue(Contrast.ratio(seen, under) >= 4.5, theme + ": the hint " + seen + " on " + under
                            + " is " + Contrast.ratio(seen, under) + ":1");
                });
            }
        } finally {
            Fx.interact(Theme.LIGHT::apply);
        }
    }
}
