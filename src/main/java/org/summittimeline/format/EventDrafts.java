package org.summittimeline.format;

import java.util.ArrayList;
import java.util.List;
import org.summittimeline.model.Event;

/**
 * The events of a file as read, in its order: each one whose times needed no resolving (clock times, the end not
 * before the start) already as its {@link Event}, the others as a {@link EventBinder.EventDraft} for
 * {@link TimeResolver}. Nearly every event of a large file is of the first kind, and a draft held for each until
 * the end of the load, beside the event made from it there, was the fullest moment of a million-event load
 * (about 80 MB of drafts and their times at the end, where the collector then had to compact a full heap).
 */
final class EventDrafts {
    /** Each an {@link Event} or a {@link EventBinder.EventDraft}. */
    private final List<Object> items = new ArrayList<>();

    void add(Event ready) {
        items.add(ready);
    }

    void add(EventBinder.EventDraft draft) {
        items.add(draft);
    }

    int size() {
        return items.size();
    }

    boolean isEmpty() {
        return items.isEmpty();
    }

    void clear() {
        items.clear();
    }

    /** The event at {@code i} if it needed no resolving; else null. */
    Event ready(int i) {
        return items.get(i) instanceof Event e ? e : null;
    }

    /** The draft at {@code i} if it needs resolving; else null. */
    EventBinder.EventDraft draft(int i) {
        return items.get(i) instanceof EventBinder.EventDraft d ? d : null;
    }

    /** Whether the event at {@code i}, either way, has an end. */
    boolean hasEnd(int i) {
        Object item = items.get(i);
        return item instanceof Event e ? e.isRange() : ((EventBinder.EventDraft) item).end() != null;
    }

    /** The id of the event at {@code i}, either way (null when it had none). */
    String id(int i) {
        Object item = items.get(i);
        return item instanceof Event e ? e.id() : ((EventBinder.EventDraft) item).id();
    }
}
