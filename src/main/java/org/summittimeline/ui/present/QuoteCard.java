package org.summittimeline.ui.present;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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
import org.summittimeline.ui.Settings;
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
                new Line(words(quote), "p-card-words"), new Line(cite.shown(quote.citation()), "p-card-source")));
        for (Variant v : quote.variants()) {
            columns.add(List.of(new Line(Texts.get("present.card.variant"), "p-card-heading"),
                    new Line(Texts.format("quote.marks", v.text()), "p-card-words"),
                    new Line(cite.shown(v.citation()), "p-card-source")));
        }
        return columns;
    }

    static List<List<Line>> relations(Quote quote, Timeline timeline) {
        return relations(quote, timeline, q -> null);
    }

    /**
     * As {@link #relations(Quote, Timeline)}; a quote still to come in the presentation is named with where it comes
     * ({@code toCome}, null for one shown), its words kept for its own slide: on Mason's question the card had shown
     * Putin's answer, which the next click then revealed.
     */
    static List<List<Line>> relations(Quote quote, Timeline timeline, Function<Quote, String> toCome) {
        CitationText cite = new CitationText(timeline);
        List<Line> lines = new ArrayList<>();
        for (Relation r : quote.relations()) {
            timeline.quote(r.quoteId()).ifPresent(other -> addRelated(lines, "present.relation." + key(r.type()),
                    r.basis(), other, timeline, cite, toCome.apply(other)));
        }
        // The links point one way in the file; the class also wants to see what answered this quote.
        for (Quote other : timeline.quotes()) {
            for (Relation r : other.relations()) {
                if (r.quoteId().equals(quote.id())) {
                    addRelated(lines, "present.relation." + key(r.type()) + ".by", r.basis(), other, timeline, cite,
                            toCome.apply(other));
                }
            }
        }
        if (lines.isEmpty()) {
            lines.add(new Line(Texts.get("present.card.noRelations"), "p-card-source"));
        }
        return List.of(lines);
    }

    /**
     * The whole card for {@code which}: its heading, its columns, and under them the keys that leave it. With no
     * word of how back, a teacher pressed Escape, which ends the presentation. The renderings' card names whose words
     * they are: the quote itself, in the heading too, stood twice. {@code quoteWords} heads the card of relations.
     */
    static VBox pane(Presentation.Card which, Quote quote, Timeline timeline, Function<Quote, String> toCome,
                     String quoteWords, double width, double room, double unit, double scale) {
        boolean variants = which == Presentation.Card.VARIANTS;
        List<List<Line>> columns = variants ? variants(quote, timeline) : relations(quote, timeline, toCome);
        String heading = variants ? Texts.format("present.card.variantsTitle", speaker(quote, timeline))
                : Texts.format("present.card.relationsTitle", quoteWords);
        Label leave = new Label(Texts.get(variants ? "present.card.leave.variants" : "present.card.leave.relations"));
        leave.getStyleClass().add("p-card-leave");
        leave.setWrapText(true);
        leave.setMinHeight(Region.USE_PREF_SIZE);
        // One size at every scale: grown with Ctrl+plus, it took the words' room, and they shrank at a press.
        double leaveSize = 20 * unit;
        leave.setFont(Font.font("System", leaveSize));
        double leaveRoom = TextFit.height(leave.getText(), width, leaveSize, FontWeight.NORMAL) + 16 * unit;
        Fit fit = fit(columns, heading, width, room - leaveRoom, unit, scale);
        Label title = new Label(heading);
        title.getStyleClass().add("p-card-title");
        title.setWrapText(true);
        title.setFont(Font.font("System", FontWeight.BOLD, 26 * unit * fit.scale()));
        // Held to the three lines the fit made room for, cut with "…": a least height of its whole text outdid
        // this, and a question quoted whole in the heading took five lines at 250 %, which pushed the card off
        // its room, over the step counter above and the story strip below.
        double headingRoom = headingHeight(heading, width, unit, fit.scale());
        title.setMinHeight(headingRoom);
        title.setMaxHeight(headingRoom);
        title.setEllipsisString("\u2026");
        VBox.setMargin(leave, new Insets(8 * unit, 0, 0, 0));
        return new VBox(8 * unit, title, build(columns, width, fit, unit), leave);
    }

    /** Who said {@code quote}: the actor's name, or the id where the timeline lacks the actor. */
    static String speaker(Quote quote, Timeline timeline) {
        return timeline.actor(quote.speakerId()).map(a -> a.name()).orElse(quote.speakerId());
    }

    private static void addRelated(List<Line> lines, String key, Relation.Basis basis, Quote other, Timeline timeline,
            CitationText cite, String toCome) {
        lines.add(new Line(Texts.format(key, speaker(other, timeline)), "p-card-heading"));
        // A class must not take the author's reading of two quotes for something a source says. Said after the
        // words, as the quote panel says it: between the heading and the words it read as a stray fragment. With
        // the words still to come, it stands under the heading it qualifies: after "Its words come later, at
        // step 6" it read as if the timing were our reading.
        boolean ours = basis == Relation.Basis.EDITORIAL;
        if (toCome != null) {
            if (ours) {
                lines.add(new Line(Texts.get("relation.ourReading"), "p-card-source"));
            }
            lines.add(new Line(toCome, "p-card-source"));
            return;
        }
        lines.add(new Line(words(other), "p-card-words"));
        if (ours) {
            lines.add(new Line(Texts.get("relation.ourReading"), "p-card-source"));
        }
        lines.add(new Line(cite.shown(other.citation()), "p-card-source"));
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
     * The largest size of a card's words at the 720-line baseline: at 34 px a card of two short renderings left the
     * lower half of the screen empty, its words smaller than the slide's quote they stand for.
     */
    static final double WORDS_MAX = 44;
    /** The same for a card of one column (what a quote answers), which has the slide's whole width. */
    static final double WORDS_MAX_ALONE = 56;

    /** The card's type: the teacher's scale it is shown at, and its words' size in pixels. */
    record Fit(double scale, double words) {
    }

    /**
     * The card's type for {@code chosen}, the teacher's scale: the largest of the steps up to it at which the words
     * are at least as large as at every smaller step. The larger heading and lines about them take the words' room,
     * and the words had shrunk as Ctrl+plus was pressed (48 px at 110 %, 47 at 121 %; and falling back to 100 % from
     * 121 % made the card smaller than at 110 %).
     */
    static Fit fit(List<List<Line>> columns, String heading, double width, double room, double unit, double chosen) {
        Fit best = new Fit(1, wordsUnder(columns, heading, width, room, unit, 1));
        for (double scale = step(1); scale <= chosen + 1e-9; ) {
            double these = wordsUnder(columns, heading, width, room, unit, scale);
            if (these >= best.words()) {
                best = new Fit(scale, these);
            }
            double next = step(scale);
            if (next <= scale) {
                break; // the largest scale there is
            }
            scale = next;
        }
        return best;
    }

    private static double step(double scale) {
        return Settings.Key.FONT_SCALE.step(scale, 1.1);
    }

    /**
     * The size of the words under the heading at {@code scale}, in {@code room}; found once and kept: JavaFX
     * measures the same lines a pixel taller once texts of those sizes have been drawn, so that the words at 110 %
     * came out 48 px at one press and 47 at the next, and a larger step seemed the better one. The UI thread alone
     * uses it.
     */
    private static double wordsUnder(List<List<Line>> columns, String heading, double width, double room, double unit,
                                     double scale) {
        return FITTED.computeIfAbsent(List.of(columns, heading, width, room, unit, scale), k -> wordsSize(columns,
                width, room - headingHeight(heading, width, unit, scale) - 24 * unit, unit, scale));
    }

    /** The latest few hundred sizes found. */
    private static final Map<List<Object>, Double> FITTED = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, Double> eldest) {
            return size() > 256;
        }
    };

    /**
     * The height the card's heading takes at {@code scale}: at most three lines, each measured as the label measures
     * it, and wrapped two pixels narrower than the card, as the label's width may be rounded down.
     */
    static double headingHeight(String heading, double width, double unit, double scale) {
        double size = 26 * unit * scale;
        // A pixel over, as a label held to its text's exact height may still find it a hair short.
        return 1 + Math.min(TextFit.height(heading, width - 2, size, FontWeight.BOLD),
                TextFit.height("X\nX\nX", width, size, FontWeight.BOLD));
    }

    /**
     * The card as nodes: its columns side by side, its words at {@code fit}'s size (the lines about them, who and
     * where from, at 22 px × scale, or the words' size where that is smaller).
     */
    static HBox build(List<List<Line>> columns, double width, Fit fit, double unit) {
        double gap = 28 * unit;
        double columnWidth = (width - gap * (columns.size() - 1)) / columns.size();
        double size = fit.words();
        double small = 22 * unit * Math.max(1, fit.scale());
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

    /**
     * The size of the card's words: the largest that lets the tallest column fit {@code room}, at most
     * {@link #WORDS_MAX} px × scale ({@link #WORDS_MAX_ALONE} in one column).
     */
    static double wordsSize(List<List<Line>> columns, double width, double room, double unit, double scale) {
        double gap = 28 * unit;
        double columnWidth = (width - gap * (columns.size() - 1)) / columns.size();
        double small = 22 * unit * Math.max(1, scale);
        // Whole pixels, sought by halves: a size the room binds is then the same at every scale that reaches it (a
        // step down of a unit from each scale's cap gave 48.4 px at 110 % and 48.24 at 121 %).
        int lo = (int) Math.ceil(14 * unit);
        int hi = (int) Math.floor((columns.size() == 1 ? WORDS_MAX_ALONE : WORDS_MAX) * unit * Math.max(1, scale));
        // With no words on the card (a quote's answer still to come), the lines about them are all there is, and
        // at the words' size they stood 98 px tall at 250 %, a card of nothing but "its words come later".
        if (columns.stream().flatMap(List::stream).noneMatch(l -> l.styleClass().equals("p-card-words"))) {
            hi = Math.max(lo, Math.min(hi, (int) Math.floor(small)));
        }
        if (tallest(columns, columnWidth, hi, small, unit) <= room) {
            return hi;
        }
        while (hi - lo > 1) {
            int mid = (lo + hi) / 2;
            if (tallest(columns, columnWidth, mid, small, unit) <= room) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo;
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

    /**
     * The words at the card's size; the lines about them (who, where from) at {@code small}, a slide's citation size
     * as designed at the card's scale (22 px × scale at 1280 × 720), or the words' where those are smaller. Held to
     * seven tenths of the words, the source under Mason's question stood 40 px at 1280 × 720, larger than the card's
     * heading and nearly the question's size.
     */
    private static double fontSize(Line line, double size, double small) {
        return line.styleClass().equals("p-card-words") ? size : Math.min(size, small);
    }

    private static FontWeight weight(Line line) {
        return line.styleClass().equals("p-card-heading") ? FontWeight.BOLD : FontWeight.NORMAL;
    }
}
