package org.summittimeline.format;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.summittimeline.model.Citation;
import org.summittimeline.model.Event;
import org.summittimeline.model.Quote;
import org.summittimeline.model.Source;
import org.summittimeline.model.TimeBound;
import org.summittimeline.model.Timeline;

/**
 * Writes quotes as CSV for a spreadsheet or a paper's appendix: one row per quote with its speaker, kind, words,
 * event and that event's time bounds (UTC, ISO-8601), topics and full citation.
 */
public final class QuoteCsvWriter {
    public static final List<String> HEADER = List.of("quote_id", "speaker", "kind", "text", "event_id", "event",
            "event_start_earliest_utc", "event_start_latest_utc", "topics", "source", "publisher", "source_title",
            "source_date", "locator", "url");

    private QuoteCsvWriter() {
    }

    /**
     * Writes the quotes to {@code target} through {@link SafeWrite}: never over {@code openFile}, and all or
     * nothing. This is the export the window calls.
     *
     * @param byteOrderMark whether the file starts with one: spreadsheet programs then read it as UTF-8, so ¶ and
     *                      accents survive; other tools may take it for a character of the first column's name
     * @param separator     ',' as RFC 4180 has it, or ';' for Excel where the decimal mark is a comma (German)
     */
    public static void export(Timeline timeline, List<Quote> quotes, Path target, Path openFile,
                              boolean byteOrderMark, char separator) throws IOException {
        SafeWrite.to(target, openFile, out -> {
            if (byteOrderMark) {
                out.write('\ufeff');
            }
            write(timeline, quotes, out, separator);
        });
    }

    /**
     * A cell a spreadsheet will not run: text that starts with = + - @, a tab or a carriage return is a formula
     * to Excel and LibreOffice ("=HYPERLINK(...)"), so it gets a single quote in front, as OWASP's CSV injection
     * page advises. The quote shows in the cell; the words stay as they were.
     */
    public static String cell(String text) {
        if (text.isEmpty()) {
            return text;
        }
        char first = text.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
                || first == '\r';
        return formula ? "'" + text : text;
    }

    public static void write(Timeline timeline, List<Quote> quotes, Writer out, char separator) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(separator).setHeader(HEADER.toArray(String[]::new))
                .get();
        // Not closed here: the writer is the caller's (SafeWrite flushes and moves it into place after this).
        CSVPrinter printer = new CSVPrinter(out, format);
        for (Quote q : quotes) {
            Event e = timeline.event(q.eventId()).orElse(null);
            TimeBound start = e == null ? null : e.start();
            Citation c = q.citation();
            Source s = timeline.source(c.sourceId()).orElse(null);
            printer.printRecord(Stream.of(q.id(),
                    timeline.actor(q.speakerId()).map(a -> a.name()).orElse(q.speakerId()),
                    q.kind().name().toLowerCase(java.util.Locale.ROOT), q.text(), q.eventId(),
                    e == null ? "" : e.title(),
                    start == null ? "" : start.earliest().toString(), start == null ? "" : start.latest().toString(),
                    q.topics().stream().collect(Collectors.joining("; ")), c.sourceId(),
                    s == null ? "" : s.publisher(), s == null || s.title() == null ? "" : s.title(),
                    s == null || s.date() == null ? "" : s.date().toString(), c.locator().display(),
                    s == null || s.url() == null ? "" : s.url()).map(QuoteCsvWriter::cell).toList());
        }
        printer.flush();
    }
}
