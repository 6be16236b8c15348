package org.summittimeline.ui;

import java.util.Arrays;
import java.util.Locale;

/**
 * The language of the window: the one chosen in View ▸ Language, else the system's. It is applied once, before
 * the window is built, because every node takes its text when it is made.
 */
public final class Language {
    private Language() {
    }

    /** The chosen language, or the system locale when none was chosen (Texts falls back to English). */
    public static Locale chosen(Settings settings) {
        String tag = settings.get(Settings.Key.LANGUAGE);
        return tag == null || tag.isBlank() ? Locale.getDefault() : Locale.forLanguageTag(tag);
    }

    /** Loads the texts in the chosen language; call before the window is built. */
    public static void apply(Settings settings) {
        Texts.use(chosen(settings));
    }

    /** Which of the offered languages the window will speak at the next start. */
    public static Locale next(Settings settings) {
        String language = chosen(settings).getLanguage();
        return Arrays.stream(Texts.LANGUAGES).filter(l -> l.getLanguage().equals(language)).findFirst()
                .orElse(Locale.ENGLISH);
    }

    /** Remembers {@code locale} for the next start; true when that changes the language the window speaks. */
    public static boolean choose(Settings settings, Locale locale) {
        boolean changes = !locale.getLanguage().equals(Texts.locale().getLanguage());
        settings.put(Settings.Key.LANGUAGE, locale.toLanguageTag());
        return changes;
    }

    /** A language's name in itself ("English", "Deutsch"), as language menus show it. */
    public static String ownName(Locale locale) {
        String name = locale.getDisplayLanguage(locale);
        return name.isEmpty() ? locale.toLanguageTag() : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
