package org.summittimeline.query;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
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

    /** How a text folds: lower-case ASCII is its own fold, other ASCII only needs lower case, the rest the works. */
    static final byte LOWER_ASCII = 0;
    static final byte ASCII = 1;
    static final byte OTHER = 2;

    static byte kindOf(String text) {
        byte kind = LOWER_ASCII;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c > 127) {
                return OTHER;
            }
            if (c >= 'A' && c <= 'Z') {
                kind = ASCII;
            }
        }
        return kind;
    }

    /**
     * Whether the folded text contains the folded needle, the text being of the given {@link #kindOf kind}. No
     * folded copy is made for ASCII texts: a phrase search checks tens of thousands of them per keystroke.
     */
    static boolean containsFolded(String text, byte kind, String foldedNeedle) {
        if (kind == OTHER) {
            return fold(text).contains(foldedNeedle);
        }
        if (text.indexOf(foldedNeedle) >= 0) {
            return true;
        }
        if (kind == LOWER_ASCII) {
            return false;
        }
        // Missed by the plain scan only where a capital letter stands in the phrase: try the starts around each.
        int n = foldedNeedle.length();
        int lastStart = text.length() - n;
        int checkedUpTo = -1;
        for (int p = 0; p < text.length(); p++) {
            char c = text.charAt(p);
            if (c < 'A' || c > 'Z') {
                continue;
            }
            for (int start = Math.max(checkedUpTo + 1, p - n + 1); start <= p && start <= lastStart; start++) {
                if (loweredEquals(text, start, foldedNeedle)) {
                    return true;
                }
            }
            checkedUpTo = Math.max(checkedUpTo, p);
        }
        return false;
    }

    private static boolean loweredEquals(String text, int start, String lower) {
        for (int k = 0; k < lower.length(); k++) {
            char t = text.charAt(start + k);
            if (t >= 'A' && t <= 'Z') {
                t += 'a' - 'A';
            }
            if (t != lower.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where {@code foldedNeedle} (as {@link #fold} makes it) stands in {@code text}, as pairs of start and end in the
     * text's own characters, for marking what a search found: the places at a word's beginning, as the search
     * matches a word, or where none is and the needle is a phrase, every place (the search lets a phrase begin inside
     * a word). Empty when it is not there: a single word inside another ("art" in "start") is not what was found.
     */
    public static List<int[]> places(String text, String foldedNeedle) {
        if (text == null || foldedNeedle == null || foldedNeedle.isEmpty()) {
            return List.of();
        }
        // Each character folded on its own, remembering which character each folded one came from: an accent
        // stripped or a letter decomposed changes the length, and the marks must fall on the words shown.
        StringBuilder folded = new StringBuilder(text.length());
        int[] from = new int[text.length() * 2 + 1];
        for (int i = 0; i < text.length(); i++) {
            String one = fold(String.valueOf(text.charAt(i)));
            for (int k = 0; k < one.length(); k++) {
                if (folded.length() == from.length) {
                    from = java.util.Arrays.copyOf(from, from.length * 2);
                }
                from[folded.length()] = i;
                folded.append(one.charAt(k));
            }
        }
        List<int[]> atWords = new ArrayList<>();
        List<int[]> anywhere = new ArrayList<>();
        int n = foldedNeedle.length();
        for (int at = folded.indexOf(foldedNeedle); at >= 0; at = folded.indexOf(foldedNeedle, at + n)) {
            if (!anywhere.isEmpty() && from[at] < anywhere.get(anywhere.size() - 1)[1]) {
                // A character that folds to several began the last place: this one would mark it twice.
                continue;
            }
            int end = from[at + n - 1] + 1;
            // A combining accent after the last letter folds to nothing: it belongs to the letter, and is marked.
            while (end < text.length() && fold(String.valueOf(text.charAt(end))).isEmpty()) {
                end++;
            }
            int[] place = {from[at], end};
            anywhere.add(place);
            if (at == 0 || !Character.isLetterOrDigit(folded.charAt(at - 1))) {
                atWords.add(place);
            }
        }
        return !atWords.isEmpty() || foldedNeedle.indexOf(' ') < 0 ? atWords : anywhere;
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
