package org.summittimeline.ui.help;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Separator;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.util.Duration;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;
import org.summittimeline.ui.Texts;

/**
 * A Markdown document drawn as the window's own nodes, in its theme and its text size: headings, paragraphs with
 * code, bold and italic words, lists, code blocks (each with a Copy button) and tables. Links show their words
 * only: the one document drawn so far (the format's description) links to files beside it, not to the web.
 * Images and HTML are left out rather than shown as their source.
 */
public final class MarkdownPage {
    /** A heading of the page and the node it is drawn as, for a table of contents to scroll to. */
    public record Section(String title, int level, Node node) {
    }

    /** The most letters a column's cells may have for it to keep them on one line. */
    private static final int SHORT_CELL = 24;
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    private final VBox content = new VBox(10);
    private final List<Section> sections = new ArrayList<>();
    /** Each heading's node with its section, for Find to know the section of the words it walks past. */
    private final Map<Node, Section> sectionOf = new IdentityHashMap<>();
    private final Consumer<String> copy;

    private MarkdownPage(Consumer<String> copy) {
        this.copy = copy;
    }

    /** The page for {@code markdown}; a code block's Copy button hands its text to {@code copy}. */
    public static MarkdownPage of(String markdown, Consumer<String> copy) {
        MarkdownPage page = new MarkdownPage(copy);
        for (org.commonmark.node.Node block = PARSER.parse(markdown).getFirstChild(); block != null;
             block = block.getNext()) {
            Node drawn = page.block(block);
            if (drawn != null) {
                page.content.getChildren().add(drawn);
            }
        }
        return page;
    }

    public VBox content() {
        return content;
    }

    /** A place on the page that holds the words looked for: a run of words (a code block's too); and its section. */
    public record Place(Node node, Section section) {
    }

    /**
     * Every run of words, a code block's included, that holds {@code words} (letter case aside), in the page's
     * order, each with the section it stands in (null before the first heading).
     */
    public List<Place> find(String words) {
        List<Place> found = new ArrayList<>();
        String wanted = words.toLowerCase(Locale.ROOT);
        if (!wanted.isBlank()) {
            find(content, wanted, new Section[1], found);
        }
        return found;
    }

