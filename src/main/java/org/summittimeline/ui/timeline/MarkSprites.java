package org.summittimeline.ui.timeline;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import javafx.geometry.VPos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.summittimeline.ui.TextWidth;

/**
 * The small marks of the timeline as ready-made images, one per shape, colour, screen scale and mark size. JavaFX's
 * software renderer rasterises every oval, polygon and gradient again for each mark of each frame (two thirds
 * of a frame's time at 100,000 events); copying a prepared image is a plain blit. The shapes are rasterised here
 * once ({@link MarkOutlines}), with 4 × 4 samples per pixel for smooth edges.
 */
final class MarkSprites {
    private static final int FADE_STEPS = 64;

    /** How a span or an uncertain moment fades: in from its earliest time, out to its latest, or both ways. */
    enum Fade { IN, OUT, BAND }

    /** What an image shows; a record, because building a text key formats colours, which cost more than the draw. */
    private record Key(char shape, Color colour, Color inner, Color outer, double peak, Fade fade, String text) {
        Key(char shape, Color colour, Color inner, double peak, Fade fade) {
            this(shape, colour, inner, null, peak, fade, null);
        }

        // Written out, not generated: the generated pair is linked through method handles the first time it runs, which
        // a start or a load paid for (StartPathBootstrapTest; PERFORMANCE.md, session 25).
        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && shape == k.shape && Objects.equals(colour, k.colour)
                    && Objects.equals(inner, k.inner) && Objects.equals(outer, k.outer)
                    && Double.compare(peak, k.peak) == 0 && fade == k.fade
                    && Objects.equals(text, k.text);
        }

