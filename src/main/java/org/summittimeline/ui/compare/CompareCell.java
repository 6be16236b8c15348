package org.summittimeline.ui.compare;

import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.summittimeline.model.QuoteKind;
import org.summittimeline.ui.Texts;
import org.summittimeline.ui.compare.CompareModel.Cell;
import org.summittimeline.ui.compare.CompareModel.Entry;

/** The parts of the comparison's rows: a speaker's cell of quotes, and the rule under an event's row. */
final class CompareCell {
    private CompareCell() {
    }

    /** A speaker's quotes at one event, each in a box {@code entries} keeps by its quote's id; or a word that none is. */
    static VBox of(Cell cell, String topic, Map<String, Node> entries) {
        VBox box = new VBox(6);
        box.getStyleClass().add("compare-cell");
        box.setPadding(new Insets(6));
        box.setMaxHeight(Double.MAX_VALUE);
        for (Entry e : cell.entries()) {
            Label words = new Label(e.quote().kind() == QuoteKind.DIRECT ? Texts.format("quote.marks", e.quote().text())
                    : Texts.format("compare.reported", e.quote().text()));
            words.setWrapText(true);
            words.getStyleClass().add("compare-words");
            if (e.quote().kind() != QuoteKind.DIRECT) {
                // In italics, as the quote panel sets reported speech, so that it is told from the speakers' own
                // words at a glance, as in the panel; "(reported)" says it in words for a reader who cannot see that.
                words.getStyleClass().add("compare-reported");
            }
            Label citation = new Label(e.shownCitation());
            citation.setWrapText(true);
            citation.getStyleClass().add("compare-citation");
            VBox entry = new VBox(2, words, citation);
            for (String relation : e.relations()) {
                Label link = new Label("\u21b3 " + relation);
                link.setWrapText(true);
                link.getStyleClass().add("compare-relation");
                entry.getChildren().add(link);
            }
            entry.getStyleClass().add("compare-entry");
            entry.setId("compare-" + e.quote().id());
            entries.put(e.quote().id(), entry);
            box.getChildren().add(entry);
        }
        if (cell.entries().isEmpty()) {
            // Said, not left blank: an empty cell beside the other speaker's quotes read as a quote failed to load.
            // With a topic chosen, of that topic: "no quote at this event" beside Trump's twelve read as false.
            Label none = new Label(topic == null ? Texts.get("compare.noQuote")
                    : Texts.format("compare.noQuoteOnTopic", topic));
            none.getStyleClass().add("compare-none");
            // Wrapped: four speakers at 250 % cut it to "no quote at this …".
            none.setWrapText(true);
            box.getChildren().add(none);
        }
        return box;
    }

    /**
     * The rule under a row in the event column, as tall as the row: drawn by the event's name, it had stood under the
     * name's last line, above the row's end, and a short title's had stopped short of the column's edge.
     */
    static Region eventRule() {
        Region rule = new Region();
        rule.getStyleClass().add("compare-event-rule");
        rule.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        rule.setMouseTransparent(true);
        // Over the band behind the event column scrolled sideways, under the names (CompareGrid's view orders).
        rule.setViewOrder(-3.6);
        return rule;
    }
}