    private void find(Node node, String wanted, Section[] current, List<Place> found) {
        current[0] = sectionOf.getOrDefault(node, current[0]);
        // The page's own words only: not a button's, a list's marker or the text nodes a label's skin makes.
        if (node instanceof Labeled || node instanceof Text) {
            String words = node instanceof Text t && t.getStyleClass().contains("md-text") ? t.getText() : "";
            if (words.toLowerCase(Locale.ROOT).contains(wanted)) {
                found.add(new Place(node, current[0]));
            }
            return;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                find(child, wanted, current, found);
            }
        }
    }

    /** The page's headings in order, the document's title (level 1) included. */
    public List<Section> sections() {
        return List.copyOf(sections);
    }

    private Node block(org.commonmark.node.Node block) {
        if (block instanceof Heading h) {
            TextFlow flow = inline(h);
            flow.getStyleClass().add("md-h" + Math.min(h.getLevel(), 3));
            Section section = new Section(plainText(h), h.getLevel(), flow);
            sections.add(section);
            sectionOf.put(flow, section);
            return flow;
        }
        if (block instanceof Paragraph p) {
            return inline(p);
        }
        if (block instanceof FencedCodeBlock code) {
            return codeBlock(code.getLiteral());
        }
        if (block instanceof IndentedCodeBlock code) {
            return codeBlock(code.getLiteral());
        }
        if (block instanceof BulletList || block instanceof OrderedList) {
            return list(block);
        }
        if (block instanceof BlockQuote quote) {
            VBox inner = blocks(quote);
            inner.getStyleClass().add("md-quote");
            return inner;
        }
        if (block instanceof TableBlock table) {
            return table(table);
        }
        if (block instanceof ThematicBreak) {
            return new Separator();
        }
        return null;
    }

    /** The blocks inside a list item or a quotation, drawn one under another. */
    private VBox blocks(org.commonmark.node.Node parent) {
        VBox box = new VBox(6);
        for (org.commonmark.node.Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            Node drawn = block(child);
            if (drawn != null) {
                box.getChildren().add(drawn);
            }
        }
        return box;
    }

    private Node list(org.commonmark.node.Node list) {
        VBox items = new VBox(4);
        int number = list instanceof OrderedList ordered && ordered.getMarkerStartNumber() != null
                ? ordered.getMarkerStartNumber() : 1;
        for (org.commonmark.node.Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem)) {
                continue;
            }
            Label marker = new Label(list instanceof OrderedList ? number++ + "." : "\u2022");
            marker.getStyleClass().add("md-list-marker");
            marker.setMinWidth(18);
            VBox body = blocks(item);
            HBox.setHgrow(body, Priority.ALWAYS);
            HBox row = new HBox(6, marker, body);
            row.setAlignment(Pos.TOP_LEFT);
            items.getChildren().add(row);
        }
        return items;
    }

    /**
     * A block of code or JSON with a Copy button. Long lines wrap: a second scroll bar inside the page took the
     * wheel from it, and a line cut at the edge hid what it said.
     */
    private Node codeBlock(String literal) {
        String text = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
        // Words in a flow, as a paragraph's are, so that Find marks each occurrence in it: as a label, the whole block
        // was one place, and the one shown now could not be told from the others in it.
        Text words = new Text(text);
        words.getStyleClass().addAll("md-text", "md-code-text");
        TextFlow code = new TextFlow(words);
        code.getStyleClass().add("md-code-block-text");
        code.setMinWidth(0);
        code.setMinHeight(Region.USE_PREF_SIZE);
        HBox.setHgrow(code, Priority.ALWAYS);
        Button copyButton = new Button(Texts.get("help.copy"));
        copyButton.getStyleClass().addAll("md-copy", "small", "flat");
        // Said on the button itself for a moment: the window's note, far from it at the bottom, went unseen.
        PauseTransition shown = new PauseTransition(Duration.seconds(2));
        shown.setOnFinished(e -> copyButton.setText(Texts.get("help.copy")));
        copyButton.setOnAction(e -> {
            copy.accept(text);
            copyButton.setText(Texts.get("help.copiedShort"));
            shown.playFromStart();
        });
        copyButton.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(8, code, copyButton);
        box.setAlignment(Pos.TOP_LEFT);
        box.getStyleClass().add("md-code-block");
        box.setPadding(new Insets(8, 8, 8, 12));
        return box;
    }

    /**
     * A table as a grid. A column of short cells ("required": yes, no) is as wide as its widest cell, wrapped only
     * where the page is too narrow for it; the columns of longer ones share the rest of the width, each from a start
     * that follows its longest cell, and wrap. (Shares by length alone squeezed "required" to a letter or two a line.)
     * No column is narrower than its longest word.
     */
    private Node table(TableBlock table) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("md-table");
        grid.setMaxWidth(Double.MAX_VALUE);
        List<List<TableCell>> rows = new ArrayList<>();
        List<Boolean> heads = new ArrayList<>();
        for (org.commonmark.node.Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            for (org.commonmark.node.Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                if (row instanceof TableRow) {
                    List<TableCell> cells = new ArrayList<>();
                    for (org.commonmark.node.Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                        if (cell instanceof TableCell c) {
                            cells.add(c);
                        }
                    }
                    rows.add(cells);
                    heads.add(part instanceof TableHead);
                }
            }
        }
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] longest = new int[columns];
        for (List<TableCell> cells : rows) {
            for (int c = 0; c < cells.size(); c++) {
                longest[c] = Math.max(longest[c], plainText(cells.get(c)).length());
            }
        }
        for (int c = 0; c < columns; c++) {
            ColumnConstraints constraint = new ColumnConstraints();
            // No column narrower than its longest word (CellFlow): at 250 % the short columns, kept whole on one
            // line, made a table wider than the page, which then ran past the window's edge, every paragraph too.
            constraint.setHgrow(longest[c] <= SHORT_CELL ? Priority.NEVER : Priority.ALWAYS);
            grid.getColumnConstraints().add(constraint);
        }
        for (int r = 0; r < rows.size(); r++) {
            List<TableCell> cells = rows.get(r);
            for (int c = 0; c < cells.size(); c++) {
                TextFlow flow = new CellFlow(longest[c] <= SHORT_CELL ? 0 : Math.min(longest[c], 70));
                addInline(cells.get(c), flow, List.of());
                if (heads.get(r)) {
                    flow.getStyleClass().add("md-table-head");
                } else if (r % 2 == 0) {
                    flow.getStyleClass().add("md-table-stripe");
                }
                flow.setPadding(new Insets(4, 8, 4, 8));
                flow.setMaxWidth(Double.MAX_VALUE);
                grid.add(flow, c, r);
            }
        }
        return grid;
    }

    /** The words of a heading, paragraph or cell, with code, bold and italic words styled apart. */
    private static TextFlow inline(org.commonmark.node.Node parent) {
        TextFlow flow = new TextFlow();
        addInline(parent, flow, List.of());
        return flow;
    }

    private static void addInline(org.commonmark.node.Node parent, TextFlow flow, List<String> styles) {
        for (org.commonmark.node.Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Image || n instanceof HtmlInline) {
                continue;
            }
            if (n instanceof org.commonmark.node.Text t) {
                flow.getChildren().add(styled(t.getLiteral(), styles));
            } else if (n instanceof Code code) {
                flow.getChildren().add(styled(code.getLiteral(), with(styles, "md-code")));
            } else if (n instanceof SoftLineBreak) {
                flow.getChildren().add(styled(" ", styles));
            } else if (n instanceof HardLineBreak) {
                flow.getChildren().add(styled("\n", styles));
            } else if (n instanceof Emphasis) {
                addInline(n, flow, with(styles, "md-italic"));
            } else if (n instanceof StrongEmphasis) {
                addInline(n, flow, with(styles, "md-bold"));
            } else {
                // A link, or anything else that holds words: its words, as they read in the text.
                addInline(n, flow, styles);
            }
        }
    }

    private static List<String> with(List<String> styles, String style) {
        List<String> more = new ArrayList<>(styles);
        more.add(style);
        return more;
    }

    private static Text styled(String words, List<String> styles) {
        Text text = new Text(words);
        text.getStyleClass().add("md-text");
        text.getStyleClass().addAll(styles);
        return text;
    }

    /** The words under a node, without their styles: a heading's title, the length of a cell. */
    static String plainText(org.commonmark.node.Node parent) {
        StringBuilder words = new StringBuilder();
        for (org.commonmark.node.Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof org.commonmark.node.Text t) {
                words.append(t.getLiteral());
            } else if (n instanceof Code code) {
                words.append(code.getLiteral());
            } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                words.append(' ');
            } else {
                words.append(plainText(n));
            }
        }
        return words.toString();
    }
}
