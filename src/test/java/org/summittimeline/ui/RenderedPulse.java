package org.summittimeline.ui;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import javafx.scene.Scene;
import org.testfx.api.FxRobot;

/** For UI tests: waits until a pulse of its own has laid the scene out, so that positions read are the rendered ones. */
public final class RenderedPulse {
    private RenderedPulse() {
    }

    public static void await(FxRobot robot, Scene scene) {
        after(scene, () -> { });
    }

    /**
     * Does {@code action} on the FX thread, then waits as {@link #await} does: for a test that steps a scene through
     * many states, one wait a step where {@code robot.interact} and then {@code await} were two.
     */
    public static void after(Scene scene, Runnable action) {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("a test waits for a pulse from its own thread, never from the FX thread");
        }
        CountDownLatch done = new CountDownLatch(1);
        AtomicBoolean pulsed = new AtomicBoolean();
        Throwable[] thrown = new Throwable[1];
        Runnable[] listener = new Runnable[1];
        // Not robot.interact: TestFX follows each with five 10-ms sleeps, and a test stepping through a file waits
        // here hundreds of times. The queue is first in, first out: what was asked before is done before the action,
        // and the wait ends in a task queued once the pulse has laid the scene out, after what the pulse itself
        // queued up to then. The listener takes itself off there, so a later pulse counts nothing.
        listener[0] = () -> {
            if (pulsed.compareAndSet(false, true)) {
                Platform.runLater(() -> {
                    scene.removePostLayoutPulseListener(listener[0]);
                    done.countDown();
                });
            }
        };
        Platform.runLater(() -> {
            try {
                action.run();
                scene.addPostLayoutPulseListener(listener[0]);
                scene.getRoot().requestLayout();
            } catch (Throwable e) {
                thrown[0] = e;
                done.countDown();
            }
        });
        boolean laidOut;
        try {
            laidOut = done.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted waiting for a pulse", e);
        }
        if (thrown[0] != null) {
            throw new AssertionError("the step failed on the FX thread", thrown[0]);
        }
        if (!laidOut) {
            // Off again, so that a scene kept after a failed wait counts down nothing.
            Platform.runLater(() -> scene.removePostLayoutPulseListener(listener[0]));
            throw new AssertionError("no pulse laid the scene out within 5 s");
        }
    }
}
