package org.summittimeline.ui;

import java.util.function.BooleanSupplier;
import javafx.scene.Scene;

/** Work that waits for the window to lay out, and draw, what it was just given. */
public final class Pulses {
    private Pulses() {
    }

    /**
     * Runs {@code then} after the first layout pulse of {@code scene} at whose end {@code done} holds, or at once
     * when there is no scene. A pulse is asked for, so the first comes even if nothing else changed. Called on the
     * UI thread.
     */
    public static void afterLayoutWhen(Scene scene, BooleanSupplier done, Runnable then) {
        if (scene == null) {
            then.run();
            return;
        }
        Runnable[] check = new Runnable[1];
        check[0] = () -> {
            if (done.getAsBoolean()) {
                scene.removePostLayoutPulseListener(check[0]);
                then.run();
            }
        };
        scene.addPostLayoutPulseListener(check[0]);
        scene.getRoot().requestLayout();
    }
}
