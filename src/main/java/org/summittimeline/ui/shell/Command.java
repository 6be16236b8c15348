package org.summittimeline.ui.shell;

import javafx.beans.binding.BooleanExpression;
import javafx.scene.input.KeyCombination;

/**
 * One thing the reader can do, named once for the menu, the toolbar and the keyboard: its words, its key (null
 * when it has none), what it does and when it can be done.
 */
record Command(String id, String text, KeyCombination key, Runnable action, BooleanExpression enabled) {

    /** "Open… (Ctrl+O)": for tooltips, which should name the key as the menu does. */
    String tip() {
        return key == null ? text : text + " (" + key.getDisplayText() + ")";
    }

    void runIfEnabled() {
        if (enabled.get()) {
            action.run();
        }
    }
}
