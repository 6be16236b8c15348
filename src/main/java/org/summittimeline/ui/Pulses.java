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
     * Runs {@code then} in the layout of the second pulse after the next one of {@code scene}, or at once when
     * there is no scene; pulses are asked for until then. By then the next pulse's frame has mostly been rendered:
     * a pulse that hands over changes of its own first waits for the frame before, but a still window's pulse has
     * none, so this is a delay of two pulses, not a promise about the render thread. Called on the UI thread.
     */
    public static void twoPulsesAfterNextLayout(Scene scene, Runnable then) {
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

    /**
     * Runs {@code step} after the layout of each pulse of {@code scene} from the next one on, asking for pulses, until
     * it returns false: work split over pulses so that no one pulse holds the window for all of it. Nothing runs
     * without a scene. Called on the UI thread.
     */
    public static void eachPulseWhile(Scene scene, BooleanSupplier step) {
        if (scene == null) {
            return;
        }
        Runnable[] each = new Runnable[1];
        each[0] = () -> {
            if (step.getAsBoolean()) {
                Platform.requestNextPulse();
            } else {
                scene.removePostLayoutPulseListener(each[0]);
            }
        };
        scene.addPostLayoutPulseListener(each[0]);
        Platform.requestNextPulse();
    }
}
