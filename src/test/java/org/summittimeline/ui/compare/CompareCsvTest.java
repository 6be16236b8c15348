package org.summittimeline.ui.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summittimeline.format.LoadResult;
import org.summittimeline.format.SafeWrite;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.model.Timeline;

/** The comparison written as CSV and read back by Commons CSV: side by side, one quote per cell, no formulas. */
@Tag("toolkit-free")
class CompareCsvTest {

    private static Timeline helsinki(String from, String to) throws IOException {
        String json = Files.readString(Path.of("data", "helsinki-2018-summit.json")).replace(from, to);
        LoadResult loaded = new TimelineLoader().load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                "helsinki.json");
        assertFalse(loaded.hasErrors(), loaded.problems().toString());
        return loaded.timeline();
    }

    private static List<CSVRecord> readBack(Path file, List<String> header) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            assertEquals('\ufeff', in.read(), "a byte-order mark first, for spreadsheets");
            CSVParser parser = CSVParser.parse(in, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get());
            assertEquals(header, parser.getHeaderNames());
            return parser.getRecords();
        }
    }

    @Test
    void trumpAndPutinStandSideBySideLineByLine(@TempDir Path dir) throws IOException {
        CompareModel m = CompareModel.of(helsinki("", ""), List.of("trump", "putin"), null);
        Path out = dir.resolve("compare.csv");
        CompareCsv.export(m, out, null, ',');
        List<CSVRecord> rows = readBack(out, List.of("event_id", "event", "event_start_earliest_utc", "line",
                "Donald Trump", "Donald Trump kind", "Donald Trump quote_id", "Donald Trump citation",
                "Donald Trump relations", "Vladimir Putin", "Vladimir Putin kind", "Vladimir Putin quote_id",
                "Vladimir Putin citation", "Vladimir Putin relations"));
        // 15 lines for the press conference (Putin's 15 quotes beside Trump's 10), one for the next day.
        assertEquals(16, rows.size());
        CSVRecord first = rows.get(0);
        assertEquals("press-conference", first.get("event_id"));
        assertEquals("1", first.get("line"));
        assertEquals("trump-raised-meddling", first.get("Donald Trump quote_id"));
        assertEquals("paraphrase", first.get("Donald Trump kind"), "a reporter's words, not his");
        assertEquals("putin-never-interfered", first.get("Vladimir Putin quote_id"));
        assertEquals("Moscow never interfered and will never interfere in the U.S. electoral process.",
                first.get("Vladimir Putin"));
        assertEquals("Associated Press, 16 July 2018, \u00b61", first.get("Vladimir Putin citation"));
        CSVRecord eleventh = rows.get(10);
        assertEquals("", eleventh.get("Donald Trump"), "Trump spoke ten times there");
        CSVRecord last = rows.get(15);
        assertEquals("would-wouldnt", last.get("event_id"));
        assertEquals("corrects trump-server; corrects trump-no-reason; contradicts putin-denial (editorial)",
                last.get("Donald Trump relations"));
        assertEquals("", last.get("Vladimir Putin quote_id"));
    }

    @Test
    void aQuoteThatLooksLikeAFormulaIsNeutralised(@TempDir Path dir) throws IOException {
        CompareModel m = CompareModel.of(helsinki("Moscow never interfered and will never interfere in the U.S. "
                + "electoral process.", "=HYPERLINK(\\\"http://example.com\\\")"), List.of("trump", "putin"), null);
        Path out = dir.resolve("compare.csv");
        CompareCsv.export(m, out, null, ',');
        assertEquals("'=HYPERLINK(\"http://example.com\")", readBack(out, CompareCsv.header(m)).get(0).get("Vladimir Putin"));
    }

    @Test
    void theOpenFileIsNeverWrittenOver(@TempDir Path dir) throws IOException {
        Path open = dir.resolve("timeline.json");
        Files.writeString(open, "{}");
        CompareModel m = CompareModel.of(helsinki("", ""), List.of("trump", "putin"), null);
        assertThrows(SafeWrite.Refused.class, () -> CompareCsv.export(m, open, open, ','));
        assertArrayEquals("{}".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(open));
    }
}
