package org.summittimeline.ui;

import java.util.HashMap;
import java.util.Map;

/** Remembered choices (window size, dividers, theme). The app stores them in java.util.prefs; tests in memory. */
public interface Settings {

    String get(String key, String fallback);

    void put(String key, String value);

    default double getDouble(String key, double fallback) {
        try {
            return Double.parseDouble(get(key, String.valueOf(fallback)));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    default void putDouble(String key, double value) {
        put(key, String.valueOf(value));
    }

    static Settings inMemory() {
        Map<String, String> values = new HashMap<>();
        return new Settings() {
            @Override
            public String get(String key, String fallback) {
                return values.getOrDefault(key, fallback);
            }

            @Override
            public void put(String key, String value) {
                values.put(key, value);
            }
        };
    }
}
