package org.summittimeline.format;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.summittimeline.model.Actor;
import org.summittimeline.model.Anchor;
import org.summittimeline.model.Category;
import org.summittimeline.model.Citation;
import org.summittimeline.model.Era;
import org.summittimeline.model.Event;
import org.summittimeline.model.Locator;
import org.summittimeline.model.PresentationStep;
import org.summittimeline.model.Quote;
import org.summittimeline.model.Relation;
import org.summittimeline.model.Source;
import org.summittimeline.model.TimeAccount;
import org.summittimeline.model.TimeBound;
import org.summittimeline.model.Timeline;
import org.summittimeline.model.Variant;

/**
 * Writes a timeline in our own format, version 1, pretty-printed: what {@code --convert} makes of an imported
 * file and what the window exports of the filtered timeline. What it writes loads again without an error and
 * passes the JSON Schema; a part of the timeline may be written, and then nothing points outside that part.
 */
public final class TimelineWriter {
    private final Timeline timeline;
    private final ZoneId zone;
    private final Set<String> eventIds = new HashSet<>();
    private final Set<String> quoteIds = new HashSet<>();
    private final List<Event> events;
    private final List<Quote> quotes;

    private TimelineWriter(Timeline timeline, List<Event> events, List<Quote> quotes) {
        this.timeline = timeline;
        this.zone = timeline.zone() == null ? ZoneId.of("UTC") : timeline.zone();
        this.events = events;
        events.forEach(e -> eventIds.add(e.id()));
        // A quote goes with its event: without it, its "event" would name nothing.
        this.quotes = quotes.stream().filter(q -> eventIds.contains(q.eventId())).toList();
        this.quotes.forEach(q -> quoteIds.add(q.id()));
    }

    /** Writes the whole timeline. */
    public static void write(Timeline timeline, Writer out) throws IOException {
        write(timeline, timeline.events(), timeline.quotes(), out);
    }

    /** Writes the timeline with only these events and those of these quotes whose event is among them. */
    public static void write(Timeline timeline, List<Event> events, List<Quote> quotes, Writer out)
            throws IOException {
        new TimelineWriter(timeline, events, quotes).writeTo(out);
    }

    /**
     * Writes the events and quotes to {@code target} through {@link SafeWrite}: never over {@code openFile}, and
     * all or nothing.
     */
    public static void export(Timeline timeline, List<Event> events, List<Quote> quotes, Path target,
                              Path openFile) throws IOException {
        SafeWrite.to(target, openFile, out -> write(timeline, events, quotes, out));
    }

    /** The earliest year, in UTC, of the times written. */
    private int firstYear() {
        Instant first = Instant.MAX;
        for (Event e : events) {
            first = e.start().earliest().isBefore(first) ? e.start().earliest() : first;
        }
        for (Era era : timeline.eras()) {
            first = era.start().isBefore(first) ? era.start() : first;
        }
        return first.equals(Instant.MAX) ? TimeRange.DEFAULT.from() : first.atZone(ZoneOffset.UTC).getYear();
    }

