package org.summittimeline.ui.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.summittimeline.ui.Fx;
import org.summittimeline.ui.Texts;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Markdown drawn as nodes: what each kind of block and word becomes, and how a table shares its width. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class MarkdownPageTest {
    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    private static String words(TextFlow flow) {
        return flow.getChildren().stream().map(n -> ((Text) n).getText()).collect(Collectors.joining());
    }

    @Test
    void wordsKeepTheirStylesAndLineBreaksWithinAParagraphAreSpaces() {
        Texts.use(Locale.ENGLISH);
        MarkdownPage page = MarkdownPage.of("A **bold** word, `code`\nand *italic [linked](x.md)* words.", t -> { });
        TextFlow flow = (TextFlow) page.content().getChildren().get(0);
        assertEquals("A bold word, code and italic linked words.", words(flow));
        List<String> styled = new ArrayList<>();
        for (Node n : flow.getChildren()) {
            Text text = (Text) n;
            List<String> own = text.getStyleClass().stream().filter(c -> !c.equals("md-text")).toList();
            if (!own.isEmpty()) {
                styled.add(text.getText() + "=" + String.join("+", own));
            }
        }
        assertEquals(List.of("bold=md-bold", "code=md-code", "italic =md-italic", "linked=md-italic"), styled);
    }

    @Test
    void headingsAreSectionsInOrderWithTheirLevels() {
        MarkdownPage page = MarkdownPage.of("# Title\n\ntext\n\n## `events`\n\n### Citations\n\n## Times\n", t -> { });
        assertEquals(List.of("1 Title", "2 events", "3 Citations", "2 Times"),
                page.sections().stream().map(s -> s.level() + " " + s.title()).toList());
        assertTrue(page.sections().get(1).node().getStyleClass().contains("md-h2"));
        assertTrue(page.content().getChildren().contains(page.sections().get(3).node()));
    }

    @Test
    void listsAreNumberedOrBulletedAndCodeBlocksCopyTheirTextWithoutTheLastLineBreak() {
        Texts.use(Locale.ENGLISH);
        List<String> copied = new ArrayList<>();
        MarkdownPage page = MarkdownPage.of("3. three\n4. four\n\n- one\n- two\n\n```json\n{\"a\": 1}\n```\n",
                copied::add);
        VBox numbered = (VBox) page.content().getChildren().get(0);
        VBox bulleted = (VBox) page.content().getChildren().get(1);
        assertEquals(List.of("3.", "4."), markers(numbered));
        assertEquals(List.of("\u2022", "\u2022"), markers(bulleted));
        HBox code = (HBox) page.content().getChildren().get(2);
        assertEquals("{\"a\": 1}", ((javafx.scene.text.Text) ((javafx.scene.text.TextFlow) code.getChildren().get(0))
                .getChildren().get(0)).getText());
        ((Button) code.getChildren().get(1)).fire();
        assertEquals(List.of("{\"a\": 1}"), copied);
    }

    private static List<String> markers(VBox list) {
        return list.getChildren().stream().map(row -> ((Label) ((HBox) row).getChildren().get(0)).getText()).toList();
    }

    @Test
    void aTableKeepsItsShortColumnOnOneLineAndWrapsTheLongOne(FxRobot robot) throws Exception {
        String long1 = "The timeline's title; the window is titled with it, and so is every export made of it.";
        MarkdownPage page = MarkdownPage.of("| field | required | meaning |\n|---|---|---|\n| `title` | yes | "
                + long1 + " " + long1 + " |\n| `description` | no | short |\n", t -> { });
        GridPane grid = (GridPane) page.content().getChildren().get(0);
        assertEquals(9, grid.getChildren().size());
        Fx.interact(() -> {
            Stage stage = new Stage();
            stage.setScene(new Scene(page.content(), 420, 600));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        double oneLine = height(cell(grid, 2, 2));
        double required = height(cell(grid, 0, 1));
        double meaning = height(cell(grid, 1, 2));
        assertTrue(required < 1.5 * oneLine, "\"required\" stays on one line: " + required + " against " + oneLine);
        assertTrue(meaning > 3 * oneLine, "the long meaning wraps: " + meaning + " against " + oneLine);
        double right = WaitForAsyncUtils.asyncFx(() -> grid.getBoundsInParent().getMaxX()).get(10, TimeUnit.SECONDS);
        assertTrue(right <= 420.5, "the table fits the page's width: " + right);
    }

    /**
     * At the largest type a table narrows to the page: its short columns wrap between words, never inside one. Kept
     * whole on one line, they had made the format guide's tables wider than its page at 250 %, and the page ran past
     * the window's edge with every paragraph.
     */
    @Test
    void atLargeTypeATableFitsThePageAndBreaksNoWord(FxRobot robot) throws Exception {
        String meaning = "One or more citations. An event without sources still loads; the file gets one warning.";
        MarkdownPage page = MarkdownPage.of("| field | required | meaning |\n|---|---|---|\n"
                + "| `sources`, `actors`, `categories` | no, but expected | " + meaning + " |\n"
                + "| `title` | yes | short |\n", t -> { });
        GridPane grid = (GridPane) page.content().getChildren().get(0);
        Fx.interact(() -> {
            Stage stage = new Stage();
            page.content().setStyle("-fx-font-size: 35px;");
            stage.setScene(new Scene(page.content(), 640, 900));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        Fx.interact(() -> {
            assertTrue(grid.getLayoutX() + grid.getWidth() <= 640.5, "the table fits the page: " + grid.getWidth());
            TextFlow expected = cell(grid, 1, 1);
            Text word = new Text("expected");
            word.setFont(((Text) expected.getChildren().get(0)).getFont());
            assertTrue(expected.getWidth() >= word.getLayoutBounds().getWidth() + expected.getPadding().getLeft()
                    + expected.getPadding().getRight(), "\"expected\" whole in a cell " + expected.getWidth() + " wide");
            TextFlow code = cell(grid, 1, 0);
            Text categories = new Text("categories,");
            categories.setFont(((Text) code.getChildren().get(0)).getFont());
            // Its column as wide: a column narrower than its cell had drawn "formatVersion" over "yes".
            assertTrue(expected.getBoundsInParent().getMinX() - code.getBoundsInParent().getMinX()
                    >= categories.getLayoutBounds().getWidth(), "a code word whole in its column: " + code.getBoundsInParent()
                    + " / " + expected.getBoundsInParent());
            assertTrue(cell(grid, 2, 1).getHeight() < 1.5 * cell(grid, 2, 2).getHeight(), "\"yes\" on one line");
        });
    }

    private static double height(TextFlow cell) throws Exception {
        return WaitForAsyncUtils.asyncFx(cell::getHeight).get(10, TimeUnit.SECONDS);
    }

    /** The cell drawn in {@code row} and {@code column}. */
    private static TextFlow cell(GridPane grid, int row, int column) {
        return (TextFlow) grid.getChildren().stream()
                .filter(n -> GridPane.getRowIndex(n) == row && GridPane.getColumnIndex(n) == column)
                .findFirst().orElseThrow();
    }
}
