package org.summittimeline.app;

/**
 * The window's size at start: the remembered one, held within the screen, so a window is never restored larger
 * than the screen it opens on (the window is centred, so it is never off it either). Without a remembered size,
 * small screens (a 1280×720 projector, a laptop) get the whole screen and large ones a generous window.
 */
final class WindowSize {
    private WindowSize() {
    }

    /** Width and height; a stored value of 0 means none was stored. */
    static double[] of(double storedWidth, double storedHeight, double screenWidth, double screenHeight) {
        boolean small = screenWidth <= 1440;
        double width = storedWidth > 0 ? storedWidth : small ? screenWidth : Math.min(1600, screenWidth * 0.94);
        double height = storedHeight > 0 ? storedHeight : small ? screenHeight : Math.min(1000, screenHeight * 0.94);
        return new double[] {Math.min(width, screenWidth), Math.min(height, screenHeight)};
    }
}
