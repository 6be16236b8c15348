package org.summittimeline.ui.shell;

import org.summittimeline.ui.Texts;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.summittimeline.model.Citation;
import org.summittimeline.model.Event;
import org.summittimeline.model.Quote;
import org.summittimeline.model.QuoteKind;
import org.summittimeline.model.TimeBound;
import org.summittimeline.model.Timeline;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import org.summittimeline.query.CitationText;
import org.summittimeline.query.TimeText;
import org.summittimeline.query.Words;
import org.summittimeline.query.TimelineQuery;
import org.summittimeline.ui.AppState;

/**
 * The selection as text for the clipboard: a quote's words, or an event's title and times as the sources give
 * them; with the citation, what a researcher pastes into notes. Only {@link #copy} touches the toolkit.
 */
final class SelectionText {
    private SelectionText() {
    }

    /** Puts the selected quote, or else the selected event, on the clipboard; says what was copied, or null. */
    static String copy(AppState state, boolean withCitation) {
        TimelineQuery q = state.query();
        Quote quote = state.selectedQuoteProperty().get();
        Event event = state.selectedEvent();
        if (q == null || quote == null && event == null) {
            return null;
        }
        String text = quote != null ? quote(quote, q.timeline(), withCitation)
                : event(event, q.timeline(), state.zoneProperty().get(), withCitation);
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
        // What was copied, as Copy in Citation Style says it: "Copied the quote" alone left the reader to paste it
        // somewhere to see which quote and which citation.
        String first = text.lines().findFirst().orElse("");
        if (quote != null && withCitation) {
            // The citation first, the part a reader checks: after the quote it stood where the bar cut the message.
            String citation = new CitationText(q.timeline()).cite(quote.citation());
            String words = first.endsWith(" \u2014 " + citation)
                    ? first.substring(0, first.length() - citation.length() - 3) : first;
            return Texts.format("window.copied.quoteCited", words, citation);
        }
        if (quote != null) {
            return Texts.format("window.copied.quote", first);
        }
        return withCitation ? eventCitedSaid(event, q.timeline()) : Texts.format("window.copied.event", first);
    }

    /**
     * What the bar says of an event copied with its citation: the title and how many sources came with it. After
     * its title and times the sources had stood where the bar cut the message ("… 21:58 EEST (…"), never read.
     */
    static String eventCitedSaid(Event e, Timeline timeline) {
        // Sources, not citations: one report cited at two paragraphs is one source.
        return Texts.format("window.copied.eventCited", e.title(),
                citations(e).stream().map(Citation::sourceId).distinct().count());
    }

    static String quote(Quote q, Timeline timeline, boolean withCitation) {
        if (withCitation) {
            return new CitationText(timeline).quote(q);
        }
        return q.kind() == QuoteKind.DIRECT ? Words.current().format("marks", q.text()) : q.text();
    }

    /**
     * "Joint press conference, ≈ 16 Jul 18:05–18:35 EEST (“Approximately 11:10 a.m. EDT”) → …" and, with the
     * citation, the sources of the event and of its times.
     */
    static String event(Event e, Timeline timeline, ZoneId zone, boolean withCitation) {
        TimeText times = new TimeText(zone);
        StringBuilder text = new StringBuilder(e.title()).append(", ").append(time(e.start(), times));
        if (e.end() != null) {
            text.append(" \u2192 ").append(time(e.end(), times));
        }
        if (withCitation) {
            String sources = String.join("; ", sources(e, timeline));
            if (!sources.isEmpty()) {
                text.append(" \u2014 ").append(sources);
            }
        }
        return text.toString();
    }

    /** The citations of the event and of its times, each once. */
    private static List<String> sources(Event e, Timeline timeline) {
        CitationText cite = new CitationText(timeline);
        return citations(e).stream().map(cite::cite).distinct().toList();
    }

    private static List<Citation> citations(Event e) {
        List<Citation> all = new ArrayList<>(e.sources());
        all.addAll(e.start().sources());
        e.start().accounts().forEach(a -> all.addAll(a.sources()));
        if (e.end() != null) {
            all.addAll(e.end().sources());
        }
        return all;
    }

    private static String time(TimeBound t, TimeText times) {
        List<String> phrases = t.phrase() != null && !t.phrase().isBlank() ? List.of(t.phrase())
                : !t.isDisputed() ? List.of()
                : t.accounts().stream().map(a -> a.phrase()).filter(p -> p != null && !p.isBlank()).toList();
        Words words = Words.current();
        return phrases.isEmpty() ? times.bounds(t) : times.bounds(t) + " ("
                + phrases.stream().map(p -> words.format("marks", p)).collect(Collectors.joining(" / ")) + ")";
    }
}
