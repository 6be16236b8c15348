package org.summittimeline.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.Styles;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.List;
import java.util.ArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioButton;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.TextField;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.summittimeline.app.FileDocuments;
import org.summittimeline.export.CitationStyle;
import org.summittimeline.export.ImageTheme;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.ui.AppState;
import org.summittimeline.ui.BackgroundWork;
import org.summittimeline.ui.DialogButtons;
import org.summittimeline.ui.Fx;
import org.summittimeline.ui.RenderedPulse;
import org.summittimeline.ui.Settings;
import org.summittimeline.ui.Theme;
import org.summittimeline.ui.Texts;
import org.summittimeline.ui.timeline.layout.TimeViewport;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.base.NodeMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** Getting findings out of the window: the export dialogs, the image of the view, and citations in a style. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 90, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class FindingsTest {
    private MainWindow window;
    private AppState state;
    private final Settings settings = Settings.inMemory();

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        window = new MainWindow(new FileDocuments(new TimelineLoader()), BackgroundWork.sameThread(), settings, url -> { });
        state = window.state();
        stage.setScene(new Scene(window, 1280, 720));
        stage.show();
        window.openBundled();
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    private MenuItem menuItem(FxRobot robot, String id) {
        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .flatMap(i -> i instanceof javafx.scene.control.Menu sub ? sub.getItems().stream() : java.util.stream.Stream.of(i))
                .filter(i -> id.equals(i.getId())).findFirst().orElseThrow(() -> new AssertionError("no menu item " + id));
    }

    private void awaitDialog(FxRobot robot, String id) throws TimeoutException {
        // The dialog's nodes exist a moment before its window shows; wait for what a user could click.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> DialogButtons.of(robot, id, ButtonType.CANCEL).isPresent());
        // Each export dialog goes on to the question where to save, and says so ("OK" said nothing of a file).
        assertEquals("Export\u2026", DialogButtons.of(robot, id, t -> t.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .map(b -> ((Button) b).getText()).orElseThrow());
    }

    private void cancel(FxRobot robot, String id) throws TimeoutException {
        robot.clickOn(DialogButtons.of(robot, id, ButtonType.CANCEL).orElseThrow());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(id).tryQuery().isEmpty());
    }

    private static String clipboard(FxRobot robot) {
        String[] copied = new String[1];
        Fx.interact(() -> copied[0] = Clipboard.getSystemClipboard().getString());
        return copied[0];
    }

    private String status(FxRobot robot) {
        return robot.lookup("#status").queryAs(StatusBar.class).getText();
    }

    @Test
    void theImageDialogRefusesATimeThatDoesNotReadAndSaysWhy(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.asyncFx(() -> window.findings().exportImage());
        awaitDialog(robot, "#export-image-view");
        assertTrue(robot.lookup("#export-image-view").queryAs(RadioButton.class).isSelected());
        assertTrue(robot.lookup("#export-image-view").queryAs(RadioButton.class).getText().startsWith("The current view: "));
        assertTrue(robot.lookup("#export-image-range").queryAs(RadioButton.class).getText()
                .contains("Helsinki (Europe/Helsinki)"), "the zone named as the zone menu names it");
        WaitForAsyncUtils.waitForFxEvents();
        double[] height = new double[1];
        Fx.interact(() -> height[0] = robot.lookup("#export-image-view").queryAs(Node.class).getScene().getHeight());
        robot.clickOn("#export-image-range");
        TextField from = robot.lookup("#export-image-from").queryAs(TextField.class);
        // The view's start as British English writes a date in figures, beside the English labels.
        String example = from.getText();
        assertTrue(example.matches("\\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d"), example);
        Label line = robot.lookup("#export-image-problem").queryAs(Label.class);
        assertEquals("Write a time as " + example + ", or a day as " + example.substring(0, 10) + "; ISO ("
                + example.substring(6, 10) + "-" + example.substring(3, 5) + "-" + example.substring(0, 2)
                + example.substring(10) + ") is read too.", line.getText(), "how to write a time, before any is wrong");
        assertTrue(line.getStyleClass().contains("text-muted"));
        Fx.interact(() -> from.setText("16/07/2018 25:00"));
        assertEquals("\u201c16/07/2018 25:00\u201d is not a time: hour 25 is not between 0 and 23.", line.getText());
        assertTrue(line.getStyleClass().contains("danger"));
        TextField to = robot.lookup("#export-image-to").queryAs(TextField.class);
        String end = to.getText();
        assertTrue(from.getPseudoClassStates().contains(Styles.STATE_DANGER), "the field that does not read is outlined");
        assertFalse(to.getPseudoClassStates().contains(Styles.STATE_DANGER), "the one that reads is not");
        // Both wrong: the second is named too, and outlined (only the first had been).
        Fx.interact(() -> to.setText("yesterday"));
        assertEquals("\u201c16/07/2018 25:00\u201d is not a time: hour 25 is not between 0 and 23. Nor is \u201cyesterday\u201d.",
                line.getText());
        assertTrue(to.getPseudoClassStates().contains(Styles.STATE_DANGER));
        Fx.interact(() -> to.setText("16/07/2018 24:30"));
        assertEquals("\u201c16/07/2018 25:00\u201d is not a time: hour 25 is not between 0 and 23. Nor is "
                + "\u201c16/07/2018 24:30\u201d: hour 24 is not between 0 and 23.", line.getText());
        Fx.interact(() -> to.setText(end));
        Fx.interact(() -> from.setText("31/06/2018"));
        assertEquals("\u201c31/06/2018\u201d is not a time: day 31 is not between 1 and 30.", line.getText());
        WaitForAsyncUtils.waitForFxEvents();
        Fx.interact(() -> assertEquals(height[0], from.getScene().getHeight(), 0.5,
                "the buttons stay where they were as the message comes"));
        Fx.interact(() -> from.setText("16 July"));
        Node ok = DialogButtons.of(robot, "#export-image-view", t -> t.getButtonData() == ButtonBar.ButtonData.OK_DONE)
                .orElseThrow();
        assertTrue(ok.isDisabled());
        assertEquals("\u201c16 July\u201d is not a time: write it as " + example + ", or a day as "
                + example.substring(0, 10) + ".",
                robot.lookup("#export-image-problem").queryAs(Label.class).getText());
        // The message is drawn whole, on as many lines as it needs, and the dialog grows to keep its buttons.
        WaitForAsyncUtils.waitForFxEvents();
        Fx.interact(() -> {
            Label problem = robot.lookup("#export-image-problem").queryAs(Label.class);
            String drawn = problem.lookupAll(".text").stream().filter(n -> n instanceof javafx.scene.text.Text)
                    .map(n -> ((javafx.scene.text.Text) n).getText()).findFirst().orElse("");
            assertEquals(problem.getText(), drawn, "not cut with an ellipsis");
            Bounds button = ok.localToScene(ok.getLayoutBounds());
            assertTrue(button.getMaxY() <= ok.getScene().getHeight() + 0.5,
                    "Export… at " + button + " in a dialog " + ok.getScene().getHeight() + " px high");
        });
        Fx.interact(() -> from.setText("2018-07-17 12:00"));
        Fx.interact(() -> robot.lookup("#export-image-to").queryAs(TextField.class).setText("2018-07-16 12:00"));
        assertEquals("The end of the range must come after its start.",
                robot.lookup("#export-image-problem").queryAs(Label.class).getText());
        Fx.interact(() -> from.setText("16/7/2018 9:00"));
        assertFalse(ok.isDisabled(), "read as the language writes it, one figure or two");
        Fx.interact(() -> from.setText("2018-07-16 09:00"));
        assertFalse(ok.isDisabled(), "and as ISO");
        assertTrue(line.getText().startsWith("Write a time as "), line.getText());
        WaitForAsyncUtils.waitForFxEvents();
        Fx.interact(() -> assertEquals(height[0], from.getScene().getHeight(), 0.5,
                "and as it goes"));
        cancel(robot, "#export-image-view");
    }

    @Test
    void theImageDialogKeepsEveryLabelWholeAtALargerTextSize(FxRobot robot) throws TimeoutException {
        Fx.interact(() -> window.state().fontScaleProperty().set(1.331));
        try {
            WaitForAsyncUtils.asyncFx(() -> window.findings().exportImage());
            awaitDialog(robot, "#export-image-view");
            Fx.interact(() -> {
                javafx.scene.Parent pane = robot.lookup("#export-image-view").queryAs(Node.class).getParent();
                while (!(pane instanceof javafx.scene.control.DialogPane)) {
                    pane = pane.getParent();
                }
                pane.getScene().getRoot().applyCss();
                pane.getScene().getRoot().layout();
                List<String> cut = new ArrayList<>();
                for (Node n : pane.lookupAll(".label")) {
                    if (n instanceof Label l && l.isVisible() && l.getText() != null && !l.getText().isEmpty()
                            && l.lookup(".text") instanceof javafx.scene.text.Text drawn
                            && !drawn.getText().equals(l.getText())) {
                        cut.add(l.getText() + " drawn as " + drawn.getText());
                    }
                }
                assertEquals(List.of(), cut);
                // The range's fields show their times whole.
                for (String id : List.of("#export-image-from", "#export-image-to")) {
                    TextField field = (TextField) pane.lookup(id);
                    javafx.scene.text.Text time = new javafx.scene.text.Text(field.getText());
                    time.setFont(field.getFont());
                    assertTrue(time.getLayoutBounds().getWidth() + field.getPadding().getLeft()
                            + field.getPadding().getRight() <= field.getWidth(), id + " " + field.getWidth() + " px");
                }
                // The choices stand as far in as the buttons: the "to" field had run to 8 px of the dialog's edge,
                // 6 px further out than Export….
                javafx.scene.control.DialogPane dialogPane = (javafx.scene.control.DialogPane) pane;
                Node export = dialogPane.lookupButton(dialogPane.getButtonTypes().stream()
                        .filter(t -> t.getButtonData() == ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow());
                Node to = pane.lookup("#export-image-to");
                double fieldRight = to.localToScene(to.getLayoutBounds()).getMaxX();
                double buttonRight = export.localToScene(export.getLayoutBounds()).getMaxX();
                assertTrue(fieldRight <= buttonRight + 0.5, "the field ends at " + fieldRight + ", Export… at " + buttonRight);
            });
            cancel(robot, "#export-image-view");
        } finally {
            Fx.interact(() -> window.state().fontScaleProperty().set(1.0));
        }
    }

    @Test
    void theViewIsWrittenAsAnImageWithTheFiltersAndAtTwiceTheScale(FxRobot robot, @TempDir Path dir) throws IOException {
        Fx.interact(() -> state.filterProperty().set(state.filterProperty().get().withCategories(Set.of("talks"))));
        TimeViewport v = window.timelineView().viewport();
        Path png = dir.resolve("view.png");
        Fx.interact(() -> window.findings().writeImage(new ImageExportDialog.Choice(v.start(), v.end(), 900, 2, false,
                ImageTheme.LIGHT, png)));
        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1800, image.getWidth());
        assertTrue(status(robot).startsWith("Exported the image (1800 \u00d7 " + image.getHeight() + " pixels) to view.png"),
                status(robot));
        int orange = 0;
        int purple = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                orange += rgb == 0xf28e2b ? 1 : 0;
                purple += rgb == 0xb07aa1 ? 1 : 0;
            }
        }
        assertTrue(orange > 500, "the talks are drawn: " + orange);
        assertEquals(0, purple, "the press conference is filtered away");
    }

    /** The exports' dialogs open from their keys, as Export Quotes… does from Ctrl+E, wherever the focus is. */
    @Test
    void eachExportsDialogOpensFromItsKey(FxRobot robot) throws TimeoutException {
        Map<KeyCode, String> dialogs = new LinkedHashMap<>();
        dialogs.put(KeyCode.E, "#export-events-filtered");
        dialogs.put(KeyCode.B, "#export-sources-cited");
        dialogs.put(KeyCode.I, "#export-image-view");
        for (Map.Entry<KeyCode, String> key : dialogs.entrySet()) {
            robot.press(KeyCode.CONTROL, KeyCode.SHIFT, key.getKey()).release(key.getKey(), KeyCode.SHIFT, KeyCode.CONTROL);
            awaitDialog(robot, key.getValue());
            cancel(robot, key.getValue());
        }
        assertEquals(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)
                .getDisplayText(), menuItem(robot, "menu-export-json").getAccelerator().getDisplayText(),
                "Export Timeline as JSON goes straight to the question where to save: its key is checked in the menu");
    }

    @Test
    void theEventsDialogCountsWhatTheFiltersShow(FxRobot robot) throws TimeoutException {
        Fx.interact(() -> state.filterProperty().set(state.filterProperty().get().withCategories(Set.of("security"))));
        int shown = state.result().shownEventCount();
        WaitForAsyncUtils.asyncFx(() -> window.findings().exportEvents());
        awaitDialog(robot, "#export-events-filtered");
        assertEquals("Events that pass the filters (" + shown + ")",
                robot.lookup("#export-events-filtered").queryAs(RadioButton.class).getText());
        assertEquals("Every event of the timeline (12)", robot.lookup("#export-events-every").queryAs(RadioButton.class).getText());
        robot.lookup("#export-events-bom").match(NodeMatchers.isVisible()).query();
        // Semicolons are a choice, not ticked in an English window; a German one ticks it, as its Excel expects.
        assertFalse(robot.lookup("#export-events-semicolons").match(NodeMatchers.isVisible())
                .queryAs(javafx.scene.control.CheckBox.class).isSelected());
        cancel(robot, "#export-events-filtered");
        boolean[] ticked = new boolean[1];
        Fx.interact(() -> {
            org.summittimeline.ui.Texts.use(java.util.Locale.GERMANY);
            try {
                ticked[0] = DialogParts.semicolons("german").isSelected();
            } finally {
                org.summittimeline.ui.Texts.use(java.util.Locale.ENGLISH);
            }
        });
        assertTrue(ticked[0], "ticked in a German window");
    }

    /** Where a text's letters stand, in the scene. */
    private static double baseline(javafx.scene.text.Text text) {
        return text.localToScene(0, text.getLayoutBounds().getMinY() + text.getBaselineOffset()).getY();
    }

    @Test
    void theSourcesDialogOffersTheThreeFormatsAndTodayAsTheAccessDate(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.asyncFx(() -> window.findings().exportSources());
        awaitDialog(robot, "#export-sources-cited");
        assertEquals("Every source of the timeline (48)", robot.lookup("#export-sources-every").queryAs(RadioButton.class).getText());
        assertTrue(robot.lookup("#export-sources-json").queryAs(RadioButton.class).isSelected());
        robot.lookup("#export-sources-bib").queryAs(RadioButton.class);
        robot.lookup("#export-sources-ris").queryAs(RadioButton.class);
        DatePicker accessed = robot.lookup("#export-sources-accessed").queryAs(DatePicker.class);
        assertEquals(LocalDate.now(), accessed.getValue());
        // Written as the program writes dates ("30 Nov 2026"), not as the machine's locale might (11/30/2026).
        assertEquals(java.time.format.DateTimeFormatter.ofPattern("d MMM uuuu", java.util.Locale.UK)
                .format(LocalDate.now()), accessed.getEditor().getText());
        // Its label stands on the line of the date's letters (it stood at the top of the field, higher).
        Fx.interact(() -> {
            Label on = (Label) accessed.getParent().getChildrenUnmodifiable().get(0);
            double labelLine = baseline((javafx.scene.text.Text) on.lookup(".text"));
            double dateLine = baseline((javafx.scene.text.Text) accessed.getEditor().lookup(".text"));
            assertEquals(dateLine, labelLine, 1.5, on.getText() + " beside the date");
            // Its button is the theme's calendar, square: the lists' arrow rule had squashed it to 10 by 5.
            javafx.scene.layout.Region calendar = (javafx.scene.layout.Region) accessed.lookup(".arrow");
            assertEquals(calendar.getWidth(), calendar.getHeight(), 0.5, "a square calendar icon");
        });
        cancel(robot, "#export-sources-cited");
    }

    @Test
    void copyCitationAsAStyleCopiesInItAndRemembersIt(FxRobot robot) {
        assertTrue(((RadioMenuItem) menuItem(robot, "menu-cite-apa")).isSelected(), "APA until another is chosen");
        assertEquals("Copy in Citation Style: APA (7th edition)", menuItem(robot, "menu-copy-citation").getText());
        Fx.interact(() -> state.selectedQuoteProperty().set(state.query().timeline().quote("putin-denial").orElseThrow()));
        RenderedPulse.await(robot, window.getScene());
        String before = status(robot);
        Fx.interact(() -> menuItem(robot, "menu-cite-mla").fire());
        String copied = clipboard(robot);
        assertTrue(copied.startsWith("Vladimir Putin: \u201cI had to repeat"), copied);
        assertTrue(copied.contains("\u201d (Associated Press, par. 3)"), copied);
        assertTrue(copied.endsWith("Associated Press. 16 July 2018."), copied);
        assertEquals("MLA", settings.get(Settings.Key.CITATION_STYLE));
        assertTrue(((RadioMenuItem) menuItem(robot, "menu-cite-mla")).isSelected());
        assertFalse(((RadioMenuItem) menuItem(robot, "menu-cite-apa")).isSelected());
        assertEquals("Copy in Citation Style: MLA (9th edition)", menuItem(robot, "menu-copy-citation").getText(),
                "the command names the style it copies in");
        // The reference first, which a status bar cut at its end had hidden after the quote's first words.
        assertTrue(status(robot).startsWith("Copied in MLA (9th edition), with its reference: Associated Press. 16 July"
                + " 2018. \u00b7 Vladimir Putin:"), status(robot));
        // Said about the moment: a search typed next takes it back, as it stood over the file's line.
        Fx.interact(() -> robot.lookup("#search").queryAs(javafx.scene.control.TextField.class).setText("Crimea"));
        assertEquals(before, status(robot));
        Fx.interact(() -> robot.lookup("#search").queryAs(javafx.scene.control.TextField.class).clear());

        Fx.interact(() -> state.selectedQuoteProperty().set(null));
        Fx.interact(() -> menuItem(robot, "menu-copy-citation").fire());
        String event = clipboard(robot);
        assertTrue(event.startsWith(state.selectedEvent().title() + " ("), "the event, in the remembered style: " + event);
        long references = event.lines().filter(l -> !l.isBlank()).count() - 1;
        assertTrue(status(robot).startsWith("Copied in MLA (9th edition), with " + (references == 1 ? "its reference: "
                : "its references: ")), status(robot));
        assertEquals(CitationStyle.MLA, window.findings().citationStyleProperty().get());
        // Nothing selected: the style chosen is kept, and the bar says that nothing was copied and what to click.
        Fx.interact(() -> state.selectedEventProperty().set(null));
        Fx.interact(() -> menuItem(robot, "menu-cite-chicago").fire());
        assertEquals(Texts.format("cite.chosenNothingCopied", "Chicago (author-date)"), status(robot));
        assertEquals(CitationStyle.CHICAGO, window.findings().citationStyleProperty().get());
        assertEquals(event, clipboard(robot), "nothing new on the clipboard");
    }
}
