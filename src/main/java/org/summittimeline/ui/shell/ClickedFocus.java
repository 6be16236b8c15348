package org.summittimeline.ui.shell;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TabPane;
import javafx.scene.input.MouseEvent;

/**
 * A button or a tab clicked does its work and leaves the keys where they were. Clicked, such a control takes the
 * focus, and its arrows then move between controls or tabs: a reader who clicked "All", a toolbar button or the
 * Events tab and pressed Right, to step to the next event as everywhere else, saw the focus move or got the Lesson
 * tab (a new user's walk). The control that had the focus before the press gets it back on release. A control
 * reached with the Tab key keeps its own keys.
 */
final class ClickedFocus {
    private ClickedFocus() {
    }

    static void keepKeysWhereTheyWere(Node root) {
        Node[] before = new Node[1];
        root.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> before[0] = root.getScene() == null ? null
                : root.getScene().getFocusOwner());
        // On release: a control's own handler of the press, which takes the focus, runs after this window's filters.
        root.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            Node had = before[0];
            before[0] = null;
            Scene scene = root.getScene();
            Node now = scene == null ? null : scene.getFocusOwner();
            if ((now instanceof ButtonBase || now instanceof TabPane) && had != null && had != now
                    && had.getScene() == scene) {
                had.requestFocus();
            }
        });
    }
}
