package org.summittimeline.ui;

import java.util.Optional;
import java.util.function.Predicate;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import org.testfx.api.FxRobot;
import org.testfx.util.NodeQueryUtils;

/**
 * For UI tests: a dialog's buttons, asked of the dialog itself. Looking a button up by its text also finds the status
 * bar's Cancel (shown while a file is read) or an OK elsewhere, and clicks whichever comes first.
 */
public final class DialogButtons {
    private DialogButtons() {
    }

    /** The button of that type in the dialog holding the node {@code query} finds, once a user could click it. */
    public static Optional<Node> of(FxRobot robot, String query, ButtonType type) {
        return of(robot, query, t -> t == type);
    }

    /** The button whose type matches in the dialog holding the node {@code query} finds, once a user could click it. */
    public static Optional<Node> of(FxRobot robot, String query, Predicate<ButtonType> type) {
        // Read on the UI thread, between pulses: the dialog's button bar takes its buttons out and puts them back
        // whenever it lays them out, and a read from the test's thread in that moment found no button (CI, once).
        if (!javafx.application.Platform.isFxApplicationThread()) {
            return onUiThread(() -> of(robot, query, type));
        }
        return robot.lookup(query).tryQuery().flatMap(inside -> {
            Parent up = inside.getParent();
            while (up != null && !(up instanceof DialogPane)) {
                up = up.getParent();
            }
            DialogPane pane = (DialogPane) up;
            return up == null ? Optional.empty()
                    : pane.getButtonTypes().stream().filter(type).findFirst().map(pane::lookupButton);
        }).filter(DialogButtons::clickable);
    }

    /** The button whose type matches in whichever dialog is showing, once a user could click it. */
    public static Optional<Node> showing(FxRobot robot, Predicate<ButtonType> type) {
        // The scene graph is read on the UI thread: read from the test's thread while a dialog was being built,
        // a lookup once met a list changing under it (IndexOutOfBoundsException in WindowDefectsTest).
        if (!javafx.application.Platform.isFxApplicationThread()) {
            return onUiThread(() -> showing(robot, type));
        }
        return robot.lookup(".dialog-pane").match(NodeQueryUtils.isVisible()).queryAllAs(DialogPane.class).stream()
                .flatMap(pane -> pane.getButtonTypes().stream().filter(type).map(pane::lookupButton))
                .filter(b -> b != null && clickable(b)).findFirst();
    }

    private static Optional<Node> onUiThread(java.util.concurrent.Callable<Optional<Node>> look) {
        try {
            return org.testfx.util.WaitForAsyncUtils.asyncFx(look).get(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("could not look for the dialog's buttons", e);
        }
    }

    /** In a window that shows, and visible there (a dialog makes some of its buttons before it places them). */
    private static boolean clickable(Node button) {
        return button.getScene() != null && button.getScene().getWindow() != null
                && button.getScene().getWindow().isShowing() && NodeQueryUtils.isVisible().test(button);
    }
}
