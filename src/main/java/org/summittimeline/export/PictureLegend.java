package org.summittimeline.export;

import java.awt.Color;
import org.summittimeline.ui.Texts;

/** The legend under the picture: each kind of mark drawn small, with what it means. */
final class PictureLegend {
    private static final Color SAMPLE = new Color(0x4e79a7);
    private final Fonts fonts;
    private final ImageTheme theme;

    PictureLegend(Fonts fonts, ImageTheme theme) {
        this.fonts = fonts;
        this.theme = theme;
    }

    static final double ROW = 22;
    private static final int ENTRIES = 5;

    /** How tall the legend is across {@code width}: its entries wrap onto as many rows as they need. */
    double height(double width) {
        return rows(width) * ROW + 8;
    }

    private int rows(double width) {
        int rows = 1;
        double cx = 0;
        for (int k = 0; k < ENTRIES; k++) {
            double w = entryWidth(k);
            if (cx > 0 && cx + w > width) {
                rows++;
                cx = 0;
            }
            cx += w;
        }
        return rows;
    }

    private double entryWidth(int k) {
        return 34 + fonts.width(Texts.get("export.legend." + k), Surface.TextStyle.SMALL) + 22;
    }

    void draw(Surface s, double x, double y, double width) {
        s.line(x, y - 6, x + width, y - 6, theme.grid, 1);
        double cy = y + 10;
        double cx = x;
        Color ring = theme.isDark() ? SAMPLE.brighter() : SAMPLE.darker();
        // Each entry: its sample, 34 px wide, then its words.
        for (int k = 0; k < ENTRIES; k++) {
            if (cx > x && cx + entryWidth(k) - 22 > x + width) {
                cx = x;
                cy += ROW;
            }
            switch (k) {
                case 0 -> TimelinePicture.diamond(s, cx + 12, cy, SAMPLE);
                case 1 -> {
                    s.fade(cx, cy - 5, 28, 10, SAMPLE, 0.75, Surface.Fade.BAND);
                    TimelinePicture.ring(s, cx + 14, cy, ring, theme.background);
                }
                case 2 -> {
                    s.fillCircle(cx + 14, cy, 6, ring);
                    s.fillCircle(cx + 14, cy, 4, theme.background);
                    s.fillRect(cx + 6, cy + 5, 1.5, 4, ring);
                    s.fillRect(cx + 21, cy + 5, 1.5, 4, ring);
                }
                case 3 -> {
                    s.fade(cx, cy - 6, 8, 12, SAMPLE, 1, Surface.Fade.IN);
                    s.fillRect(cx + 8, cy - 6, 12, 12, SAMPLE);
                    s.fade(cx + 20, cy - 6, 8, 12, SAMPLE, 1, Surface.Fade.OUT);
                }
                default -> {
                    s.fillCircle(cx + 14, cy, 8, SAMPLE.darker());
                    s.text("3", cx + 14, cy, Surface.TextStyle.COUNT, Color.WHITE, true);
                }
            }
            String words = Texts.get("export.legend." + k);
            s.text(words, cx + 34, cy, Surface.TextStyle.SMALL, theme.muted, false);
            cx += entryWidth(k);
        }
    }
}
