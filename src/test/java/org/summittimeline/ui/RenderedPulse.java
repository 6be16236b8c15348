package org.summittimeline.ui;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** For UI tests: waits until a pulse of its own has laid the scene out, so that positions read are the rendered ones. */
public final class RenderedPulse {
    private RenderedPulse() {
    }

    public static void await(FxRobot robot, Scene scene) {
        CountDownLatch pulsed = new CountDownLatch(1);
        Runnable listener = pulsed::countDown;
        robot.interact(() -> {
            scene.addPostLayoutPulseListener(listener);
            scene.getRoot().requestLayout();
        });
        try {
            WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> pulsed.getCount() == 0);
        } catch (TimeoutException e) {
            throw new AssertionError("no pulse laid the scene out within 5 s", e);
        } finally {
            robot.interact(() -> scene.removePostLayoutPulseListener(listener));
        }
        WaitForAsyncUtils.waitForFxEvents();
    }
}
