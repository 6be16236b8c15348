package org.summittimeline.ui.present;

import java.util.ArrayList;
import java.util.List;
import org.summittimeline.model.Quote;
import org.summittimeline.model.QuoteKind;
import org.summittimeline.ui.Texts;
import org.summittimeline.ui.present.Presentation.Slide;

/**
 * What the clicks still to come of a presentation show, said from where it stands: the presenter's "Next", and where
 * a quote the relations card names comes. Read from the presentation's steps; it keeps nothing of its own.
 */
final class ComingUp {
    private ComingUp() {
    }

    /** What the next press shows: a description for the presenter ("Quote 2 of 5: …" or the next event). */
    static String next(Presentation p) {
        Slide s = p.current();
        if (s == null) {
            return "";
        }
        if (p.atEndProperty().get()) {
            return Texts.get("present.next.nothing");
        }
        int revealed = p.revealedProperty().get();
        if (revealed < s.quotes().size()) {
            return quote(revealed, s.quotes());
        }
        return afterStep(p);
    }

    /**
     * Every "next" the presenter's band gives through the current step's clicks: each of its quotes to come, then
     * what follows it. The step's heading is measured for the band at the tallest of them.
     */
    static List<String> ofStep(Presentation p) {
        Slide s = p.current();
        if (s == null) {
            return List.of();
        }
        List<String> nexts = new ArrayList<>();
        for (int i = 0; i < s.quotes().size(); i++) {
            nexts.add(quote(i, s.quotes()));
        }
        nexts.add(afterStep(p));
        return nexts;
    }

    /**
     * Quote {@code i} of {@code quotes} as the band announces it: a direct quote between the language's marks,
     * reported speech said to be reported. In marks, the protester's paraphrase had read as his own words.
     */
    private static String quote(int i, List<Quote> quotes) {
        Quote q = quotes.get(i);
        return q.kind() == QuoteKind.DIRECT ? Texts.format("present.next.quote", i + 1, quotes.size(), QuoteCard.words(q))
                : Texts.format("present.next.reported", i + 1, quotes.size(), q.text());
    }

    private static String afterStep(Presentation p) {
        int step = p.stepProperty().get();
        return step + 1 < p.slides().size()
                ? Texts.format("present.next.event", p.slides().get(step + 1).event().title())
                : Texts.get("present.next.end");
    }

    /**
     * Where a click still to come reveals {@code q}, as the relations card names it ("Its words come later: at step 6,
     * “Trump: “would” should have been “wouldn't””"), or null when it is shown already or not in the presentation.
     */
    static String stillToCome(Presentation p, Quote q) {
        Slide s = p.current();
        if (s == null || p.atEndProperty().get()) {
            return null;
        }
        for (int i = p.revealedProperty().get(); i < s.quotes().size(); i++) {
            if (s.quotes().get(i).id().equals(q.id())) {
                return Texts.get("present.card.toComeHere");
            }
        }
        List<Slide> slides = p.slides();
        for (int k = p.stepProperty().get() + 1; k < slides.size(); k++) {
            for (Quote later : slides.get(k).quotes()) {
                if (later.id().equals(q.id())) {
                    return Texts.format("present.card.toCome", k + 1, slides.get(k).event().title());
                }
            }
        }
        return null;
    }
}
