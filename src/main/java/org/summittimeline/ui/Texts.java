package org.summittimeline.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.summittimeline.query.Words;

/**
 * Every text the window and the presentation show, from the resource bundle {@code org/summittimeline/ui/texts}
 * (English, with German beside it). The bundled timeline's own texts are data and stay as written.
 *
 * <p>The language is chosen once, before the window is built, because nodes take their texts when they are made;
 * a change of language takes effect at the next start.
 */
public final class Texts {
    private static final Logger LOG = Logger.getLogger(Texts.class.getName());
    static final String BUNDLE = "org.summittimeline.ui.texts";
    /** The languages offered, each complete in its bundle. */
    public static final Locale[] LANGUAGES = {Locale.ENGLISH, Locale.GERMAN};

    private static volatile ResourceBundle bundle = load(Locale.getDefault());

    static {
        Words.use(locale());
    }

    private Texts() {
    }

    /** Uses {@code locale}'s language when we have it, else English. */
    public static void use(Locale locale) {
        bundle = load(Objects.requireNonNull(locale));
        Words.use(locale());
    }

    public static Locale locale() {
        return bundle.getLocale().getLanguage().isEmpty() ? Locale.ENGLISH : bundle.getLocale();
    }

    /** The text for {@code key}; a missing key shows as {@code !key!} (and a test fails) rather than stopping. */
    public static String get(String key) {
        return lookUp(bundle, key);
    }

    private static String lookUp(ResourceBundle texts, String key) {
        try {
            return texts.getString(key);
        } catch (MissingResourceException e) {
            LOG.warning("no text for key " + key);
            return "!" + key + "!";
        }
    }

    /** The text for {@code key} in {@code locale}'s language, whichever the window speaks: a choice said in its words. */
    public static String in(Locale locale, String key) {
        return lookUp(load(locale), key);
    }

    /**
     * The text for {@code key} with {@code {0}}, {@code {1}}… filled in, numbers in the language's format. A text
     * filled in between the language's quotation marks (“{1}”, „{1}“) has its own double marks made single
     * ({@link Words#inMarks}), so that no caller can forget to.
     */
    public static String format(String key, Object... arguments) {
        String pattern = get(key);
        Object[] filled = Words.inMarks(pattern, arguments);
        Locale locale = locale();
        MessageFormat made = FORMATS.get(pattern);
        if (made == null || !made.getLocale().equals(locale)) {
            // Parsing a pattern took most of each call (a choice of plurals, 5.8 µs); it is done once per pattern.
            made = new MessageFormat(pattern, locale);
            FORMATS.put(pattern, made);
        }
        // A MessageFormat is not safe to share between threads as it formats, and texts are filled off the UI
        // thread too (lanes prepared while a file is read, exports).
        synchronized (made) {
            return made.format(filled);
        }
    }

    /** Each pattern's format, made once; the number formats in it follow the language it was made for. */
    private static final Map<String, MessageFormat> FORMATS = new ConcurrentHashMap<>();

    private static ResourceBundle load(Locale locale) {
        // The root bundle is English; without this control a German system would fall back to it only after
        // trying the default locale's bundle, which makes the choice depend on the machine.
        return ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
