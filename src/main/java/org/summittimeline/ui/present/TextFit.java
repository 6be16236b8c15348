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
        Text probe = new Text(text);
        probe.setWrappingWidth(Math.max(10, width));
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
     * As {@link #height}, measured as a label measures its text (logical bounds, vertically centred), which is the
     * height a label held to it needs: held to the bare height, JavaFX's wrapped ellipsis cut a line early on fonts
     * whose label lines stand taller than their bare ones.
     */
    static double labelHeight(String text, double width, double size, FontWeight weight) {
        return height(text, width, size, weight, TextBoundsType.LOGICAL_VERTICAL_CENTER);
    }

    static double height(String text, double width, double size, FontWeight weight) {
        return height(text, width, size, weight, TextBoundsType.LOGICAL);
    }

    private static double height(String text, double width, double size, FontWeight weight, TextBoundsType bounds) {
        Text probe = new Text(text);
        probe.setBoundsType(bounds);
        probe.setWrappingWidth(Math.max(10, width));
        probe.setFont(Font.font("System", weight, size));
        return probe.getLayoutBounds().getHeight();
    }
}
