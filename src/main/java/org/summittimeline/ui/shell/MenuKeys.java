package org.summittimeline.ui.shell;

import java.util.Optional;
import javafx.beans.value.ChangeListener;
import javafx.css.PseudoClass;
import javafx.event.EventHandler;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.stage.Window;
import org.summittimeline.ui.Pulses;

/**
 * What the menu bar's menus and the window's lists answer to beside JavaFX's own handling of keys: Alt let go after
 * a menu's letter, a menu opened by its letter marked on its first item, Left and Right from a list going down, and
 * whether a command acts by its key or was chosen in its menu.
 */
final class MenuKeys {
    private final ShellMenuBar bar;

    /**
     * Alt let go after its letter keeps the menu the letter opened. JavaFX's menu bar takes an Alt released with no
     * key seen since its press for Alt alone, and moves to File; the letter of a menu is taken before the bar sees
     * it. So Alt+V, with Alt let go first (as xdotool and many hands do), opened View and went straight to File
     * (a new user's walk). Only while a menu shows: Alt alone closes an open menu as it is pressed. Any key let go
     * ends {@link #keyDown}.
     */
    private final EventHandler<KeyEvent> altAfterLetter = this::released;

    /**
     * A key was pressed and no click came since: a menu that opens now was opened from the keys (Alt and its letter,
     * or Left and Right from the menu beside it), and stands on its first item, as menus opened from the keys do in
     * desktop programs. JavaFX's bar does so for Down alone; after Alt+V, or Alt+V then Right, no item was marked and
     * Enter did nothing or closed the menu (new users' walks). A mnemonic's letter itself is never seen here: the
     * scene takes it before any filter, but Alt is. A click opens menus unmarked, as before.
     */
    private boolean fromKeys;
    private static final PseudoClass GREYED = PseudoClass.getPseudoClass("disabled");
    private final EventHandler<KeyEvent> keyPressed = e -> {
        fromKeys = true;
        keyDown = true;
    };
    /**
     * A key is down in the window: a command acting now was called by its key (a menu's key acts while its key's
     * press goes through the window), not chosen in its menu, whose keys go to the menu's own pop-up.
     */
    private boolean keyDown;
    private final EventHandler<MouseEvent> clicked = e -> {
        fromKeys = false;
        // A key whose release went to a window it opened (a dialog, the file chooser) is no longer down.
        keyDown = false;
    };

    /**
     * Left and Right step through the events from a list that goes down, which has no use for them: after a click on
     * a quote they had done nothing, the list taking them (a new user's walk). The Events list steps through its own
     * rows, in its own order.
     */
    private final EventHandler<KeyEvent> acrossAList = this::acrossAList;

    MenuKeys(ShellMenuBar bar) {
        this.bar = bar;
        bar.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_RELEASED, altAfterLetter);
                old.removeEventFilter(KeyEvent.KEY_PRESSED, keyPressed);
                old.removeEventFilter(MouseEvent.MOUSE_PRESSED, clicked);
            }
            if (scene != null) {
                scene.addEventFilter(KeyEvent.KEY_RELEASED, altAfterLetter);
                scene.addEventFilter(KeyEvent.KEY_PRESSED, keyPressed);
                scene.addEventFilter(MouseEvent.MOUSE_PRESSED, clicked);
            }
        });
        // On the window's root, not the scene: the menu bar's own filter on the scene takes Left and Right first
        // while a menu is open or Alt has gone to the bar (they had stepped the events behind an open menu).
        ChangeListener<Parent> root = (obs, old, now) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, acrossAList);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, acrossAList);
            }
        };
        bar.sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.rootProperty().removeListener(root);
                root.changed(null, old.getRoot(), null);
            }
            if (scene != null) {
                scene.rootProperty().addListener(root);
                root.changed(null, null, scene.getRoot());
            }
        });
    }

    private void released(KeyEvent e) {
        keyDown = false;
        if (e.getCode() == KeyCode.ALT && bar.getMenus().stream().anyMatch(Menu::isShowing)) {
            e.consume();
        }
    }

    private void acrossAList(KeyEvent e) {
        Node focus = bar.getScene() == null ? null : bar.getScene().getFocusOwner();
        boolean plain = !e.isShiftDown() && !e.isShortcutDown() && !e.isControlDown() && !e.isAltDown() && !e.isMetaDown();
        if (plain && (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.RIGHT) && focus instanceof ListView<?> list
                && list.getOrientation() == Orientation.VERTICAL && !(focus instanceof EventList)) {
            (e.getCode() == KeyCode.RIGHT ? bar.commands().next : bar.commands().previous).runIfEnabled();
            e.consume();
        }
    }

    /** Whether a key is down in the window: a command acting now was called by its key. */
    boolean keyDown() {
        return keyDown;
    }

    /** Marks {@code m}'s first item when it is opened from the keys. */
    void markedWhenOpenedByKeys(Menu m) {
        m.addEventHandler(Menu.ON_SHOWN, e -> {
            if (fromKeys) {
                // The menu says it shows before its pop-up's window does.
                Pulses.afterLayoutWhen(bar.getScene(), () -> !m.isShowing() || popupOf(m).isPresent(),
                        () -> popupOf(m).ifPresent(MenuKeys::markFirstItem));
            }
        });
    }

    /** The pop-up window that shows {@code menu}'s items, while it shows. */
    private static Optional<ContextMenu> popupOf(Menu menu) {
        return Window.getWindows().stream()
                .filter(w -> w instanceof ContextMenu popup && popup.isShowing() && popup.getSkin() != null
                        && !menu.getItems().isEmpty() && popup.getItems().contains(menu.getItems().get(0)))
                .map(ContextMenu.class::cast).findFirst();
    }

    /** Gives the focus to the first item of {@code popup} that can be chosen, which marks it for Enter. */
    private static void markFirstItem(ContextMenu popup) {
        // Whatever the pointer rests on as the menu opens under it is marked by JavaFX: that mark is not the
        // reader's choice (Alt+A, Enter had zoomed out, "Verkleinern" lying under a pointer left mid-screen).
        // A greyed item's node is not disabled itself; the menu marks it by this state alone.
        popup.getSkin().getNode().lookupAll(".menu-item").stream()
                .filter(n -> !n.getPseudoClassStates().contains(GREYED) && !n.getStyleClass().contains("separator-menu-item"))
                .findFirst().ifPresent(Node::requestFocus);
    }
}
