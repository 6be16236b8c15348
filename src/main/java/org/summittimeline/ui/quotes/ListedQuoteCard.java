package org.summittimeline.ui.quotes;

import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import static org.summittimeline.ui.Labels.wrapped;
import org.summittimeline.query.TextMatch;
import org.summittimeline.ui.MarkedWords;
import org.summittimeline.ui.Texts;

/**
 * The nodes of one quote card in the panel's list, made once for a cell and filled again for each quote the cell
 * shows. A card made anew for every quote cost a box, six to ten labels and a style pass of each, and every
 * selection, search or filter change remade every card in view. Filling keeps the nodes; only a part that appears
 * or goes changes what is laid out.
 *
 * <p>Parts a quote lacks (the "reported" mark, the event's title, the context, topics, the link to more) stay in
 * the card unmanaged and unseen, so that a part coming back is not a node added to the scene (which styles it
 * again). The other renderings and links are made only while a card is open, which is rare.
 */
final class ListedQuoteCard extends VBox {
    private static final PseudoClass FOUND = PseudoClass.getPseudoClass("found");
    private final Circle dot = new Circle(5);
    private final Label name = new Label();
    private final Label reported = new Label(Texts.get("quotes.reported"));
    private final Label eventTitle = new Label();
    private final Label words = wrapped("", "quote-text");
    private final MarkedWords markedWords = new MarkedWords(words);
    private final Label context = wrapped("", "quote-context");
    private final MarkedWords markedContext = new MarkedWords(context);
    private final FlowPane chips = new FlowPane(4, 4);
    private final Label citation = wrapped("", "citation");
    private final Hyperlink more = new Hyperlink();
    private final VBox extras = new VBox(4);

    ListedQuoteCard(Runnable openOrClose) {
        super(4);
        name.getStyleClass().add("speaker");
        // Who spoke is read whole; the event's title after it wraps onto more lines rather than end in "…" (a
        // generated title, or any at larger type, was cut). The dot is the name's graphic, so that it stays centred
        // on the name's line when the title takes two.
        name.setMinWidth(Region.USE_PREF_SIZE);
        name.setGraphic(dot);
        // Dot and gap grow with the name's type (10 and 6 px at the designed size): fixed, at 250 % the dot was a
        // speck that touched the name ("•Sam Husseini").
        name.setStyle("-fx-graphic-text-gap: 0.43em;");
        name.fontProperty().addListener((o, was, font) -> dot.setRadius(Math.round(font.getSize() * 0.72) / 2.0));
        reported.getStyleClass().add("kind-reported");
        reported.setMinWidth(Region.USE_PREF_SIZE);
        eventTitle.getStyleClass().add("quote-event");
        eventTitle.setWrapText(true);
        eventTitle.setMinHeight(Region.USE_PREF_SIZE);
        WhoLine who = new WhoLine(new NameAndMark(name, reported), eventTitle);
        who.setMinHeight(Region.USE_PREF_SIZE);
        more.getStyleClass().add("expand");
        // Wrapped, not cut: "Show other renderings and lin…" at 200 %.
        more.setWrapText(true);
        more.setMinHeight(Region.USE_PREF_SIZE);
        more.setOnAction(e -> {
            // A link clicked stays "visited" (another colour, and so told to a screen reader); this one is kept for
            // the next quotes, which were never visited.
            more.setVisited(false);
            openOrClose.run();
        });
        getChildren().addAll(who, words, markedWords.flow(), context, markedContext.flow(), chips, citation, more,
                extras);
    }

    /** The speaker's name and colour (null for none: grey), and whether the quote is reported speech. */
    void speaker(String speakerName, String colour, boolean isReported) {
        dot.setFill(colour == null ? Color.GRAY : Color.web(colour));
        name.setText(speakerName);
        show(reported, isReported);
    }

    /** The title of the quote's event after the name, or null when the panel shows one event's quotes. */
    void eventTitle(String title) {
        eventTitle.setText(title == null ? "" : title);
        show(eventTitle, title != null);
    }

    /**
     * The words: a direct quote in quotation marks, reported speech set apart in its own style; what the search
     * found in them ({@code searched}, folded; empty for none) marked. True when it found a place there.
     */
    boolean words(String text, boolean direct, String searched) {
        String style = direct ? "quote-text" : "paraphrase-text";
        if (!words.getStyleClass().contains(style)) {
            words.getStyleClass().removeAll("quote-text", "paraphrase-text");
            words.getStyleClass().add(style);
        }
        return markedWords.show(direct ? Texts.format("quote.marks", text) : text, searched, true);
    }

    /** The note on the quote's context, what the search found marked; true when it found a place there. */
    boolean context(String text, String searched) {
        return markedContext.show(text == null ? "" : text, searched, text != null);
    }

    /**
     * One chip per topic, a topic the search found in outlined (true when one is); chips made for an earlier quote's
     * are kept unseen.
     */
    boolean topics(List<String> topics, String searched) {
        List<Node> made = chips.getChildren();
        while (made.size() < topics.size()) {
            Label chip = new Label();
            chip.getStyleClass().add("chip");
            made.add(chip);
        }
        boolean any = false;
        for (int i = 0; i < made.size(); i++) {
            Label chip = (Label) made.get(i);
            boolean used = i < topics.size();
            chip.setText(used ? topics.get(i) : "");
            boolean found = used && !TextMatch.places(topics.get(i), searched).isEmpty();
            chip.pseudoClassStateChanged(FOUND, found);
            any |= found;
            show(chip, used);
        }
        show(chips, !topics.isEmpty());
        return any;
    }

    void citation(String text) {
        citation.setText(text);
    }

    /**
     * The link to the other renderings ({@code renderings} of them) and the links with other quotes ({@code links});
     * none of either: no link. It names what it opens and counts each kind: "renderings and links (3)" over three
     * links alone read as a promise of renderings, and over one of each as three things. While the card is closed and the search found its words in a rendering alone
     * ({@code foundInRenderings}), the link says so, in the marks' amber. While the card is open, what it shows:
     * each a line made for this quote.
     */
    void extras(int renderings, int links, boolean open, boolean foundInRenderings, List<? extends Node> shown) {
        int count = renderings + links;
        show(more, count > 0);
        String which = links == 0 ? ".renderings" : renderings == 0 ? ".links" : "";
        String link = count > 0 ? Texts.format((open ? "quotes.extras.hide" : "quotes.extras.show") + which, renderings, links) : "";
        boolean foundThere = count > 0 && !open && foundInRenderings;
        more.setText(foundThere ? Texts.format("quotes.extras.found", link) : link);
        more.pseudoClassStateChanged(FOUND, foundThere);
        boolean any = count > 0 && open && !shown.isEmpty();
        if (any || !extras.getChildren().isEmpty()) {
            extras.getChildren().setAll(any ? shown : List.of());
        }
        show(extras, any);
    }

    private static void show(Node part, boolean shown) {
        part.setVisible(shown);
        part.setManaged(shown);
    }
}
