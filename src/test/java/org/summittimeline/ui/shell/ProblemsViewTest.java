package org.summittimeline.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.summittimeline.format.LoadResult;
import org.summittimeline.format.Problem;
import org.summittimeline.format.Severity;
import org.summittimeline.format.ProblemGroups;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.ui.BackgroundWork;
import org.summittimeline.ui.Contrast;
import org.summittimeline.ui.Fx;
import org.summittimeline.ui.RenderedPulse;
import org.summittimeline.ui.Texts;
import org.summittimeline.ui.Theme;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The problems of a file that did not open, as a reader copies them into a bug report or an editor. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class ProblemsViewTest {
    private LoadResult loaded;

    @Start
    void start(Stage stage) throws Exception {
        Texts.use(Locale.ENGLISH);
        loaded = new TimelineLoader().load(Path.of(getClass().getResource("/corpus/many-errors.json").toURI()));
        stage.setScene(new Scene(new ProblemsView(loaded, () -> { }, () -> { }), 900, 600));
        stage.show();
    }

    @AfterEach
    void close() throws TimeoutException {
        Texts.use(Locale.ENGLISH);
        FxToolkit.cleanupStages();
        // The theme one test applies is the JVM's: the others are measured in JavaFX's own, as before.
        FxToolkit.setupFixture(() -> javafx.application.Application.setUserAgentStylesheet(null));
    }

    /**
     * With nothing chosen, the first Down chooses the first problem (it went to the second), and the chosen row is
     * tinted as the chosen event is (the theme's grey stood 1.16:1 on white).
     */
    @Test
    void theFirstDownChoosesTheFirstProblemAndItStandsOut(FxRobot robot) {
        ListView<?> list = robot.lookup("#problems").queryListView();
        // In the window's own theme and style sheet, which the tint comes from.
        Fx.interact(() -> {
            Theme.LIGHT.apply();
            list.getScene().getStylesheets().add(MainWindow.STYLESHEET);
            list.requestFocus();
        });
        assertEquals(-1, list.getSelectionModel().getSelectedIndex());
        Fx.type(KeyCode.DOWN);
        assertEquals(0, list.getSelectionModel().getSelectedIndex());
        RenderedPulse.await(robot, list.getScene());
        ListCell<?> cell = robot.lookup("#problems .list-cell").match((ListCell<?> c) -> c.isVisible()
                && c.getIndex() == 0).queryAs(ListCell.class);
        for (Theme theme : List.of(Theme.LIGHT, Theme.DARK)) {
            Fx.interact(() -> {
                theme.apply();
                list.getScene().getRoot().applyCss();
                var fills = cell.getBackground().getFills();
                Color bar = (Color) fills.get(0).getFill();
                Color under = (Color) fills.get(fills.size() - 2).getFill();
                Color tint = (Color) fills.get(fills.size() - 1).getFill();
                // The tint as drawn: laid on the fill under it.
                Color drawn = under.interpolate(Color.color(tint.getRed(), tint.getGreen(), tint.getBlue()),
                        tint.getOpacity());
                assertTrue(Contrast.ratio(bar, under) >= 3, theme + ": the bar " + bar + " on " + under);
                assertTrue(!drawn.equals(under) && drawn.getBlue() > drawn.getRed(), theme + ": a tint " + drawn);
                // Without the file's lines the cell draws the message itself.
                Label message = (Label) cell.lookup(".problem-message");
                Color words = (Color) (message != null ? message.getTextFill() : cell.getTextFill());
                assertTrue(Contrast.ratio(words, drawn) >= 4.5, theme + ": the message " + words + " on " + drawn);
            });
        }
    }

    /** "error: line 3, column 12 — …"; in German the frame around the loader's message is German too. */
    @Test
    void eachLineSaysWhatAndWhereInTheWindowsLanguage(FxRobot robot) {
        assertTrue(firstLine(robot, robot.lookup("#problems").queryListView())
                .matches("error: line \\d+, column \\d+ \u2014 .+"), "English");
        ListView<?>[] german = new ListView<?>[1];
        Fx.interact(() -> {
            Texts.use(Locale.GERMAN);
            ProblemsView view = new ProblemsView(loaded, () -> { }, () -> { });
            Stage second = new Stage();
            second.setScene(new Scene(view, 900, 600));
            second.show();
            german[0] = (ListView<?>) view.lookup("#problems");
        });
        String line = firstLine(robot, german[0]);
        assertTrue(line.matches("Fehler: Zeile \\d+, Spalte \\d+ \u2014 .+"), line);
    }

    /**
     * Filling the window at the largest type, the list keeps eight lines in view and the page scrolls instead: at
     * 250 % on 720 lines the heading, the explanation and the buttons had left it 30 px, and in German nothing.
     */
    @Test
    void atTheLargestTypeTheProblemsFillingTheWindowKeepTheirListInView(FxRobot robot) {
        ListView<?>[] list = new ListView<?>[1];
        javafx.scene.control.ScrollPane[] page = new javafx.scene.control.ScrollPane[1];
        Fx.interact(() -> {
            Texts.use(Locale.GERMAN);
            ProblemsView view = new ProblemsView(loaded, () -> { }, () -> { });
            page[0] = ProblemsBeside.page(view, ProblemsView.LIST_LINES);
            Stage second = new Stage();
            Scene scene = new Scene(page[0], 1280, 470);
            scene.getRoot().setStyle("-fx-font-size: 35px;");
            second.setScene(scene);
            second.setX(0);
            second.setY(0);
            second.show();
            list[0] = (ListView<?>) view.lookup("#problems");
        });
        WaitForAsyncUtils.waitForFxEvents();
        org.summittimeline.ui.RenderedPulse.await(robot, page[0].getScene());
        WaitForAsyncUtils.waitForFxEvents();
        Fx.interact(() -> {
            javafx.scene.Node viewport = page[0].lookup(".viewport");
            javafx.geometry.Bounds view = viewport.localToScene(viewport.getLayoutBounds());
            javafx.geometry.Bounds shown = list[0].localToScene(list[0].getLayoutBounds());
            double inView = Math.min(view.getMaxY(), shown.getMaxY()) - Math.max(view.getMinY(), shown.getMinY());
            // On whole lines: the page's top does not cut a line of the explanation in half (where the list is at its
            // least height, the line is shown whole and the list keeps a line less in view).
            Label words = (Label) page[0].getContent().lookup("#problems-explanation");
            javafx.geometry.Bounds at = words.localToScene(words.getLayoutBounds());
            javafx.scene.text.Text probe = new javafx.scene.text.Text("X\nX");
            probe.setBoundsType(javafx.scene.text.TextBoundsType.LOGICAL_VERTICAL_CENTER);
            probe.setFont(words.getFont());
            double two = probe.getLayoutBounds().getHeight();
            probe.setText("X");
            double pitch = two - probe.getLayoutBounds().getHeight();
            double into = view.getMinY() - at.getMinY() - words.snappedTopInset();
            assertTrue(into > -1 && into < at.getHeight(), "the page's top within the explanation: " + into);
            double cut = Math.max(0, into) % pitch;
            assertTrue(cut < 1 || pitch - cut < 1, "the top line cut " + cut + " px into its " + pitch);
            assertTrue(inView >= ProblemsView.LIST_LINES * 35 - pitch - 1, "the list's part in view: " + inView
                    + " px of " + shown.getHeight() + ", the view " + view);
        });
        // The reader scrolls up to the heading, and the page stays there: a scroll lays the page out again, and a
        // listener to every layout had scrolled it straight back.
        assertTrue(Fx.interact(() -> page[0].getVvalue()) > 0, "the page had scrolled to the list");
        Fx.interact(() -> page[0].setVvalue(0));
        org.summittimeline.ui.RenderedPulse.await(robot, page[0].getScene());
        org.summittimeline.ui.RenderedPulse.await(robot, page[0].getScene());
        assertEquals(0, Fx.interact(() -> page[0].getVvalue()), 1e-9, "the heading stays in view");
    }

    private static String firstLine(FxRobot robot, ListView<?> list) {
        WaitForAsyncUtils.waitForFxEvents();
        Fx.interact(list::layout);
        return list.lookupAll(".list-cell").stream().map(n -> ((ListCell<?>) n))
                .filter(c -> c.getIndex() == 0 && c.getText() != null).findFirst().orElseThrow().getText();
    }

    @Test
    void ctrlCCopiesEverySelectedLineWithItsPlace(FxRobot robot) {
        ListView<ProblemGroups.Line> list = robot.lookup("#problems").queryListView();
        assertTrue(list.getItems().size() >= 3, "the file has several problems: " + list.getItems().size());
        Fx.interact(() -> {
            list.requestFocus();
            list.getSelectionModel().clearSelection();
            list.getSelectionModel().selectIndices(0, 2);
        });
        Fx.typeWith(KeyCode.CONTROL, KeyCode.C);
        WaitForAsyncUtils.waitForFxEvents();
        String[] copied = new String[1];
        Fx.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        String name = loaded.fileName();
        assertEquals(list.getItems().get(0).format(name) + "\n" + list.getItems().get(2).format(name), copied[0]);
        assertTrue(copied[0].contains("many-errors.json:"), copied[0]);
        assertEquals("Copied 2 problems", robot.lookup("#problems-copied").queryAs(Label.class).getText());
    }
    /** The count above the list names the warnings too: four lines under "has 3 errors" read as a miscount. */
    @Test
    void theExplanationCountsErrorsAndWarnings(FxRobot robot) {
        LoadResult mixed = new LoadResult("mixed.json", null, List.of(
                new Problem(Severity.ERROR, 2, 3, "", "wrong"), new Problem(Severity.WARNING, 4, 5, "", "odd"),
                new Problem(Severity.WARNING, 6, 7, "", "odd too")));
        String[] said = new String[4];
        LoadResult unread = new LoadResult("gone.json", null, List.of(
                new Problem(Severity.ERROR, 0, 0, "", "no such file; check the name and the folder")));
        Fx.interact(() -> {
            said[0] = ((Label) new ProblemsView(mixed, () -> { }, () -> { }).lookup("#problems-explanation")).getText();
            said[1] = ((Label) new ProblemsView(loaded, () -> { }, () -> { }).lookup("#problems-explanation")).getText();
            said[3] = ((Label) new ProblemsView(unread, () -> { }, () -> { }).lookup("#problems-explanation")).getText();
            Texts.use(Locale.GERMAN);
            said[2] = ((Label) new ProblemsView(mixed, () -> { }, () -> { }).lookup("#problems-explanation")).getText();
        });
        assertTrue(said[0].startsWith("mixed.json has 1 error and 2 warnings. Correct it "), said[0]);
        assertTrue(said[1].startsWith(loaded.fileName() + " has 4 errors. Correct them "), said[1]);
        assertEquals("gone.json could not be opened, for the reason below. Put that right (the file's name, its folder or "
                + "its kind), then reload; the file itself is never changed here.", said[3], "no place to correct");
        assertTrue(said[2].startsWith("mixed.json enth\u00e4lt 1 Fehler und 2 Warnungen. Korrigieren Sie ihn "), said[2]);
    }

    /**
     * A syntax error ends the reading, and the explanation says that mistakes after it show once it is mended (a
     * new user mended three in three rounds, told of one at a time); a file read to its end says nothing of it.
     */
    @Test
    void aSyntaxErrorSaysThatMoreMayFollowIt(FxRobot robot) throws Exception {
        TimelineLoader loader = new TimelineLoader();
        LoadResult broken = loader.load(Path.of(getClass().getResource("/corpus/missing-comma-between-fields.json")
                .toURI()));
        LoadResult unmended = loader.load(Path.of(getClass().getResource("/corpus/misspelt-required-field.json")
                .toURI()));
        LoadResult empty = loader.load(Path.of(getClass().getResource("/corpus/empty.json").toURI()));
        assertTrue(broken.readStopped() && !unmended.readStopped() && !empty.readStopped());
        String[] said = new String[2];
        Fx.interact(() -> {
            said[0] = ((Label) new ProblemsView(broken, () -> { }, () -> { }).lookup("#problems-explanation")).getText();
            said[1] = ((Label) new ProblemsView(unmended, () -> { }, () -> { }).lookup("#problems-explanation"))
                    .getText();
        });
        assertTrue(said[0].endsWith(" Reading stopped at the last mistake listed: once it is mended, the rest of the "
                + "file is read, and mistakes after it, if any, show then."), said[0]);
        // "The last listed": the list stands in the file's order, and nothing is read past the mistake that stopped it.
        var last = broken.problems().get(broken.problems().size() - 1);
        assertTrue(last.severity() == org.summittimeline.format.Severity.ERROR && broken.problems().stream().allMatch(
                p -> p.line() < last.line() || p.line() == last.line() && p.column() <= last.column()), last.message());
        assertFalse(said[1].contains("Reading stopped"), said[1]);
    }

    /**
     * Alone, every problem shows its line of the file, so a click copies its place; beside a timeline only the
     * problem clicked shows its line, and the words say so. (They said "below a timeline" to a window without one.)
     * A file live reload watches is corrected by saving it, alone too.
     */
    @Test
    void theExplanationSaysWhatAClickDoesWhereTheProblemsStand(FxRobot robot) {
        String[] said = new String[4];
        String[] hints = new String[3];
        Fx.interact(() -> {
            said[0] = ((Label) new ProblemsView(loaded, () -> { }, () -> { }).lookup("#problems-explanation")).getText();
            said[3] = ((Label) new ProblemsView(loaded, () -> { }, () -> { }).whileWatched(loaded)
                    .lookup("#problems-explanation")).getText();
            ProblemsView beside = new ProblemsView(loaded, () -> { }, () -> { }, "Saved with errors", () -> { });
            said[1] = ((Label) beside.lookup("#problems-explanation")).getText();
            hints[0] = ((Label) beside.lookup("#problems-copied")).getText();
            Texts.use(Locale.GERMAN);
            beside = new ProblemsView(loaded, () -> { }, () -> { }, "Mit Fehlern gespeichert", () -> { });
            said[2] = ((Label) beside.lookup("#problems-explanation")).getText();
            hints[1] = ((Label) beside.lookup("#problems-copied")).getText();
            hints[2] = ((Label) new ProblemsView(loaded, () -> { }, () -> { }).lookup("#problems-copied")).getText();
        });
        assertTrue(said[0].endsWith("Click a problem to copy its place (file:line:column); Ctrl+C copies the problems "
                + "chosen."), said[0]);
        // After the file's name, whose folder may hold the word (a clone in "summit-timeline/").
        assertFalse(said[0].substring(loaded.fileName().length()).contains("timeline"), said[0]);
        // Beside a timeline, what a click does stands beside the buttons, where "Copied …" comes once one does it:
        // in the explanation it took a third line of the room the lanes keep.
        assertEquals("Click a problem to see its line of the file and copy its place (file:line:column); "
                + "Ctrl+C copies the problems chosen.", hints[0]);
        assertFalse(said[1].contains("Click"), said[1]);
        assertTrue(hints[1].startsWith("Ein Klick auf ein Problem zeigt seine Zeile der Datei"), hints[1]);
        assertFalse(said[2].contains("Klick"), said[2]);
        assertEquals("", hints[2], "alone, the explanation says it");
        // The messages are the command line's, in English: the German window says so, the English one has no need.
        assertTrue(said[2].endsWith(" Die Meldungen sind auf Englisch, weil sie die englischen Feldnamen des Formats "
                + "nennen."), said[2]);
        assertFalse(said[1].contains("in English"), said[1]);
        // Watched by live reload, alone: save, not reload; and still a click copies (every line is shown already).
        assertTrue(said[3].contains("Correct them in your editor and save: each save is read again;"), said[3]);
        assertTrue(said[3].endsWith("Click a problem to copy its place (file:line:column); Ctrl+C copies the problems "
                + "chosen."), said[3]);
    }

    /** Under each message the file's own line with a caret under the place, whole in its cell; read out as the message. */
    @Test
    void eachProblemShowsItsLineOfTheFileWithACaretUnderThePlace(FxRobot robot) throws Exception {
        Path file = Path.of(getClass().getResource("/corpus/many-errors.json").toURI());
        ListView<ProblemGroups.Line> list = showWithExcerpts(robot, file, null);
        ListCell<?> first = cell(robot, list, 0);
        Problem problem = ((ProblemGroups.Line) first.getItem()).problem();
        List<Label> shown = first.lookupAll(".problem-excerpt").stream().map(n -> (Label) n).toList();
        String line = Files.readAllLines(file).get(problem.line() - 1);
        assertEquals(line.strip(), shown.get(0).getText());
        assertEquals("^", shown.get(1).getText());
        assertFalse(first.lookup(".problem-excerpt-above").isManaged(), "a line with words needs no line above");
        // The caret's middle falls on the letter at the problem's column, as the line's own text is drawn.
        Text drawn = (Text) shown.get(0).lookup(".text");
        Bounds caret = shown.get(1).lookup(".text").localToScene(shown.get(1).lookup(".text").getLayoutBounds());
        Point2D under = drawn.sceneToLocal(caret.getCenterX(), drawn.localToScene(drawn.getLayoutBounds()).getCenterY());
        int indentation = line.length() - line.stripLeading().length();
        assertEquals(problem.column() - 1 - indentation, drawn.hitTest(under).getCharIndex(),
                "the caret under " + line.charAt(problem.column() - 1));
        assertTrue(first.getAccessibleText().matches("error: line 3, column 12 \u2014 .+"), first.getAccessibleText());
        assertTrue(first.localToScene(first.getLayoutBounds()).contains(shown.get(1).localToScene(
                shown.get(1).getLayoutBounds())), "the caret's line is inside its cell");

        // A cell used again for a line without a place, or for a count, shows its words alone.
        Fx.interact(() -> list.getItems().setAll(new ProblemGroups.Line(
                new Problem(Severity.ERROR, 0, 0, "", "the file is empty"), 0), list.getItems().get(1)));
        WaitForAsyncUtils.waitForFxEvents();
        Fx.interact(list::layout);
        ListCell<?> reused = cell(robot, list, 0);
        assertEquals(null, reused.getGraphic());
        assertEquals(null, reused.getAccessibleText());
        assertEquals("error: the file is empty", reused.getText());
        assertTrue(cell(robot, list, 1).getGraphic() != null, "the other line keeps its excerpt");
    }

    /**
     * An object left open before a ',': the ',' alone said nothing to correct, so the line above comes with it,
     * muted, above the file's line and inside the cell, the two without the indentation they share.
     */
    @Test
    void aLoneCommaShowsTheLineAboveIt(FxRobot robot) throws Exception {
        Path file = Path.of(getClass().getResource("/corpus/missing-brace-before-comma.json").toURI());
        loaded = new TimelineLoader().load(file);
        ListView<ProblemGroups.Line> list = showWithExcerpts(robot, file, null);
        // In the window's own theme and style sheet, which the muted colour comes from.
        Fx.interact(() -> {
            Theme.LIGHT.apply();
            list.getScene().getStylesheets().add(MainWindow.STYLESHEET);
        });
        RenderedPulse.await(robot, list.getScene());
        ListCell<?> first = cell(robot, list, 0);
        Label above = (Label) first.lookup(".problem-excerpt-above");
        Label line = (Label) first.lookup(".problem-excerpt");
        assertTrue(above.isVisible() && above.isManaged());
        assertEquals("  \"sources\": [{\"source\": \"ap\", \"paragraph\": 1}]", above.getText());
        assertEquals(",", line.getText());
        Bounds over = above.localToScene(above.getLayoutBounds());
        assertTrue(over.getMaxY() <= line.localToScene(line.getLayoutBounds()).getMinY() + 0.5, "above the line");
        assertTrue(first.localToScene(first.getLayoutBounds()).contains(over), "inside its cell");
        assertFalse(above.getTextFill().equals(line.getTextFill()), "muted, as the place is on the line below");
    }

    /** Beside a timeline, with a few lines' room, the file's line stands under the problem selected only. */
    @Test
    void besideATimelineOnlyTheSelectedProblemShowsItsLine(FxRobot robot) throws Exception {
        Path file = Path.of(getClass().getResource("/corpus/many-errors.json").toURI());
        // As low as the room below a timeline at 1280 x 720: about three problems' lines.
        ListView<ProblemGroups.Line> list = showWithExcerpts(robot, file, () -> { }, 230);
        assertTrue(list.lookupAll(".list-cell").stream().allMatch(n -> ((ListCell<?>) n).getGraphic() == null),
                "no line shown before one is selected");
        Fx.interact(() -> list.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        Fx.interact(list::layout);
        assertEquals(null, cell(robot, list, 0).getGraphic());
        assertTrue(cell(robot, list, 1).getGraphic() != null, "the selected problem shows its line");

        // The last problem, selected (as a click below the list's edge selects it), grows by its line and caret and
        // is scrolled into view whole; so it is by End, the list's own key.
        Fx.interact(() -> list.getSelectionModel().clearAndSelect(list.getItems().size() - 1));
        assertLastWhollyShown(robot, list);
        Fx.interact(() -> list.getSelectionModel().clearAndSelect(0));
        Fx.interact(list::requestFocus);
        Fx.type(KeyCode.END);
        assertLastWhollyShown(robot, list);
    }

    private static void assertLastWhollyShown(FxRobot robot, ListView<ProblemGroups.Line> list) {
        WaitForAsyncUtils.waitForFxEvents();
        Fx.interact(list::layout);
        assertEquals(list.getItems().size() - 1, list.getSelectionModel().getSelectedIndex());
        ListCell<?> last = cell(robot, list, list.getItems().size() - 1);
        assertTrue(last.getGraphic() != null);
        Bounds inList = list.localToScene(list.getLayoutBounds());
        Bounds cellBounds = last.localToScene(last.getLayoutBounds());
        assertTrue(cellBounds.getMaxY() <= inList.getMaxY() + 0.5, cellBounds + " inside " + inList);
    }

    /** The file is read while the list is already on screen, as it is away from the UI thread in the window. */
    @SuppressWarnings("unchecked")
    private ListView<ProblemGroups.Line> showWithExcerpts(FxRobot robot, Path file, Runnable hide) {
        return showWithExcerpts(robot, file, hide, 600);
    }

    @SuppressWarnings("unchecked")
    private ListView<ProblemGroups.Line> showWithExcerpts(FxRobot robot, Path file, Runnable hide, int height) {
        ListView<?>[] shown = new ListView<?>[1];
        List<Runnable> later = new ArrayList<>();
        BackgroundWork afterShown = new BackgroundWork() {
            @Override
            public <T> void run(Supplier<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                later.add(() -> BackgroundWork.sameThread().run(work, onSuccess, onFailure));
            }
        };
        Fx.interact(() -> {
            ProblemsView view = (hide == null ? new ProblemsView(loaded, () -> { }, () -> { })
                    : new ProblemsView(loaded, () -> { }, () -> { }, "beside", hide)).withExcerptsOf(file, afterShown);
            Stage second = new Stage();
            second.setScene(new Scene(view, 900, height));
            second.show();
            shown[0] = (ListView<?>) view.lookup("#problems");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, later.size());
        Fx.interact(later.get(0));
        WaitForAsyncUtils.waitForFxEvents();
        Fx.interact(shown[0]::layout);
        return (ListView<ProblemGroups.Line>) shown[0];
    }

    private static ListCell<?> cell(FxRobot robot, ListView<?> list, int index) {
        return list.lookupAll(".list-cell").stream().map(n -> (ListCell<?>) n)
                .filter(c -> c.getIndex() == index && c.isVisible()).findFirst().orElseThrow();
    }
}
