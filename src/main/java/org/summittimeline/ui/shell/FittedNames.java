package org.summittimeline.ui.shell;

import java.util.List;
import java.util.Locale;
import java.util.function.DoubleSupplier;
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
     * Sets the type of {@code styled}, which holds the names, so that {@code names} fit in {@code room} pixels, in
     * one layout pass (a step per frame had taken five frames to settle, the tab list's menu showing in between).
     *
     * @param names          the names' boxes, their padding included in their widths
     * @param paddingScales  whether that padding is in letters' heights and so shrinks with them (the tabs'), or
     *                       in pixels and stays (the menus')
     * @param now            the names' type size as they are drawn, read again after each change
     * @param designed       the type size at the reader's text size
     * @return whether their size changed, so that they are to be laid out again
     */
    static boolean fit(Node styled, List<? extends Region> names, double room, boolean paddingScales,
                       DoubleSupplier now, double designed) {
        boolean changed = false;
        // Measured again after each change: letters do not shrink quite in proportion to their size (8 px more than
        // proportion over three tabs), and a name a pixel too wide still went behind the tab list's menu.
        for (int round = 0; round < 4; round++) {
            double letters = 0;
            double rest = room;
            for (Region name : names) {
                double padding = paddingScales ? 0 : name.snappedLeftInset() + name.snappedRightInset();
                letters += name.prefWidth(-1) - padding;
                rest -= padding;
            }
            double drawn = now.getAsDouble();
            // Once changed, they shrink until they fit and then stay: growing back by the proportion went one
            // half-pixel step too far, and the next round back, without end.
            if (letters <= 0 || drawn <= 0 || changed && letters <= rest) {
                return changed;
            }
            double lettersAtDesigned = letters * designed / drawn;
            double size = lettersAtDesigned <= rest ? designed
                    : Math.max(designed / 2, Math.floor(2 * designed * rest / lettersAtDesigned) / 2);
            // A name still too wide at the size it has: half a pixel smaller.
            size = letters > rest && size >= drawn ? drawn - 0.5 : size;
            // Grown only with a pixel a name to spare at the new size: letters do not grow quite in proportion, and
            // a step up that did not fit went back down, on every layout of the bar.
            if (size > drawn && letters * size / drawn > rest - names.size()) {
                return changed;
            }
            if (Math.abs(size - drawn) < 0.5 || size < designed / 2) {
                return changed;
            }
            styled.setStyle(size == designed ? "" : String.format(Locale.ROOT, "-fx-font-size: %.1fpx;", size));
            // Styled now, for the caller to lay the names out again in this pass: set during a layout, the style
            // had waited for the next pulse, which nothing asked for, and the names stayed cut until the pointer
            // moved.
            styled.applyCss();
            changed = true;
        }
        return changed;
    }
}
