package org.summittimeline.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("toolkit-free")
class WindowSizeTest {
    @Test
    void aRememberedSizeNeverExceedsTheScreen() {
        assertArrayEquals(new double[] {1280, 720}, WindowSize.of(99_999, 99_999, 1280, 720));
        assertArrayEquals(new double[] {900, 600}, WindowSize.of(900, 600, 1920, 1080));
    }

    @Test
    void withoutOneScreensUpToFullHdAreFilled() {
        assertArrayEquals(new double[] {1280, 720}, WindowSize.of(0, 0, 1280, 720));
        assertArrayEquals(new double[] {1920, 1080}, WindowSize.of(0, 0, 1920, 1080));
        // The visual bounds of a 1920x1080 screen with a task bar.
        assertArrayEquals(new double[] {1920, 1040}, WindowSize.of(0, 0, 1920, 1040));
    }

    @Test
    void withoutOneLargerScreensGetAtLeastAFullHdWindow() {
        assertArrayEquals(new double[] {1920, 1080}, WindowSize.of(0, 0, 2560, 1440));
        assertArrayEquals(new double[] {2880, 1620}, WindowSize.of(0, 0, 3840, 2160));
    }
}
