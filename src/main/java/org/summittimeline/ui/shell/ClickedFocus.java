package org.summittimeline.ui.shell;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;

/**
 * A button or a tab clicked does its work and leaves the keys where they were. Clicked, such a control takes the
 * focus, and its arrows then move between controls or tabs: a reader who clicked "All", a toolbar button or the
 * Events tab and pressed Right, to step to the next event as everywhere else, saw the focus move or got the Lesson
 * tab (a new user's walk). The control that had the focus before the press gets it back on release; the Tab key
 * right after a tab's click goes into that tab. A control reached with the Tab key keeps its own keys.
 */
final class ClickedFocus {
    private ClickedFocus() {
    }

    static void keepKeysWhereTheyWere(Node root) {
        Node[] before = new Node[1];
        // The tabs clicked last, whose tab the next Tab key goes into.
        TabPane[] clickedTabs = new TabPane[1];
        root.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            before[0] = root.getScene() == null ? null : root.getScene().getFocusOwner();
            clickedTabs[0] = null;
        });
        // The keys stay where they were, but Tab goes on into the tab clicked: after a click on Lesson, Tab had
        // gone from the timeline to the details' source links, where Space opened a browser (a new user's walk).
        root.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            TabPane tabs = clickedTabs[0];
            clickedTabs[0] = null;
            if (e.getCode() == KeyCode.TAB && !e.isShiftDown() && !e.isShortcutDown() && tabs != null
                    && tabs.getSelectionModel().getSelectedItem() != null) {
                if (firstToFocus(tabs.getSelectionModel().getSelectedItem().getContent()) != null) {
                    // Traversed into from the tabs, as a Tab press does, so that the control reached shows its ring
                    // (a focus requested in code shows none).
                    e.consume();
                    tabs.requestFocus();
                    tabs.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, false, false, false, false));
                }
            }
        });
        // On release: a control's own handler of the press, which takes the focus, runs after this window's filters.
        root.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            Node had = before[0];
            before[0] = null;
            Scene scene = root.getScene();
            Node now = scene == null ? null : scene.getFocusOwner();
            if ((now instanceof ButtonBase || now instanceof TabPane) && had != null && had != now
                    && had.getScene() == scene) {
                had.requestFocus();
                clickedTabs[0] = now instanceof TabPane tabs ? tabs : null;
            }
        });
    }

    /** The first control in {@code node} that Tab would stop at, or null. */
    private static Node firstToFocus(Node node) {
        if (node == null || !node.isVisible() || node.isDisabled()) {
            return null;
        }
        if (node.isFocusTraversable()) {
            return node;
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                Node found = firstToFocus(child);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /**
     * Gives {@code node} the keys now, or as soon as it is in a scene: right after a load the split pane may not have
     * built its skin yet, and a plain requestFocus would be ignored.
     */
    static void whenInScene(Node node) {
        whenInScene(node, node::requestFocus);
    }

    /** Runs {@code focus} now, or as soon as {@code node} is in a scene, as {@link #whenInScene(Node)} focuses it. */
    static void whenInScene(Node node, Runnable focus) {
        if (node.getScene() != null) {
            focus.run();
            return;
        }
        node.sceneProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Scene> obs, Scene old, Scene scene) {
                if (scene != null) {
                    node.sceneProperty().removeListener(this);
                    focus.run();
                }
            }
        });
    }
}
