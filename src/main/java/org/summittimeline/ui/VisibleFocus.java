package org.summittimeline.ui;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogEvent;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The control a window opens with, shown as focused. JavaFX draws the focus ring ({@code :focus-visible}) only on
 * a control reached by the keyboard, never on one focused in code: an export dialog opened with its Export… focused,
 * the keyboard help with Close, the Add to Lesson dialog with its first quote, and none of them said where Space
 * would go (a new user's walk). JavaFX 21 has no public way to focus a control visibly ({@code
 * Node.requestFocusTraversal} came in JavaFX 24), so the control is reached as the Tab key reaches it: back to the
 * one before it and on again, within the same pulse, so nothing is seen between; scroll panes the way passed
 * through are put back where they were. A text field needs none of this: its caret and its border show its focus.
 */
public final class VisibleFocus {
    private VisibleFocus() {
    }

    /** Focuses {@code node} with its ring, as if Tab had reached it. */
    public static void request(Node node) {
        node.requestFocus();
        Scene scene = node.getScene();
        if (scene == null || scene.getFocusOwner() != node || node.isFocusVisible()
                || node instanceof TextInputControl) {
            return;
        }
        // A scroll pane scrolls to what the keys reach: on Windows, whose buttons put Export… before Cancel, the
        // control before it is the last choice in the dialog's scrolling content, which then opened at its end.
        Map<ScrollPane, double[]> scrolled = new HashMap<>();
        for (Node pane : scene.getRoot().lookupAll(".scroll-pane")) {
            if (pane instanceof ScrollPane p) {
                scrolled.put(p, new double[] {p.getHvalue(), p.getVvalue()});
            }
        }
        node.fireEvent(tab(true));
        Node before = scene.getFocusOwner();
        if (before != null && before != node) {
            before.fireEvent(tab(false));
        } else {
            // The only control the keys reach: Shift+Tab came round to it.
            node.fireEvent(tab(false));
        }
        if (scene.getFocusOwner() != node) {
            // The keys' order runs otherwise than expected (a control that takes Tab itself): the focus stands where
            // it was asked to, if without its ring.
            node.requestFocus();
        }
        scrolled.forEach((p, at) -> {
            p.setHvalue(at[0]);
            p.setVvalue(at[1]);
        });
    }

    /**
     * When {@code dialog} has opened, shows the focus where it stands then, on the control its own code or JavaFX
     * gave it to (its default button). After the first layout once shown: the dialog's own handlers of its showing
     * place the focus first.
     */
    public static void whenOpened(Dialog<?> dialog) {
        dialog.addEventHandler(DialogEvent.DIALOG_SHOWN, e -> showOwnerAfterLayout(dialog.getDialogPane().getScene()));
    }

    private static void showOwnerAfterLayout(Scene scene) {
        Pulses.afterLayoutWhen(scene, () -> true, () -> {
            if (scene != null && scene.getWindow() != null && scene.getWindow().isShowing()
                    && scene.getFocusOwner() != null) {
                request(scene.getFocusOwner());
            }
        });
    }

    private static KeyEvent tab(boolean back) {
        return new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, back, false, false, false);
    }
}
