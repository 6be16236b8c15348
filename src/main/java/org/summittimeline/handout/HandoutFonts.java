package org.summittimeline.handout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The handout's three faces. A sans-serif the system has (DejaVu Sans, Liberation Sans or Noto Sans on Linux, Arial
 * on Windows and macOS), embedded as the subset the handout uses, so that every reader shows "≈" before an
 * uncertain time, and Cyrillic names, as the window does: with the PDF standard fonts alone every uncertain time
 * of the bundled lesson was printed "? 16 Jul 14:07–14:12". Only where none of them is found, the standard fonts,
 * which hold Western European letters only.
 */
final class HandoutFonts {
    /** Regular, bold and italic faces, and whether they are embedded (false: the standard fonts). */
    record Faces(PDFont regular, PDFont bold, PDFont italic, boolean embedded) {
    }

    /** Held, so that the level set on it outlives a collection (a logger no one holds is made again, unset). */
    private static final Logger PDFBOX_TYPE1 = Logger.getLogger(PDType1Font.class.getName());

    private HandoutFonts() {
    }

    /** The families looked for, each as its regular, bold and italic files, in the order they are preferred. */
    static List<List<Path>> systemFamilies() {
        List<List<Path>> families = new ArrayList<>();
        families.add(family("/usr/share/fonts/truetype/dejavu", "DejaVuSans.ttf", "DejaVuSans-Bold.ttf",
                "DejaVuSans-Oblique.ttf"));
        families.add(family("/usr/share/fonts/truetype/liberation", "LiberationSans-Regular.ttf",
                "LiberationSans-Bold.ttf", "LiberationSans-Italic.ttf"));
        families.add(family("/usr/share/fonts/truetype/noto", "NotoSans-Regular.ttf", "NotoSans-Bold.ttf",
                "NotoSans-Italic.ttf"));
        String windows = System.getenv("WINDIR");
        if (windows != null) {
            families.add(family(windows + "/Fonts", "arial.ttf", "arialbd.ttf", "ariali.ttf"));
        }
        families.add(family("/System/Library/Fonts/Supplemental", "Arial.ttf", "Arial Bold.ttf", "Arial Italic.ttf"));
        families.add(family("/Library/Fonts", "Arial.ttf", "Arial Bold.ttf", "Arial Italic.ttf"));
        return families;
    }

    private static List<Path> family(String folder, String regular, String bold, String italic) {
        return List.of(Path.of(folder, regular), Path.of(folder, bold), Path.of(folder, italic));
    }

    /** The first of {@code families} whose three files can be read, if any. */
    static Optional<List<Path>> firstPresent(List<List<Path>> families) {
        return families.stream().filter(f -> f.stream().allMatch(Files::isReadable)).findFirst();
    }

    /**
     * A face that draws each letter as typed, without the font's ligatures: PDFBox set "ff" and "ffi" as one
     * glyph each, which a PDF's text then gave back as "ﬀ" and "ﬃ" ("Jeﬀ", "oﬃcials"), so that a search for
     * "officials" in the handout found nothing. Read whole into memory: the file is not held open.
     */
    private static PDType0Font lettersAsTyped(PDDocument document, Path file) throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(Files.readAllBytes(file)));
        font.setEnableGsub(false);
        return PDType0Font.load(document, font, true);
    }

    /** The faces for {@code document}: the first family that loads, else the standard fonts. */
    static Faces load(PDDocument document, List<List<Path>> families) {
        for (List<Path> family : families) {
            if (!family.stream().allMatch(Files::isReadable)) {
                continue;
            }
            try {
                return new Faces(lettersAsTyped(document, family.get(0)), lettersAsTyped(document, family.get(1)),
                        lettersAsTyped(document, family.get(2)), true);
            } catch (IOException | RuntimeException unreadable) {
                // A damaged or unusual font file: the next family, or the standard fonts.
            }
        }
        // PDFBox warns on the terminal that it draws Helvetica with a font of the system's; the PDF names Helvetica
        // all the same, which every reader has, and the warning is nothing a reader of the handout can act on.
        PDFBOX_TYPE1.setLevel(Level.SEVERE);
        return new Faces(new PDType1Font(Standard14Fonts.FontName.HELVETICA),
                new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD),
                new PDType1Font(Standard14Fonts.FontName.HELVETICA_OBLIQUE), false);
    }
}
