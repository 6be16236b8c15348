package org.summittimeline.query;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Case- and accent-insensitive text comparison: "niinisto" finds "Niinistö", "NONSENSE" finds "nonsense".
 * Texts are folded once when indexed; each search folds only the query.
 */
public final class TextMatch {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private TextMatch() {
    }

    /** Lower case without accents, with typographic quotes and dashes made plain. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("");
        return plain.toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('\u201c', '"').replace('\u201d', '"')
                .replace('\u2013', '-').replace('\u2014', '-');
    }
}
