package org.summittimeline.ui.timeline;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.summittimeline.ui.timeline.layout.TextMeasure;

/**
 * Measures text in one font, remembering widths and fitted cuts: panning asks for the same titles frame after
 * frame. Cuts are kept per 8 pixels of room.
 */
final class LabelMeasure implements TextMeasure {
    private Font font;
    private final Text measurer = new Text();
    private final Map<String, Double> widths = new HashMap<>();
    private final Map<String, String> fitted = new HashMap<>();

    LabelMeasure(Font font) {
        this.font = font;
        measurer.setFont(font);
    }

    @Override
    public double lineHeight() {
        measurer.setText("x");
        return measurer.getLayoutBounds().getHeight();
    }

    @Override
    public double width(String text) {
        Double known = widths.get(text);
        if (known != null) {
            return known;
        }
        if (widths.size() > 50_000) {
            widths.clear();
        }
        measurer.setText(text);
        double w = measurer.getLayoutBounds().getWidth();
        widths.put(text, w);
        return w;
    }

    @Override
    public String fit(String text, double room) {
        // Whole where it fits: the buckets below are for cuts, and rounding the room down to one cut "Press
        // conference" in a names column made wide enough for it.
        if (width(text) <= room) {
            return text;
        }
        String key = ((int) room >> 3) + "\u0000" + text;
        String known = fitted.get(key);
        if (known != null) {
            return known;
        }
        // Fit to the bucket's lower edge so that a cut kept for this bucket never overflows a smaller room in it.
        String result = TextMeasure.super.fit(text, ((int) room >> 3) << 3);
        if (fitted.size() > 20_000) {
            fitted.clear();
        }
        fitted.put(key, result);
        return result;
    }

    /** Measures in {@code font} from now on; what was measured in the old one is forgotten. */
    void setFont(Font font) {
        if (!font.equals(this.font)) {
            this.font = font;
            measurer.setFont(font);
            clear();
        }
    }

    void clear() {
        widths.clear();
        fitted.clear();
    }
}
