package org.summittimeline.model;

import java.util.ArrayList;
import java.util.List;

/**
 * A lesson a teacher makes from a timeline: its steps (an event, the quotes to reveal, the notes), kept in a file
 * of its own. It names the timeline it was made from by file name and by a SHA-256 of the file's bytes, so that
 * a changed or different timeline can be noticed; the timeline file itself is never written.
 */
public record Lesson(String title, String timelineFile, String timelineSha256, List<PresentationStep> steps) {

    public Lesson {
        steps = List.copyOf(steps);
    }

    /** One thing the lesson names that the timeline lacks; {@code quoteId} is null when the whole event is missing. */
    public record Missing(int step, String eventId, String quoteId) {
    }

    /** What of this lesson {@code timeline} does not hold, step by step (steps counted from 1). */
    public List<Missing> missingIn(Timeline timeline) {
        List<Missing> missing = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            PresentationStep s = steps.get(i);
            if (timeline.event(s.eventId()).isEmpty()) {
                missing.add(new Missing(i + 1, s.eventId(), null));
                continue;
            }
            if (s.quoteIds() != null) {
                for (String q : s.quoteIds()) {
                    if (timeline.quote(q).isEmpty()) {
                        missing.add(new Missing(i + 1, s.eventId(), q));
                    }
                }
            }
        }
        return missing;
    }

    /** The steps whose event the timeline holds, each with only the quotes it holds: what can be presented. */
    public List<PresentationStep> presentableIn(Timeline timeline) {
        List<PresentationStep> out = new ArrayList<>();
        for (PresentationStep s : steps) {
            if (timeline.event(s.eventId()).isPresent()) {
                out.add(s.quoteIds() == null ? s : new PresentationStep(s.eventId(),
                        s.quoteIds().stream().filter(q -> timeline.quote(q).isPresent()).toList(), s.notes()));
            }
        }
        return out;
    }
}
