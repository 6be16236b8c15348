package org.summittimeline.ui.present;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.summittimeline.model.Quote;
import org.summittimeline.model.QuoteKind;
import org.summittimeline.model.Timeline;
import org.summittimeline.query.CitationText;
import org.summittimeline.ui.Texts;

/**
 * The texts of a step's slides, the event's own and each of its quotes', as {@link SlideFit} measures them; and the
 * title and time sizes the step's slides share, so that the heading keeps one size while the teacher clicks through
 * an event's quotes (with large type it went 60, 80, 70 px from one click to the next, and to two lines and back).
 */
final class SlideParts {
    /** The quote slot of an event's own slide holds its summary, which grows no larger than this. */
    static final double SUMMARY_MAX = 36;

    /** Title and time sizes for every slide of one step. */
    record Heading(double title, double time) {
    }

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
                quote.context() == null ? "" : quote.context(), new CitationText(timeline).cite(quote.citation()),
                Texts.format("present.progress", revealed, step.quotes().size()) + hints);
    }

    /** The largest title and time that every slide of the step gives them at this size of screen and type. */
    Heading heading(Presentation.Slide step, ZoneId zone, double width, double room, double unit, double scale) {
        List<SlideFit.Sizes> all = new ArrayList<>();
        all.add(SlideFit.fit(event(step, zone), width, room, unit, scale, SUMMARY_MAX));
        for (int i = 0; i < step.quotes().size(); i++) {
            all.add(SlideFit.fit(quote(step, step.quotes().get(i), i + 1, zone), width, room, unit, scale));
        }
        return new Heading(all.stream().mapToDouble(SlideFit.Sizes::title).min().orElseThrow(),
                all.stream().mapToDouble(SlideFit.Sizes::time).min().orElseThrow());
    }

    private String time(Presentation.Slide step, ZoneId zone) {
        return Presentation.timeOf(step.event(), timeline, zone);
    }
}
