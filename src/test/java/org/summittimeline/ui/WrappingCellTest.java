package org.summittimeline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Cells of wrapped text or a wrapped graphic, under the theme that sizes every list cell alike, are as tall as
 * their lines at each width the list is given.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class WrappingCellTest {
    private static final List<String> LINES = List.of(
            "The presidents give statements and then take questions from reporters in the Hall of State.",
            "short",
            "A blog puts the start at about 18:10, and RT had not yet seen it begin at 18:04; the Kremlin's "
                    + "transcript is stamped 18:35.\nA second paragraph, after a line break.");

    private ListView<String> asText;
    private ListView<String> asGraphic;

    @Start
    void start(Stage stage) {
        Theme.LIGHT.apply();
        asText = new ListView<>();
        asText.setCellFactory(l -> new WrappingCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setWrapText(true);
            }
        });
        asGraphic = new ListView<>();
        asGraphic.setCellFactory(l -> new WrappingCell<>() {
            private final Label words = Labels.wrapped("", "words");
            private final VBox card = new VBox(4, new Label("Speaker"), words);

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(null);
                words.setText(empty ? "" : item);
                setGraphic(empty ? null : card);
            }
        });
        asText.getItems().setAll(LINES);
        asGraphic.getItems().setAll(LINES);
        // Within the headless screen (800 px high): a window taller than it logged Monocle's painter overflowing its
        // buffer. The tests give each list its size themselves.
        stage.setScene(new Scene(new VBox(asText, asGraphic), 420, 760));
        stage.show();
    }

    @AfterEach
    void closeWindows() throws TimeoutException {
        FxToolkit.cleanupStages();
    }

    @Test
    void wrappedTextIsShownWholeAtEveryWidth(FxRobot robot) {
        List<String> cut = new ArrayList<>();
        int[] looked = {0};
        Fx.interact(() -> {
            for (int w = 140; w <= 420; w += 3) {
                asText.resize(w, 440);
                asText.layout();
                for (Node node : asText.lookupAll(".list-cell")) {
                    WrappingCell<?> cell = (WrappingCell<?>) node;
                    if (cell.isEmpty() || !cell.isVisible() || !cell.getParent().isVisible()) {
                        continue;
                    }
                    looked[0]++;
                    // A label without room for all its lines shows fewer, ending in an ellipsis.
                    Text shown = (Text) cell.lookup(".text");
                    if (!shown.getText().equals(cell.getText().strip())) {
                        cut.add(w + " px: " + shown.getText());
                    }
                }
            }
        });
        assertTrue(looked[0] > 100, "cells looked at: " + looked[0]);
        assertEquals(List.of(), cut);
    }

    @Test
    void aWrappedGraphicFitsInsideItsCellsPaddingAtEveryWidth(FxRobot robot) {
        List<String> over = new ArrayList<>();
        int[] looked = {0};
        Fx.interact(() -> {
            for (int w = 140; w <= 420; w += 3) {
                asGraphic.resize(w, 440);
                asGraphic.layout();
                for (Node node : asGraphic.lookupAll(".list-cell")) {
                    WrappingCell<?> cell = (WrappingCell<?>) node;
                    if (cell.isEmpty() || !cell.isVisible() || !cell.getParent().isVisible()) {
                        continue;
                    }
                    looked[0]++;
                    double bottom = cell.getGraphic().getBoundsInParent().getMaxY();
                    double top = cell.getGraphic().getBoundsInParent().getMinY();
                    if (top < cell.snappedTopInset() - 0.5
                            || bottom > cell.getHeight() - cell.snappedBottomInset() + 0.5) {
                        over.add(String.format("%d px: %.1f to %.1f in a cell of %.1f", w, top, bottom,
                                cell.getHeight()));
                    }
                }
            }
        });
        assertTrue(looked[0] > 100, "cells looked at: " + looked[0]);
        assertEquals(List.of(), over);
    }

    /**
     * A row that keeps a graphic unseen for its next item (the quote list's cards) and holds no text is one empty
     * line high; the skin alone would count the unseen graphic in the row's least height.
     */
    @Test
    void anEmptyRowKeepingItsGraphicUnseenIsALineHigh() throws Exception {
        double[] heights = WaitForAsyncUtils.asyncFx(() -> {
            WrappingCell<String> bare = new WrappingCell<>();
            WrappingCell<String> keeping = new WrappingCell<>();
            VBox card = new VBox(4, Labels.wrapped(LINES.get(0), "words"), Labels.wrapped(LINES.get(2), "words"));
            keeping.setGraphic(card);
            VBox rows = new VBox(bare, keeping);
            ((VBox) asText.getScene().getRoot()).getChildren().add(rows);
            rows.applyCss();
            double shown = keeping.prefHeight(300);
            card.setVisible(false);
            return new double[] {bare.prefHeight(300), keeping.prefHeight(300), keeping.minHeight(300), shown};
        }).get();
        assertTrue(heights[3] > 100, "the card shown takes its lines: " + heights[3]);
        assertTrue(Math.abs(heights[1] - heights[0]) < 12, "unseen, a line high like an empty row: " + heights[1]
                + " against " + heights[0]);
        assertTrue(heights[2] <= heights[1], "and no more at least: " + heights[2]);
    }
}
