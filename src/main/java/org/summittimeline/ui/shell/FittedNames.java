package org.summittimeline.ui.shell;

import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.layout.Region;

/**
 * A row of names (the menu bar's, the side panel's tabs) drawn smaller where at the reader's type size they are wider
 * than their room: at 250 % in a window 1280 wide the German menus read "Da…", "Hi…", and the side panel's tabs
 * "Les" and "Ur". Their letters shrink just enough, and grow back to the type's size when there is room. (Widening the
 * side panel instead moved the split's divider, and it stayed moved after Ctrl+0.)
 */
final class FittedNames {
    private FittedNames() {
    }

    /**
     * Sets the type of {@code styled}, which holds the names, so that {@code names} fit in {@code room} pixels.
     *
     * @param names    the names' boxes; their widths include their padding, which stays as it is
     * @param now      the names' type size as they are drawn
     * @param designed the type size at the reader's text size
     */
    static void fit(Node styled, List<? extends Region> names, double room, double now, double designed) {
        double letters = 0;
        double rest = room;
        for (Region name : names) {
            double padding = name.snappedLeftInset() + name.snappedRightInset();
            letters += name.prefWidth(-1) - padding;
            rest -= padding;
        }
        if (letters <= 0 || now <= 0) {
            return;
        }
        double lettersAtDesigned = letters * designed / now;
        double size = lettersAtDesigned <= rest ? designed
                : Math.max(designed / 2, Math.floor(2 * designed * rest / lettersAtDesigned) / 2);
        if (Math.abs(size - now) >= 0.5) {
            styled.setStyle(size == designed ? "" : String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", size));
        }
    }
}
