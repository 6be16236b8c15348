package org.summittimeline.ui.present;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextBoundsType;

/**
 * The largest font size at which a text, wrapped to a width, fits a height. Quotes on a projector must never be
 * cut off: they shrink, within reason, and otherwise flow onto more lines.
 */
final class TextFit {
    private TextFit() {
    }

    static double size(String text, double width, double height, double max, double min, FontWeight weight) {
        Text probe = probe(text, width);
        double lo = min;
        double hi = max;
        probe.setFont(Font.font("System", weight, hi));
        if (probe.getLayoutBounds().getHeight() <= height) {
            return hi;
        }
        for (int i = 0; i < 12; i++) {
            double mid = (lo + hi) / 2;
            probe.setFont(Font.font("System", weight, mid));
            if (probe.getLayoutBounds().getHeight() <= height) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return Math.floor(lo);
    }

    /**
     * The height of the text wrapped to {@code width}, measured as a label measures its text (logical bounds,
     * vertically centred), which is the height the label takes. Measured bare (logical bounds), an event's summary of
     * ten lines at 44 px was fitted 28 px shorter than its label drew it, and ran under the slide's strip at
     * 1024x768; and JavaFX's wrapped ellipsis cut a card's heading a line early on fonts whose label lines stand
     * taller than their bare ones.
     */
    static double height(String text, double width, double size, FontWeight weight) {
        Text probe = probe(text, width);
        probe.setFont(Font.font("System", weight, size));
        return probe.getLayoutBounds().getHeight();
    }

    private static Text probe(String text, double width) {
        Text probe = new Text(text);
        probe.setBoundsType(TextBoundsType.LOGICAL_VERTICAL_CENTER);
        probe.setWrappingWidth(Math.max(10, width));
        return probe;
    }
}
