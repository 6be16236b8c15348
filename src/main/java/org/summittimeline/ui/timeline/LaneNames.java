package org.summittimeline.ui.timeline;

import static org.summittimeline.ui.timeline.LanePainter.visible;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.summittimeline.query.TimelineQuery;
import org.summittimeline.ui.timeline.layout.LaneMode;
import org.summittimeline.ui.timeline.layout.Lanes;
import org.summittimeline.ui.timeline.layout.LayoutEngine;
import org.summittimeline.ui.timeline.layout.PlacedLane;
import org.summittimeline.ui.timeline.layout.TextMeasure;
import org.summittimeline.ui.timeline.layout.TimelineLayout;

/**
 * The lane names' column: how wide it must be, and each lane's fold arrow, colour and name, level with the lane's
 * first row, in the reader's type.
 */
final class LaneNames {
    /** Where a lane's name begins, after the collapse arrow and the colour swatch. */
    static final double NAME_INSET = 27;

    private CanvasType type = CanvasType.DESIGNED;
    private final LabelMeasure measure = new LabelMeasure(type.lane());
    private double namesNeed;
    private TimelineQuery namesMeasuredFor;
    private LaneMode namesMeasuredIn;
    /** The lanes' names as drawn, cut to the column and told apart, for these lanes in this room. */
    private List<String> shown = List.of();
    private List<PlacedLane> shownFor;
    private double shownIn;

    /** Measures and draws in this type from now on. */
    void setType(CanvasType type) {
        this.type = type;
        measure.setFont(type.lane());
        namesMeasuredFor = null;
        shownFor = null;
    }

    /**
     * The width the lane names' column needs for every lane {@code mode} can show in {@code query}'s timeline, not
     * only those shown: a filter that hid the widest lane narrowed the column and moved the whole time axis
     * sideways (a new user's walk). Measured once per timeline and mode, which a filter changes neither of.
     */
    double width(TimelineQuery query, LaneMode mode) {
        if (query != namesMeasuredFor || mode != namesMeasuredIn) {
            namesMeasuredFor = query;
            namesMeasuredIn = mode;
            double widest = 0;
            for (String label : query == null ? List.<String>of() : Lanes.possibleLabels(query, mode)) {
                widest = Math.max(widest, measure.width(label));
            }
            namesNeed = Math.ceil(widest) + type.px(NAME_INSET) + 8;
        }
        return namesNeed;
    }

    void draw(GraphicsContext g, TimelineView view, TimelineLayout layout, Color[] colours,
                               double names, double scroll, double areaHeight) {
        g.setFont(type.lane());
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        double swatch = type.px(12);
        double inset = type.px(NAME_INSET);
        if (layout.lanes() != shownFor || names - inset - 4 != shownIn) {
            // Per layout of the lanes and room, not per frame: the names are told apart by all the lanes' cuts.
            shownFor = layout.lanes();
            shownIn = names - inset - 4;
            shown = TextMeasure.apart(shownFor.stream().map(l -> l.lane().label()).toList(), shownIn, measure);
        }
        for (int i = 0; i < layout.lanes().size(); i++) {
            PlacedLane lane = layout.lanes().get(i);
            if (!visible(lane.top(), lane.bottom(), scroll, areaHeight)) {
                continue;
            }
            // The name sits at the top of a tall lane, and stays in view while a line of the lane does; in less
            // than a line it is left out rather than cut in half by the edge of the lane area.
            double shownTop = Math.max(lane.top(), scroll);
            double shownBottom = Math.min(lane.bottom(), scroll + areaHeight);
            if (shownBottom - shownTop < Math.min(lane.height(), type.px(16))) {
                continue;
            }
            // Level with the lane's first row, where the engine centres a lane's rows in its band (a lone row sat
            // 9-15 px below the name at the band's top).
            double row = layout.rowHeight();
            double firstRow = lane.collapsed() ? lane.top() + lane.height() / 2
                    : lane.firstRowCentre(row);
            double y = Math.min(Math.max(firstRow, shownTop + Math.min(lane.height() / 2, type.px(14))),
                    shownBottom - type.px(8));
            g.setFill(view.mutedFill());
            g.fillText(lane.collapsed() ? "\u25b8" : "\u25be", 6, y);
            g.setFill(colours[lane.index()]);
            g.fillRect(type.px(18), y - swatch / 2, 4, swatch);
            g.setFill(view.textFill());
            g.fillText(shown.get(i), inset, y);
        }
        g.setStroke(view.gridStroke());
        g.setLineWidth(1);
        g.strokeLine(names - 0.5, scroll, names - 0.5, scroll + areaHeight);
    }
}
