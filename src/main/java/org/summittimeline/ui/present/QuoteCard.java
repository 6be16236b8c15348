package org.summittimeline.ui.present;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.summittimeline.model.Quote;
import org.summittimeline.model.QuoteKind;
import org.summittimeline.model.Relation;
import org.summittimeline.model.Timeline;
import org.summittimeline.model.Variant;
import org.summittimeline.query.CitationText;
import org.summittimeline.ui.Texts;

/**
 * The card that slides in over a quote: on V its renderings side by side, each with its source (a translation
 * read two ways is the lesson); on R the quotes it answers, contradicts or corrects, and those that do so to it.
 * Built as columns of headed texts and sized so that the tallest column fits the room.
 */
final class QuoteCard {
    /** One text of a column; headings are bold and in the accent colour, sources muted. */
    record Line(String text, String styleClass) {
    }

    private QuoteCard() {
    }

    static List<List<Line>> variants(Quote quote, Timeline timeline) {
        CitationText cite = new CitationText(timeline);
        List<List<Line>> columns = new ArrayList<>();
        columns.add(List.of(new Line(Texts.get("present.card.asShown"), "p-card-heading"),
                new Line(words(quote), "p-card-words"), new Line(cite.cite(quote.citation()), "p-card-source")));
        for (Variant v : quote.variants()) {
            columns.add(List.of(new Line(Texts.get("present.card.variant"), "p-card-heading"),
                    new Line(Texts.format("quote.marks", v.text()), "p-card-words"),
                    new Line(cite.cite(v.citation()), "p-card-source")));
        }
        return columns;
    }

    static List<List<Line>> relations(Quote quote, Timeline timeline) {
        CitationText cite = new CitationText(timeline);
        List<Line> lines = new ArrayList<>();
        for (Relation r : quote.relations()) {
            timeline.quote(r.quoteId()).ifPresent(other -> addRelated(lines, "present.relation." + key(r.type()),
                    r.basis(), other, timeline, cite));
        }
        // The links point one way in the file; the class also wants to see what answered this quote.
        for (Quote other : timeline.quotes()) {
            for (Relation r : other.relations()) {
                if (r.quoteId().equals(quote.id())) {
                    addRelated(lines, "present.relation." + key(r.type()) + ".by", r.basis(), other, timeline, cite);
                }
            }
        }
        if (lines.isEmpty()) {
            lines.add(new Line(Texts.get("present.card.noRelations"), "p-card-source"));
        }
        return List.of(lines);
    }

    private static void addRelated(List<Line> lines, String key, Relation.Basis basis, Quote other, Timeline timeline,
            CitationText cite) {
        String speaker = timeline.actor(other.speakerId()).map(a -> a.name()).orElse(other.speakerId());
        lines.add(new Line(Texts.format(key, speaker), "p-card-heading"));
        // A class must not take the author's reading of two quotes for something a source says.
        if (basis == Relation.Basis.EDITORIAL) {
            lines.add(new Line(Texts.get("relation.ourReading"), "p-card-source"));
        }
        lines.add(new Line(words(other), "p-card-words"));
        lines.add(new Line(cite.cite(other.citation()), "p-card-source"));
    }

    private static String key(Relation.Type type) {
        return switch (type) {
            case RESPONDS_TO -> "respondsTo";
            case CONTRADICTS -> "contradicts";
            case CORRECTS -> "corrects";
        };
    }

    static String words(Quote q) {
        return q.kind() == QuoteKind.DIRECT ? Texts.format("quote.marks", q.text()) : q.text();
    }

    /**
     * The card as nodes: its columns side by side, type as large as lets the tallest fit {@code room}, up to the
     * designed size times the teacher's {@code scale} (Ctrl+plus changed nothing on a card).
     */
    static HBox build(List<List<Line>> columns, double width, double room, double unit, double scale) {
        double gap = 28 * unit;
        double columnWidth = (width - gap * (columns.size() - 1)) / columns.size();
        double size = wordsSize(columns, width, room, unit, scale);
        double small = 22 * unit * Math.max(1, scale);
        HBox card = new HBox(gap);
        for (List<Line> column : columns) {
            VBox box = new VBox(8 * unit);
            for (Line line : column) {
                Label l = new Label(line.text());
                l.getStyleClass().add(line.styleClass());
                l.setWrapText(true);
                l.setMinHeight(Region.USE_PREF_SIZE);
                l.setFont(font(line, size, small));
                box.getChildren().add(l);
            }
            box.setPrefWidth(columnWidth);
            box.setMinWidth(0);
            HBox.setHgrow(box, Priority.ALWAYS);
            card.getChildren().add(box);
        }
        card.setPadding(new Insets(8 * unit, 0, 0, 0));
        return card;
    }

    /** The size of the card's words: the largest that lets the tallest column fit {@code room}, at most 34 px × scale. */
    static double wordsSize(List<List<Line>> columns, double width, double room, double unit, double scale) {
        double gap = 28 * unit;
        double columnWidth = (width - gap * (columns.size() - 1)) / columns.size();
        double size = 34 * unit * Math.max(1, scale);
        double small = 22 * unit * Math.max(1, scale);
        while (size > 14 * unit && tallest(columns, columnWidth, size, small, unit) > room) {
            size -= unit;
        }
        return size;
    }

    private static double tallest(List<List<Line>> columns, double width, double size, double small, double unit) {
        double tallest = 0;
        for (List<Line> column : columns) {
            double h = 8 * unit;
            for (Line line : column) {
                h += 8 * unit + TextFit.height(line.text(), width, fontSize(line, size, small), weight(line));
            }
            tallest = Math.max(tallest, h);
        }
        return tallest;
    }

    private static Font font(Line line, double size, double small) {
        return Font.font("System", weight(line), fontSize(line, size, small));
    }

    /** The words at the card's size; the lines about them (who, where from) no larger than {@code small}. */
    private static double fontSize(Line line, double size, double small) {
        return line.styleClass().equals("p-card-words") ? size : Math.max(size * 0.7, Math.min(size, small));
    }

    private static FontWeight weight(Line line) {
        return line.styleClass().equals("p-card-heading") ? FontWeight.BOLD : FontWeight.NORMAL;
    }
}
