package org.summittimeline.ui;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * A command's keys, named in the window's language where menus show them. JavaFX names them in English whatever
 * the language ("Ctrl+Shift+C", "Home"), so a German menu said "Ctrl" beside our own "Strg" in the keys window and
 * the hints. The keys match exactly as JavaFX's {@link KeyCodeCombination} does, which this wraps. On macOS the
 * window's menus are the system's, which show only JavaFX's own combinations, in symbols (⌘, ⇧) that are the same
 * in every language: there {@link #of} gives JavaFX's. The minus key is named by the minus sign, not a hyphen.
 */
public final class Shortcut extends KeyCombination {
    private static final boolean MAC = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("mac");
    /** Keys whose names differ between languages; JavaFX's own name or symbol serves for the rest (F5, ←, +, O). */
    private static final Set<KeyCode> NAMED = EnumSet.of(KeyCode.HOME, KeyCode.END, KeyCode.PAGE_UP, KeyCode.PAGE_DOWN,
            KeyCode.DELETE, KeyCode.INSERT, KeyCode.SPACE);

    private final KeyCodeCombination keys;

    Shortcut(KeyCode code, Modifier... modifiers) {
        super(modifiers);
        keys = new KeyCodeCombination(code, modifiers);
    }

    /** Whether this is a Mac, whose key marked "delete" sends Backspace. */
    public static boolean isMac() {
        return MAC;
    }

    public static KeyCombination of(KeyCode code, Modifier... modifiers) {
        return MAC ? new KeyCodeCombination(code, modifiers) : new Shortcut(code, modifiers);
    }

    /** The key of a combination {@link #of} made, whichever kind it is. */
    public static KeyCode code(KeyCombination keys) {
        return keys instanceof Shortcut s ? s.keys.getCode() : ((KeyCodeCombination) keys).getCode();
    }

    @Override
    public boolean match(KeyEvent event) {
        return keys.match(event);
    }

    @Override
    public String getName() {
        return keys.getName();
    }

    @Override
    public String getDisplayText() {
        return inWindowLanguage();
    }

    /** Modifiers in JavaFX's order (Ctrl, Alt, Shift, Meta), then the key, each in {@link Texts}' language. */
    String inWindowLanguage() {
        StringBuilder text = new StringBuilder();
        if (getControl() == ModifierValue.DOWN || getShortcut() == ModifierValue.DOWN) {
            text.append(Texts.get("key.ctrl")).append('+');
        }
        if (getAlt() == ModifierValue.DOWN) {
            text.append(Texts.get("key.alt")).append('+');
        }
        if (getShift() == ModifierValue.DOWN) {
            text.append(Texts.get("key.shift")).append('+');
        }
        if (getMeta() == ModifierValue.DOWN) {
            text.append(Texts.get("key.meta")).append('+');
        }
        KeyCode code = keys.getCode();
        if (code == KeyCode.MINUS) {
            // The minus sign, as wide as the plus above it in the View menu: JavaFX's hyphen was a speck there.
            return text.append('\u2212').toString();
        }
        return text.append(NAMED.contains(code) ? Texts.get("key." + code.name())
                : new KeyCodeCombination(code).getDisplayText()).toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Shortcut s && keys.equals(s.keys);
    }

    @Override
    public int hashCode() {
        return keys.hashCode();
    }

    @Override
    public String toString() {
        return keys.toString();
    }
}
