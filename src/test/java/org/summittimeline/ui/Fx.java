package org.summittimeline.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
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
 *
 * <p>What it does not see: a pulse is had by asking each window's root for layout, so a change that forgets to ask
 * for its own is laid out all the same (at the root only); a layout pending below a node that is its own layout root,
 * or styles pending, do not count as wanting another pulse; and work the app puts off by pulses ({@code Pulses}) can
 * end after the step. A test that reads such work waits for it by its own condition.
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
     * FX thread's queue, and the wait begins after them. All the keys go to the window focused when they are pressed:
     * a key that opens a window is the last of its call.
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
        interact((Callable<Void>) () -> {
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
            return null;
        }, true);
    }

    /** As {@link #typeWith(KeyCode, KeyCode...)}, with every one of {@code modifiers} held: Ctrl+Shift+F5. */
    public static void typeWith(List<KeyCode> modifiers, KeyCode code) {
        interact((Callable<Void>) () -> {
            if (keys == null) {
                keys = new Robot();
            }
            modifiers.forEach(keys::keyPress);
            keys.keyPress(code);
            keys.keyRelease(code);
            for (int i = modifiers.size() - 1; i >= 0; i--) {
                keys.keyRelease(modifiers.get(i));
            }
            return null;
        }, true);
    }

    public static void interact(Runnable action) {
        interact(() -> {
            action.run();
            return null;
        });
    }

    public static <T> T interact(Callable<T> action) {
        return interact(action, false);
    }

    /**
     * With {@code keys}, the wait begins after the events the action queued: a key is delivered after the action
     * that pressed it, and the window it opens (F5, F1) is then among those waited for.
     */
    private static <T> T interact(Callable<T> action, boolean keys) {
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
            // A failure in the wait itself fails the step at once, not at the bound.
            Consumer<Throwable> failed = done::completeExceptionally;
            Runnable wait = () -> {
                try {
                    awaitLayout(0, () -> done.complete(result), failed);
                } catch (Throwable e) {
                    failed.accept(e);
                }
            };
            if (keys) {
                Platform.runLater(wait);
            } else {
                wait.run();
            }
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
    private static void awaitLayout(int pulses, Runnable then, Consumer<Throwable> failed) {
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
                try {
                    settled(scenes, listener[0], closed, pulses, then, failed);
                } catch (Throwable e) {
                    failed.accept(e);
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

    /** After the pulse: the listeners off, and {@code then}, or another pulse while a window wants layout. */
    private static void settled(List<Scene> scenes, Runnable listener, InvalidationListener closed, int pulses,
                                Runnable then, Consumer<Throwable> failed) {
        for (Scene scene : scenes) {
            scene.removePostLayoutPulseListener(listener);
            if (scene.getWindow() != null) {
                scene.getWindow().showingProperty().removeListener(closed);
            }
        }
        boolean unsettled = scenes.stream().anyMatch(scene -> scene.getWindow() != null
                && scene.getWindow().isShowing() && scene.getRoot() != null && scene.getRoot().isNeedsLayout());
        if (unsettled && pulses + 1 < MOST_PULSES) {
            awaitLayout(pulses + 1, then, failed);
        } else {
            then.run();
        }
    }
}
