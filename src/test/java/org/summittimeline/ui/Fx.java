package org.summittimeline.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.robot.Robot;
import javafx.stage.Window;

/**
 * For UI tests: {@code robot.interact} without its sleeps. TestFX ends each interact in five round trips to the FX
 * thread with a 10-ms sleep after each, whether or not anything is left to do; a test that steps a window through
 * many states spent most of its time asleep there (docs/TESTING.md, "Session 61"). This does the action on the FX
 * thread, then waits for the pulse that lays out every showing window, and for more pulses while that one left a
 * window wanting another layout (a list that scrolls, then makes its cells), up to {@link #MOST_PULSES}.
 */
public final class Fx {
    /** More than any step of ours takes to settle; a window that still asks for layout then is not waited for. */
    static final int MOST_PULSES = 6;
    private static final long BOUND_SECONDS = 30;

    /** The glass robot TestFX presses keys with; made on the FX thread, the first time a key is typed. */
    private static Robot keys;

    private Fx() {
    }

    /**
     * Presses and releases each key in turn, as {@code robot.type} does, then waits as {@link #interact} does.
     * TestFX waited its five sleeps after each press and each release. The robot queues each key's events on the
     * FX thread's queue, and the pulse waited for is queued there after them, so it lays out what they changed.
     */
    public static void type(KeyCode... codes) {
        typeWith(null, codes);
    }

    /** Presses and releases {@code code} {@code times} times, then waits as {@link #interact} does. */
    public static void type(KeyCode code, int times) {
        KeyCode[] codes = new KeyCode[times];
        Arrays.fill(codes, code);
        type(codes);
    }

    /** As {@link #type}, with {@code modifier} (Ctrl, Shift) held down through the keys: Ctrl+plus. */
    public static void typeWith(KeyCode modifier, KeyCode... codes) {
        interact(() -> {
            if (keys == null) {
                keys = new Robot();
            }
            if (modifier != null) {
                keys.keyPress(modifier);
            }
            for (KeyCode code : codes) {
                keys.keyPress(code);
                keys.keyRelease(code);
            }
            if (modifier != null) {
                keys.keyRelease(modifier);
            }
        });
    }

    public static void interact(Runnable action) {
        interact(() -> {
            action.run();
            return null;
        });
    }

    public static <T> T interact(Callable<T> action) {
        if (Platform.isFxApplicationThread()) {
            throw new IllegalStateException("a test steps the window from its own thread, never from the FX thread");
        }
        CompletableFuture<T> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            T result;
            try {
                result = action.call();
            } catch (Throwable e) {
                done.completeExceptionally(e);
                return;
            }
            awaitLayout(0, () -> done.complete(result));
        });
        try {
            return done.get(BOUND_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            if (cause instanceof Error) {
                throw (Error) cause;
            }
            throw new AssertionError("the step failed on the FX thread", cause);
        } catch (TimeoutException e) {
            throw new AssertionError("the step and its layout took more than " + BOUND_SECONDS + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted waiting for the FX thread", e);
        }
    }

    /**
     * On the FX thread: {@code then} once a pulse has left no showing window wanting layout, or once every window
     * waited for has closed (a closed window has no pulse to wait for: Escape closing the format guide, Ctrl+Q the
     * main window, had left the wait to its bound).
     */
    private static void awaitLayout(int pulses, Runnable then) {
        List<Scene> scenes = new ArrayList<>();
        for (Window window : Window.getWindows()) {
            if (window.isShowing() && window.getScene() != null) {
                scenes.add(window.getScene());
            }
        }
        if (scenes.isEmpty()) {
            then.run();
            return;
        }
        boolean[] pulsed = {false};
        Runnable[] listener = new Runnable[1];
        InvalidationListener closed = o -> {
            if (scenes.stream().noneMatch(scene -> scene.getWindow() != null && scene.getWindow().isShowing())) {
                listener[0].run();
            }
        };
        listener[0] = () -> {
            if (pulsed[0]) {
                return;
            }
            pulsed[0] = true;
            // After what the pulse itself queued, as robot.interact's round trips were.
            Platform.runLater(() -> {
                for (Scene scene : scenes) {
                    scene.removePostLayoutPulseListener(listener[0]);
                    if (scene.getWindow() != null) {
                        scene.getWindow().showingProperty().removeListener(closed);
                    }
                }
                boolean unsettled = scenes.stream().anyMatch(scene -> scene.getWindow() != null
                        && scene.getWindow().isShowing() && scene.getRoot() != null && scene.getRoot().isNeedsLayout());
                if (unsettled && pulses + 1 < MOST_PULSES) {
                    awaitLayout(pulses + 1, then);
                } else {
                    then.run();
                }
            });
        };
        for (Scene scene : scenes) {
            scene.addPostLayoutPulseListener(listener[0]);
            scene.getWindow().showingProperty().addListener(closed);
            if (scene.getRoot() != null) {
                scene.getRoot().requestLayout();
            }
        }
    }
}
