package org.summittimeline.query;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Case- and accent-insensitive text comparison: "niinisto" finds "Niinistö", "NONSENSE" finds "nonsense".
 * The index folds texts as it reads them; each search folds only the query.
 */
public final class TextMatch {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private TextMatch() {
    }

    static boolean isPlainAscii(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            if (text.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the folded text contains the folded needle. Plain-ASCII texts are compared a letter at a time,
     * without making a folded copy: a phrase search may check thousands of them per keystroke.
     */
    static boolean containsFolded(String text, String foldedNeedle) {
        if (!isPlainAscii(text)) {
            return fold(text).contains(foldedNeedle);
        }
        int last = text.length() - foldedNeedle.length();
        for (int i = 0; i <= last; i++) {
            if (text.regionMatches(true, i, foldedNeedle, 0, foldedNeedle.length())) {
                return true;
            }
        }
        return false;
    }

    /** Lower case without accents, with typographic quotes and dashes made plain. */
    public static String fold(String text) {
        if (text == null) {
            return "";
        }
        if (isPlainAscii(text)) {
            // Nothing to strip or straighten: lower case alone, which returns the same string when already lower.
            return text.toLowerCase(Locale.ROOT);
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String plain = MARKS.matcher(decomposed).replaceAll("");
        return plain.toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('\u201c', '"').replace('\u201d', '"')
                .replace('\u2013', '-').replace('\u2014', '-');
    }
}
