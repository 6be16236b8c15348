package org.summittimeline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Locale;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("toolkit-free")
class ShortcutTest {
    private static final KeyCombination.Modifier CTRL = KeyCombination.SHORTCUT_DOWN;
    private static final KeyCombination.Modifier SHIFT = KeyCombination.SHIFT_DOWN;
    private static final KeyCombination.Modifier ALT = KeyCombination.ALT_DOWN;

    @AfterEach
    void english() {
        Texts.use(Locale.ENGLISH);
    }

    @Test
    void inGermanTheKeysHaveTheirGermanNames() {
        Texts.use(Locale.GERMAN);
        assertEquals("Strg+O", new Shortcut(KeyCode.O, CTRL).inWindowLanguage());
        assertEquals("Strg+Umschalt+C", new Shortcut(KeyCode.C, CTRL, SHIFT).inWindowLanguage());
        assertEquals("Strg+Alt+C", new Shortcut(KeyCode.C, CTRL, ALT).inWindowLanguage());
        assertEquals("Umschalt+F5", new Shortcut(KeyCode.F5, SHIFT).inWindowLanguage());
        assertEquals("Pos1", new Shortcut(KeyCode.HOME).inWindowLanguage());
        assertEquals("Ende", new Shortcut(KeyCode.END).inWindowLanguage());
        assertEquals("\u2190", new Shortcut(KeyCode.LEFT).inWindowLanguage(), "an arrow is the same in every language");
        assertEquals("Strg++", new Shortcut(KeyCode.PLUS, CTRL).inWindowLanguage());
    }

    /** The minus key is the minus sign, as wide as the plus: JavaFX's hyphen was a speck beside Zoom Out. */
    @Test
    void theMinusKeyIsTheMinusSign() {
        assertEquals("\u2212", new Shortcut(KeyCode.MINUS).inWindowLanguage());
        assertEquals("Ctrl+\u2212", new Shortcut(KeyCode.MINUS, CTRL).inWindowLanguage());
        Texts.use(Locale.GERMAN);
        assertEquals("Strg+\u2212", new Shortcut(KeyCode.MINUS, CTRL).inWindowLanguage());
    }

    /** In English nothing else changes: each key reads exactly as JavaFX writes it. */
    @Test
    void inEnglishTheyReadAsJavaFxWritesThem() {
        for (KeyCode code : List.of(KeyCode.O, KeyCode.HOME, KeyCode.END, KeyCode.PAGE_UP, KeyCode.DELETE, KeyCode.F5,
                KeyCode.LEFT, KeyCode.PLUS, KeyCode.DIGIT0, KeyCode.ENTER, KeyCode.BACK_SPACE, KeyCode.ESCAPE,
                KeyCode.SPACE, KeyCode.INSERT, KeyCode.PAGE_DOWN)) {
            for (KeyCombination.Modifier[] modifiers : List.of(new KeyCombination.Modifier[0],
                    new KeyCombination.Modifier[] {CTRL}, new KeyCombination.Modifier[] {CTRL, SHIFT},
                    new KeyCombination.Modifier[] {CTRL, ALT}, new KeyCombination.Modifier[] {SHIFT})) {
                assertEquals(new KeyCodeCombination(code, modifiers).getDisplayText(),
                        new Shortcut(code, modifiers).inWindowLanguage(), code + " " + List.of(modifiers));
            }
        }
    }

    @Test
    void theSameKeysAreTheSameShortcut() {
        assertEquals(new Shortcut(KeyCode.C, CTRL), new Shortcut(KeyCode.C, CTRL));
        assertEquals(new Shortcut(KeyCode.C, CTRL).hashCode(), new Shortcut(KeyCode.C, CTRL).hashCode());
        assertNotEquals(new Shortcut(KeyCode.C, CTRL), new Shortcut(KeyCode.C, CTRL, SHIFT));
        assertEquals(KeyCode.C, Shortcut.code(new Shortcut(KeyCode.C, CTRL)));
        assertEquals(KeyCode.C, Shortcut.code(new KeyCodeCombination(KeyCode.C, CTRL)));
        assertEquals(new KeyCodeCombination(KeyCode.C, CTRL).getName(), new Shortcut(KeyCode.C, CTRL).getName());
    }
}
