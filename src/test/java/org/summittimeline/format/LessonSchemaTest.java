package org.summittimeline.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.summittimeline.model.Lesson;
import org.summittimeline.model.PresentationStep;

/** The lesson schema in data/ and the lesson reader agree: what one writes the other accepts, and the same mistakes. */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@Tag("toolkit-free")
class LessonSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonSchema schema() throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("data", "lesson.schema.json"))) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
    }

    private static boolean readerAccepts(String json) {
        return !LessonFile.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))).hasErrors();
    }

    @Test
    void aWrittenLessonIsValidByTheSchema(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("a.lesson.json");
        LessonFile.write(file, null, new Lesson("T", "helsinki-2018-summit.json",
                LessonFile.sha256(Path.of("data", "helsinki-2018-summit.json")),
                List.of(new PresentationStep("one-on-one", List.of("q"), "n"), new PresentationStep("x", null, null))));
        assertEquals(Set.of(), schema().validate(JSON.readTree(file.toFile())));
    }

    @Test
    void theSchemaAndTheReaderRejectTheSameMistakes() throws Exception {
        JsonSchema schema = schema();
        List<String> wrong = List.of(
                "{\"timeline\": {\"file\": \"a.json\"}, \"steps\": []}",
                "{\"lessonVersion\": 2, \"timeline\": {\"file\": \"a.json\"}, \"steps\": []}",
                "{\"lessonVersion\": 1, \"steps\": []}",
                "{\"lessonVersion\": 1, \"timeline\": {}, \"steps\": []}",
                "{\"lessonVersion\": 1, \"timeline\": {\"file\": \"a.json\", \"sha256\": \"XY\"}, \"steps\": []}",
                "{\"lessonVersion\": 1, \"timeline\": {\"file\": \"a.json\"}}",
                "{\"lessonVersion\": 1, \"timeline\": {\"file\": \"a.json\"}, \"steps\": [{\"notes\": \"n\"}]}",
                "{\"lessonVersion\": 1, \"timeline\": {\"file\": \"a.json\"}, \"steps\": [{\"event\": \"e\", \"quotes\": \"q\"}]}");
        for (String json : wrong) {
            assertFalse(schema.validate(JSON.readTree(json)).isEmpty(), "the schema accepts " + json);
            assertFalse(readerAccepts(json), "the reader accepts " + json);
        }
        String right = "{\"lessonVersion\": 1, \"timeline\": {\"file\": \"a.json\"}, \"steps\": [{\"event\": \"e\"}]}";
        assertTrue(schema.validate(JSON.readTree(right)).isEmpty());
        assertTrue(readerAccepts(right));
    }
}
