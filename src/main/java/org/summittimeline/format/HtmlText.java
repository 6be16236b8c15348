package org.summittimeline.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The plain text of a piece of HTML (a TimelineJS headline or text) and the web addresses it links to. The HTML
 * is only read, never run or shown as HTML: scripts, styles and images leave no text, entities become
 * characters, and paragraphs and line breaks become line breaks.
 */
record HtmlText(String text, List<Link> links) {

    /** A link in the text: where it points and the words it is written on. */
    record Link(String url, String words) {
    }

    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5",
            "h6", "blockquote", "tr", "table", "section", "article", "pre");
    private static final Set<String> SILENT = Set.of("script", "style", "noscript", "template", "iframe", "object");

    static HtmlText of(String html) {
        if (html == null || html.isBlank()) {
            return new HtmlText("", List.of());
        }
        if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
            // No tag and no entity: the text as a browser shows it, without a parse (most cells of a sheet).
            return new HtmlText(tidy(html.replaceAll("\\s+", " ")), List.of());
        }
        Document doc = Jsoup.parseBodyFragment(html);
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t && !insideSilent(t)) {
                    out.append(t.getWholeText().replaceAll("\\s+", " "));
                } else if (node instanceof Element e && (e.normalName().equals("br"))) {
                    out.append('\n');
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    out.append('\n');
                }
            }
        }, doc.body());
        List<Link> links = new ArrayList<>();
        for (Element a : doc.select("a[href]")) {
            String url = a.attr("href").strip();
            if (ValueReaders.isWebAddress(url)) {
                links.add(new Link(url, oneLine(a.text())));
            }
        }
        return new HtmlText(tidy(out.toString()), List.copyOf(links));
    }

    private static boolean insideSilent(Node node) {
        for (Node p = node.parentNode(); p != null; p = p.parentNode()) {
            if (p instanceof Element e && SILENT.contains(e.normalName())) {
                return true;
            }
        }
        return false;
    }

    /** Lines trimmed, at most one empty line between paragraphs, no control characters but line breaks. */
    private static String tidy(String text) {
        StringBuilder out = new StringBuilder();
        int blank = 0;
        for (String line : text.split("\n", -1)) {
            String l = clean(line).strip();
            if (l.isEmpty()) {
                blank++;
                continue;
            }
            if (out.length() > 0) {
                out.append(blank > 0 ? "\n\n" : "\n");
            }
            out.append(l);
            blank = 0;
        }
        return out.toString();
    }

    /** The text on one line: line breaks and runs of spaces become one space. */
    static String oneLine(String text) {
        return clean(text == null ? "" : text).replaceAll("\\s+", " ").strip();
    }

    private static String clean(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(Character.isISOControl(c) || c == '\u00a0' ? ' ' : c);
        }
        return out.toString();
    }
}
