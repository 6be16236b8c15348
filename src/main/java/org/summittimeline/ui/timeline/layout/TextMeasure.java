package org.summittimeline.ui.timeline.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * How wide a label is in pixels. The window measures with its font (and caches); tests use a fixed width per
 * character, so placement is tested without a toolkit.
 */
@FunctionalInterface
public interface TextMeasure {
    /**
     * The fewest letters of a cut title worth drawing: "of…", "the…" or "sum…" on a dense file said nothing of
     * their events and crowded the row; without them the marks and the tooltip say it. Only event titles in their
     * rows follow it: a lane's name, a plate or a note keeps what fits.
     */
    int LEAST_KEPT = 5;

    double width(String text);

    /**
     * The height of a line of the text measured, descenders included, or 0 where it is not known (the tests' fixed
     * widths): the relative time's strip gives its line this much where the designed room is less (a font of taller
     * line, as Windows' Segoe UI, would otherwise reach the bracket).
     */
    default double lineHeight() {
        return 0;
    }

    /**
     * The longest start of {@code text} that fits {@code room} with an ellipsis, the whole text when it fits, and
     * "" when not even one letter and the ellipsis fit. A binary search measures a handful of candidates.
     */
    default String fit(String text, double room) {
        if (width(text) <= room) {
            return text;
        }
        int lo = mostLetters(text.length() - 1, n -> width(text.substring(0, n) + "\u2026") <= room);
        return lo == 0 ? "" : text.substring(0, lo).stripTrailing() + "\u2026";
    }

    /** The most letters, up to {@code most}, that {@code fits}: a binary search measures a handful of candidates. */
    private static int mostLetters(int most, IntPredicate fits) {
        int lo = 0;
        int hi = most;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (fits.test(mid)) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** As {@link #fit}, keeping the text's end after the ellipsis: "…aker 10". */
    default String fitEnd(String text, double room) {
        if (width(text) <= room) {
            return text;
        }
        int lo = mostLetters(text.length() - 1, n -> width("\u2026" + text.substring(text.length() - n)) <= room);
        return lo == 0 ? "" : "\u2026" + text.substring(text.length() - lo).stripLeading();
    }

    /**
     * Names cut to {@code room} each, told apart: names that begin alike and cut alike ("Speaker 3" and "Speaker 10"
     * both "Spea…" in the lane names' column at 250 %, twenty lanes no one could tell apart) keep their ends instead.
     */
    static List<String> apart(List<String> names, double room, TextMeasure measure) {
        List<String> cuts = names.stream().map(n -> measure.fit(n, room)).toList();
        Map<String, List<Integer>> alike = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            if (!cuts.get(i).equals(names.get(i))) {
                alike.computeIfAbsent(cuts.get(i), c -> new ArrayList<>()).add(i);
            }
        }
        List<String> out = new ArrayList<>(cuts);
        for (List<Integer> group : alike.values()) {
            if (group.size() < 2) {
                continue;
            }
            List<String> ends = group.stream().map(i -> measure.fitEnd(names.get(i), room)).toList();
            // Only where the ends do tell them apart: "Speaker A 10" and "Speaker B 10" would both end "…10", and
            // their starts say more.
            if (ends.stream().distinct().count() == ends.size() && !ends.contains("")) {
                for (int k = 0; k < group.size(); k++) {
                    out.set(group.get(k), ends.get(k));
                }
            }
        }
        return out;
    }

    /**
     * As {@link #fit}, for an event's title in its row, cut between words where a word before the cut keeps
     * {@link #LEAST_KEPT} letters or digits; a cut that keeps fewer is "", and the title is placed elsewhere or not
     * at all.
     */
    default String fitTitle(String title, double room) {
        String cut = fit(title, room);
        if (cut.isEmpty() || cut.equals(title)) {
            return cut;
        }
        // Whole words: cut inside one, a title could say the opposite of itself (Trump: "would" should have been
        // "would…", where the title says "wouldn't").
        int kept = cut.length() - 1;
        if (kept < title.length() && inWord(title.charAt(kept)) && inWord(title.charAt(kept - 1))) {
            int space = kept - 1;
            while (space >= 0 && !Character.isWhitespace(title.charAt(space))
                    && !Character.isSpaceChar(title.charAt(space))) {
                space--;
            }
            String words = space < 0 ? "" : title.substring(0, space).stripTrailing() + "\u2026";
            if (words.codePoints().filter(Character::isLetterOrDigit).count() >= LEAST_KEPT) {
                cut = words;
            }
        }
        return cut.codePoints().filter(Character::isLetterOrDigit).count() < LEAST_KEPT ? "" : cut;
    }

    /** A letter, digit, accent or apostrophe: part of a word ("wouldn't", "Trump's"), where a cut is inside it. */
    private static boolean inWord(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '\u2019' || Character.getType(c) == Character.NON_SPACING_MARK;
    }
}
