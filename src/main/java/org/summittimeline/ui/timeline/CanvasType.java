package org.summittimeline.ui.timeline;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.summittimeline.ui.timeline.layout.MarkSizes;

/**
 * The type the timeline's canvas draws in, at the reader's text size: the canvas has no stylesheet, so the
 * shell's View ▸ Text Size reaches it as a scale, and every painter takes its fonts from here. A cluster's count
 * is not among them: it stays inside its disc, whose size is the mark's, grown with the marks.
 *
 * @param scale  how much larger than designed (1 is the designed size)
 * @param title  events' titles, their plates and the measure the layout fits them with
 * @param lane   the lanes' names
 * @param note   the relative time's note, in the size the layout measures it in (a title's)
 * @param axis   the axis's clock times and zone
 * @param header the day (or years) the axis names
 * @param era    the eras' titles
 * @param markScale how much larger than designed the marks are drawn: as the type, never smaller ({@link MarkSizes});
 *                  kept here, since the painters ask for it at every mark of every frame
 */
record CanvasType(double scale, Font title, Font lane, Font note, Font axis, Font header, Font era, double markScale) {
    static final CanvasType DESIGNED = at(1);

    static CanvasType at(double scale) {
        return new CanvasType(scale, Font.font("System", 12 * scale), Font.font("System", FontWeight.BOLD, 12 * scale),
                Font.font("System", 12 * scale), Font.font("System", 11 * scale),
                Font.font("System", FontWeight.BOLD, 12 * scale), Font.font("System", FontWeight.BOLD, 11 * scale),
                MarkSizes.at(scale).scale());
    }

    /** A length of the designed layout at this size, in whole pixels. */
    double px(double designed) {
        return Math.round(designed * scale);
    }

    /**
     * A ring's or outline's line width at the marks' size: a 2-px ring round a diamond grown to 25 px had read as a
     * hairline at 250 %, where the designed ring round a 10-px diamond reads as a frame.
     */
    double stroke(double designed) {
        return designed * markScale;
    }
}
