package org.summittimeline.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class WindowSizeTest {
    @Test
    void aRememberedSizeNeverExceedsTheScreen() {
        assertArrayEquals(new double[] {1280, 720}, WindowSize.of(99_999, 99_999, 1280, 720));
        assertArrayEquals(new double[] {900, 600}, WindowSize.of(900, 600, 1920, 1080));
    }

    @Test
    void withoutOneSmallScreensAreFilledAndLargeOnesGetAGenerousWindow() {
        assertArrayEquals(new double[] {1280, 720}, WindowSize.of(0, 0, 1280, 720));
        assertArrayEquals(new double[] {1600, 1000}, WindowSize.of(0, 0, 2560, 1440));
    }
}
