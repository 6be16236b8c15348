package org.summittimeline.format;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.summittimeline.model.Actor;
import org.summittimeline.model.Category;
import org.summittimeline.model.Era;
import org.summittimeline.model.Event;
import org.summittimeline.model.Source;
import org.summittimeline.model.Timeline;

/**
 * A file's events as a timeline of their own, handed over the moment the quotes begin: in a large file the
 * quotes are the second half, so a window can draw the events while they are read. Offered only while nothing is
 * wrong in the file so far, and never with a problem of its own (the load reports those once, at its end). The
 * timeline the load ends with reuses these events when nothing that decides their times came after them, so a
 * file's events are resolved once and held once.
 */
final class EventsFirst {
    /** What the events' times were resolved with; the same at the end means the same events. */
    private record Basis(ZoneId zone, TimeRange years, int drafts) {
    }

    private final Consumer<Timeline> listener;
    /** The events handed over and what they were resolved with; null until then. */
    private List<Event> events;
    private Basis basis;

    EventsFirst(Consumer<Timeline> listener) {
        this.listener = listener;
    }

    /** The header read so far: the top-level fields before the quotes. */
    record Header(List<JsonNode.Member> fields, List<Source> sources, List<Actor> actors,
                  List<Category> categories, List<Era> eras) {
    }

    /**
     * Resolves the drafts' times aside and hands the events over; nothing happens when the header lacks what a
     * timeline needs (a readable version and a title) or resolving finds anything to say.
     */
    void offer(EventDrafts drafts, IdTable ids, ZoneId zone, TimeRange years, Header header) {
        if (events != null) {
            return;
        }
        String title = text(header.fields(), "title");
        JsonNode version = member(header.fields(), "formatVersion");
        if (title == null || !(version instanceof JsonNode.Num number)
                || !TimelineBinder.READABLE_VERSIONS.stream().anyMatch(v -> String.valueOf(v).equals(number.literal()))) {
            return;
        }
        List<Problem> aside = new ArrayList<>();
        // A budget of its own: suggestions made here are thrown away and must not use up the load's.
        List<Event> resolved = new TimeResolver(aside, zone, new Suggestions(), years).resolve(drafts, ids);
        if (!aside.isEmpty()) {
            return;
        }
        try {
            Timeline first = new Timeline(Integer.parseInt(number.literal()), title, text(header.fields(),
                    "description"), zone, date(header.fields()), header.sources(), header.actors(),
                    header.categories(), resolved, List.of(), List.of(), header.eras());
            events = resolved;
            basis = new Basis(zone, years, drafts.size());
            listener.accept(first);
        } catch (OutOfMemoryError | RuntimeException e) {
            // Showing the events early is a courtesy; the load goes on without it and ends as it would have.
            events = null;
        }
    }

    /** The events handed over, when they are what resolving the same drafts again would give; else null. */
    List<Event> reusable(ZoneId zone, TimeRange years, int drafts) {
        return events != null && basis.equals(new Basis(zone, years, drafts)) ? events : null;
    }

    private static JsonNode member(List<JsonNode.Member> fields, String name) {
        for (JsonNode.Member m : fields) {
            if (m.name().equals(name)) {
                return m.value();
            }
        }
        return null;
    }

    private static String text(List<JsonNode.Member> fields, String name) {
        return member(fields, name) instanceof JsonNode.Str s ? s.value() : null;
    }

    private static LocalDate date(List<JsonNode.Member> fields) {
        String written = text(fields, "date");
        try {
            return written == null ? null : LocalDate.parse(written);
        } catch (DateTimeParseException e) {
            return null; // the load's end reports it; the events do not need it
        }
    }
}
