package org.summittimeline.ui.timeline;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;
import org.summittimeline.ui.Texts;

/**
 * The note over lanes that the filters have emptied. It stands on the page's colour, clear of the grid lines that
 * had run through its words, and takes more lines where one does not fit: the German one ran off both sides of a
 * timeline 630 pixels wide, and at larger type the English one did too.
 */
final class NoneShownNote {
    private CanvasType type = CanvasType.DESIGNED;
    private final LabelMeasure measure = new LabelMeasure(type.lane());

    void setType(CanvasType type) {
        this.type = type;
        measure.setFont(type.lane());
    }

    /** Draws the note centred between {@code left} and {@code right}, around {@code y}. */
    void draw(GraphicsContext g, TimelineView view, double left, double right, double y) {
        double room = right - left - type.px(24);
        List<String> lines = lines(Texts.get("timeline.noneShown"), room);
        double lineHeight = type.px(18);
        double widest = 0;
        for (String line : lines) {
            widest = Math.max(widest, Math.min(room, measure.width(line)));
        }
        double centre = (left + right) / 2;
        double height = lines.size() * lineHeight + type.px(8);
        g.setFill(view.background());
        g.fillRect(centre - widest / 2 - type.px(8), y - height / 2, widest + type.px(16), height);
        g.setFill(view.mutedFill());
        g.setFont(type.lane());
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        double first = y - (lines.size() - 1) * lineHeight / 2;
        for (int i = 0; i < lines.size(); i++) {
            g.fillText(measure.fit(lines.get(i), room), centre, first + i * lineHeight);
        }
        g.setTextAlign(TextAlignment.LEFT);
    }

    /**
     * The note in one line where it fits {@code room}, else a line for each sentence, the first saying what happened
     * and the next what to do; a sentence still too long wraps between words, so that the instruction is never cut.
     */
    List<String> lines(String note, double room) {
        if (measure.width(note) <= room) {
            return List.of(note);
        }
        int end = note.indexOf(". ");
        String sentences = end < 0 ? note : note.substring(0, end + 1) + "\n" + note.substring(end + 2);
        return List.of(MarkTooltip.brokenBetweenWords(sentences, room, measure, "").split("\n"));
    }
}
