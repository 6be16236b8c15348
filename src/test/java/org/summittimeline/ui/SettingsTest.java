package org.summittimeline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;


import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summittimeline.ui.present.PresentationTheme;
import org.summittimeline.ui.timeline.layout.LaneMode;

/** Stored values that do not parse or are out of range fall back to their defaults; none stops the program. */
@Tag("toolkit-free")
class SettingsTest {
    @Test
    void aHandEditedOrOlderValueFallsBackToTheDefault() {
        Settings s = Settings.inMemory();
        s.put("theme", "PURPLE");
        s.put("lanes", "XYZ");
        s.put("window.width", "-5");
        s.put("window.height", "99999999");
        s.put("fontScale", "huge");
        s.put("divider.quotes", "NaN");
        assertEquals(Theme.LIGHT, s.choice(Settings.Key.THEME, Theme.class));
        assertEquals(LaneMode.CATEGORY, s.choice(Settings.Key.LANES, LaneMode.class));
        assertEquals(0, s.number(Settings.Key.WINDOW_WIDTH));
        assertEquals(0, s.number(Settings.Key.WINDOW_HEIGHT));
        assertEquals(1.0, s.number(Settings.Key.FONT_SCALE));
        assertEquals(0.62, s.number(Settings.Key.DIVIDER_QUOTES));
    }

    @Test
    void eachFallBackIsLoggedWithTheValueFoundAndTheValueUsed() {
        Logger log = Logger.getLogger(Settings.class.getName());
        List<String> lines = new ArrayList<>();
        Handler keep = new KeptLog(r -> {
            if (r.getLevel() == Level.WARNING) {
                lines.add(r.getMessage());
            }
        });
        log.addHandler(keep);
        try {
            Settings s = Settings.inMemory();
            s.put("theme", "PURPLE");
            s.put("window.width", "-5");
            s.put("fontScale", "huge");
            s.choice(Settings.Key.THEME, Theme.class);
            s.number(Settings.Key.WINDOW_WIDTH);
            s.number(Settings.Key.FONT_SCALE);
        } finally {
            log.removeHandler(keep);
        }
        assertEquals(3, lines.size(), lines.toString());
        assertTrue(lines.get(0).contains("theme = \"PURPLE\"") && lines.get(0).endsWith("using LIGHT"), lines.get(0));
        assertTrue(lines.get(1).contains("window.width = -5") && lines.get(1).contains("is outside"), lines.get(1));
        assertTrue(lines.get(2).contains("fontScale = \"huge\" is not a number; using 1.0"), lines.get(2));
    }

    @Test
    void aPresentationThemeFromAnotherVersionAndAFontScaleOutOfRangeFallBack() {
        Settings s = Settings.inMemory();
        s.put("presentation.theme", "SEPIA");
        s.put("fontScale", "40");
        assertEquals(PresentationTheme.HIGH_CONTRAST, s.choice(Settings.Key.PRESENTATION_THEME, PresentationTheme.class));
        assertEquals(1.0, s.number(Settings.Key.FONT_SCALE));
        s.put("fontScale", "0.1");
        assertEquals(1.0, s.number(Settings.Key.FONT_SCALE));
    }

    /** The type size keys (Ctrl+plus, Ctrl+minus) hold to the range the stored value is read in. */
    @Test
    void theFontScaleIsHeldToTheRangeItIsReadIn() {
        assertEquals(2.5, Settings.Key.FONT_SCALE.clamp(40));
        assertEquals(0.6, Settings.Key.FONT_SCALE.clamp(0.1));
        assertEquals(1.3, Settings.Key.FONT_SCALE.clamp(1.3));
        // A step of the text size is kept in whole hundredths, within the range: the viewer's and the
        // presentation's Ctrl+plus wrote 1.771561000000001 before.
        double scale = 1;
        for (int press = 0; press < 6; press++) {
            scale = Settings.Key.FONT_SCALE.step(scale, 1.1);
        }
        assertEquals(1.77, scale);
        assertEquals(0.91, Settings.Key.FONT_SCALE.step(1, 1 / 1.1));
        assertEquals(2.5, Settings.Key.FONT_SCALE.step(2.4, 1.1));
        // Down the sizes it went up: multiplied and divided, Ctrl+minus had come down from 250 % through 227 and 206,
        // and ten presses had ended at 95 %.
        List<Double> up = new ArrayList<>(List.of(1.0));
        for (int press = 0; press < 12; press++) {
            up.add(Settings.Key.FONT_SCALE.step(up.get(up.size() - 1), 1.1));
        }
        assertEquals(List.of(1.0, 1.1, 1.21, 1.33, 1.46, 1.61, 1.77, 1.95, 2.15, 2.37, 2.5, 2.5, 2.5), up);
        List<Double> down = new ArrayList<>(List.of(2.5));
        for (int press = 0; press < 10; press++) {
            down.add(Settings.Key.FONT_SCALE.step(down.get(down.size() - 1), 1 / 1.1));
        }
        assertEquals(List.of(2.5, 2.37, 2.15, 1.95, 1.77, 1.61, 1.46, 1.33, 1.21, 1.1, 1.0), down);
        assertEquals(0.6, Settings.Key.FONT_SCALE.step(0.62, 1 / 1.1), "the range's end is the last step down");
        assertEquals(0.6, Settings.Key.FONT_SCALE.step(0.6, 1 / 1.1));
        // A size stored off the ladder steps to the next size on it either way.
        assertEquals(1.21, Settings.Key.FONT_SCALE.step(1.16, 1.1));
        assertEquals(1.1, Settings.Key.FONT_SCALE.step(1.16, 1 / 1.1));
        assertEquals(2.5, Settings.Key.FONT_SCALE.step(2.495, 1.1), "a hair from the top, the top");
        assertEquals(0.6, Settings.Key.FONT_SCALE.step(0.604, 1 / 1.1), "a hair from the bottom, the bottom");
        assertEquals(7.0, Settings.Key.THEME.clamp(7), "a key without a range keeps the value");
    }

    @Test
    void theLastFolderIsUsedOnlyWhenItIsAFolderHereNow(@TempDir Path dir) throws IOException {
        Settings s = Settings.inMemory();
        assertNull(s.folder(Settings.Key.LAST_FOLDER), "none stored");
        s.put(Settings.Key.LAST_FOLDER, "/tmp/a\u0000b");
        assertNull(s.folder(Settings.Key.LAST_FOLDER), "a NUL: not a path here (Path.of throws)");
        s.put(Settings.Key.LAST_FOLDER, dir.resolve("gone").toString());
        assertNull(s.folder(Settings.Key.LAST_FOLDER), "no folder there now");
        s.put(Settings.Key.LAST_FOLDER, Files.writeString(dir.resolve("f.txt"), "x").toString());
        assertNull(s.folder(Settings.Key.LAST_FOLDER), "a file, not a folder");
        s.put(Settings.Key.LAST_FOLDER, dir.toString());
        assertEquals(dir, s.folder(Settings.Key.LAST_FOLDER));
    }

    @Test
    void goodValuesAreRead() {
        Settings s = Settings.inMemory();
        s.put(Settings.Key.THEME, "DARK");
        s.putNumber(Settings.Key.FONT_SCALE, 1.5);
        assertEquals(Theme.DARK, s.choice(Settings.Key.THEME, Theme.class));
        assertEquals(1.5, s.number(Settings.Key.FONT_SCALE));
    }
}
