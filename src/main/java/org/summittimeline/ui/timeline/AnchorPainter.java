package org.summittimeline.ui.timeline;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.TextAlignment;
import org.summittimeline.model.Anchor;
import org.summittimeline.model.Event;
import org.summittimeline.ui.timeline.layout.AnchorNote;
import org.summittimeline.ui.timeline.layout.LayoutEngine;
import org.summittimeline.ui.timeline.layout.PlacedMark;
import org.summittimeline.ui.timeline.layout.TimelineLayout;

/**
 * Draws what ties a relative time to its anchor: the note in its strip under the axis, and a dashed ring round the
 * anchor event's mark in the lanes. With the bracket alone a new user did not see which event "the start of “Joint
 * press conference”" was: the press conference's mark looked like any other.
 */
final class AnchorPainter {
    private CanvasType type = CanvasType.DESIGNED;

    void setType(CanvasType type) {
        this.type = type;
    }

    /**
     * The anchor event's marks (in each of its lanes), ringed in the accent's dashes, as the bracket is drawn; in the
     * lanes' coordinates, as the selection's ring is. Nothing when the selected event's time is not relative.
     */
    void ring(GraphicsContext g, TimelineView view, TimelineLayout layout, double scroll, double areaHeight) {
        Event selected = view.selectedEvent();
        Anchor anchor = selected == null || view.query() == null ? null : selected.start().anchor();
        int target = anchor == null ? -1 : view.query().positionOf(anchor.eventId());
        if (target < 0 || layout.anchor() == null) {
            return;
        }
        g.setStroke(view.accent());
        g.setLineWidth(type.stroke(1.5));
        g.setLineDashes(type.stroke(4), type.stroke(3));
        double ring = type.px(SelectionPainter.RING_HEIGHT);
        for (PlacedMark m : layout.marks()) {
            if (m.event() == target && m.shape() != PlacedMark.Shape.TICK
                    && LanePainter.visible(m.y() - ring / 2, m.y() + ring / 2, scroll, areaHeight)) {
                // As far out as the selection's ring, which grows with the marks: at 4 px, at 250 % it ran through them.
                double pad = SelectionPainter.RING_PAD * type.markScale();
                double left = LanePainter.onCanvas(m.x0() - pad);
                g.strokeRoundRect(left, m.y() - ring / 2, LanePainter.onCanvas(m.x1() + pad) - left, ring, 8, 8);
            }
        }
        g.setLineDashes(null);
    }

    /**
     * The relative time's note in its strip: a dashed bracket from the anchor's moment to the event's, with a tick
     * down at each end, and the words above it. It stays in the strip, so it crosses no title in the lanes.
     */
    void strip(GraphicsContext g, TimelineView view, AnchorNote note, double names, double stripTop, double lanesTop,
               double height) {
        double ax = names + note.anchorX();
        double sx = names + note.eventX();
        g.save();
        g.beginPath();
        g.rect(names, stripTop, g.getCanvas().getWidth() - names, height - stripTop);
        g.clip();
        g.setLineCap(StrokeLineCap.ROUND);
        // On the background, so that no grid line runs through the strip, above, below or through its words.
        g.setFill(view.background());
        g.fillRect(names, stripTop, g.getCanvas().getWidth() - names, lanesTop - stripTop);
        // The strip's lower edge: the lanes scroll under it, and with larger type a title of the row under it stood
        // flush against the bracket, which read as drawn over its letters (a new user's walk).
        g.setStroke(view.gridStroke());
        g.setLineWidth(1);
        g.strokeLine(names, lanesTop - 0.5, g.getCanvas().getWidth(), lanesTop - 0.5);
        g.setStroke(view.accent());
        g.setLineWidth(1.5);
        // The bracket and its ticks keep to the strip's last pixels, below the line of text (a tick ran through the
        // note's words where the note was longer than the bracket), and stop short of its edge.
        double bracket = type.px(LayoutEngine.ANCHOR_BRACKET);
        double y = lanesTop - 3.5;
        g.setLineDashes(5, 4);
        g.strokeLine(Math.min(ax, sx), y, Math.max(ax, sx), y);
        g.setLineDashes(null);
        g.strokeLine(ax, lanesTop - bracket + 1, ax, lanesTop - 2);
        g.strokeLine(sx, lanesTop - bracket + 1, sx, lanesTop - 2);
        g.setFill(view.textFill());
        g.setFont(type.note());
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(note.text(), names + note.textX(), stripTop + (lanesTop - stripTop - bracket) / 2);
        g.restore();
    }
}
