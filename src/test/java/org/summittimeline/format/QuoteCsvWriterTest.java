package org.summittimeline.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.summittimeline.model.Timeline;

/** Issue 12 item 6: no cell of an export is a formula a spreadsheet would run. */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@Tag("toolkit-free")
class QuoteCsvWriterTest {

    private static Timeline timeline(String quoteText, String speaker, String title) {
        String json = "{\"formatVersion\": 1, \"title\": \"t\", \"timeZone\": \"Europe/Helsinki\", "
                + "\"sources\": [{\"id\": \"s\", \"publisher\": \"@AP\"}], \"actors\": [{\"id\": \"a\", \"name\": "
                + com.google.gson.JsonParser.parseString("\"x\"").toString().replace("x", speaker) + "}], "
                + "\"categories\": [{\"id\": \"c\", \"label\": \"C\"}], \"events\": [{\"id\": \"e\", \"title\": \""
                + title + "\", \"category\": \"c\", \"sources\": [{\"source\": \"s\"}], \"start\": "
                + "\"2018-07-16T14:07+03:00\"}], \"quotes\": [{\"id\": \"q\", \"speaker\": \"a\", \"event\": \"e\", "
                + "\"text\": " + new com.google.gson.Gson().toJson(quoteText) + ", \"kind\": \"direct\", \"source\": "
                + "{\"source\": \"s\"}}]}";
        LoadResult r = new TimelineLoader().load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t");
        assertFalse(r.hasErrors(), r.problems().toString());
        return r.timeline();
    }

    private static CSVRecord exported(Timeline t) throws IOException {
        return exported(t, ',');
    }

    private static CSVRecord exported(Timeline t, char separator) throws IOException {
        StringWriter out = new StringWriter();
        QuoteCsvWriter.write(t, t.quotes(), out, separator);
        assertEquals(String.join(String.valueOf(separator), QuoteCsvWriter.HEADER), out.toString().lines().findFirst()
                .orElseThrow(), "the header, separated by " + separator);
        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setDelimiter(separator).setHeader().setSkipHeaderRecord(true)
                .get().parse(new StringReader(out.toString())).getRecords();
        assertEquals(1, rows.size());
        return rows.get(0);
    }

    @Test
    void formulasInEveryKindOfCellGetAQuoteInFront() throws IOException {
        for (String formula : List.of("=HYPERLINK(\"http://evil\",\"click\")", "+1+1", "-2+3", "@SUM(A1:A2)",
                "\t=1", "\r=1")) {
            CSVRecord row = exported(timeline(formula, "=cmd", "+title"));
            assertEquals("'" + formula, row.get("text"), formula);
            assertEquals("'=cmd", row.get("speaker"));
            assertEquals("'+title", row.get("event"));
            assertEquals("'@AP", row.get("publisher"));
        }
    }

    /** For Excel where the decimal mark is a comma: semicolons between the columns, one within a text quoted. */
    @Test
    void semicolonsSeparateTheColumnsWhenAsked() throws IOException {
        String words = "We had a \"direct; open\" dialogue, \u2013 I think";
        CSVRecord row = exported(timeline(words, "Donald Trump", "Talks; lunch"), ';');
        assertEquals(words, row.get("text"));
        assertEquals("Talks; lunch", row.get("event"));
        assertEquals(QuoteCsvWriter.HEADER.size(), row.size());
    }

    @Test
    void ordinaryTextIsLeftAlone() throws IOException {
        CSVRecord row = exported(timeline("We had a \"direct, open\" dialogue, \u2013 I think", "Donald Trump", "Talks"));
        assertEquals("We had a \"direct, open\" dialogue, \u2013 I think", row.get("text"));
        assertEquals("Donald Trump", row.get("speaker"));
        assertEquals("2018-07-16T11:07:00Z", row.get("event_start_earliest_utc"));
    }
}
