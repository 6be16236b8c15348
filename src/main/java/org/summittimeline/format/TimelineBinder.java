package org.summittimeline.format;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.summittimeline.model.Actor;
import org.summittimeline.model.Category;
import org.summittimeline.model.Era;
import org.summittimeline.model.Event;
import org.summittimeline.model.PresentationStep;
import org.summittimeline.model.Quote;
import org.summittimeline.model.Source;
import org.summittimeline.model.SourceDate;
import org.summittimeline.model.Timeline;

/**
 * Turns a parsed document into a {@link Timeline}, checking every field against format v1 and recording every
 * problem it finds in one pass: wrong types, missing fields, duplicate ids, references to ids that do not
 * exist, impossible times. References are checked after all lists are read, so their order in the file
 * does not matter.
 */
final class TimelineBinder extends NodeChecks implements JsonTreeReader.Sink {
    private final ValueReaders values;
    private final IdRegistry refs;
    private final QuoteBinder quoteBinder;
    /** The format versions this build reads. */
    static final List<Integer> READABLE_VERSIONS = List.of(1);


    /** The lists whose items are handed over one by one instead of as one tree. */
    static final Set<String> STREAMED = Set.of("events", "quotes");

    private static final JsonPath EVENTS = JsonPath.ROOT.child("events");
    private static final JsonPath QUOTES = JsonPath.ROOT.child("quotes");
    private final LoadLimits limits;
    private final int problemsBefore;
    private final List<JsonNode.Member> header = new ArrayList<>();
    private final List<Source> sources = new ArrayList<>();
    private final List<Actor> actors = new ArrayList<>();
    private final List<Category> categories = new ArrayList<>();
    private final EventDrafts drafts = new EventDrafts();
    /** The items of "events" met so far, drafted or not. */
    private int eventItems;
    private final List<Quote> quotes = new ArrayList<>();
    /** Per quote, the position of its event in the events' list when it was read before the quote; else -1. */
    private int[] quoteEvents = new int[64];
    private final List<PresentationStep> presentation = new ArrayList<>();
    private final List<Era> eras = new ArrayList<>();
    private final EraBinder eraBinder;
    private final EventBinder eventBinder;
    private final CitationBinder citations;
    private int documentLine = 1;
    private int documentColumn = 1;
    private boolean notAnObject;
    private ZoneId zone;
    private boolean zoneRead;
    private TimeBinder times;
    /** The file's "years", once read; null while unread or absent. */
    private TimeRange years;
    /** Told the events before the quotes are read, when someone asked ({@link #tellEventsFirst}); else null. */
    private EventsFirst eventsFirst;

    TimelineBinder(List<Problem> problems, LoadLimits limits, Suggestions suggestions) {
        super(problems, suggestions);
        this.values = new ValueReaders(this);
        this.refs = new IdRegistry(problems, suggestions);
        this.citations = new CitationBinder(problems, suggestions, values, refs, limits);
        this.quoteBinder = new QuoteBinder(problems, suggestions, citations, refs, limits);
        this.eraBinder = new EraBinder(problems, suggestions, values);
        this.eventBinder = new EventBinder(problems, suggestions, citations, refs, limits, drafts);
        this.limits = limits;
        this.problemsBefore = problems.size();
    }

    @Override
    public void documentStart(int line, int column) {
        documentLine = line;
        documentColumn = column;
    }

    @Override
    public void notAnObject(JsonNode root) {
        notAnObject = true;
        error(root, "", "a timeline file holds one JSON object { \u2026 }, but this file holds " + root.describe());
    }

    @Override
    public void field(JsonNode.Member field) {
        header.add(field);
        JsonNode.Obj single = new JsonNode.Obj(documentLine, documentColumn, List.of(field));
        switch (field.name()) {
            case "timeZone" -> {
                zone = zone(single);
                zoneRead = true;
            }
            case "sources" -> each(single, "sources", limits.maxOtherItems(), (o, p) -> sources.add(source(o, p)));
            case "actors" -> each(single, "actors", limits.maxOtherItems(), (o, p) -> actors.add(actor(o, p)));
            case "categories" ->
                each(single, "categories", limits.maxOtherItems(), (o, p) -> categories.add(category(o, p)));
            case "eras" -> each(single, "eras", limits.maxListItems(), (o, p) -> {
                Era era = eraBinder.era(o, p, times());
                if (era != null) {
                    eras.add(era);
                }
            });
            case "years" -> {
                years = times().years().read(field.value());
            }
            case "presentation" ->
                each(single, "presentation", limits.maxOtherItems(), (o, p) -> presentation.add(step(o, p)));
            case "events", "quotes" -> {
                if (field.name().equals("events") && field.value() instanceof JsonNode.Null) {
                    // Null is not "none": a file that meant none writes [], and a tool that lost the list writes null.
                    error(field.value(), "events", "expected a list [ \u2026 ], found null; write [] when there are "
                            + "no events");
                    refs.unreadable("event");
                    return;
                }
                if (!(field.value() instanceof JsonNode.Null)) {
                    refs.unreadable(field.name().substring(0, field.name().length() - 1));
                }
                list(single, JsonPath.ROOT, field.name(), false, 0);
            }
            default -> {
                // header text fields are read in finish(), once the whole document is known
            }
        }
    }

