package org.summittimeline.ui.timeline;

/**
 * The lane names' column: as wide as its longest name needs in the type drawn, within limits that grow with the
 * type. Time is laid out in what the column leaves of the canvas.
 */
final class NamesColumn {
    static final double MIN_WIDTH = 120;
    static final double MAX_WIDTH = 210;
    /**
     * The most of the canvas the column takes, unless that is less than {@link #MIN_WIDTH}: at 195 % in a window of
     * 1280 the names took 290 of the timeline's 790 pixels; beyond it a long name is cut with "…".
     */
    static final double MAX_SHARE = 0.25;

    private double width = MIN_WIDTH;

    /**
     * Takes the width the longest name {@code need}s in {@code type}, within the limits and a quarter of a canvas
     * {@code canvasWidth} wide (none while it is not laid out); true when it changed.
     */
    boolean fit(double need, CanvasType type, double canvasWidth) {
        double fitted = Math.max(type.px(MIN_WIDTH), Math.min(type.px(MAX_WIDTH), need));
        if (canvasWidth > 0) {
            fitted = Math.min(fitted, Math.max(MIN_WIDTH, Math.floor(canvasWidth * MAX_SHARE)));
        }
        if (fitted == width) {
            return false;
        }
        width = fitted;
        return true;
    }

    double width() {
        return width;
    }

    /**
     * The width that time is laid out in: the canvas but the lane names and, on the right, the lanes' scroll bar,
     * whether it shows or not, so that no mark stands under it (the last column of clusters was half hidden there)
     * and the lanes do not shift sideways as it comes and goes.
     */
    double timeWidth(double canvasWidth) {
        return Math.max(1, canvasWidth - width - LaneScroll.BAR_WIDTH);
    }
}
