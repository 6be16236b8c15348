package org.summittimeline.ui;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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
        CountDownLatch pulsed = new CountDownLatch(1);
        Runnable listener = pulsed::countDown;
        Throwable[] thrown = new Throwable[1];
        // Not robot.interact: TestFX follows each with five 10-ms sleeps, and a test stepping through a file waits
        // here hundreds of times. The queue is first-in first-out, so what was asked before is done before the
        // listener goes on, and what the pulse asks for is done before it comes off.
        Platform.runLater(() -> {
            try {
                action.run();
            } catch (Throwable e) {
                thrown[0] = e;
                pulsed.countDown();
                return;
            }
            scene.addPostLayoutPulseListener(listener);
            scene.getRoot().requestLayout();
        });
        try {
            boolean laidOut = pulsed.await(5, TimeUnit.SECONDS);
            // Off again whether or not the pulse came, so that a scene kept after a failed wait counts down nothing.
            CountDownLatch done = new CountDownLatch(1);
            Platform.runLater(() -> {
                scene.removePostLayoutPulseListener(listener);
                done.countDown();
            });
            if (!laidOut) {
                throw new AssertionError("no pulse laid the scene out within 5 s");
            }
            if (thrown[0] != null) {
                throw new AssertionError("the step failed on the FX thread", thrown[0]);
            }
            if (!done.await(5, TimeUnit.SECONDS)) {
                throw new AssertionError("the FX thread did not come back within 5 s of a pulse");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted waiting for a pulse", e);
        }
    }
}
