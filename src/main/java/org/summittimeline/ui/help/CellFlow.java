package org.summittimeline.ui.help;

import java.util.List;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A table's cell, never narrower than its longest word, which it would break: a column gets narrower than its
 * words (down to them) only where the page lacks the room for their lines.
 */
final class CellFlow extends TextFlow {
    /**
     * A long column's cell starts this many letters wide (0: a short one, on one line), at 0.43 of its type's
     * size a letter (6 px at the designed 14 px, the start the columns had in pixels).
     */
    private final int letters;
    /** The type of the first span, and of all, that the longest word was measured in. */
    private Font measuredIn;
    private List<Font> measuredWith;
    private double longestWord;

    CellFlow(int letters) {
        this.letters = letters;
    }

    @Override
    protected double computePrefWidth(double height) {
        double whole = Math.max(super.computePrefWidth(height), computeMinWidth(height));
        return letters == 0 || measuredIn == null ? whole
                : Math.max(computeMinWidth(height), Math.min(whole, letters * 0.43 * measuredIn.getSize()));
    }

    @Override
    protected double computeMinWidth(double height) {
        List<Text> spans = getChildren().stream().filter(Text.class::isInstance).map(Text.class::cast).toList();
        // Measured again when any span's type changed (the cells are laid out often; their type seldom changes).
        List<Font> fonts = spans.stream().map(Text::getFont).toList();
        if (!fonts.equals(measuredWith)) {
            measuredWith = fonts;
            measuredIn = fonts.isEmpty() ? null : fonts.get(0);
            longestWord = 0;
            // A word may run on across spans: "`paragraph`," is a code span and a comma.
            double word = 0;
            Text measure = new Text();
            for (Text span : spans) {
                measure.setFont(span.getFont());
                for (String part : span.getText().split("(?<=\\s)|(?=\\s)")) {
                    if (part.isBlank()) {
                        longestWord = Math.max(longestWord, word);
                        word = 0;
                    } else {
                        measure.setText(part);
                        word += measure.getLayoutBounds().getWidth();
                    }
                }
            }
            longestWord = Math.ceil(Math.max(longestWord, word)) + 1;
        }
        return snappedLeftInset() + longestWord + snappedRightInset();
    }
}
