package org.summittimeline.export;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.summittimeline.format.QuoteCsvWriter;
import org.summittimeline.format.SafeWrite;
import org.summittimeline.model.Anchor;
import org.summittimeline.model.Citation;
import org.summittimeline.model.Event;
import org.summittimeline.model.Quote;
import org.summittimeline.model.TimeAccount;
import org.summittimeline.model.TimeBound;
import org.summittimeline.model.Timeline;
import org.summittimeline.query.CitationText;

/**
 * Writes events as CSV, a row per event with every field: category and actors (ids and names), place, summary,
 * the start and end as bounds (UTC, ISO-8601) with their precision, the source's phrase, the anchor of a relative
 * time and each disputed account, the sources as citations, and the ids of the event's quotes. Cells that a
 * spreadsheet would run as a formula are neutralised as in the quotes' CSV.
 */
public final class EventCsvWriter {
    public static final List<String> HEADER = List.of("event_id", "title", "category_id", "category", "actor_ids",
            "actors", "location", "summary",
            "start_earliest_utc", "start_latest_utc", "start_precision", "start_phrase", "start_relative_to",
            "start_accounts", "start_sources",
            "end_earliest_utc", "end_latest_utc", "end_precision", "end_phrase", "end_relative_to", "end_accounts",
            "end_sources",
            "sources", "source_ids", "urls", "quote_ids");

    private EventCsvWriter() {
    }

    /**
     * Writes the events to {@code target} through {@link SafeWrite}: never over {@code openFile}, all or nothing.
     *
     * @param byteOrderMark whether the file starts with one, which spreadsheet programs need to read UTF-8
     * @param separator     ',' as RFC 4180 has it, or ';' for Excel where the decimal mark is a comma (German)
     */
    public static void export(Timeline timeline, List<Event> events, Path target, Path openFile,
                              boolean byteOrderMark, char separator) throws IOException {
        SafeWrite.to(target, openFile, out -> {
            if (byteOrderMark) {
                out.write('\ufeff');
            }
            write(timeline, events, out, separator);
        });
    }

    public static void write(Timeline timeline, List<Event> events, Writer out, char separator) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setHeader(HEADER.toArray(String[]::new))
                .get();
        // Not closed here: the writer is the caller's.
        CSVPrinter printer = new CSVPrinter(out, format);
        CitationText cite = new CitationText(timeline);
        Map<String, List<String>> quotesByEvent = new HashMap<>();
        for (Quote q : timeline.quotes()) {
            quotesByEvent.computeIfAbsent(q.eventId(), k -> new ArrayList<>()).add(q.id());
        }
        for (Event e : events) {
            List<String> row = new ArrayList<>(HEADER.size());
            row.add(e.id());
            row.add(e.title());
            row.add(e.categoryId());
            row.add(timeline.category(e.categoryId()).map(c -> c.label()).orElse(""));
            row.add(String.join("; ", e.actorIds()));
            row.add(e.actorIds().stream().map(a -> timeline.actor(a).map(x -> x.name()).orElse(a))
                    .collect(Collectors.joining("; ")));
            row.add(orEmpty(e.location()));
            row.add(orEmpty(e.summary()));
            time(row, e.start(), cite);
            time(row, e.end(), cite);
            row.add(e.sources().stream().map(cite::cite).collect(Collectors.joining("; ")));
            row.add(e.sources().stream().map(EventCsvWriter::place).collect(Collectors.joining("; ")));
            // One place per source, empty where it has no address: the n-th address is the n-th source's (with
            // those without one left out, nine sources stood beside six addresses, and none could be matched).
            row.add(e.sources().stream().map(c -> timeline.source(c.sourceId()).map(s -> s.url()).orElse(null))
                    .map(u -> u == null ? "" : u).collect(Collectors.joining("; ")));
            row.add(String.join("; ", quotesByEvent.getOrDefault(e.id(), List.of())));
            printer.printRecord(row.stream().map(QuoteCsvWriter::cell).toList());
        }
        printer.flush();
    }

    private static void time(List<String> row, TimeBound t, CitationText cite) {
        if (t == null) {
            for (int k = 0; k < 7; k++) {
                row.add("");
            }
            return;
        }
        row.add(t.earliest().toString());
        row.add(t.latest().toString());
        row.add(t.precision().name().toLowerCase(Locale.ROOT));
        row.add(orEmpty(t.phrase()));
        Anchor a = t.anchor();
        row.add(a == null ? "" : a.eventId() + " " + a.point().name().toLowerCase(Locale.ROOT) + " "
                + offset(a.earliestOffset()) + ".." + offset(a.latestOffset()));
        row.add(t.accounts().stream().map(x -> account(x, cite)).collect(Collectors.joining("; ")));
        row.add(t.sources().stream().map(cite::cite).collect(Collectors.joining("; ")));
    }

    /** "2018-07-16T11:12:00Z (SB. Belarus Segodnya, 16 July 2018)", or its bounds and phrase when not exact. */
    private static String account(TimeAccount a, CitationText cite) {
        String when = a.earliest().equals(a.latest()) ? a.earliest().toString() : a.earliest() + ".." + a.latest();
        String phrase = a.phrase() == null ? "" : " \u201c" + a.phrase() + "\u201d";
        return when + phrase + " (" + a.sources().stream().map(cite::cite).collect(Collectors.joining(", ")) + ")";
    }

    /** "-PT15M", as the format writes an offset before its anchor (Java would write "PT-15M"). */
    private static String offset(Duration d) {
        return d.isNegative() ? "-" + d.negated() : d.toString();
    }

    private static String place(Citation c) {
        String where = c.locator().display();
        return where.isEmpty() ? c.sourceId() : c.sourceId() + " " + where;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