        @Override
        public int hashCode() {
            int h = 31 * shape + Objects.hashCode(colour);
            h = 31 * h + Objects.hashCode(inner);
            h = 31 * h + Objects.hashCode(outer);
            h = 31 * h + Double.hashCode(peak);
            h = 31 * h + Objects.hashCode(fade);
            return 31 * h + Objects.hashCode(text);
        }
    }

    private final Map<Key, Image> cache = new HashMap<>();
    private final MarkOutlines outlines = new MarkOutlines();
    /** Each colour's discs with the counts of the count sheet on them. */
    private final Map<Color, Discs> countDiscs = new HashMap<>();
    /** The screen's pixels per unit of the canvas. */
    private double scale = 1;
    /** How much larger than designed the marks are drawn: they grow with the reader's type (MarkSizes). */
    private double markScale = 1;

    /**
     * Drops the images when the screen's scale or the marks' size changes; colours are part of each image's key.
     * The shapes are rasterised at both scales at once, so that a mark grown with the type is as sharp as one
     * drawn at its designed size, not an enlarged copy of it.
     */
    void scale(double outputScale, double marks) {
        if (outputScale != scale || marks != markScale) {
            cache.clear();
            outlines.scale(outputScale * marks);
            countDiscs.clear();
            countSheet = null;
            scale = outputScale;
            markScale = marks;
        }
    }

    /** The image's width on the canvas: its pixels, one to each of the screen's, so that it is copied as it is. */
    private double onCanvas(double pixels) {
        return pixels / scale;
    }

    /**
     * An exact moment: a solid diamond 12 wide and 14 high (as designed) around (cx, cy), its edge in {@code edge},
     * in a thin halo.
     */
    void diamond(GraphicsContext g, Color c, Color edge, Color background, double cx, double cy) {
        Image image = cache.computeIfAbsent(new Key('d', c, edge, background, 0, null, null),
                k -> outlines.raster(MarkOutlines.Outline.DIAMOND, c, edge, halo(background)));
        g.drawImage(image, snap(cx - 8 * markScale), snap(cy - 9 * markScale), onCanvas(image.getWidth()),
                onCanvas(image.getHeight()));
    }

    /** The diamond's halo: the background, a little translucent so that it softens into a striped lane. */
    static Color halo(Color background) {
        return Color.color(background.getRed(), background.getGreen(), background.getBlue(), 0.85);
    }

    /**
     * An uncertain moment's marker: a disc of the background, 8 across, in a ring 2 wide (12 across in all, as
     * designed).
     */
    void hollow(GraphicsContext g, Color ring, Color background, double cx, double cy) {
        Image image = cache.computeIfAbsent(new Key('h', ring, background, 0, null),
                k -> outlines.raster(MarkOutlines.Outline.HOLLOW, background, ring));
        g.drawImage(image, snap(cx - 7 * markScale), snap(cy - 7 * markScale), onCanvas(image.getWidth()),
                onCanvas(image.getHeight()));
    }

    /** Cluster counts as drawn: "1" to "99", then "99+". */
    private static final int COUNTS = 100;
    /** The counts written in white on nothing, ten a row, for the current scale; made once by one snapshot. */
    private Image countSheet;
    /** The sheet's pixels as ARGB, read once: each colour's sheet lays them over its discs. */
    private int[] countSheetPixels;
    private Font countSheetFont;

    /**
     * A cluster: a disc 16 across (as designed) with its count written on it in white or black, whichever reads on
     * it, in a smaller size when the count ("99+") is wider than the disc; clusters stand a column (18 px as
     * designed) apart, so the disc can grow only with the columns (MarkSizes). Writing text costs a text layout per
     * call on the render thread, so each count is written once into an image: the hundred counts once in white (one
     * snapshot), laid over each colour's disc here, pixel by pixel, in the ink that disc takes. (A snapshot per count
     * and colour kept the first frame of a million events, which shows most counts in every colour, waiting 0.3–0.6 s
     * for the render thread.)
     */
    void cluster(GraphicsContext g, Color c, String count, Font font, double cx, double cy) {
        int cell = cellOf(count);
        double side = clusterSide();
        if (cell < 0) {
            // The font is part of the key: these are not dropped with the count sheet when the type size changes.
            Image image = cache.computeIfAbsent(new Key('c', c, null, null, 0, null, count + "\n" + font), k -> {
                Image written = written(new String[] {count}, font);
                return new Discs(c, pixels(written), (int) written.getWidth(), (int) written.getHeight(), 1).with(0);
            });
            g.drawImage(image, 1, 1, side, side, snap(cx - 9 * markScale), snap(cy - 9 * markScale), onCanvas(side),
                    onCanvas(side));
            return;
        }
        writeCounts(font);
        Image sheet = countDiscs.computeIfAbsent(c, k -> new Discs(c, countSheetPixels, (int) countSheet.getWidth(),
                (int) countSheet.getHeight(), COUNTS)).with(cell);
        g.drawImage(sheet, cellX(cell, side), cellY(cell, side), side, side, snap(cx - 9 * markScale),
                snap(cy - 9 * markScale), onCanvas(side), onCanvas(side));
    }

    /** Writes the count sheet in {@code font} at the current scale, unless it is written already. */
    void writeCounts(Font font) {
        if (!countsWritten(font)) {
            countSheet = written(sheetCounts(), font);
            countSheetPixels = pixels(countSheet);
            countSheetFont = font;
            countDiscs.clear();
        }
    }

    boolean countsWritten(Font font) {
        return countSheet != null && font.equals(countSheetFont);
    }

    /** Where a count stands on its colour's sheet, or -1 for one that is not there. */
    static int cellOf(String count) {
        if (count.equals("99+")) {
            return COUNTS - 1;
        }
        if (count.isEmpty() || count.length() > 2) {
            return -1;
        }
        for (int i = 0; i < count.length(); i++) {
            if (count.charAt(i) < '0' || count.charAt(i) > '9') {
                return -1;
            }
        }
        int n = Integer.parseInt(count);
        return n >= 1 && n < COUNTS ? n - 1 : -1;
    }

    private static String[] sheetCounts() {
        String[] counts = new String[COUNTS];
        for (int i = 0; i < COUNTS - 1; i++) {
            counts[i] = String.valueOf(i + 1);
        }
        counts[COUNTS - 1] = "99+";
        return counts;
    }

    /**
     * The count sheets hold ten cells a row, each a disc's side with a clear pixel round it: in one row, at 250 % on a
     * screen of twice the pixels the hundred cells were over 9,000 pixels wide, past what many graphics cards take as
     * one texture.
     */
    private static final int CELLS_A_ROW = 10;

    private static double cellX(int cell, double side) {
        return (cell % CELLS_A_ROW) * (side + 2) + 1;
    }

    private static double cellY(int cell, double side) {
        return (cell / CELLS_A_ROW) * (side + 2) + 1;
    }

    private static double sheetWidth(int cells, double side) {
        return Math.min(cells, CELLS_A_ROW) * (side + 2);
    }

    private static double sheetHeight(int cells, double side) {
        return Math.ceil(cells / (double) CELLS_A_ROW) * (side + 2);
    }

    private double clusterSide() {
        return Math.ceil(18 * scale * markScale);
    }

    /**
     * The counts in white on nothing, each centred in a cell of a disc's size with a clear pixel round it. Every
     * count is bold and of one size, so that "8" beside "16" looks neither thinner nor larger; "99+" is its digits with a smaller plus raised
     * after them, since the three signs at one size were so small on the disc that they could not be read.
     */
    private Image written(String[] counts, Font font) {
        double side = clusterSide();
        Canvas canvas = new Canvas(sheetWidth(counts.length, side), sheetHeight(counts.length, side));
        GraphicsContext cg = canvas.getGraphicsContext2D();
        cg.setFill(Color.WHITE);
        cg.setTextBaseline(VPos.CENTER);
        // One size for every count of one or two digits, that of the widest: "9" beside "12" as tall.
        Font digitsFont = fitted("88", font, COUNT_WIDTH);
        for (int i = 0; i < counts.length; i++) {
            cg.save();
            cg.translate(cellX(i, side), cellY(i, side));
            cg.scale(scale * markScale, scale * markScale);
            String count = counts[i];
            if (count.length() > 1 && count.endsWith("+")) {
                String digits = count.substring(0, count.length() - 1);
                Font moreFont = fitted(digits, font, MORE_DIGITS_WIDTH);
                Font plusFont = Font.font(font.getFamily(), FontWeight.BOLD, moreFont.getSize() * 0.75);
                double digitsWidth = TextWidth.of(digits, moreFont);
                double left = 9 - (digitsWidth + TextWidth.of("+", plusFont)) / 2;
                cg.setTextAlign(TextAlignment.LEFT);
                cg.setFont(moreFont);
                cg.fillText(digits, left, 9.5);
                cg.setFont(plusFont);
                cg.fillText("+", left + digitsWidth, 9.5 - moreFont.getSize() * 0.3);
            } else {
                cg.setTextAlign(TextAlignment.CENTER);
                cg.setFont(count.length() <= 2 ? digitsFont : fitted(count, font, COUNT_WIDTH));
                cg.fillText(count, 9, 9.5);
            }
            cg.restore();
        }
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.TRANSPARENT);
        return canvas.snapshot(parameters, null);
    }

    /**
     * The written counts laid over a disc of the colour in each cell, in white or black, whichever reads better
     * on it (white on a pale teal or ochre disc was hard to read). A cell is laid the first time its count is
     * drawn: the first frame of a million events shows mostly "99+", and laying all hundred cells of each colour
     * there was a fifth of that frame's work on the UI thread. Cells are only ever added to the image, so a frame
     * already drawn from it is not changed.
     */
    private final class Discs {
        private final WritableImage image;
        private final int[] disc;
        private final int ink;
        private final int[] text;
        private final int textWidth;
        private final int textHeight;
        private final boolean[] laid;

        Discs(Color c, int[] text, int textWidth, int textHeight, int cells) {
            int side = (int) clusterSide();
            this.ink = MarkColours.inkOn(c);
            this.disc = pixels(outlines.raster(MarkOutlines.Outline.DISC, c), side, side);
            this.text = text;
            this.textWidth = textWidth;
            this.textHeight = textHeight;
            this.laid = new boolean[cells];
            this.image = new WritableImage((int) sheetWidth(cells, side), (int) sheetHeight(cells, side));
        }

        Image with(int cell) {
            if (laid[cell]) {
                return image;
            }
            int side = (int) clusterSide();
            int left = (int) cellX(cell, side);
            int top = (int) cellY(cell, side);
            int[] out = new int[side * side];
            for (int y = 0; y < side; y++) {
                for (int x = 0; x < side; x++) {
                    int tx = left + x;
                    int ty = top + y;
                    int t = tx < textWidth && ty < textHeight ? text[ty * textWidth + tx] : 0;
                    out[y * side + x] = MarkColours.inkOver(t, disc[y * side + x], ink);
                }
            }
            image.getPixelWriter().setPixels(left, top, side, side, PixelFormat.getIntArgbInstance(), out, 0, side);
            laid[cell] = true;
            return image;
        }
    }

    private static int[] pixels(Image image) {
        return pixels(image, (int) image.getWidth(), (int) image.getHeight());
    }

    private static int[] pixels(Image image, int width, int height) {
        int[] argb = new int[width * height];
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        return argb;
    }

    /**
     * The widest a count may be written on its disc of 16: two pixels of the disc each side, so that no digit
     * touches the rim (at 13 and 14 a "6" or a "7" ran into it). "99+" keeps one pixel: its digits at 10 and its
     * plus beside them; fitted into 12 as a whole, the digits came out too small to read again.
     */
    private static final double COUNT_WIDTH = 12;
    private static final double MORE_DIGITS_WIDTH = 10;

    /** The count's size in bold: the given font's, or smaller so that it is at most {@code widest} across. */
    private static Font fitted(String count, Font font, double widest) {
        Font bold = Font.font(font.getFamily(), FontWeight.BOLD, font.getSize());
        double boldWidth = TextWidth.of(count, bold);
        if (boldWidth <= widest) {
            return bold;
        }
        Font smaller = Font.font(font.getFamily(), FontWeight.BOLD, Math.max(6, font.getSize() * widest / boldWidth));
        // Measured again: a font's width does not scale exactly with its size.
        double smallerWidth = TextWidth.of(count, smaller);
        return smallerWidth <= widest ? smaller
                : Font.font(font.getFamily(), FontWeight.BOLD, Math.max(6, smaller.getSize() * widest / smallerWidth));
    }

    /** A fading rectangle: the colour's own alpha {@code peak} at its solid end (or middle), 0.05 at a faded end. */
    void fade(GraphicsContext g, Color c, double peak, Fade fade, double x, double y, double w, double h) {
        if (w <= 0) {
            return;
        }
        Image image = cache.computeIfAbsent(new Key('f', c, null, peak, fade), k -> {
            // A border of repeated pixels round the strip: a stretched copy samples next to its source rectangle,
            // and the software renderer would otherwise blend in whatever lies beyond the image.
            WritableImage strip = new WritableImage(FADE_STEPS + 2, 4);
            PixelWriter out = strip.getPixelWriter();
            for (int i = 0; i < FADE_STEPS + 2; i++) {
                double t = (Math.max(0, Math.min(FADE_STEPS - 1, i - 1)) + 0.5) / FADE_STEPS;
                double solid = switch (fade) {
                    case IN -> t;
                    case OUT -> 1 - t;
                    case BAND -> 1 - Math.abs(2 * t - 1);
                };
                Color colour = c.deriveColor(0, 1, 1, 0.05 + (peak - 0.05) * solid);
                for (int row = 0; row < 4; row++) {
                    out.setColor(i, row, colour);
                }
            }
            return strip;
        });
        // Only the part within the canvas's reach (LanePainter.OFF_LEFT): the strip's matching part of the image.
        double from = Math.max(x, LanePainter.OFF_LEFT);
        double to = Math.min(x + w, LanePainter.OFF_RIGHT);
        if (to > from) {
            g.drawImage(image, 1 + (from - x) / w * FADE_STEPS, 1, (to - from) / w * FADE_STEPS, 2, from, y, to - from, h);
        }
    }

    /** On a whole screen pixel, so that the image is copied as it is rather than resampled. */
    private double snap(double v) {
        return Math.round(v * scale) / scale;
    }

    int size() {
        return cache.size() + countDiscs.size();
    }
}
