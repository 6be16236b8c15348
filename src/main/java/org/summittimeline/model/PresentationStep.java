package org.summittimeline.model;

import java.util.List;

/**
 * One step of a classroom presentation: the event shown, the quotes revealed one by one (null means all of the
 * event's quotes, in file order), and the teacher's notes, seen only in the presenter view.
 */
public record PresentationStep(String eventId, List<String> quoteIds, String notes) {
    public PresentationStep {
        quoteIds = quoteIds == null ? null : List.copyOf(quoteIds);
    }
}
