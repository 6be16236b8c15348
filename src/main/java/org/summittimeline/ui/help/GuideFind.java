package org.summittimeline.ui.help;

import atlantafx.base.theme.Styles;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import org.summittimeline.ui.Texts;

/**
 * The format guide's Find: which places hold the words, the sections the list narrows to, the place shown and the
 * note that counts and names it. The guide's window lays out, scrolls and chooses; this decides what and where.
 */
final class GuideFind {
    /** How many letters of words not found the note repeats. */
    static final int NAMED_WORDS = 40;

    private final FoundWords foundWords;
    /** The sections the list offers, whatever Find narrows it to. */
    private final List<MarkdownPage.Section> sections;
    private final ListView<MarkdownPage.Section> contents;
    private final TextField field;
    private final Label note;
    /** Scrolls the page so that a node stands so many pixels under its top. */
    private final BiConsumer<Node, Double> scrollTo;
    /** Chooses a section in the list without scrolling the page to it. */
    private final Consumer<MarkdownPage.Section> choose;
    /** Lays the page out (new pieces of text are measured in their own font) and gives the view's height. */
    private final DoubleSupplier laidOut;
    /** The places that hold the words looked for, in the page's order, and the one shown last. */
    private List<MarkdownPage.Place> found = List.of();
    private int shown = -1;
    private final FoundPlate plate = new FoundPlate();

    GuideFind(FoundWords foundWords, List<MarkdownPage.Section> sections, ListView<MarkdownPage.Section> contents,
              TextField field, Label note, BiConsumer<Node, Double> scrollTo, Consumer<MarkdownPage.Section> choose,
              DoubleSupplier laidOut) {
        this.foundWords = foundWords;
        this.sections = sections;
        this.contents = contents;
        this.field = field;
        this.note = note;
        this.scrollTo = scrollTo;
        this.choose = choose;
        this.laidOut = laidOut;
    }

    /**
     * Marks every place that holds {@code words}, lists only the sections they stand in, and shows the first; the
     * words cleared or not found, every section is listed.
     */
    void find(String words) {
        plate.hide();
        found.forEach(p -> p.node().getStyleClass().removeAll("md-found", "md-found-current"));
        found = foundWords.find(words.strip());
        shown = -1;
        // Words not found turn the field red, as a browser's find bar does.
        field.pseudoClassStateChanged(Styles.STATE_DANGER, found.isEmpty() && !words.isBlank());
        if (words.isBlank()) {
            contents.getItems().setAll(sections);
            note.setText("");
            return;
        }
        found.forEach(p -> p.node().getStyleClass().add("md-found"));
        // A subsection found keeps its section above it ("Citations" under "sources"), as the full list has it.
        List<MarkdownPage.Section> listed = new ArrayList<>();
        MarkdownPage.Section parent = null;
        for (MarkdownPage.Section section : sections) {
            parent = section.level() == 2 ? section : parent;
            if (found.stream().anyMatch(p -> p.section() == section)) {
                if (section.level() > 2 && parent != null && !listed.contains(parent)) {
                    listed.add(parent);
                }
                listed.add(section);
            }
        }
        // Nothing found: every section stays listed, to go on reading from; an empty list looked broken.
        contents.getItems().setAll(found.isEmpty() ? sections : listed);
        if (found.isEmpty()) {
            String shown = words.strip();
            // A pasted paragraph is named by its beginning: whole, it filled the note with two lines of itself.
            note.setText(Texts.format("help.format.notFound", shown.length() > NAMED_WORDS
                    ? shown.substring(0, Character.isHighSurrogate(shown.charAt(NAMED_WORDS - 1)) ? NAMED_WORDS - 1
                    : NAMED_WORDS).stripTrailing() + "\u2026" : shown));
            return;
        }
        step(1);
    }

    /**
     * The place {@code step} after the one shown last (Enter in the find field; -1, Shift+Enter, the one before),
     * marked apart from the others, its section chosen in the list, and counted in the note.
     */
    void step(int step) {
        if (found.isEmpty()) {
            return;
        }
        if (shown >= 0) {
            found.get(shown).node().getStyleClass().remove("md-found-current");
        }
        int before = shown;
        shown = Math.floorMod(shown + step, found.size());
        // Round from the last place to the first (or back): said, as a browser's find bar says it; the count had
        // simply fallen from 11 to 1.
        boolean round = before >= 0 && found.size() > 1 && (step > 0 ? shown < before : shown > before);
        MarkdownPage.Place place = found.get(shown);
        place.node().getStyleClass().add("md-found-current");
        plate.show(place.node());
        // A quarter down, the words before it in view (at the top its first line was cut); from its section's heading
        // where that fits above it (a quarter down had cut the heading and a table's header row in half at the top).
        double view = laidOut.getAsDouble();
        Node heading = place.section() == null ? place.node() : place.section().node();
        double below = place.node().localToScene(0, 0).getY() - heading.localToScene(0, 0).getY();
        boolean withHeading = below > 0 && below < view * 0.6;
        scrollTo.accept(withHeading ? heading : place.node(), withHeading ? FormatGuide.HEADING_ROOM : view / 4);
        boolean listed = place.section() != null && contents.getItems().contains(place.section());
        if (listed) {
            choose.accept(place.section());
        } else {
            // In the introduction, which no section of the list holds: the section chosen before had stayed chosen,
            // or none was, and the note's "in 3 sections" sent the reader looking for the place in the list.
            contents.getSelectionModel().clearSelection();
        }
        // The sections the list shows: the introduction, under the page's title, is not one of them.
        long sections = found.stream().map(MarkdownPage.Place::section).filter(contents.getItems()::contains)
                .distinct().count();
        // The section is named: "in 3 sections" alone left the reader to find which one in the list.
        String said = Texts.format(listed ? "help.format.found" : "help.format.foundIntro", shown + 1, found.size(),
                sections, listed ? place.section().title() : "");
        note.setText(!round ? said : Texts.format(step > 0 ? "help.format.fromFirst" : "help.format.fromLast", said));
    }
}
