package org.summittimeline.ui.shell;

import java.util.List;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;

/** Finds a menu item by its id anywhere in a menu bar's menus and their submenus, for the window's tests. */
final class MenuItems {
    private MenuItems() {
    }

    static MenuItem find(List<? extends MenuItem> items, String id) {
        for (MenuItem item : items) {
            if (id.equals(item.getId())) {
                return item;
            }
            if (item instanceof Menu m) {
                MenuItem inner = find(m.getItems(), id);
                if (inner != null) {
                    return inner;
                }
            }
        }
        return null;
    }
}
