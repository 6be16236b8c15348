package org.summittimeline.ui.timeline;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;
import org.summittimeline.ui.timeline.layout.PlacedMark;
import org.summittimeline.ui.timeline.layout.Plate;
import org.summittimeline.ui.timeline.layout.TimelineLayout;

/** The selection over the lanes: a ring round its mark and its title on a plate, in the accent. */
final class SelectionPainter {
    /** The ring as designed: this far out from its mark, this high, in a line this wide; it grows with the marks. */
    static final double RING_PAD = 4;
    static final double RING_HEIGHT = 20;
    static final double RING_LINE = 2.5;

    private CanvasType type = CanvasType.DESIGNED;

    void setType(CanvasType type) {
        this.type = type;
    }

    void draw(GraphicsContext g, TimelineView view, TimelineLayout layout, double scroll, double areaHeight) {
        g.setStroke(view.accent());
        g.setLineWidth(type.stroke(RING_LINE));
        for (PlacedMark m : layout.marks()) {
            if (m.holdsSelection()) {
                double ring = type.px(RING_HEIGHT);
                double pad = RING_PAD * type.markScale();
                double left = LanePainter.onCanvas(m.x0() - pad);
                g.strokeRoundRect(left, m.y() - ring / 2, LanePainter.onCanvas(m.x1() + pad) - left, ring, 8, 8);
            }
        }
        g.setFont(type.title());
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        double row = layout.rowHeight();
        double plate = row - 2;
        for (Plate p : layout.plates()) {
            if (!LanePainter.visible(p.y() - row / 2, p.y() + row / 2, scroll, areaHeight)) {
                continue;
            }
            g.setFill(view.background());
            g.fillRoundRect(p.left(), p.y() - plate / 2, p.right() - p.left(), plate, 6, 6);
            g.setStroke(view.accent());
            g.setLineWidth(1);
            g.strokeRoundRect(p.left() + 0.5, p.y() - plate / 2 + 0.5, p.right() - p.left() - 1, plate - 1, 6, 6);
            g.setFill(view.textFill());
            g.fillText(p.text(), p.x(), p.y());
        }
    }
}
