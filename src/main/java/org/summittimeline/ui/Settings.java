package org.summittimeline.ui;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.logging.Logger;

/**
 * Remembered choices (window size, dividers, theme, lanes). The app stores them in java.util.prefs; tests in
 * memory. Every key is a {@link Key} with its default and, for numbers, its range; reading goes through checked
 * accessors, so a hand-edited or older value that does not parse, or is out of range, falls back to the default
 * with a log line and never stops the program.
 */
public interface Settings {
    Logger LOG = Logger.getLogger(Settings.class.getName());

    /** Every preference the program keeps, in one place. */
    enum Key {
        THEME("theme", "LIGHT"),
        LANES("lanes", "CATEGORY"),
        PRESENTATION_THEME("presentation.theme", "HIGH_CONTRAST"),
        FONT_SCALE("fontScale", 1.0, 0.6, 2.5),
        /** 0: none remembered yet. */
        WINDOW_WIDTH("window.width", 0, 0, 100_000),
        WINDOW_HEIGHT("window.height", 0, 0, 100_000),
        WINDOW_MAXIMIZED("window.maximized", "false"),
        DIVIDER_QUOTES("divider.quotes", 0.62, 0.15, 0.9),
        DIVIDER_TIMELINE("divider.timeline", 0.64, 0.15, 0.9),
        LAST_FOLDER("lastFolder", null),
        /** The folder a file was last saved to (an export, a comparison); save windows open there. */
        LAST_SAVE_FOLDER("lastSaveFolder", null),
        /** Up to ten files opened last, newest first, one per line. */
        RECENT_FILES("recentFiles", ""),
        /** A language tag ("en", "de"); none stored: the system's language. */
        LANGUAGE("language", null),
        /** The citation style Edit ▸ Copy in Citation Style uses: a name of {@code export.CitationStyle}. */
        CITATION_STYLE("citation.style", "APA"),
        /** Read the open file again when it changes on disk (files over 50 MB only when asked for each time). */
        LIVE_RELOAD("liveReload", "true");

        private final String name;
        private final String fallback;
        private final double min;
        private final double max;

        Key(String name, String fallback) {
            this.name = name;
            this.fallback = fallback;
            this.min = Double.NaN;
            this.max = Double.NaN;
        }

        Key(String name, double fallback, double min, double max) {
            this.name = name;
            this.fallback = String.valueOf(fallback);
            this.min = min;
            this.max = max;
        }

        public String key() {
            return name;
        }

        public String fallback() {
            return fallback;
        }

        /** {@code value} held within the key's range (a number key's; others have none and keep the value). */
        public double clamp(double value) {
            return Double.isNaN(min) ? value : Math.max(min, Math.min(max, value));
        }

        /**
         * The text size one step of {@code factor} (or its inverse, below 1) from {@code current}: the next size up or
         * down on one ladder of sizes, each {@code factor} times the one below from the key's default, in whole
         * hundredths as the menu shows them (steps of 1.1 wrote 1.771561000000001 into the settings), with the
         * range's ends as its ends. Multiplied and divided, Ctrl+minus had come down from 250 % through 227, 206,
         * 188 …, never to a size passed going up, and ten presses ended at 95 %, not 100 %. A size off the ladder
         * (stored by an older version) steps to the nearest one on the way.
         */
        public double step(double current, double factor) {
            boolean up = factor > 1;
            double rung = up ? factor : 1 / factor;
            if (Double.isNaN(min) || min <= 0 || rung < 1.05) {
                throw new IllegalArgumentException(name + " has no ladder of sizes for a step of " + factor);
            }
            double start = Double.parseDouble(fallback);
            // The sizes, from the default outwards: near sizes compared in hundredths, as they are kept.
            TreeSet<Double> ladder = new TreeSet<>(List.of(min, start, max));
            for (double size = hundredths(start * rung); size < max; size = hundredths(size * rung)) {
                ladder.add(size);
            }
            for (double size = hundredths(start / rung); size > min; size = hundredths(size / rung)) {
                ladder.add(size);
            }
            Double next = up ? ladder.higher(hundredths(current) + 0.001) : ladder.lower(hundredths(current) - 0.001);
            // Past the last rung (a size stored a hair from the range's end), the end itself.
            return clamp(next == null ? (up ? max : min) : next);
        }

        private static double hundredths(double size) {
            return Math.round(size * 100) / 100.0;
        }
    }

    String get(String key, String fallback);

    void put(String key, String value);

    default String get(Key key) {
        return get(key.name, key.fallback);
    }

    default void put(Key key, String value) {
        put(key.name, value);
    }

    /** The stored choice of an enum, or the key's default when the stored text names none of its values. */
    default <E extends Enum<E>> E choice(Key key, Class<E> type) {
        String stored = get(key);
        try {
            return Enum.valueOf(type, stored);
        } catch (IllegalArgumentException | NullPointerException e) {
            LOG.warning(() -> "preference " + key.name + " = \"" + stored + "\" is not one of "
                    + Arrays.toString(type.getEnumConstants()) + "; using " + key.fallback);
            return Enum.valueOf(type, key.fallback);
        }
    }

    /** The stored number, or the key's default when it does not parse or lies outside the key's range. */
    default double number(Key key) {
        String stored = get(key);
        double fallback = Double.parseDouble(key.fallback);
        try {
            double value = Double.parseDouble(stored);
            if (!Double.isNaN(key.min) && (Double.isNaN(value) || value < key.min || value > key.max)) {
                LOG.warning(() -> "preference " + key.name + " = " + stored + " is outside " + key.min + " to "
                        + key.max + "; using " + key.fallback);
                return fallback;
            }
            return value;
        } catch (NumberFormatException | NullPointerException e) {
            LOG.warning(() -> "preference " + key.name + " = \"" + stored + "\" is not a number; using " + key.fallback);
            return fallback;
        }
    }

    /**
     * The stored folder, or null when none is stored, when the text is no path on this system (a NUL, say, or a
     * name copied from another one) or when no folder is there any more.
     */
    default Path folder(Key key) {
        String stored = get(key);
        if (stored == null || stored.isBlank()) {
            return null;
        }
        try {
            Path folder = Path.of(stored);
            if (Files.isDirectory(folder)) {
                return folder;
            }
            LOG.info(() -> "preference " + key.name + " = \"" + stored + "\" is no folder now; not using it");
        } catch (InvalidPathException e) {
            String why = e.getReason();
            LOG.warning(() -> "preference " + key.name + " = \"" + stored + "\" is not a path (" + why + "); ignored");
        }
        return null;
    }

    default boolean flag(Key key) {
        return Boolean.parseBoolean(get(key));
    }

    default void putNumber(Key key, double value) {
        put(key.name, String.valueOf(value));
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
