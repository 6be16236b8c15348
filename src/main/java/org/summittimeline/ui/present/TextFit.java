package org.summittimeline.ui.present;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;

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

    static double height(String text, double width, double size, FontWeight weight) {
        Text probe = new Text(text);
        probe.setWrappingWidth(Math.max(10, width));
        probe.setFont(Font.font("System", weight, size));
        return probe.getLayoutBounds().getHeight();
    }
}
