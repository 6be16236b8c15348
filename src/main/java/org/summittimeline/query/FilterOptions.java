package org.summittimeline.query;

import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ObjIntConsumer;
import org.summittimeline.model.Category;
import org.summittimeline.model.Event;
import org.summittimeline.model.Quote;
import org.summittimeline.model.Timeline;

/**
 * What a timeline can be filtered by: its topics, its speakers, the actors of its events and each event's
 * category. The quotes' are gathered once, when first asked (by {@link TimelineQuery#prepareForViews} off the UI
 * thread), in one pass over the quotes; the events' in the pass the query's time index makes over the events
 * ({@link #eventsPass}), before anything can ask: at a million items each pass is a few hundred milliseconds of
 * waiting for memory, not of work. Not thread-safe, but the quotes' options and the events' are kept apart:
 * the query prepares the one on a second thread while the other is gathered, waits for that thread, and then hands
 * both to the UI thread.
 */
final class FilterOptions {
    /** Past this many distinct lists (lists the loader did not share) every list counts as new. */
    private static final int LISTS_REMEMBERED = 4096;

    private final Timeline timeline;
    private Set<String> topics;
    private List<String> speakers;
    private List<String> eventActors;
    private int[] categoryPositions;
    private boolean relativeTimes;

    FilterOptions(Timeline timeline) {
        this.timeline = timeline;
    }

    /** Every quote's topics, sorted without regard to case. */
    Set<String> topics() {
        if (topics == null) {
            gatherFromQuotes();
        }
        return topics;
    }

    /** The actors who speak in at least one quote, in the file's order of actors. */
    List<String> speakers() {
        if (speakers == null) {
            gatherFromQuotes();
        }
        return speakers;
    }

    /** The actors who take part in at least one event, in the file's order of actors; null before {@link #eventsSeen}. */
    List<String> eventActors() {
        return eventActors;
    }

    /** The place in {@link Timeline#categories()} of each event's category (time order), -1 for none there. */
    int[] categoryPositions() {
        return categoryPositions;
    }

    /** Whether an event's start is given relative to another event's; false before {@link #eventsSeen}. */
    boolean relativeTimes() {
        return relativeTimes;
    }

    /** The topics and the speakers in one pass; a loader gives equal lists of topics one instance, looked into once. */
    private void gatherFromQuotes() {
        Set<String> distinct = new LinkedHashSet<>(); // first met first, as the sorted set keeps it
        Set<String> speaking = new HashSet<>();
        ListsSeen lists = new ListsSeen();
        for (Quote q : timeline.quotes()) {
            if (lists.firstTime(q.topics())) {
                distinct.addAll(q.topics());
            }
            speaking.add(q.speakerId());
        }
        Set<String> found = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        found.addAll(distinct);
        topics = Collections.unmodifiableSet(found);
        speakers = inActorOrder(speaking);
    }

    /**
     * A pass over the events that gathers their options while it is made for something else (the time index):
     * at a million events each pass is mostly waiting for each event to come from memory, so one pass instead of
     * two took about 0.2 s off preparing a file. Hand it back through {@link #eventsSeen} once every event was
     * seen, in time order.
     */
    EventsPass eventsPass() {
        return new EventsPass();
    }

    void eventsSeen(EventsPass pass) {
        categoryPositions = pass.positions;
        eventActors = inActorOrder(pass.acting);
        relativeTimes = pass.relative;
    }

    final class EventsPass implements ObjIntConsumer<Event> {
        private final Map<String, Integer> place = new HashMap<>();
        private final int[] positions = new int[timeline.events().size()];
        private final Set<String> acting = new HashSet<>();
        private final ListsSeen lists = new ListsSeen();
        private boolean relative;

        private EventsPass() {
            List<Category> categories = timeline.categories();
            for (int c = 0; c < categories.size(); c++) {
                place.putIfAbsent(categories.get(c).id(), c);
            }
        }

        @Override
        public void accept(Event e, int i) {
            positions[i] = place.getOrDefault(e.categoryId(), -1);
            if (lists.firstTime(e.actorIds())) {
                acting.addAll(e.actorIds());
            }
            relative |= e.startIsRelative();
        }
    }

    private List<String> inActorOrder(Set<String> ids) {
        return timeline.actors().stream().map(a -> a.id()).filter(ids::contains).toList();
    }

    /** The lists met so far, by identity. */
    private static final class ListsSeen {
        private final Map<List<String>, Boolean> seen = new IdentityHashMap<>();

        boolean firstTime(List<String> list) {
            return !list.isEmpty() && (seen.size() >= LISTS_REMEMBERED || seen.put(list, Boolean.TRUE) == null);
        }
    }
}
