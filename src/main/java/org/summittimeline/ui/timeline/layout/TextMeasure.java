package org.summittimeline.ui.timeline.layout;

/**
 * How wide a label is in pixels. The window measures with its font (and caches); tests use a fixed width per
 * character, so placement is tested without a toolkit.
 */
@FunctionalInterface
public interface TextMeasure {
    /**
     * The fewest letters of a cut title worth drawing: "of…", "the…" or "sum…" on a dense file said nothing of
     * their events and crowded the row; without them the marks and the hover say it.
     */
    int LEAST_KEPT = 5;

    double width(String text);

    /**
     * The longest start of {@code text} that fits {@code room} with an ellipsis, the whole text when it fits, and
     * "" when fewer than {@link #LEAST_KEPT} letters and the ellipsis fit. A binary search measures a handful of
     * candidates.
     */
    default String fit(String text, double room) {
        if (width(text) <= room) {
            return text;
        }
        int lo = 0;
        int hi = text.length() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (width(text.substring(0, mid) + "\u2026") <= room) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        String kept = text.substring(0, lo).stripTrailing();
        return kept.length() < LEAST_KEPT ? "" : kept + "\u2026";
    }
}
