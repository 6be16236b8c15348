package org.summittimeline.app;

/**
 * The window's size at start: the remembered one, held within the screen, so a window is never restored larger
 * than the screen it opens on (the window is centred, so it is never off it either). Without a remembered size,
 * a screen up to 1920 px wide (a projector, a laptop, a desktop monitor) is filled, as a desktop user expects
 * of a viewer; a larger screen gets three quarters of it, and never less than 1920×1080.
 */
final class WindowSize {
    static final double FULL_HD_WIDTH = 1920;
    static final double FULL_HD_HEIGHT = 1080;

    private WindowSize() {
    }

    /** Width and height; a stored value of 0 means none was stored. */
    static double[] of(double storedWidth, double storedHeight, double screenWidth, double screenHeight) {
        boolean fill = screenWidth <= FULL_HD_WIDTH;
        double width = storedWidth > 0 ? storedWidth : fill ? screenWidth : Math.max(FULL_HD_WIDTH, screenWidth * 0.75);
        double height = storedHeight > 0 ? storedHeight
                : fill ? screenHeight : Math.max(FULL_HD_HEIGHT, screenHeight * 0.75);
        return new double[] {Math.min(width, screenWidth), Math.min(height, screenHeight)};
    }
}
