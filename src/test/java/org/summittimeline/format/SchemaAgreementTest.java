package org.summittimeline.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.util.concurrent.TimeUnit;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The loader, the JSON Schema in data/ and the example in docs/FORMAT.md describe one format: the same field
 * names, the same documents accepted, and the structural mistakes rejected by both.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@Tag("toolkit-free")
class SchemaAgreementTest {
    private static final Path SCHEMA = Path.of("data", "timeline.schema.json");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema schema;
    private static JsonNode schemaTree;

    @BeforeAll
    static void readSchema() throws IOException {
        try (InputStream in = Files.newInputStream(SCHEMA)) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        schemaTree = JSON.readTree(SCHEMA.toFile());
    }

    private static Set<ValidationMessage> validate(String json) throws IOException {
        return schema.validate(JSON.readTree(json));
    }

    static String formatDocExample() throws IOException {
        String doc = Files.readString(Path.of("docs", "FORMAT.md"), StandardCharsets.UTF_8);
        String marker = "<!-- complete example -->";
        int at = doc.indexOf(marker);
        assertTrue(at >= 0, "docs/FORMAT.md marks its complete example with " + marker);
        int start = doc.indexOf("```json", at) + "```json".length();
        return doc.substring(start, doc.indexOf("```", start));
    }

    @Test
    void theBundledTimelineIsValidAgainstTheSchema() throws IOException {
        assertEquals(Set.of(), validate(Files.readString(BundledDataTest.BUNDLED, StandardCharsets.UTF_8)));
    }

    @Test
    void theFormatDocumentsExampleIsValidForSchemaAndLoader() throws IOException {
        String example = formatDocExample();
        assertEquals(Set.of(), validate(example));
        LoadResult result = new TimelineLoader().load(
                new ByteArrayInputStream(example.getBytes(StandardCharsets.UTF_8)), "FORMAT.md");
        assertEquals(List.of(), result.problems());
        assertTrue(result.timeline().events().size() >= 3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"valid-minimal.json", "unknown-field.json", "event-without-sources.json"})
    void filesTheLoaderAcceptsTheSchemaAccepts(String name) throws IOException {
        assertFalse(new TimelineLoader().load(BrokenFilesTest.corpus(name)).hasErrors());
        assertEquals(Set.of(), validate(Files.readString(BrokenFilesTest.corpus(name))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"number-for-title.json", "missing-title.json", "missing-format-version.json",
        "newer-format-version.json", "bad-quote-kind.json", "bad-colour.json", "paragraph-zero.json",
        "time-without-offset.json", "date-for-time.json", "two-time-forms.json", "events-not-a-list.json",
        "root-is-list.json", "fixed-offset-time-zone.json", "missing-start.json",
        "bad-duration.json", "not-a-web-address.json", "earliest-after-latest.json", "bad-source-date.json",
        "bad-relation-basis.json", "relative-outside-limits.json"})
    void structuralMistakesAreRejectedByBoth(String name) throws IOException {
        assertTrue(new TimelineLoader().load(BrokenFilesTest.corpus(name)).hasErrors());
        if (name.equals("earliest-after-latest.json") || name.equals("relative-outside-limits.json")) {
            // Order of two times is beyond JSON Schema; the schema accepts it and only the loader can refuse it.
            assertEquals(Set.of(), validate(Files.readString(BrokenFilesTest.corpus(name))));
            return;
        }
        assertFalse(validate(Files.readString(BrokenFilesTest.corpus(name))).isEmpty(), name);
    }

    private static Set<String> properties(String pointer) {
        JsonNode node = schemaTree.at(pointer);
        assertFalse(node.isMissingNode(), pointer);
        Set<String> names = new TreeSet<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    @Test
    void theLoaderKnowsExactlyTheFieldsTheSchemaNames() {
        assertEquals(new TreeSet<>(FormatFields.TIMELINE), properties("/properties"));
        assertEquals(new TreeSet<>(FormatFields.SOURCE), properties("/$defs/source/properties"));
        assertEquals(new TreeSet<>(FormatFields.ACTOR), properties("/$defs/actor/properties"));
        assertEquals(new TreeSet<>(FormatFields.CATEGORY), properties("/$defs/category/properties"));
        assertEquals(new TreeSet<>(FormatFields.EVENT), properties("/$defs/event/properties"));
        assertEquals(new TreeSet<>(FormatFields.TIME), properties("/$defs/time/oneOf/1/properties"));
        assertEquals(new TreeSet<>(FormatFields.RELATIVE), properties("/$defs/relativeTo/properties"));
        assertEquals(new TreeSet<>(FormatFields.CITATION), properties("/$defs/citation/properties"));
        assertEquals(new TreeSet<>(FormatFields.QUOTE), properties("/$defs/quote/properties"));
        assertEquals(new TreeSet<>(FormatFields.VARIANT),
                properties("/$defs/quote/properties/variants/items/properties"));
        assertEquals(new TreeSet<>(FormatFields.RELATION),
                properties("/$defs/quote/properties/relations/items/properties"));
        assertTrue(FormatFields.TIME.containsAll(properties("/$defs/account/properties")));
        assertEquals(new TreeSet<>(FormatFields.STEP), properties("/$defs/step/properties"));
        assertEquals(new TreeSet<>(FormatFields.ERA), properties("/$defs/era/properties"));
    }
}
