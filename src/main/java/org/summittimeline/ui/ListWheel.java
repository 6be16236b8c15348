package org.summittimeline.ui;

import javafx.scene.control.ListView;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.ScrollEvent;

/**
 * A wheel's notch over a list of cards or wrapped rows moves it further than JavaFX's own 40 pixels: two notches had
 * moved the quote list about 80 pixels, two thirds of one quote (a new user's walk). A touchpad's strokes keep the
 * list's own handling.
 */
public final class ListWheel {
    /** A notch moves the list this many times the pixels it asks for: about four lines at the designed type. */
    public static final double FACTOR = 2;

    private ListWheel() {
    }

    public static void install(ListView<?> list) {
        list.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.getDeltaY() != 0 && e.getDeltaX() == 0 && !e.isShortcutDown() && !e.isDirect() && !e.isInertia()
                    && list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
                flow.scrollPixels(-e.getDeltaY() * FACTOR);
                e.consume();
            }
        });
    }
}