    @Override
    public void listStart(JsonNode.Member field) {
        header.add(field);
        switch (field.name()) {
            case "events" -> refs.listStarts("event", EVENTS);
            case "quotes" -> refs.listStarts("quote", QUOTES);
            default -> { } // only events and quotes are streamed (STREAMED)
        }
        if (eventsFirst != null && field.name().equals("quotes") && !drafts.isEmpty()
                && problems.stream().noneMatch(Problem::isError)) {
            eventsFirst.offer(drafts, draftsInFileOrder() ? refs.table("event") : null,
                    zone == null ? ZoneOffset.UTC : zone, years == null ? TimeRange.DEFAULT : years,
                    new EventsFirst.Header(List.copyOf(header), sources, actors, categories, eras));
        }
    }

    /**
     * Asks for the events as a timeline of their own once they are read and the quotes begin, while nothing is
     * wrong so far ({@link EventsFirst}); {@code listener} is called on the reading thread.
     */
    void tellEventsFirst(Consumer<Timeline> listener) {
        eventsFirst = listener == null ? null : new EventsFirst(listener);
    }

    @Override
    public void listItem(String field, int index, JsonNode item) {
        boolean events = field.equals("events");
        if (events) {
            eventItems++;
        }
        int max = events ? limits.maxEvents() : limits.maxQuotes();
        JsonPath path = (events ? EVENTS : QUOTES).item(index);
        if (index >= max) {
            if (index == max) {
                error(item, path, "the file holds more than " + max + " " + field + ", the most this reader accepts; "
                        + "split it into smaller timelines");
            }
            return;
        }
        JsonNode.Obj o = object(item, path, events ? "an item of events" : "an item of quotes");
        if (o == null) {
            return;
        }
        if (events) {
            eventBinder.event(o, path, index, times());
        } else {
            Quote quote = quoteBinder.quote(o, path);
            if (quotes.size() == quoteEvents.length) {
                quoteEvents = Arrays.copyOf(quoteEvents, quoteEvents.length * 2);
            }
            quoteEvents[quotes.size()] = quoteBinder.lastEventPosition();
            quotes.add(quote);
        }
    }

    private TimeBinder times() {
        if (times == null) {
            // Asked for the zone at each message: "eras" or "years" may make the binder before "timeZone" is read, and a
            // zone written after the events reaches only later messages (suggestions fall back to UTC, and say so).
            times = new TimeBinder(problems, citations, () -> zone);
        }
        return times;
    }

    /** How many of the events read so far are held as drafts, waiting to be resolved at the end. */
    int draftsToResolve() {
        int count = 0;
        for (int i = 0; i < drafts.size(); i++) {
            count += drafts.draft(i) != null ? 1 : 0;
        }
        return count;
    }

    /** Builds the timeline once the whole document has been read; null when there are errors. */
    Timeline finish() {
        if (notAnObject) {
            return null;
        }
        JsonNode.Obj doc = new JsonNode.Obj(documentLine, documentColumn, header);
        int beforeVersion = problems.size();
        if (!versionReadable(doc)) {
            // A file of another version would only raise errors that are not its own: report the version alone.
            List<Problem> version = new ArrayList<>(problems.subList(beforeVersion, problems.size()));
            problems.subList(problemsBefore, problems.size()).clear();
            problems.addAll(version);
            return null;
        }
        unknownFields(doc, JsonPath.ROOT, FormatFields.TIMELINE);
        String title = string(doc, JsonPath.ROOT, "title", true);
        String description = string(doc, JsonPath.ROOT, "description", false);
        if (!zoneRead) {
            zone = zone(doc);
        }
        LocalDate date = values.date(doc, JsonPath.ROOT, "date");
        if (doc.get("events") == null) {
            missing(doc, JsonPath.ROOT, "events", "write [] when there are none");
        }
        refs.check();
        eventBinder.tellUnsourced();
        TimeRange range = years == null ? TimeRange.DEFAULT : years;
        times().years().check(range);
        ZoneId eventZone = zone == null ? ZoneOffset.UTC : zone;
        boolean inFileOrder = draftsInFileOrder();
        List<Event> events = eventsFirst == null ? null : eventsFirst.reusable(eventZone, range, drafts.size());
        if (events == null) {
            events = new TimeResolver(problems, eventZone, suggestions, range)
                    .resolve(drafts, inFileOrder ? refs.table("event") : null);
        }
        // The drafts and the id tables are done with: let them go before the timeline sorts and indexes its
        // events, which at a million events is when the heap is fullest (about 100 MB less at -Xmx1g).
        drafts.clear();
        refs.release();
        if (problems.stream().anyMatch(Problem::isError)) {
            return null;
        }
        int version = Integer.parseInt(((JsonNode.Num) doc.get("formatVersion")).literal());
        // The positions the quotes' events were read at are their places in the events' list when the drafts are
        // the file's items one for one, as they are whenever nothing is wrong.
        return new Timeline(version, title, description, zone, date, sources, actors, categories, events, quotes,
                presentation, eras, times == null ? List.of() : times.writtenOffsets(),
                inFileOrder ? Arrays.copyOf(quoteEvents, quotes.size()) : null);
    }