    private void writeTo(Writer out) throws IOException {
        // Not closed here: the writer is the caller's (SafeWrite flushes and moves it into place after this).
        JsonWriter json = new JsonWriter(out);
        json.setIndent("  ");
        json.setHtmlSafe(false);
        json.beginObject();
        json.name("formatVersion").value(1);
        json.name("title").value(timeline.title());
        optional(json, "description", timeline.description());
        // ZoneOffset.UTC calls itself "Z", which is no IANA name; "UTC" is.
        json.name("timeZone").value(zone instanceof ZoneOffset offset && offset.getTotalSeconds() == 0
                ? "UTC" : zone.getId());
        if (timeline.date() != null) {
            json.name("date").value(timeline.date().toString());
        }
        int firstYear = firstYear();
        if (firstYear < TimeRange.DEFAULT.from()) {
            // Without it the loader would take a year before 1 for a typing mistake (see TimeRange).
            json.name("years").beginObject();
            json.name("from").value(firstYear);
            json.name("to").value(TimeRange.LATEST_YEAR);
            json.endObject();
        }
        json.name("sources").beginArray();
        for (Source s : timeline.sources()) {
            json.beginObject();
            json.name("id").value(s.id());
            json.name("publisher").value(s.publisher());
            optional(json, "title", s.title());
            optional(json, "date", s.date() == null ? null : s.date().toString());
            optional(json, "url", s.url());
            optional(json, "zone", s.zone() == null ? null : s.zone().getId());
            json.endObject();
        }
        json.endArray();
        json.name("actors").beginArray();
        for (Actor a : timeline.actors()) {
            json.beginObject();
            json.name("id").value(a.id());
            json.name("name").value(a.name());
            optional(json, "role", a.role());
            optional(json, "colour", a.colour());
            json.endObject();
        }
        json.endArray();
        json.name("categories").beginArray();
        for (Category c : timeline.categories()) {
            json.beginObject();
            json.name("id").value(c.id());
            json.name("label").value(c.label());
            optional(json, "colour", c.colour());
            json.endObject();
        }
        json.endArray();
        if (!timeline.eras().isEmpty()) {
            json.name("eras").beginArray();
            for (Era era : timeline.eras()) {
                json.beginObject();
                json.name("title").value(era.title());
                json.name("start").value(iso(era.start()));
                json.name("end").value(iso(era.end()));
                optional(json, "colour", era.colour());
                json.endObject();
            }
            json.endArray();
        }
        json.name("events").beginArray();
        for (Event e : events) {
            event(json, e);
        }
        json.endArray();
        json.name("quotes").beginArray();
        for (Quote q : quotes) {
            quote(json, q);
        }
        json.endArray();
        presentation(json);
        json.endObject();
        json.flush();
        out.write(System.lineSeparator());
    }

    private void event(JsonWriter json, Event e) throws IOException {
        json.beginObject();
        json.name("id").value(e.id());
        json.name("title").value(e.title());
        json.name("category").value(e.categoryId());
        if (!e.actorIds().isEmpty()) {
            json.name("actors").beginArray();
            for (String actor : e.actorIds()) {
                json.value(actor);
            }
            json.endArray();
        }
        optional(json, "location", e.location());
        optional(json, "summary", e.summary());
        json.name("start");
        time(json, e.start());
        if (e.end() != null) {
            json.name("end");
            time(json, e.end());
        }
        citations(json, "sources", e.sources());
        json.endObject();
    }

    private void time(JsonWriter json, TimeBound t) throws IOException {
        json.beginObject();
        Anchor anchor = t.anchor();
        if (!t.accounts().isEmpty()) {
            json.name("accounts").beginArray();
            for (TimeAccount a : t.accounts()) {
                json.beginObject();
                bounds(json, a.earliest(), a.latest());
                optional(json, "phrase", a.phrase());
                citations(json, "sources", a.sources());
                json.endObject();
            }
            json.endArray();
        } else if (anchor != null && eventIds.contains(anchor.eventId())) {
            json.name("relativeTo").beginObject();
            json.name("event").value(anchor.eventId());
            if (anchor.point() == Anchor.Point.END) {
                json.name("point").value("end");
            }
            if (anchor.earliestOffset().equals(anchor.latestOffset())) {
                json.name("offset").value(duration(anchor.earliestOffset()));
            } else {
                json.name("earliestOffset").value(duration(anchor.earliestOffset()));
                json.name("latestOffset").value(duration(anchor.latestOffset()));
            }
            json.endObject();
            // The resolved bounds as clock limits: where a source narrowed the relative time, it stays narrowed.
            json.name("earliest").value(iso(t.earliest()));
            json.name("latest").value(iso(t.latest()));
        } else {
            // Also a relative time whose anchor is not written: its bounds stand on their own.
            bounds(json, t.earliest(), t.latest());
        }
        json.name("precision").value(t.precision().name().toLowerCase(Locale.ROOT));
        optional(json, "phrase", t.phrase());
        citations(json, "sources", t.sources());
        json.endObject();
    }

