package org.summittimeline.ui.present;

import java.util.List;
import java.util.function.ToDoubleFunction;
import javafx.scene.text.FontWeight;

/**
 * Sizes a slide's type to its screen. The quote comes first: it gets the largest size that fits the free space
 * with the other texts at their smallest, and never less than its minimum, which grows with the teacher's scale;
 * then the other texts grow with the scale as far as the room left allows. So Ctrl+plus never makes the quote
 * smaller. Where the room is short for the larger minimum, the quote gives way first, down to its size at the
 * designed scale, and the other texts keep their designed sizes: Ctrl+plus never makes them smaller either. When the quote at its minimum does not fit (a long quote under the presenter band on a small screen)
 * the others give up to 30% of their size first, and the quote shrinks below its minimum only after that
 * (cutting words off would be worse).
 */
final class SlideFit {
    /** Smallest sizes at the 720-pixel baseline and scale 1. */
    static final double QUOTE_MIN = 32;
    static final double QUOTE_MAX = 72;
    static final double TITLE_MIN = 48;
    static final double TITLE_MAX = 60;
    static final double TIME = 22;
    static final double SPEAKER = 26;
    static final double CONTEXT = 22;
    static final double CITATION = 22;
    static final double PROGRESS = 22;
    /** Space between the lines of the body, at the baseline. */
    static final double GAP = 10;

    /** What the slide shows; null or empty parts take no room. */
    record Parts(String title, String time, String speaker, String quote, String context, String citation,
                 String progress) {
    }

    /** The chosen sizes in pixels, and the height they take. */
    record Sizes(double title, double time, double speaker, double quote, double context, double citation,
                 double progress, double height) {
    }

    private SlideFit() {
    }

    /**
     * @param unit   the window's height over 720
     * @param scale  the teacher's type scale (1 as designed)
     * @param room   the height the slide may take
     * @param width  the width its lines wrap at
     */
    static Sizes fit(Parts t, double width, double room, double unit, double scale) {
        return fit(t, width, room, unit, scale, QUOTE_MAX);
    }

    /** As {@link #fit}, with the quote's slot holding a text that should grow no larger than {@code max}. */
    static Sizes fit(Parts t, double width, double room, double unit, double scale, double max) {
        return fit(t, width, room, unit, scale, max, fitted(t, width, room, unit, 1, max).sizes());
    }

    /**
     * As {@link #fit(Parts, double, double, double, double, double)}, no text smaller than in {@code below}, the
     * slide's sizes as they were shown one step of the scale below (at first the designed scale): with a larger
     * scale, the quote of a slide that filled its room came out a pixel smaller at each press (65, then 64 px where it
     * had 66), with nothing larger to show.
     */
    static Sizes fit(Parts t, double width, double room, double unit, double scale, double max, Sizes below) {
        if (scale <= 1) {
            return fitted(t, width, room, unit, scale, max).sizes();
        }
        Fitted atScale = fitted(t, width, room, unit, scale, max);
        if (atScale.others() >= 1 && noneSmaller(atScale.sizes(), below)) {
            return atScale.sizes();
        }
        // As much of the teacher's larger type as the slide has room for: at 200 % an event's summary of six lines
        // did not fit, and the slide fell back to the designed sizes with half the screen empty.
        for (double less = scale / 1.05; less > 1; less /= 1.05) {
            // Sought at the edge of the room, a size is taken with a line's leading to spare: JavaFX measures the
            // same lines a pixel or two taller once texts of those sizes have been drawn (hinted metrics).
            Fitted fits = fitted(t, width, room - 8 * unit, unit, less, max);
            if (fits.others() >= 1 && noneSmaller(fits.sizes(), below)) {
                return fits.sizes();
            }
        }
        // No room for larger type: the quote's larger minimum would push the title, the time and the rest below
        // their sizes a step below (an event's long summary at 1280x720 took the title from 60 to 42 px). The slide
        // stays as it was a step below, where the quote already had the room the others left.
        return below;
    }

    /** Whether every text of {@code sizes} is at least as large as in {@code below}. */
    private static boolean noneSmaller(Sizes sizes, Sizes below) {
        double[] a = {sizes.title(), sizes.time(), sizes.speaker(), sizes.quote(), sizes.context(), sizes.citation(),
            sizes.progress()};
        double[] b = {below.title(), below.time(), below.speaker(), below.quote(), below.context(), below.citation(),
            below.progress()};
        for (int i = 0; i < a.length; i++) {
            if (a[i] < b[i] - 0.01) {
                return false;
            }
        }
        return true;
    }

    /** The sizes, and the factor the texts other than the quote got (below 1 when they gave way to it). */
    private record Fitted(Sizes sizes, double others) {
    }

