package org.summittimeline.ui.present;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.summittimeline.model.Quote;
import org.summittimeline.model.QuoteKind;
import org.summittimeline.model.Timeline;
import org.summittimeline.query.CitationText;
import org.summittimeline.ui.Labels;
import org.summittimeline.ui.Settings;
import org.summittimeline.ui.Texts;

/**
 * The texts of a step's slides, the event's own and each of its quotes', as {@link SlideFit} measures them; and the
 * sizes the step's slides share, so that the heading and the lines around the quote keep one size while the teacher
 * clicks through an event's quotes (with large type the title went 60, 80, 70 px from one click to the next, and to
 * two lines and back).
 */
final class SlideParts {
    /**
     * The quote slot of an event's own slide holds its summary, which grows no larger than this: below the title's
     * least size (48), so that a long title shrunk to it still stands above the summary. At 36, Air Force One's three
     * lines left half of a 720-line screen empty.
     */
    static final double SUMMARY_MAX = 44;

    private final Timeline timeline;
    /** The ids of the quotes another quote answers, contradicts or corrects, gathered once for the timeline. */
    private final Set<String> answered = new HashSet<>();

    SlideParts(Timeline timeline) {
        this.timeline = timeline;
        for (Quote q : timeline.quotes()) {
            q.relations().forEach(r -> answered.add(r.quoteId()));
        }
    }

    /** Whether the quote answers, contradicts or corrects another, or another it: what R shows. */
    boolean hasRelations(Quote quote) {
        return !quote.relations().isEmpty() || answered.contains(quote.id());
    }

    /** The event's own slide: its summary in the quote's slot, and how many quotes are to come. */
    SlideFit.Parts event(Presentation.Slide step, ZoneId zone) {
        String summary = step.event().summary() == null ? "" : step.event().summary();
        String toCome = step.quotes().isEmpty() ? "" : Texts.format("present.toCome", step.quotes().size());
        return new SlideFit.Parts(step.event().title(), time(step, zone), null, summary, null, null, toCome);
    }

    /** The slide of the step's {@code revealed}-th quote (from 1). */
    SlideFit.Parts quote(Presentation.Slide step, Quote quote, int revealed, ZoneId zone) {
        String who = timeline.actor(quote.speakerId()).map(a -> a.name()).orElse(quote.speakerId());
        String speaker = Texts.format(quote.kind() == QuoteKind.DIRECT ? "present.speaker.direct"
                : "present.speaker.reported", who);
        String text = quote.kind() == QuoteKind.DIRECT ? Texts.format("quote.marks", quote.text()) : quote.text();
        String hints = (quote.variants().isEmpty() ? "" : Texts.get("present.hint.variants"))
                + (hasRelations(quote) ? Texts.get("present.hint.relations") : "");
        return new SlideFit.Parts(step.event().title(), time(step, zone), speaker, text,
                quote.context() == null ? "" : quote.context(), new CitationText(timeline).shown(quote.citation()),
                Texts.format("present.progress", revealed, step.quotes().size()) + hints);
    }

    /**
     * The slide's sizes, fitted once for what it shows, the room for it and the type's scale, and kept: JavaFX
     * measures the same lines a pixel or two taller once texts of those sizes have been drawn (hinted metrics), so
     * that a slide fitted again after Ctrl+plus and Ctrl+0, or after a card of V or R, came back smaller than it was
     * (the title 54 px where it had 60) on a slide that filled its room. Nothing is smaller than at the designed
     * scale, nor than one Ctrl+minus below where it was shown there: compared with the designed scale alone, Air Force
     * One's slide at 215 % gave its summary a larger size by taking the title from two lines of 70 px at 195 % to one
     * of 60, and the time from 27 to 24 px.
     */
    SlideFit.Sizes sizes(SlideFit.Parts p, boolean event, double width, double room, double unit, double scale) {
        List<Object> key = List.of(p, event, width, room, unit, scale);
        SlideFit.Sizes known = fitted.get(key);
        if (known == null) {
            double max = event ? SUMMARY_MAX : SlideFit.QUOTE_MAX;
            // Held to the sizes one Ctrl+minus below where the slide was fitted there, the press before; else to
            // the designed ones. (Fitted at every step below as well, a step's seven slides took a second at 250 %.)
            SlideFit.Sizes below = scale <= 1 ? null
                    : fitted.get(List.of(p, event, width, room, unit, Math.max(1, rungBelow(scale))));
            known = scale <= 1 ? SlideFit.fit(p, width, room, unit, scale, max)
                    : SlideFit.fit(p, width, room, unit, scale, max,
                            below != null ? below : sizes(p, event, width, room, unit, 1));
            fitted.put(key, known);
        }
        return known;
    }

    /** The scale one Ctrl+minus below {@code scale}, on the ladder the keys step along. */
    private static double rungBelow(double scale) {
        return Settings.Key.FONT_SCALE.step(scale, 1 / 1.1);
    }

    /**
     * The slide's sizes with the step's {@code shared} sizes around its quote ({@link SlideFit#sharing}), kept as
     * {@link #sizes} are, for the same reason.
     */
    SlideFit.Sizes sharing(SlideFit.Parts p, boolean event, SlideFit.Sizes own, SlideFit.Sizes shared, double width,
                           double room, double unit, double scale) {
        return fitted.computeIfAbsent(List.of(p, event, own, shared, width, room, unit, scale), k -> SlideFit.sharing(
                p, own, shared, width, room, unit, scale, event ? SUMMARY_MAX : SlideFit.QUOTE_MAX));
    }

    /**
     * The sizes already fitted, the latest few thousand: a lesson's slides at the scales and rooms a teacher uses, and
     * each slide at every step of the scale below the one shown, which its sizes are held to (one evicted and
     * fitted again could measure a pixel apart).
     */
    private final Map<List<Object>, SlideFit.Sizes> fitted = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<List<Object>, SlideFit.Sizes> eldest) {
            return size() > 8192;
        }
    };

    /**
     * The sizes of everything but the quote that the step's slides share at this size of screen and type: the
     * title the smallest over all its slides, the time and the lines around a quote the smallest over its quotes'
     * slides, so that they keep one size while the teacher clicks through the event's quotes. The event's own slide
     * keeps its time where its long summary leaves no room for a larger one: with larger type, the protester's
     * summary had held the time and every line under his quotes at their 100 % size.
     */
    SlideFit.Sizes shared(Presentation.Slide step, ZoneId zone, double width, double room, double unit, double scale) {
        SlideFit.Sizes own = sizes(event(step, zone), true, width, room, unit, scale);
        List<SlideFit.Sizes> quotes = new ArrayList<>();
        for (int i = 0; i < step.quotes().size(); i++) {
            quotes.add(sizes(quote(step, step.quotes().get(i), i + 1, zone), false, width, room, unit, scale));
        }
        List<SlideFit.Sizes> all = new ArrayList<>(quotes);
        all.add(own);
        SlideFit.Sizes heading = SlideFit.smallest(all);
        SlideFit.Sizes around = quotes.isEmpty() ? own : SlideFit.smallest(quotes);
        // The lines under the quote no larger than the time, which they match at every scale as designed: the time
        // is what the class is asked to look at, and it had ended smaller than the citation under it.
        double time = quotes.isEmpty() ? heading.time() : around.time();
        return new SlideFit.Sizes(heading.title(), time, around.speaker(), 0, Math.min(around.context(), time),
                Math.min(around.citation(), time), Math.min(around.progress(), time), 0);
    }

    private String time(Presentation.Slide step, ZoneId zone) {
        return Labels.lastWordsTogether(Presentation.timeOf(step.event(), timeline, zone));
    }
}
