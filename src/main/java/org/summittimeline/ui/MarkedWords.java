package org.summittimeline.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.summittimeline.query.TextMatch;

/**
 * A card's words with what the search found in them marked. The card's label shows them as ever; only while a
 * search finds a place in them do they stand as runs in a text flow beside it, the places marked: the card's bar
 * alone said that a quote matched, not where (a new user looked for "server" in Trump's five lines). The flow takes
 * the label's style classes, so its words keep the label's size, slant and border. The details pane marks the selected
 * event's title, summary and place the same way ({@link #within}).
 */
public final class MarkedWords {
    private final Label plain;
    private final TextFlow marked = new TextFlow();

    public MarkedWords(Label plain) {
        this.plain = plain;
        // As the label's (Labels.wrapped): never squeezed to fewer lines than its words need.
        marked.setMinHeight(Region.USE_PREF_SIZE);
        show(marked, false);
    }

    /** The flow, to stand in the card right after the label. */
    public Node flow() {
        return marked;
    }

    /**
     * Shows {@code text} with the places of {@code searched} (folded, as {@link TextMatch#places} takes it; empty for
     * none) marked; {@code shown} false hides it, for a part the quote lacks. True when it marked a place.
     */
    public boolean show(String text, String searched, boolean shown) {
        plain.setText(text);
        List<int[]> places = shown ? TextMatch.places(text, searched) : List.of();
        boolean marking = !places.isEmpty();
        show(plain, shown && !marking);
        show(marked, marking);
        if (!marking) {
            if (!marked.getChildren().isEmpty()) {
                marked.getChildren().clear();
            }
            return false;
        }
        List<String> styles = styles(plain);
        if (!marked.getStyleClass().equals(styles)) {
            marked.getStyleClass().setAll(styles);
        }
        marked.getChildren().setAll(runs(text, places));
        return true;
    }

    /**
     * {@code line} as it stands, or, where the search found places in its {@code part} ({@code searched} folded),
     * a flow of its words with those places marked: an open card's other rendering, in which alone the search may
     * have found its words. The line's other words (whose rendering it is) are not searched, and not marked.
     */
    public static Node within(Label line, String part, String searched) {
        String text = line.getText();
        // The last place it stands: the line names whose rendering it is before its words.
        int from = text.lastIndexOf(part);
        if (from < 0) {
            return line;
        }
        List<int[]> places = new ArrayList<>();
        for (int[] place : TextMatch.places(part, searched)) {
            places.add(new int[] {place[0] + from, place[1] + from});
        }
        if (places.isEmpty()) {
            return line;
        }
        TextFlow flow = new TextFlow();
        flow.setMinHeight(Region.USE_PREF_SIZE);
        flow.getStyleClass().setAll(styles(line));
        flow.getChildren().setAll(runs(text, places));
        return flow;
    }

    /** The label's style classes for its flow, which marks it as one. */
    private static List<String> styles(Label plain) {
        List<String> styles = new ArrayList<>(plain.getStyleClass());
        styles.remove("label");
        styles.add("marked-words");
        return styles;
    }

    private static List<Node> runs(String text, List<int[]> places) {
        List<Node> runs = new ArrayList<>();
        int at = 0;
        for (int[] place : places) {
            if (place[0] > at) {
                runs.add(run(text.substring(at, place[0]), "run"));
            }
            runs.add(run(text.substring(place[0], place[1]), "found"));
            at = place[1];
        }
        if (at < text.length()) {
            runs.add(run(text.substring(at), "run"));
        }
        return runs;
    }

    private static Text run(String words, String style) {
        Text run = new Text(words);
        run.getStyleClass().add(style);
        return run;
    }

    private static void show(Node part, boolean shown) {
        part.setVisible(shown);
        part.setManaged(shown);
    }
}