    /**
     * True when draft i is item i of the file and nothing is wrong so far: then the ids read for the reference
     * checks give each draft's position, and the times need no table of their own (a million entries).
     */
    private boolean draftsInFileOrder() {
        // Every item of the list is drafted, in order, unless one was refused, which is an error.
        return drafts.size() == eventItems && problems.stream().noneMatch(Problem::isError);
    }

    private interface ItemBinder {
        void bind(JsonNode.Obj item, JsonPath path);
    }

    private void each(JsonNode.Obj doc, String field, int max, ItemBinder binder) {
        JsonNode listNode = doc.get(field);
        if (listNode != null && !(listNode instanceof JsonNode.Arr) && !(listNode instanceof JsonNode.Null)) {
            refs.unreadable(field.equals("categories") ? "category" : field.substring(0, field.length() - 1));
        }
        List<JsonNode> items = list(doc, JsonPath.ROOT, field, false, max);
        for (int i = 0; i < items.size(); i++) {
            JsonPath path = JsonPath.ROOT.child(field).item(i);
            JsonNode.Obj o = object(items.get(i), path, "an item of " + field);
            if (o != null) {
                binder.bind(o, path);
            }
        }
    }

    private boolean versionReadable(JsonNode.Obj doc) {
        JsonNode node = doc.get("formatVersion");
        String expected = "this build reads format version " + READABLE_VERSIONS.stream().map(String::valueOf)
                .reduce((a, b) -> a + ", " + b).orElse("");
        if (node == null) {
            missing(doc, JsonPath.ROOT, "formatVersion", "write \"formatVersion\": 1 (" + expected + ")");
            return false;
        }
        Long version = integer(node, JsonPath.ROOT.child("formatVersion"));
        if (version == null) {
            return false;
        }
        if (!READABLE_VERSIONS.contains(version.intValue()) || version > Integer.MAX_VALUE) {
            boolean newer = version > READABLE_VERSIONS.get(READABLE_VERSIONS.size() - 1);
            error(node, "formatVersion", "this file is written in format version " + version + ", but "
                    + expected + (newer ? "; open it with a newer Summit Timeline" : "; write 1"));
            return false;
        }
        return true;
    }

    private ZoneId zone(JsonNode.Obj doc) {
        return values.zone(doc, JsonPath.ROOT, "timeZone", true);
    }

    private Source source(JsonNode.Obj o, JsonPath path) {
        unknownFields(o, path, FormatFields.SOURCE);
        String id = refs.id(o, path, "source");
        String publisher = string(o, path, "publisher", true);
        String title = string(o, path, "title", false);
        SourceDate date = values.sourceDate(o, path);
        String url = string(o, path, "url", false);
        if (url != null && !ValueReaders.isWebAddress(url)) {
            error(o.get("url"), child(path, "url"), "\"" + url
                    + "\" is not a web address; write a full http:// or https:// URL");
            url = null;
        }
        return new Source(id, publisher, title, date, url, values.zone(o, path, "zone", false));
    }

    private Actor actor(JsonNode.Obj o, JsonPath path) {
        unknownFields(o, path, FormatFields.ACTOR);
        return new Actor(refs.id(o, path, "actor"), string(o, path, "name", true), string(o, path, "role", false),
                values.colour(o, path));
    }

    private Category category(JsonNode.Obj o, JsonPath path) {
        unknownFields(o, path, FormatFields.CATEGORY);
        return new Category(refs.id(o, path, "category"), string(o, path, "label", true), values.colour(o, path));
    }

    private PresentationStep step(JsonNode.Obj o, JsonPath path) {
        unknownFields(o, path, FormatFields.STEP);
        String event = refs.sharedReference("event", o, path, "event", string(o, path, "event", true));
        List<String> quoteIds = null;
        if (o.get("quotes") != null) {
            quoteIds = strings(o, path, "quotes", limits.maxListItems());
            refs.referenceEach("quote", o, path, "quotes", quoteIds);
        }
        return new PresentationStep(event, quoteIds, string(o, path, "notes", false));
    }
}
