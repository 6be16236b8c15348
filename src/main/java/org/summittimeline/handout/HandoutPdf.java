package org.summittimeline.handout;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.summittimeline.format.SafeWrite;
import org.summittimeline.query.Words;

/**
 * Writes a {@link Handout} as a PDF on A4 or Letter: the title, then each step with its time (and the sources' own
 * where they disagree, as a list), summary, quotes and sources, wrapped to the page and continued on the next, with "page N of M" at the foot. In a sans-serif of the system's,
 * embedded ({@link HandoutFonts}); a character the font cannot show is written as "?" rather than failing the
 * handout.
 */
public final class HandoutPdf {
    /** The paper sizes offered. */
    public enum Paper {
        A4(PDRectangle.A4), LETTER(PDRectangle.LETTER);

        final PDRectangle size;

        Paper(PDRectangle size) {
            this.size = size;
        }

        /** "a4" or "letter", as the command line writes it; null for anything else. */
        public static Paper parse(String name) {
            return switch (name.toLowerCase(Locale.ROOT)) {
                case "a4" -> A4;
                case "letter" -> LETTER;
                default -> null;
            };
        }

        /** Letter where it is the custom (the US and Canada), A4 elsewhere. */
        public static Paper forCountry(String country) {
            return country.equals("US") || country.equals("CA") ? LETTER : A4;
        }
    }

    private static final float MARGIN = 56;
    private static final float BODY = 11;
    /** The room a quote needs below its speaker's name, which never stands alone at the foot of a page. */
    private static final float SPEAKER_ROOM = 4 * BODY * 1.35f;
    private final PDFont regular;
    private final PDFont bold;
    private final PDFont italic;
    private final Map<Character, Boolean> encodable = new HashMap<>();
    private final PDDocument document = new PDDocument();
    private final PDRectangle paper;
    private final List<PDPage> pages = new ArrayList<>();
    private PDPageContentStream page;
    private float y;

    private HandoutPdf(Paper paper, List<List<Path>> fontFamilies) {
        this.paper = paper.size;
        HandoutFonts.Faces faces = HandoutFonts.load(document, fontFamilies);
        regular = faces.regular();
        bold = faces.bold();
        italic = faces.italic();
    }

    /** Writes the handout to {@code target} (never over {@code openFile}, never half a file). */
    public static void write(Handout handout, Paper paper, Path target, Path openFile) throws IOException {
        SafeWrite.bytes(target, openFile, out -> write(handout, paper, out));
    }

    /** Writes the handout to {@code target}, never over any of {@code openFiles} (the lesson and its timeline). */
    public static void write(Handout handout, Paper paper, Path target, List<Path> openFiles) throws IOException {
        SafeWrite.bytes(target, openFiles, out -> write(handout, paper, out));
    }

    public static void write(Handout handout, Paper paper, OutputStream out) throws IOException {
        write(handout, paper, out, HandoutFonts.systemFamilies());
    }

    /** As {@link #write(Handout, Paper, OutputStream)}, in the first of {@code fontFamilies} found. */
    static void write(Handout handout, Paper paper, OutputStream out, List<List<Path>> fontFamilies) throws IOException {
        HandoutPdf pdf = new HandoutPdf(paper, fontFamilies);
        try (PDDocument doc = pdf.document) {
            pdf.lay(handout);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(handout.title());
            info.setCreator("Summit Timeline");
            doc.save(out);
        }
    }

    private void lay(Handout h) throws IOException {
        newPage();
        paragraph(h.title(), bold, 20, 0);
        paragraph(h.subtitle(), italic, BODY, 10);
        for (Handout.Step s : h.steps()) {
            space(10);
            // A step's heading, time (with the sources' own where they disagree) and summary stay on the page of its
            // first quote (the press conference's ended page 1 with its three quotes on page 2), where a
            // page holds them all; else the heading at least never stands alone at the foot of a page.
            float together = opening(s);
            if (y - MARGIN < (together <= paper.getHeight() - 2 * MARGIN ? together : 90)) {
                newPage();
            }
            paragraph(s.number() + ". " + s.title(), bold, 14, 0);
            paragraph(s.time(), italic, BODY - 1, 2);
            for (Handout.Dispute d : s.disputes()) {
                paragraph(d.heading(), italic, BODY - 1, 0);
                for (String account : d.accounts()) {
                    paragraph(account, italic, BODY - 1, 0, 14, Handout.BULLET);
                }
            }
            if (!s.disputes().isEmpty()) {
                space(2);
            }
            if (s.summary() != null && !s.summary().isBlank()) {
                paragraph(s.summary(), regular, BODY, 4);
            }
            for (Handout.Line q : s.quotes()) {
                space(4);
                // A speaker's name never stands alone at the foot of a page, apart from the words (page 1 of the
                // bundled lesson ended with "Vladimir Putin"): room for it, two lines of the quote and its source.
                if (y - MARGIN < SPEAKER_ROOM) {
                    newPage();
                }
                paragraph(q.speaker(), bold, BODY, 0);
                paragraph(q.words(), regular, BODY, 0, 14);
                paragraph("\u2014 " + q.citation(), italic, BODY - 1, 2, 14);
            }
            if (!s.sources().isEmpty()) {
                // After the quotes, as a chapter's references end it: before them, the press conference's six lines
                // of sources had sent the step whole to the next page, with 40 % of page 1 left empty.
                space(2);
                paragraph(s.sources(), italic, BODY - 1, 2);
            }
        }
        page.close();
        for (int i = 0; i < pages.size(); i++) {
            try (PDPageContentStream foot = new PDPageContentStream(document, pages.get(i),
                    PDPageContentStream.AppendMode.APPEND, true)) {
                String text = safe(Words.current().format("handout.page", h.title(), i + 1, pages.size()));
                foot.beginText();
                foot.setFont(regular, 8);
                foot.newLineAtOffset(MARGIN, MARGIN / 2);
                foot.showText(safe(text));
                foot.endText();
            }
        }
    }

