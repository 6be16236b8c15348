package org.summittimeline.format;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.summittimeline.BundledTimeline;
import org.summittimeline.model.Lesson;
import org.summittimeline.model.PresentationStep;
import org.summittimeline.model.Timeline;

/** The lesson file: written and read back, strict about mistakes, never written over its timeline. */
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@Tag("toolkit-free")
class LessonFileTest {
    private static final Path HELSINKI = Path.of("data", "helsinki-2018-summit.json");
    private static Timeline timeline;

    @BeforeAll
    static void readTheBundledTimeline() {
        timeline = BundledTimeline.helsinki();
    }

    @Test
    void aLessonIsReadBackAsItWasWritten(@TempDir Path dir) throws Exception {
        Lesson lesson = new Lesson("Would or wouldn't", "helsinki-2018-summit.json", LessonFile.sha256(HELSINKI),
                List.of(new PresentationStep("would-wouldnt", List.of("trump-would-wouldnt"), "Start with the correction."),
                        new PresentationStep("press-conference", List.of("trump-server", "putin-denial"), null),
                        new PresentationStep("one-on-one", null, "Who was in the room? \u201cNobody else\u201d")));
        Path file = dir.resolve("would.lesson.json");
        LessonFile.write(file, HELSINKI, lesson);
        LessonFile.Read read = LessonFile.read(file);
        assertEquals(List.of(), read.problems());
        assertEquals(lesson, read.lesson());
        assertTrue(Files.readString(file).contains("\"lessonVersion\": 1"));
        assertEquals(List.of(), read.lesson().missingIn(timeline));
    }

    @Test
    void theTimelineItRefersToIsNeverWritten(@TempDir Path dir) throws Exception {
        Path timeline = dir.resolve("t.json");
        Files.copy(HELSINKI, timeline);
        byte[] before = Files.readAllBytes(timeline);
        Lesson lesson = new Lesson(null, "t.json", null, List.of());
        assertThrows(SafeWrite.Refused.class, () -> LessonFile.write(timeline, timeline, lesson));
        assertThrows(SafeWrite.Refused.class, () -> LessonFile.write(dir.resolve("..").resolve(dir.getFileName())
                .resolve("t.json"), timeline, lesson));
        assertArrayEquals(before, Files.readAllBytes(timeline));
    }

    @Test
    void mistakesAreReportedWithTheirPlace() throws Exception {
        LessonFile.Read read = LessonFile.read(Path.of("src/test/resources/lesson/bad.lesson.json"));
        assertNull(read.lesson());
        assertEquals(List.of(
                "3:63: error: timeline.sha256: \"ABC\" is not a SHA-256 in lower-case hex (64 characters 0-9, a-f); "
                        + "leave it out to skip the check",
                "5:45: error: steps[0].quotes: the text \"putin-denial\" should be a list of quote ids",
                "6:5: error: steps[1]: \"event\" is missing",
                "8:3: warning: unknown field \"colour\" is ignored; known here: lessonVersion, steps, timeline, title"),
                read.problems().stream().map(p -> p.format("").substring(1)).sorted().toList());
    }

    @Test
    void aNewerVersionAndBrokenJsonAreRefusedClearly() {
        LessonFile.Read newer = LessonFile.read(new ByteArrayInputStream(
                "{\"lessonVersion\": 2, \"timeline\": {\"file\": \"a.json\"}, \"steps\": []}".getBytes(StandardCharsets.UTF_8)));
        assertTrue(newer.hasErrors());
        assertTrue(newer.problems().get(0).message().contains("newer than this program reads"), newer.problems().toString());
        LessonFile.Read broken = LessonFile.read(new ByteArrayInputStream("{\"lessonVersion\": 1,".getBytes(StandardCharsets.UTF_8)));
        assertTrue(broken.hasErrors());
        assertTrue(broken.problems().get(0).line() > 0, broken.problems().toString());
    }

    @Test
    void eventsAndQuotesTheTimelineLacksAreListedStepByStep() {
        Lesson lesson = LessonFile.read(Path.of("src/test/resources/lesson/missing-events.lesson.json")).lesson();
        assertEquals(List.of(new Lesson.Missing(1, "press-conference", "putin-said-something-else"),
                new Lesson.Missing(2, "summit-dinner", null)), lesson.missingIn(timeline));
        List<PresentationStep> presentable = lesson.presentableIn(timeline);
        assertEquals(List.of("press-conference", "would-wouldnt"), presentable.stream().map(PresentationStep::eventId).toList());
        assertEquals(List.of("putin-denial"), presentable.get(0).quoteIds());
        assertFalse(presentable.get(0).notes().isEmpty());
    }

    static Path fifo(Path dir, String name) throws Exception {
        Path fifo = dir.resolve(name);
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo is not available");
        return fifo;
    }

    /** A FIFO never ends unless something writes it: it is refused unread, as the timeline loader refuses it. */
    @Test
    void aFifoOrAFolderIsRefusedUnreadAndAFifoIsNotHashed(@TempDir Path dir) throws Exception {
        Path fifo = fifo(dir, "x.lesson.json");
        LessonFile.Read read = LessonFile.read(fifo);
        assertEquals(List.of(new Problem(Severity.ERROR, 0, 0, "", "is not a regular file but a device, a pipe or a "
                + "socket, which may never end or never answer; name a lesson file saved on disk")), read.problems());
        assertEquals("is a folder, not a lesson file; name a .lesson.json file inside it",
                LessonFile.read(dir).problems().get(0).message());
        IOException notHashed = assertThrows(IOException.class, () -> LessonFile.sha256(fifo));
        assertTrue(notHashed.getMessage().contains("is not a regular file"), notHashed.getMessage());
    }

    @Test
    void aLessonLargerThanTheCapIsRefusedBeforeItIsRead(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.lesson.json");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(LessonFile.MAX_BYTES + 1); // sparse: nothing is written
        }
        assertEquals("the file is 16.0 MB, larger than the 16.0 MB a lesson can be; a lesson lists steps, so check "
                + "that this is the lesson file", LessonFile.read(big).problems().get(0).message());
    }
}
