package org.summittimeline.ui.timeline;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.summittimeline.ui.timeline.layout.PlacedEra;

/**
 * Draws the eras as shaded bands behind the events, each with its title on a plate in a strip of its own between
 * the axis and the lanes, where no event's mark or title is.
 * The shade is light enough for marks and labels to stay readable over it, in the light and the dark theme.
 */
final class EraPainter {
    static final double TITLE_ROW = 16;
    /** Colours for eras that name none: distinct from each other, and readable as a light wash in both themes. */
    private static final Color[] PALETTE = {Color.web("#4e79a7"), Color.web("#f28e2b"), Color.web("#59a14f"),
        Color.web("#b07aa1"), Color.web("#76b7b2")};
    private CanvasType type = CanvasType.DESIGNED;
    private final LabelMeasure titles = new LabelMeasure(type.era());

    /**
     * The height of the strip between the axis and the lanes that holds the titles of eras in this many rows, in
     * {@code type}.
     */
    static double stripHeight(int rows, CanvasType type) {
        return rows == 0 ? 0 : rows * type.px(TITLE_ROW) + 4;
    }

    void setType(CanvasType type) {
        this.type = type;
        titles.setFont(type.era());
    }

    /**
     * The strip of titles, from {@code top} across the lane area (from {@code left} to {@code width}): the bands
     * run on through it, and each title sits on a plate in its row.
     */
    void strip(GraphicsContext g, TimelineView view, List<PlacedEra> eras, double left, double top, double height,
               double width) {
        if (eras.isEmpty() || height <= 0) {
            return;
        }
        g.save();
        g.beginPath();
        g.rect(left, top, width - left, height);
        g.clip();
        g.translate(left, 0);
        bands(g, eras, top, height);
        titles(g, view, eras, top + 2);
        g.restore();
    }

    /** The bands, in lane-area coordinates: x from the area's left edge, y from {@code y0} to {@code y0 + height}. */
    void bands(GraphicsContext g, List<PlacedEra> eras, double y0, double height) {
        for (PlacedEra era : eras) {
            Color c = colour(era);
            g.setFill(c.deriveColor(0, 1, 1, 0.13));
            g.fillRect(era.x0(), y0, era.x1() - era.x0(), height);
            g.setStroke(c.deriveColor(0, 1, 1, 0.55));
            g.setLineWidth(1);
            g.strokeLine(Math.floor(era.x0()) + 0.5, y0, Math.floor(era.x0()) + 0.5, y0 + height);
            g.strokeLine(Math.floor(era.x1()) - 0.5, y0, Math.floor(era.x1()) - 0.5, y0 + height);
        }
    }

    private void titles(GraphicsContext g, TimelineView view, List<PlacedEra> eras, double y0) {
        g.setFont(type.era());
        double row = type.px(TITLE_ROW);
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        for (PlacedEra era : eras) {
            double room = era.x1() - era.x0() - 8;
            if (room < 24) {
                continue;
            }
            String title = titles.fit(era.title(), room - 8);
            if (title == null || title.isEmpty()) {
                continue;
            }
            double w = titles.width(title) + 8;
            double y = y0 + era.level() * row;
            // A plate of the background under the title: readable over stripes, bands and marks alike.
            g.setFill(view.background().deriveColor(0, 1, 1, 0.85));
            g.fillRoundRect(era.x0() + 4, y, w, row - 2, 6, 6);
            g.setFill(colour(era).deriveColor(0, 1, 1, 0.30));
            g.fillRoundRect(era.x0() + 4, y, w, row - 2, 6, 6);
            g.setFill(view.textFill());
            g.fillText(title, era.x0() + 8, y + (row - 2) / 2);
        }
    }

    private static Color colour(PlacedEra era) {
        if (era.colour() != null) {
            try {
                return Color.web(era.colour());
            } catch (IllegalArgumentException e) {
                // the loader checks colours; an odd one falls back to the palette
            }
        }
        return PALETTE[era.era() % PALETTE.length];
    }
}
