package org.summittimeline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
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
    void goodValuesAreRead() {
        Settings s = Settings.inMemory();
        s.put(Settings.Key.THEME, "DARK");
        s.putNumber(Settings.Key.FONT_SCALE, 1.5);
        assertEquals(Theme.DARK, s.choice(Settings.Key.THEME, Theme.class));
        assertEquals(1.5, s.number(Settings.Key.FONT_SCALE));
    }
}
