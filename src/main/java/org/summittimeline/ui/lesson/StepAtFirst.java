package org.summittimeline.ui.lesson;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.summittimeline.model.Event;
import org.summittimeline.model.PresentationStep;
import org.summittimeline.model.Quote;
import org.summittimeline.model.Timeline;

/**
 * What the Add to Lesson dialog opens with for an event: the quotes ticked, in their order, and the note, from the
 * timeline's own presentation where the event is one of its steps, less what the lesson reveals already.
 */
final class StepAtFirst {
    /** Up to this many quotes, an event that is no step of the timeline's own presentation has all ticked. */
    static final int FEW_QUOTES = 4;
    /**
     * The quotes ticked when the dialog opens: those the timeline's own presentation reveals at this event, where
     * the event is one of its steps; else all of a few and none of many. Each ticked quote is a click in class: all
     * ticked made the press conference a step of 27 clicks, 26 of them quotes, where its own presentation has six.
     */
    static List<String> tickedAtFirst(Timeline timeline, Event event, List<Quote> quotes) {
        List<String> all = quotes.stream().map(Quote::id).toList();
        for (PresentationStep step : timeline.presentation()) {
            if (step.eventId().equals(event.id())) {
                // In the order the timeline's own step reveals them: listed, the press conference's six had come
                // in the file's order, and the lesson showed Putin's "nonsense" before Trump's "four hours".
                return step.quoteIds() == null ? all : step.quoteIds().stream().filter(all::contains).toList();
            }
        }
        return quotes.size() <= FEW_QUOTES ? all : List.of();
    }

    /**
     * The note the dialog opens with: the timeline's own notes for the event's step, where it is one. Added to a
     * lesson, the press conference had come without the notes the bundled presentation gives it, and the presenter's
     * band said "(no notes for this step)".
     */
    static String notesAtFirst(Timeline timeline, Event event) {
        for (PresentationStep step : timeline.presentation()) {
            if (step.eventId().equals(event.id()) && step.notes() != null) {
                return step.notes();
            }
        }
        return "";
    }

    /**
     * As above, less the quotes {@code shown} already, as {@link #shownIn} finds them in the lesson's steps of the
     * event: added again, the press conference came with the same six ticked, under the warning to add it again only
     * for other quotes.
     */
    static List<String> tickedAtFirst(Timeline timeline, Event event, List<Quote> quotes, Map<String, Integer> shown) {
        return tickedAtFirst(timeline, event, quotes).stream().filter(id -> !shown.containsKey(id)).toList();
    }

    /** The quotes of {@code event} that {@code lesson}'s steps reveal already, each with the first such step (from 1). */
    static Map<String, Integer> shownIn(Event event, List<Quote> quotes, List<PresentationStep> lesson) {
        Map<String, Integer> shown = new HashMap<>();
        for (int i = 0; i < lesson.size(); i++) {
            PresentationStep step = lesson.get(i);
            if (step.eventId().equals(event.id())) {
                int number = i + 1;
                (step.quoteIds() == null ? quotes.stream().map(Quote::id).toList() : step.quoteIds())
                        .forEach(id -> shown.putIfAbsent(id, number));
            }
        }
        return shown;
    }

    private StepAtFirst() {
    }
}