    /** How tall a step's heading, time, disputes, summary and first quote are, as {@link #lay} writes them. */
    private float opening(Handout.Step s) throws IOException {
        float height = height(s.number() + ". " + s.title(), bold, 14, 0) + height(s.time(), italic, BODY - 1, 0) + 2;
        for (Handout.Dispute d : s.disputes()) {
            height += height(d.heading(), italic, BODY - 1, 0);
            for (String account : d.accounts()) {
                height += height(account, italic, BODY - 1, 14 + width(Handout.BULLET, italic, BODY - 1));
            }
        }
        if (!s.disputes().isEmpty()) {
            height += 2;
        }
        if (s.summary() != null && !s.summary().isBlank()) {
            height += height(s.summary(), regular, BODY, 0) + 4;
        }
        if (s.quotes().isEmpty() && !s.sources().isEmpty()) {
            // Without quotes the sources come next, and stay with the rest.
            height += 2 + height(s.sources(), italic, BODY - 1, 0) + 2;
        }
        if (!s.quotes().isEmpty()) {
            Handout.Line q = s.quotes().get(0);
            float quote = height(q.speaker(), bold, BODY, 0) + height(q.words(), regular, BODY, 14)
                    + height("\u2014 " + q.citation(), italic, BODY - 1, 14) + 2;
            height += 4 + Math.max(SPEAKER_ROOM, quote);
        }
        return height;
    }

    private float width(String text, PDFont font, float size) throws IOException {
        return font.getStringWidth(safe(text)) / 1000 * size;
    }

    /** The height of {@code text} wrapped as {@link #paragraph} wraps it. */
    private float height(String text, PDFont font, float size, float indent) throws IOException {
        return wrap(safe(text), font, size, paper.getWidth() - 2 * MARGIN - indent).size() * size * 1.35f;
    }

    private void newPage() throws IOException {
        if (page != null) {
            page.close();
        }
        PDPage p = new PDPage(paper);
        document.addPage(p);
        pages.add(p);
        page = new PDPageContentStream(document, p);
        y = paper.getHeight() - MARGIN;
    }

    private void space(float points) {
        y -= points;
    }

    private void paragraph(String text, PDFont font, float size, float after) throws IOException {
        paragraph(text, font, size, after, 0);
    }

    /** Writes {@code text} wrapped at the margins, {@code indent} in from the left, moving on pages as needed. */
    private void paragraph(String text, PDFont font, float size, float after, float indent) throws IOException {
        paragraph(text, font, size, after, indent, null);
    }

    /**
     * The same as an item of a list: {@code marker} ("• ") at {@code indent}, and every line of the text after it,
     * so that a wrapped line stands under the words, not under the dot.
     */
    private void paragraph(String text, PDFont font, float size, float after, float indent, String marker)
            throws IOException {
        float hang = marker == null ? 0 : width(marker, font, size);
        float width = paper.getWidth() - 2 * MARGIN - indent - hang;
        float leading = size * 1.35f;
        boolean first = true;
        for (String line : wrap(safe(text), font, size, width)) {
            if (y - leading < MARGIN) {
                newPage();
            }
            y -= leading;
            page.beginText();
            page.setFont(font, size);
            page.newLineAtOffset(MARGIN + indent, y);
            if (first && marker != null) {
                page.showText(safe(marker));
            } else if (marker != null) {
                page.newLineAtOffset(hang, 0);
            }
            first = false;
            page.showText(line.replace('\u00a0', ' '));
            page.endText();
        }
        y -= after;
    }

    private List<String> wrap(String text, PDFont font, float size, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split("\\s+")) {
            String tried = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && font.getStringWidth(tried.replace('\u00a0', ' ')) / 1000 * size > width) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(tried);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * The text with every character the fonts cannot show replaced: "≈" by "~" (the standard fonts lack it, and "?"
     * before a time read as "unknown"), anything else by "?".
     */
    private String safe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            // A no-break space holds a date together ("16 July 2018") where lines are cut; drawn as a space.
            out.append(c == '\u00a0' || encodable.computeIfAbsent(c, this::canShow) ? c
                    : c == '\u2248' && encodable.computeIfAbsent('~', this::canShow) ? '~' : '?');
        }
        return out.toString();
    }

    /** In all three faces: an embedded family's italic may lack a letter its regular has. */
    private boolean canShow(char c) {
        try {
            for (PDFont face : List.of(regular, bold, italic)) {
                face.encode(String.valueOf(c));
            }
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }
}
