package org.summittimeline.format;

import java.util.List;
import org.summittimeline.model.Citation;
import org.summittimeline.model.Event;
import org.summittimeline.model.TimeBound;

/**
 * Reads the items of "events": each checked against the format and kept in the timeline's {@link EventDrafts},
 * as its {@link Event} when its times are settled clock times, else as an {@link EventDraft} whose times are
 * resolved when the whole file is read. Events that cite no source are counted and told once, at the end.
 */
final class EventBinder extends NodeChecks {
    private final CitationBinder citations;
    private final IdRegistry refs;
    private final LoadLimits limits;
    private final EventDrafts drafts;
    /** Events that cite no source: counted, and told once per file (at the first of them) rather than each. */
    private int unsourcedEvents;
    private JsonNode.Obj firstUnsourced;
    private JsonPath firstUnsourcedPath;

    EventBinder(List<Problem> problems, Suggestions suggestions, CitationBinder citations, IdRegistry refs,
                LoadLimits limits, EventDrafts drafts) {
        super(problems, suggestions);
        this.citations = citations;
        this.refs = refs;
        this.limits = limits;
        this.drafts = drafts;
    }

    /** An event as read, with its times not yet resolved. */
    record EventDraft(String id, String title, String category, List<String> actors, String location,
                      String summary, TimeSpec start, TimeSpec end, List<Citation> sources, JsonNode endAt,
                      int index) {
        /** Where it is in the file; made when a message needs it, as a million drafts need no million paths. */
        String path() {
            return "events[" + index + "]";
        }

        Event toEvent(TimeBound startBound, TimeBound endBound) {
            return new Event(id, title, category, actors, location, summary, startBound, endBound, sources);
        }
    }

    /** Whether an event's end, at its latest, comes before its start at the earliest: reported, never kept. */
    static boolean endsBeforeStart(TimeBound start, TimeBound end) {
        return end.latest().isBefore(start.earliest());
    }

    /** Reads an event into {@link #drafts}: as its event when its times are settled, else as a draft. */
    void event(JsonNode.Obj o, JsonPath path, int index, TimeBinder times) {
        unknownFields(o, path, FormatFields.EVENT);
        String id = refs.id(o, path, "event");
        String title = string(o, path, "title", true);
        String category = string(o, path, "category", true);
        refs.reference("category", o, path, "category", category);
        List<String> actors = citations.sharedStrings(strings(o, path, "actors", limits.maxListItems()));
        refs.referenceEach("actor", o, path, "actors", actors);
        String location = string(o, path, "location", false);
        String summary = string(o, path, "summary", false);
        JsonNode startNode = o.get("start");
        TimeSpec start = null;
        if (startNode == null) {
            missing(o, path, "start", "every event needs a start time, exact or as bounds");
        } else {
            start = times.time(startNode, child(path, "start"));
        }
        JsonNode endNode = o.get("end");
        TimeSpec end = endNode == null || endNode instanceof JsonNode.Null ? null
                : times.time(endNode, child(path, "end"));
        // An event without sources still opens (imported timelines often have none); the file is told once.
        boolean cites = o.get("sources") != null;
        if (!cites && unsourcedEvents++ == 0) {
            firstUnsourced = o.kept();
            firstUnsourcedPath = path;
        }
        List<Citation> sources = citations.sharedCitations(citations.citations(o, path, "sources", cites));
        if (start instanceof TimeSpec.Fixed from && (end == null || end instanceof TimeSpec.Fixed to
                && !endsBeforeStart(from.bound(), to.bound()))) {
            // Nothing to resolve and nothing to report at the end: the event itself, made without a draft between.
            drafts.add(new Event(id, title, category, actors, location, summary, from.bound(),
                    end == null ? null : ((TimeSpec.Fixed) end).bound(), sources));
            return;
        }
        drafts.add(new EventDraft(id, title, category, actors, location, summary, start, end, sources,
                kept(endNode), index));
    }

    /** The one warning for all the events read that cite no source, when there were any. */
    void tellUnsourced() {
        if (unsourcedEvents > 0) {
            warning(firstUnsourced.line(), firstUnsourced.column(), firstUnsourcedPath, unsourcedWarning(unsourcedEvents));
        }
    }

    /** The one warning a file gets for all its events that cite no source, placed at the first of them. */
    private static String unsourcedWarning(int count) {
        return (count == 1 ? "1 event cites no source (this one); give it"
                : String.format(java.util.Locale.ENGLISH, "%,d events cite no source (the first is here); give each",
                count)) + " \"sources\", such as [{\"source\": \"ap\", \"paragraph\": 3}], so that readers can check it";
    }
}
