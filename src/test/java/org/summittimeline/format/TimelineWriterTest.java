package org.summittimeline.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.summittimeline.model.Event;
import org.summittimeline.model.Quote;
import org.summittimeline.model.Timeline;

/** What the writer writes loads again as the same timeline and passes the JSON Schema. */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@Tag("toolkit-free")
class TimelineWriterTest {
    private static JsonSchema schema;

    @BeforeAll
    static void readSchema() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("data", "timeline.schema.json"))) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    private static String write(Timeline t, List<Event> events, List<Quote> quotes) throws IOException {
        StringWriter out = new StringWriter();
        TimelineWriter.write(t, events, quotes, out);
        return out.toString();
    }

    private static LoadResult load(String json) {
        return new TimelineLoader().load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "w.json");
    }

    private static Set<?> schemaProblems(String json) throws IOException {
        return schema.validate(new ObjectMapper().readTree(json));
    }

    private static Timeline bundled() {
        Timeline t = new TimelineLoader().load(BundledDataTest.BUNDLED).timeline();
        assertNotNull(t);
        return t;
    }

    @Test
    void theBundledTimelineWrittenAndReadAgainIsTheSame() throws IOException {
        Timeline original = bundled();
        String json = write(original, original.events(), original.quotes());
        LoadResult again = load(json);
        assertEquals(List.of(), again.problems());
        Timeline copy = again.timeline();
        assertEquals(original.title(), copy.title());
        assertEquals(original.description(), copy.description());
        assertEquals(original.zone(), copy.zone());
        assertEquals(original.date(), copy.date());
        assertEquals(original.sources(), copy.sources());
        assertEquals(original.actors(), copy.actors());
        assertEquals(original.categories(), copy.categories());
        assertEquals(original.events(), copy.events());
        assertEquals(original.quotes(), copy.quotes());
        assertEquals(original.presentation(), copy.presentation());
        assertEquals(Set.of(), schemaProblems(json));
    }

    @Test
    void aFilteredPartPointsAtNothingOutsideItself() throws IOException {
        Timeline t = bundled();
        // The press conference alone: the protester's time, relative to it, is left behind; quotes of other
        // events go, and so do relations to them.
        Event press = t.event("press-conference").orElseThrow();
        Event protester = t.events().stream().filter(e -> e.start().isRelative()
                && e.start().anchor().eventId().equals("press-conference")).findFirst().orElseThrow();
        String json = write(t, List.of(protester), t.quotes());
        LoadResult part = load(json);
        assertEquals(List.of(), part.problems());
        assertEquals(protester.start().earliest(), part.timeline().events().get(0).start().earliest());
        assertEquals(protester.start().latest(), part.timeline().events().get(0).start().latest());
        assertTrue(part.timeline().quotes().stream().allMatch(q -> q.eventId().equals(protester.id())));
        assertEquals(Set.of(), schemaProblems(json));

        String pressOnly = write(t, List.of(press), t.quotes());
        LoadResult quotes = load(pressOnly);
        assertEquals(List.of(), quotes.problems());
        assertFalse(quotes.timeline().quotes().isEmpty());
    }

    @Test
    void aConvertedTimelineJsFileValidatesAndKeepsItsEras() throws IOException {
        Timeline imported = new TimelineLoader().load(TimelineJsImportTest.fixture("moon.json")).timeline();
        String json = write(imported, imported.events(), imported.quotes());
        LoadResult again = load(json);
        assertEquals(List.of(), again.errors());
        assertEquals(List.of("5 events cite no source (the first is here); give each \"sources\", such as [{\"source\": \"ap\", "
                + "\"paragraph\": 3}], so that readers can check it"),
                again.warnings().stream().map(Problem::message).toList());
        assertEquals(imported.eras(), again.timeline().eras());
        // The Ides of March, 44 BCE, lies before year 1: the written file says which years it holds.
        assertTrue(json.contains("\"years\": {\n    \"from\": -43,\n    \"to\": 9999\n  }"), json.substring(0, 400));
        assertTrue(json.contains("\"-0043-03-15T00:00:00Z\""));
        assertEquals(imported.events(), again.timeline().events());
        assertEquals(imported.sources(), again.timeline().sources());
        assertEquals(Set.of(), schemaProblems(json));
    }

    @Test
    void theExportNeverWritesOverTheOpenFile(@TempDir Path dir) throws IOException {
        Path open = Files.writeString(dir.resolve("open.json"), "{}");
        Timeline t = bundled();
        try {
            TimelineWriter.export(t, t.events(), t.quotes(), open, open);
            throw new AssertionError("the open file was written");
        } catch (SafeWrite.Refused expected) {
            assertEquals("{}", Files.readString(open));
        }
    }
}
