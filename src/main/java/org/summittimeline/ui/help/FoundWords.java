package org.summittimeline.ui.help;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The format guide's Find on a page: the words found as places of their own, each run of text that holds them split
 * into pieces while they are marked, and put back whole at the next find.
 */
final class FoundWords {
    private final MarkdownPage page;
    /** The runs of words {@link #find} split, to put back. */
    private final List<Split> split = new ArrayList<>();

    FoundWords(MarkdownPage page) {
        this.page = page;
    }

    /**
     * As {@link MarkdownPage#find}, with each run of words split so that only the words looked for are a place of
     * their own (one per time they stand in the run): marked as runs, a single letter underlined nearly every
     * paragraph. The runs split by the last call are put back first.
     */
    List<MarkdownPage.Place> find(String words) {
        unsplit();
        String wanted = words.toLowerCase(Locale.ROOT);
        List<MarkdownPage.Place> places = new ArrayList<>();
        for (MarkdownPage.Place run : page.find(words)) {
            String text = run.node() instanceof Text t ? t.getText() : null;
            // Lower case of the same length, or the places found in it would not be the places in the run.
            if (text == null || !(run.node().getParent() instanceof TextFlow flow)
                    || text.toLowerCase(Locale.ROOT).length() != text.length()) {
                places.add(run);
                continue;
            }
            Text whole = (Text) run.node();
            String lower = text.toLowerCase(Locale.ROOT);
            List<Text> pieces = new ArrayList<>();
            int from = 0;
            for (int at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, from)) {
                if (at > from) {
                    pieces.add(piece(whole, text.substring(from, at)));
                }
                Text match = piece(whole, text.substring(at, at + wanted.length()));
                pieces.add(match);
                places.add(new MarkdownPage.Place(match, run.section()));
                from = at + wanted.length();
            }
            if (from < text.length()) {
                pieces.add(piece(whole, text.substring(from)));
            }
            int index = flow.getChildren().indexOf(whole);
            flow.getChildren().remove(index);
            flow.getChildren().addAll(index, pieces);
            split.add(new Split(whole, pieces));
        }
        return places;
    }

    /** A run of words replaced by its pieces while they are marked. */
    private record Split(Text whole, List<Text> pieces) {
    }

    /** Puts back the runs {@link #find} split. */
    void unsplit() {
        for (Split s : split) {
            if (s.pieces().get(0).getParent() instanceof TextFlow flow) {
                int index = flow.getChildren().indexOf(s.pieces().get(0));
                flow.getChildren().removeAll(s.pieces());
                flow.getChildren().add(index, s.whole());
            }
        }
        split.clear();
    }

    private static Text piece(Text whole, String words) {
        Text piece = new Text(words);
        piece.getStyleClass().setAll(whole.getStyleClass());
        return piece;
    }
}
