package org.summittimeline.handout;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.summittimeline.model.Citation;
import org.summittimeline.model.Event;
import org.summittimeline.model.PresentationStep;
import org.summittimeline.model.Quote;
import org.summittimeline.model.QuoteKind;
import org.summittimeline.model.TimeAccount;
import org.summittimeline.model.TimeBound;
import org.summittimeline.model.Timeline;
import org.summittimeline.query.CitationText;
import org.summittimeline.query.TimeText;
import org.summittimeline.query.Words;

/**
 * What a student takes home from a lesson: each step's event with its time (and each source's own where they
 * disagree), its summary, the quotes shown, each with its speaker, words and citation, then the event's sources. The
 * teacher's notes stay off it. Built once, then printed or written as a PDF.
 */
public record Handout(String title, String subtitle, List<Step> steps) {
    /** The mark before each item of a list (a source's account of a disputed time), printed and in the PDF. */
    public static final String BULLET = "\u2022 ";

    public Handout {
        steps = List.copyOf(steps);
    }

    /**
     * One step: "2. One-on-one talks", its time as the sources give it, where they disagree on its start or end
     * each source's own ({@code disputes}), a summary, the event's {@code sources} ("Sources: …", empty without
     * any), the quotes.
     */
    public record Step(int number, String title, String time, List<Dispute> disputes, String summary, String sources,
                       List<Line> quotes) {
        public Step {
            disputes = List.copyOf(disputes);
            quotes = List.copyOf(quotes);
        }
    }

    /**
     * "The sources disagree on the start:", then each source's account: its time, its words and who gives it
     * ("15 Jul 20:55 EEST — “20:55” — STT via Ilkka, 15 July 2018"), set as a list under the heading.
     */
    public record Dispute(String heading, List<String> accounts) {
        public Dispute {
            accounts = List.copyOf(accounts);
        }
    }

    /** One quote: "Vladimir Putin (reported speech)", the words, "Associated Press, 16 July 2018, ¶3". */
    public record Line(String speaker, String words, String citation) {
    }

    /**
     * The handout of {@code steps} (a lesson's; empty: the file's own order, or else every event in time), with
     * times in {@code zone}; steps whose event the timeline lacks are left out.
     */
    public static Handout of(Timeline timeline, List<PresentationStep> steps, ZoneId zone, String title) {
        List<PresentationStep> chosen = !steps.isEmpty() ? steps : !timeline.presentation().isEmpty()
                ? timeline.presentation() : timeline.events().stream()
                .map(e -> new PresentationStep(e.id(), null, null)).toList();
        TimeText.showYearsFor(timeline);
        // In the window's language, as its times are: a German handout had said "times in" and "page 1 of 1".
        Words words = Words.current();
        CitationText cite = new CitationText(timeline);
        List<Step> out = new ArrayList<>();
        for (PresentationStep s : chosen) {
            Event e = timeline.event(s.eventId()).orElse(null);
            if (e == null) {
                continue;
            }
            List<Quote> quotes = s.quoteIds() == null
                    ? timeline.quotes().stream().filter(q -> q.eventId().equals(e.id())).toList()
                    : s.quoteIds().stream().map(id -> timeline.quote(id).orElse(null)).filter(q -> q != null).toList();
            List<Line> lines = new ArrayList<>();
            for (Quote q : quotes) {
                String who = timeline.actor(q.speakerId()).map(a -> a.name()).orElse(q.speakerId());
                lines.add(new Line(q.kind() == QuoteKind.DIRECT ? who : words.format("handout.reportedSpeech", who),
                        q.kind() == QuoteKind.DIRECT ? words.format("marks", q.text()) : q.text(),
                        cite.shown(q.citation())));
            }
            // The screen's details say when the sources disagree, and who says what; the page had merged the
            // accounts into one span, and an event without quotes cited nothing (a new user's walk).
            List<Dispute> disputes = new ArrayList<>();
            TimeText times = new TimeText(zone);
            dispute(e.start(), e.end() == null ? "handout.disputed" : "handout.disputed.start", times, cite, words,
                    disputes);
            dispute(e.end(), "handout.disputed.end", times, cite, words, disputes);
            String sources = e.sources().isEmpty() ? "" : words.format("handout.sources", cited(e.sources(), cite));
            out.add(new Step(out.size() + 1, e.title(), timeOf(e, timeline, zone, words), disputes, e.summary(),
                    sources, lines));
        }
        boolean ownTitle = title != null && !title.isBlank() && !title.equals(timeline.title());
        String subtitle = (ownTitle ? timeline.title() + " \u00b7 " : "")
                + words.format("handout.timesIn", TimeText.city(zone));
        return new Handout(ownTitle ? title : timeline.title(), subtitle, out);
    }

    /** Where the sources disagree on {@code time}, the dispute under {@code heading}; else nothing. */
    private static void dispute(TimeBound time, String heading, TimeText times, CitationText cite, Words words,
                                List<Dispute> out) {
        if (time == null || !time.isDisputed()) {
            return;
        }
        List<String> accounts = new ArrayList<>();
        for (TimeAccount a : time.accounts()) {
            accounts.add(times.describe(a, time.precision()) + " \u2014 " + cited(a.sources(), cite));
        }
        out.add(new Dispute(words.format(heading), accounts));
    }

    private static String cited(List<Citation> sources, CitationText cite) {
        // As labels show them, each date unbroken: the page had cut "16 / July 2018" and "TIME, 16 July / 2018".
        return String.join("; ", sources.stream().map(cite::shown).toList());
    }

    /**
     * A step's time as its slide tells it: in the zone its first source tells times in (EDT for a White House
     * transcript), with the handout's zone beside it; students had read one time on the screen and another on paper.
     * With its end, where it has one: the start alone made talks of over two hours read as five minutes.
     */
    static String timeOf(Event e, Timeline timeline, ZoneId zone, Words words) {
        TimeText.EventTime time = TimeText.EventTime.of(e, timeline, zone);
        return time.here() == null ? time.told()
                : words.format("handout.timeBeside", time.told(), time.city(), time.here());
    }
}
