package org.summittimeline.ui;

import java.util.function.BooleanSupplier;
import javafx.application.Platform;
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

    /**
     * Runs {@code then} once the frame of the next layout pulse of {@code scene} has been rendered: in the layout
     * of the pulse after the one after it (a pulse hands its frame to the render thread only once the frame
     * before is rendered), or at once when there is no scene. Pulses are asked for until then. Called on the UI
     * thread.
     */
    public static void afterNextFrameRendered(Scene scene, Runnable then) {
        if (scene == null) {
            then.run();
            return;
        }
        int[] layouts = new int[1];
        Runnable[] count = new Runnable[1];
        count[0] = () -> {
            if (++layouts[0] == 3) {
                scene.removePostLayoutPulseListener(count[0]);
                then.run();
            } else {
                Platform.requestNextPulse();
            }
        };
        scene.addPostLayoutPulseListener(count[0]);
        scene.getRoot().requestLayout();
    }
}