    private void bounds(JsonWriter json, Instant earliest, Instant latest) throws IOException {
        if (earliest.equals(latest)) {
            json.name("at").value(iso(earliest));
        } else {
            json.name("earliest").value(iso(earliest));
            json.name("latest").value(iso(latest));
        }
    }

    private void quote(JsonWriter json, Quote q) throws IOException {
        json.beginObject();
        json.name("id").value(q.id());
        json.name("speaker").value(q.speakerId());
        json.name("event").value(q.eventId());
        json.name("kind").value(q.kind().name().toLowerCase(Locale.ROOT));
        json.name("text").value(q.text());
        if (!q.topics().isEmpty()) {
            json.name("topics").beginArray();
            for (String topic : q.topics()) {
                json.value(topic);
            }
            json.endArray();
        }
        json.name("source");
        citation(json, q.citation());
        if (!q.variants().isEmpty()) {
            json.name("variants").beginArray();
            for (Variant v : q.variants()) {
                json.beginObject();
                json.name("text").value(v.text());
                json.name("source");
                citation(json, v.citation());
                json.endObject();
            }
            json.endArray();
        }
        List<Relation> relations = q.relations().stream().filter(r -> quoteIds.contains(r.quoteId())).toList();
        if (!relations.isEmpty()) {
            json.name("relations").beginArray();
            for (Relation r : relations) {
                json.beginObject();
                json.name("type").value(switch (r.type()) {
                    case RESPONDS_TO -> "respondsTo";
                    case CONTRADICTS -> "contradicts";
                    case CORRECTS -> "corrects";
                });
                json.name("quote").value(r.quoteId());
                if (r.basis() != null) {
                    json.name("basis").value(r.basis().name().toLowerCase(Locale.ROOT));
                }
                json.endObject();
            }
            json.endArray();
        }
        optional(json, "context", q.context());
        json.endObject();
    }

    private void presentation(JsonWriter json) throws IOException {
        List<PresentationStep> steps = timeline.presentation().stream()
                .filter(s -> eventIds.contains(s.eventId())).toList();
        if (steps.isEmpty()) {
            return;
        }
        json.name("presentation").beginArray();
        for (PresentationStep step : steps) {
            json.beginObject();
            json.name("event").value(step.eventId());
            if (step.quoteIds() != null) {
                json.name("quotes").beginArray();
                for (String id : step.quoteIds()) {
                    if (quoteIds.contains(id)) {
                        json.value(id);
                    }
                }
                json.endArray();
            }
            optional(json, "notes", step.notes());
            json.endObject();
        }
        json.endArray();
    }

    private static void citations(JsonWriter json, String name, List<Citation> citations) throws IOException {
        if (citations.isEmpty()) {
            return;
        }
        json.name(name).beginArray();
        for (Citation c : citations) {
            citation(json, c);
        }
        json.endArray();
    }

    private static void citation(JsonWriter json, Citation c) throws IOException {
        json.beginObject();
        json.name("source").value(c.sourceId());
        Locator l = c.locator();
        switch (l.kind()) {
            case PARAGRAPH -> json.name("paragraph").value(Long.parseLong(l.value()));
            case PAGE -> {
                if (l.value().matches("\\d{1,18}")) {
                    json.name("page").value(Long.parseLong(l.value()));
                } else {
                    json.name("page").value(l.value());
                }
            }
            case TIMECODE -> json.name("timecode").value(l.value());
            case SECTION -> json.name("section").value(l.value());
            case NONE -> { }
        }
        json.endObject();
    }

    private String iso(Instant instant) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atZone(zone).toOffsetDateTime());
    }

    /** ISO-8601 as the format writes it: a sign before the P ("-PT15M"), where Java writes "PT-15M". */
    private static String duration(Duration d) {
        return d.isNegative() ? "-" + d.negated() : d.toString();
    }

    private static void optional(JsonWriter json, String name, String value) throws IOException {
        if (value != null) {
            json.name(name).value(value);
        }
    }
}
