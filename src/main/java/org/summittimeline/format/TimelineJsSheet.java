package org.summittimeline.format;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.summittimeline.model.Timeline;

/**
 * Reads TimelineJS's spreadsheet template saved as CSV: a header row naming the columns (Year, Month, Day, Time,
 * End Year, …, Headline, Text, Media, Type, Group; in any order and case) and a slide per row. A row of Type
 * "title" gives the timeline's title, a row of Type "era" an era. Problems are told by row, as the spreadsheet
 * numbers them (the header is row 1).
 */
final class TimelineJsSheet {
    static final List<String> COLUMNS = List.of("Year", "Month", "Day", "Time", "End Year", "End Month", "End Day",
            "End Time", "Display Date", "Headline", "Text", "Media", "Media Credit", "Media Caption",
            "Media Thumbnail", "Type", "Group", "Background");
    private static final Pattern TIME = Pattern.compile(
            "(\\d{1,2})(?::(\\d{2}))?(?::(\\d{2})(?:[.,](\\d{1,3}))?)?\\s*([AaPp]\\.?[Mm]\\.?)?");

    private final List<Problem> problems;
    private final String fileName;

    TimelineJsSheet(List<Problem> problems, String fileName) {
        this.problems = problems;
        this.fileName = fileName;
    }

    /** True when the first line names the template's Year and Headline columns: a TimelineJS sheet. */
    static boolean looksLikeSheet(String firstLine) {
        String line = firstLine.toLowerCase(Locale.ROOT);
        return !line.stripLeading().startsWith("{") && line.contains("year") && line.contains("headline");
    }

    /** How much of the file's start the separator is told from: the header row and then some. */
    private static final int HEADER_LOOK = 8192;

    /**
     * The character that separates the header row's columns: a comma, or a semicolon or tab where the header has
     * more of those. Excel in German and other languages that write 0,5 saves its CSV with semicolons, and such a
     * sheet had been refused for want of a "Year" column that was there.
     */
    static char separator(String start) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean quoted = false;
        for (int i = 0; i < start.length(); i++) {
            char c = start.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
                tabs += c == '\t' ? 1 : 0;
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        return tabs > commas ? '\t' : ',';
    }

