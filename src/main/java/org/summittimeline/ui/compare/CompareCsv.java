package org.summittimeline.ui.compare;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.summittimeline.format.QuoteCsvWriter;
import org.summittimeline.format.SafeWrite;
import org.summittimeline.model.Relation;
import org.summittimeline.ui.compare.CompareModel.Cell;
import org.summittimeline.ui.compare.CompareModel.Column;
import org.summittimeline.ui.compare.CompareModel.Entry;
import org.summittimeline.ui.compare.CompareModel.Row;

/**
 * The comparison as a spreadsheet: the speakers stand side by side as in the view. A cell holds one quote, so an
 * event where someone spoke three times takes three lines, the n-th quote of each speaker on the n-th line. Every
 * text passes {@link QuoteCsvWriter#cell} so that no spreadsheet runs it as a formula.
 */
public final class CompareCsv {
    private CompareCsv() {
    }

    /**
     * The header: the event, then per speaker the words, whether they are the speaker's own or reported (as the
     * quotes' CSV says it: without it a reporter's paraphrase read as the speaker's words, which the view marks),
     * the quote's id, its citation and its relations.
     */
    public static List<String> header(CompareModel model) {
        List<String> header = new ArrayList<>(List.of("event_id", "event", "event_start_earliest_utc", "line"));
        for (Column c : model.columns()) {
            header.add(c.name());
            header.add(c.name() + " kind");
            header.add(c.name() + " quote_id");
            header.add(c.name() + " citation");
            header.add(c.name() + " relations");
        }
        return header;
    }

    /**
     * Writes through {@link SafeWrite}: all or nothing, and never over {@code openFile}; {@code separator} ',' or,
     * for Excel where the decimal mark is a comma, ';'.
     */
    public static void export(CompareModel model, Path target, Path openFile, char separator) throws IOException {
        SafeWrite.to(target, openFile, out -> {
            out.write('\ufeff'); // spreadsheets then read the file as UTF-8
            write(model, out, separator);
        });
    }

    public static void write(CompareModel model, Writer out, char separator) throws IOException {
        CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setDelimiter(separator)
                .setHeader(header(model).stream().map(QuoteCsvWriter::cell).toArray(String[]::new)).get());
        for (Row row : model.rows()) {
            int lines = row.cells().stream().mapToInt(c -> c.entries().size()).max().orElse(0);
            for (int line = 0; line < lines; line++) {
                List<String> record = new ArrayList<>(List.of(row.event().id(), row.event().title(),
                        row.event().start().earliest().toString(), String.valueOf(line + 1)));
                for (Cell cell : row.cells()) {
                    if (line < cell.entries().size()) {
                        Entry e = cell.entries().get(line);
                        record.addAll(List.of(e.quote().text(), e.quote().kind().name().toLowerCase(Locale.ROOT),
                                e.quote().id(), e.citation(), relations(e)));
                    } else {
                        record.addAll(List.of("", "", "", "", ""));
                    }
                }
                printer.printRecord(record.stream().map(QuoteCsvWriter::cell).toList());
            }
        }
        printer.flush();
    }

    /** "corrects trump-server; contradicts putin-denial (editorial)": the format's word for the author's links. */
    private static String relations(Entry e) {
        return e.quote().relations().stream().map(r -> words(r.type()) + " " + r.quoteId()
                + (r.basis() == Relation.Basis.EDITORIAL ? " (editorial)" : "")).collect(Collectors.joining("; "));
    }

    static String words(Relation.Type type) {
        return switch (type) {
            case RESPONDS_TO -> "answers";
            case CONTRADICTS -> "contradicts";
            case CORRECTS -> "corrects";
        };
    }
}
