package org.summittimeline.ui.timeline;

import java.time.ZoneId;
import java.util.List;
import java.util.stream.Collectors;
import org.summittimeline.model.Citation;
import org.summittimeline.model.Event;
import org.summittimeline.model.Source;
import org.summittimeline.model.TimeAccount;
import org.summittimeline.model.TimeBound;
import org.summittimeline.model.Timeline;
import org.summittimeline.query.TimeText;
import org.summittimeline.ui.AnchorName;
import org.summittimeline.ui.Texts;
import org.summittimeline.ui.timeline.layout.TextMeasure;

/**
 * What hovering a mark tells: the event's title, then each of its times as the sources give them, in their own
 * words and with the source's name, and the computed bounds beside them. Plain text, tested without a toolkit.
 */
final class MarkTooltip {
    private MarkTooltip() {
    }

    static String of(Event event, Timeline timeline, ZoneId zone) {
        TimeText times = new TimeText(zone);
        StringBuilder text = new StringBuilder(event.title());
        // The time in its source's zone too, as the presentation gives it.
        ZoneId toldIn = TimeText.toldIn(event, timeline, zone);
        TimeText own = toldIn == null ? null : new TimeText(toldIn);
        describe(text, event.isRange() ? "timeline.tip.start" : "timeline.tip.at", event.start(), event, timeline, times, own);
        if (event.isRange()) {
            describe(text, "timeline.tip.end", event.end(), event, timeline, times, own);
        }
        return text.toString();
    }

    /**
     * {@code text} with each line longer than {@code width} broken between words, each line's continuations two
     * spaces deeper than it: wrapped by the tooltip itself, a source's name ran on at the left edge, under the times,
     * and the accounts could no longer be told apart. A word longer than the width stands alone, left to the
     * tooltip's own wrapping.
     */
    static String withHangingIndents(String text, double width, TextMeasure measure) {
        return brokenBetweenWords(text, width, measure, "  ");
    }

    /**
     * {@code text} with each line longer than {@code width} broken between words, each line's continuations
     * {@code deeper} than it (the empty note over an emptied timeline, centred, goes on flush).
     */
    static String brokenBetweenWords(String text, double width, TextMeasure measure, String deeper) {
        StringBuilder out = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (out.length() > 0) {
                out.append('\n');
            }
            if (measure.width(line) <= width) {
                out.append(line);
                continue;
            }
            String indent = line.substring(0, line.length() - line.stripLeading().length());
            // Deeper than the line: continued flush, an account stood at the indent of the account after it.
            String continued = indent + deeper;
            StringBuilder current = new StringBuilder(indent);
            boolean empty = true;
            for (String word : line.strip().split(" ")) {
                String tried = empty ? current + word : current + " " + word;
                if (!empty && measure.width(tried) > width) {
                    out.append(current).append('\n');
                    current = new StringBuilder(continued).append(word);
                } else {
                    current = new StringBuilder(tried);
                }
                empty = false;
            }
            out.append(current);
        }
        return out.toString();
    }

    /** What hovering a cluster says, and what a click on it will do. */
    static String ofCluster(int count, boolean splits) {
        return Texts.format(splits ? "timeline.tip.cluster.zoom" : "timeline.tip.cluster.choose", count);
    }

    private static void describe(StringBuilder text, String whatKey, TimeBound time, Event event, Timeline timeline,
                                 TimeText times, TimeText own) {
        text.append('\n').append(Texts.format(whatKey, times.bounds(time)));
        if (own != null) {
            text.append("\n    ").append(Texts.format("timeline.tip.inZone", TimeText.zoneTime(own.zone()), own.bounds(time)));
        }
        if (time.isRelative()) {
            text.append("\n    ").append(TimeText.anchor(time.anchor(), AnchorName.of(time.anchor(), event, timeline)));
        }
        if (time.isDisputed()) {
            // Each account's times and its words, as the details pane gives them: the Guardian's "almost six hours"
            // alone did not say which six hours it meant.
            for (TimeAccount account : time.accounts()) {
                text.append("\n    ").append(times.describe(account, time.precision()));
                appendSources(text, account.sources(), timeline);
            }
        } else if (time.phrase() != null && !time.phrase().isBlank()) {
            text.append("\n    ").append(Texts.format("quote.marks", time.phrase()));
            appendSources(text, time.sources().isEmpty() ? event.sources() : time.sources(), timeline);
        } else if (!time.sources().isEmpty()) {
            // Bounds that sources of their own give without a phrase of theirs (Trump's correction, from the
            // transcripts): named all the same, as the details pane names them; a time the event's sources give
            // alone stays a line.
            text.append("\n    ").append(Texts.format("timeline.tip.per", names(time.sources(), timeline)));
        }
    }

    private static void appendSources(StringBuilder text, List<Citation> citations, Timeline timeline) {
        String names = names(citations, timeline);
        if (!names.isEmpty()) {
            text.append(" \u2014 ").append(names);
        }
    }

    private static String names(List<Citation> citations, Timeline timeline) {
        return citations.stream()
                .map(c -> timeline.source(c.sourceId()).map(Source::publisher).orElse(c.sourceId()))
                // A semicolon between sources, as the details pane writes them: a source's own name may hold commas
                // ("a reader's notes on A Very Stable Genius, a book by Washington Post reporters").
                .distinct().collect(Collectors.joining("; "));
    }
}