    private static Fitted fitted(Parts t, double width, double room, double unit, double scale, double max) {
        double quoteMin = QUOTE_MIN * unit * scale;
        double quote = 0;
        if (present(t.quote())) {
            double free = room - others(t, width, unit, 1, 0).height();
            double best = TextFit.size(t.quote(), width, free, max * unit, Math.min(quoteMin, max * unit) / 2,
                    FontWeight.NORMAL);
            quote = Math.max(quoteMin, Math.min(best, max * unit));
        }
        double quoteHeight = present(t.quote()) ? TextFit.height(t.quote(), width, quote, FontWeight.NORMAL) : 0;
        // The others grow with the scale as far as the room left by the quote allows, never below their own sizes.
        for (double others = scale; others > 1; others = Math.max(1, others / 1.05)) {
            Sizes s = others(t, width, unit, others, quote);
            if (s.height() + quoteHeight <= room) {
                // Then a quote at its cap grows with the type into the room still free: "nonsense", one word, stayed
                // at its 100 % size at 146 %, with half the slide empty under it.
                if (present(t.quote()) && quote >= max * unit - 0.5) {
                    quote = Math.max(quote, TextFit.size(t.quote(), width, room - s.height() - 8 * unit,
                            max * unit * scale, quote, FontWeight.NORMAL));
                    quoteHeight = TextFit.height(t.quote(), width, quote, FontWeight.NORMAL);
                }
                return new Fitted(withQuote(s, quote, quoteHeight), others);
            }
        }
        double factor = Math.min(1, scale);
        Sizes smallest = others(t, width, unit, factor, quote);
        // A long quote under the presenter's band on a small screen: the others give up some size before the quote,
        // all but the time, which kept 70 % of its 22 px under a long summary: 15 px, unreadable past the first
        // rows, and the time (how sure it is, in whose words) is what the class is asked to look at.
        for (double others = factor * 0.9; smallest.height() + quoteHeight > room && others >= 0.7; others -= 0.1) {
            smallest = others(t, width, unit, others, Math.min(1, scale), quote);
            factor = others;
        }
        if (present(t.quote()) && smallest.height() + quoteHeight > room) {
            // Last resort: a smaller quote rather than words off the screen.
            double free = room - smallest.height();
            quote = TextFit.size(t.quote(), width, free, quote, 12 * unit, FontWeight.NORMAL);
            quoteHeight = TextFit.height(t.quote(), width, quote, FontWeight.NORMAL);
        }
        return new Fitted(withQuote(smallest, quote, quoteHeight), factor);
    }

    /**
     * The slide with every text but the quote at the step's {@code shared} sizes (each no larger than the slide's
     * {@code own}), and the quote as large as the room they leave allows, up to its cap, never smaller than its own.
     * Fitted alone, a step's slides gave the speaker, context and citation a different size at each click (26, then
     * 38 px), and the time, shared, ended smaller than the citation under it.
     */
    static Sizes sharing(Parts t, Sizes own, Sizes shared, double width, double room, double unit, double scale,
                         double max) {
        // No larger than the slide's own either: measured for a shorter room under the presenter's band, a shared
        // size could exceed what this slide fitted.
        Sizes both = smallest(List.of(own, shared));
        double[] sizes = {both.time(), both.speaker(), both.context(), both.citation(), both.progress()};
        double height = heightOf(t, both.title(), sizes, width, unit);
        double quote = own.quote();
        if (present(t.quote())) {
            double cap = Math.max(own.quote(), max * unit * scale);
            quote = Math.max(own.quote(), TextFit.size(t.quote(), width, room - height - 8 * unit, cap, own.quote(),
                    FontWeight.NORMAL));
            height += TextFit.height(t.quote(), width, quote, FontWeight.NORMAL);
        }
        return new Sizes(both.title(), sizes[0], sizes[1], quote, sizes[2], sizes[3], sizes[4], height);
    }

    /** The smallest of each text's size over {@code all}: what a step's slides share. */
    static Sizes smallest(List<Sizes> all) {
        return new Sizes(min(all, Sizes::title), min(all, Sizes::time), min(all, Sizes::speaker), 0,
                min(all, Sizes::context), min(all, Sizes::citation), min(all, Sizes::progress), 0);
    }

    private static double min(List<Sizes> all, ToDoubleFunction<Sizes> size) {
        return all.stream().mapToDouble(size).min().orElseThrow();
    }

    private static Sizes withQuote(Sizes s, double quote, double quoteHeight) {
        return new Sizes(s.title(), s.time(), s.speaker(), quote, s.context(), s.citation(), s.progress(),
                s.height() + quoteHeight);
    }

    /** Everything but the quote at {@code scale}, and the height it takes (gaps included). */
    private static Sizes others(Parts t, double width, double unit, double scale, double quote) {
        return others(t, width, unit, scale, scale, quote);
    }

    /** As {@link #others(Parts, double, double, double, double)}, the time at {@code timeScale}. */
    private static Sizes others(Parts t, double width, double unit, double scale, double timeScale, double quote) {
        double k = unit * scale;
        double title = TextFit.size(t.title(), width, 2.6 * TITLE_MAX * k, TITLE_MAX * k, TITLE_MIN * k,
                FontWeight.BOLD);
        double[] sizes = {TIME * unit * timeScale, SPEAKER * k, CONTEXT * k, CITATION * k, PROGRESS * k};
        double height = heightOf(t, title, sizes, width, unit);
        return new Sizes(title, sizes[0], sizes[1], quote, sizes[2], sizes[3], sizes[4], height);
    }

    /** The height of the title and of the time, speaker, context, citation and progress at {@code sizes}, with the
     *  gaps between them and the one above the quote. */
    private static double heightOf(Parts t, double title, double[] sizes, double width, double unit) {
        double height = TextFit.height(t.title(), width, title, FontWeight.BOLD);
        double gap = GAP * unit;
        String[] texts = {t.time(), t.speaker(), t.context(), t.citation(), t.progress()};
        FontWeight[] weights = {FontWeight.NORMAL, FontWeight.BOLD, FontWeight.NORMAL, FontWeight.NORMAL,
            FontWeight.NORMAL};
        for (int i = 0; i < texts.length; i++) {
            if (present(texts[i])) {
                height += gap + TextFit.height(texts[i], width, sizes[i], weights[i]);
            }
        }
        return present(t.quote()) ? height + gap : height;
    }

    private static boolean present(String text) {
        return text != null && !text.isEmpty();
    }
}