    /** The timeline, or null when the sheet cannot be read at all (the errors say why). */
    Timeline read(Reader file, int maxRows) throws IOException {
        BufferedReader in = new BufferedReader(file, HEADER_LOOK);
        in.mark(HEADER_LOOK);
        char[] start = new char[HEADER_LOOK];
        int read = in.read(start, 0, HEADER_LOOK);
        in.reset();
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator(new String(start, 0, Math.max(0, read))))
                .setHeader().setSkipHeaderRecord(true)
                .setIgnoreHeaderCase(true).setTrim(true).setAllowMissingColumnNames(true).get();
        ImportedTimeline timeline = new ImportedTimeline(problems, fileName, false);
        int row = 1;
        try (CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
            Map<String, Integer> columns = columns(parser.getHeaderMap());
            if (!columns.containsKey("year")) {
                problems.add(Problem.atRow(Severity.ERROR, 1, "the header row has no \"Year\" column; a TimelineJS "
                        + "sheet names its columns " + String.join(", ", COLUMNS)));
                return null;
            }
            Iterator<CSVRecord> records = parser.iterator();
            while (records.hasNext()) {
                CSVRecord record = records.next();
                row++;
                if (row - 1 > maxRows) {
                    problems.add(Problem.atRow(Severity.ERROR, row, "the sheet holds more than " + maxRows
                            + " rows, the most this reader accepts; split it into smaller timelines"));
                    return null;
                }
                slide(timeline, new Row(record, columns, row));
            }
        } catch (IllegalArgumentException e) {
            // Commons CSV refuses a header that names a column twice.
            problems.add(Problem.atRow(Severity.ERROR, 1, "the header row cannot be read: " + e.getMessage()
                    + "; give every column its own name"));
            return null;
        } catch (UncheckedIOException | IOException e) {
            IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            if (cause instanceof java.nio.charset.CharacterCodingException encoding) {
                throw encoding;
            }
            if (!(cause instanceof CSVException)) {
                throw cause;
            }
            // Commons CSV names the line and the character; the row is what a spreadsheet shows.
            problems.add(Problem.atRow(Severity.ERROR, row + 1, "the row cannot be read as CSV ("
                    + cause.getMessage() + "); a quotation mark inside a cell is written twice (\"\")"));
            return null;
        }
        return timeline.finish();
    }

    /** The template's columns by lower-case name, with their position. */
    private static Map<String, Integer> columns(Map<String, Integer> header) {
        Map<String, Integer> columns = new TreeMap<>();
        if (header != null) {
            header.forEach((name, index) -> columns.putIfAbsent(name.strip().toLowerCase(Locale.ROOT), index));
        }
        return columns;
    }

    /** One row's cells by column name. */
    private record Row(CSVRecord record, Map<String, Integer> columns, int number) {
        String get(String column) {
            Integer index = columns.get(column.toLowerCase(Locale.ROOT));
            return index == null || index >= record.size() ? null : record.get(index);
        }

        boolean isBlank() {
            for (String cell : record) {
                if (!cell.isBlank()) {
                    return false;
                }
            }
            return true;
        }

        ImportedTimeline.Place place() {
            return (severity, message) -> Problem.atRow(severity, number, message);
        }
    }

    private void slide(ImportedTimeline timeline, Row row) {
        if (row.isBlank()) {
            return;
        }
        String type = row.get("Type") == null ? "" : row.get("Type").strip().toLowerCase(Locale.ROOT);
        ImportedTimeline.Slide slide = new ImportedTimeline.Slide(null, row.place(), date(row, ""), date(row, "End "),
                row.get("Display Date"), row.get("Headline"), row.get("Text"),
                new ImportedTimeline.Media(row.get("Media"), row.get("Media Credit"), row.get("Media Caption")),
                row.get("Group"), row.place());
        switch (type) {
            case "title" -> timeline.title(slide);
            case "era" -> timeline.era(slide);
            default -> timeline.event(slide);
        }
    }

    /** The date of the columns Year, Month, Day, Time (or End Year, …); the time split into its parts. */
    private ImportedTimeline.Date date(Row row, String prefix) {
        String[] parts = new String[TimelineJsDate.PARTS.size()];
        parts[0] = row.get(prefix + "Year");
        parts[1] = row.get(prefix + "Month");
        parts[2] = row.get(prefix + "Day");
        String time = row.get(prefix + "Time");
        String[] labels = {prefix + "Year", prefix + "Month", prefix + "Day", prefix + "Time", prefix + "Time",
            prefix + "Time", prefix + "Time"};
        if (time != null && !time.isBlank()) {
            Matcher m = TIME.matcher(time.strip());
            if (!m.matches() || Integer.parseInt(m.group(1)) > 23) {
                problems.add(Problem.atRow(Severity.WARNING, row.number(), "\"" + prefix + "Time\" is \"" + time.strip()
                        + "\"; write hours and minutes, such as 13:15 or 1:15 PM; the time of day is left out"));
            } else {
                int hour = Integer.parseInt(m.group(1));
                String half = m.group(5) == null ? null : m.group(5).toLowerCase(Locale.ROOT);
                if (half != null && hour >= 1 && hour <= 12) {
                    hour = hour % 12 + (half.startsWith("p") ? 12 : 0);
                }
                parts[3] = Integer.toString(hour);
                parts[4] = m.group(2);
                parts[5] = m.group(3);
                parts[6] = m.group(4) == null ? null : (m.group(4) + "00").substring(0, 3);
            }
        }
        return new ImportedTimeline.Date(parts, part -> labels[part], row.place());
    }
}
