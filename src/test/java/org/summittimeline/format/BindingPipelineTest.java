package org.summittimeline.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.summittimeline.model.Event;
import org.summittimeline.model.Timeline;

/**
 * Binding on a second thread while the file is read gives exactly what binding as it is read gives: the same
 * timeline, the same problems in the same order, the same cancel.
 */
@Tag("toolkit-free")
class BindingPipelineTest {
    private static final TimelineLoader BESIDE = new TimelineLoader().bindingBesideFrom(0);
    private static final TimelineLoader INLINE = new TimelineLoader().bindingBesideFrom(Long.MAX_VALUE);

    private static List<Path> filesUnder(String resource) throws IOException, URISyntaxException {
        Path dir = Path.of(BindingPipelineTest.class.getResource(resource).toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static void assertSame(Path file) {
        LoadResult inline = INLINE.load(file);
        LoadResult beside = BESIDE.load(file);
        assertEquals(inline.problems(), beside.problems(), file.getFileName().toString());
        assertEquals(inline.timeline() == null, beside.timeline() == null, file.getFileName().toString());
        if (inline.timeline() != null) {
            Timeline a = inline.timeline();
            Timeline b = beside.timeline();
            assertEquals(a.events(), b.events(), file.getFileName().toString());
            assertEquals(a.quotes(), b.quotes(), file.getFileName().toString());
            assertEquals(a.sources(), b.sources(), file.getFileName().toString());
            assertEquals(a.eras(), b.eras(), file.getFileName().toString());
        }
    }

    @Test
    void everyFileOfTheCorporaLoadsAlikeEitherWay() throws Exception {
        List<Path> files = new ArrayList<>(filesUnder("/corpus"));
        files.addAll(filesUnder("/timelinejs"));
        assertTrue(files.size() > 100, "the corpus is there: " + files.size());
        for (Path file : files) {
            assertSame(file);
        }
    }

    /** Problems of the reader (a field twice) and of the binder (an unknown category) in batches and between. */
    @Test
    void problemsOfReaderAndBinderAcrossBatchesAreTheSame(@TempDir Path dir) throws IOException {
        StringWriter out = new StringWriter();
        new SyntheticTimeline(3_000, 7, false).write(out);
        String json = out.toString();
        for (int event : new int[] {0, 255, 256, 257, 1_000, 2_999}) {
            json = json.replaceFirst("(\\{\"id\":\"e" + event + "\",\"title\":\"[^\"]*\",)(\"category\":\")",
                    "$1\"title\":\"again\",$2nowhere-");
        }
        Path file = dir.resolve("mixed.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        LoadResult beside = BESIDE.load(file);
        assertEquals(12, beside.problems().size(), beside.problems().toString());
        assertEquals(INLINE.load(file).problems(), beside.problems());
        assertTrue(beside.problems().get(0).message().contains("appears twice"), beside.problems().get(0).message());
        assertTrue(beside.problems().get(1).message().contains("nowhere-"), beside.problems().get(1).message());
    }

    @Test
    void aSyntaxErrorAfterThousandsOfItemsIsPlacedAsItIsInline(@TempDir Path dir) throws IOException {
        StringWriter out = new StringWriter();
        new SyntheticTimeline(2_000, 7, false).write(out);
        String json = out.toString();
        Path file = dir.resolve("cut.json");
        Files.writeString(file, json.substring(0, json.length() * 3 / 4), StandardCharsets.UTF_8);
        LoadResult beside = BESIDE.load(file);
        assertNull(beside.timeline());
        assertEquals(INLINE.load(file).problems(), beside.problems());
        assertFalse(beside.problems().isEmpty());
    }

    @Test
    void aBinderThatFailsStopsTheReaderAndItsFailureReachesTheCaller() throws IOException {
        StringWriter out = new StringWriter();
        new SyntheticTimeline(6_000, 7, false).write(out);
        String json = out.toString();
        long[] charsRead = {0};
        java.io.Reader counting = new java.io.FilterReader(new java.io.StringReader(json)) {
            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                charsRead[0] += Math.max(0, n);
                return n;
            }
        };
        JsonTreeReader.Sink failing = new IgnoringSink() {
            @Override
            public void listItem(String field, int index, JsonNode item) {
                if (index == 300) {
                    throw new IllegalArgumentException("binding failed at item 300");
                }
            }
        };
        List<Problem> problems = new ArrayList<>();
        BindingPipeline beside = new BindingPipeline(failing, problems);
        JsonTreeReader reader = new JsonTreeReader(LoadLimits.DEFAULT, beside.readerProblems(), TimelineBinder.STREAMED);
        IllegalArgumentException failure = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> {
                    try {
                        reader.read(counting, beside);
                    } finally {
                        beside.drain();
                    }
                });
        assertEquals("binding failed at item 300", failure.getMessage());
        assertTrue(charsRead[0] < json.length() / 4, "read on after the binder failed: " + charsRead[0] + " of "
                + json.length() + " characters");
        assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().equals("timeline-binding")),
                "the binding thread has ended");
    }

    @Test
    void aCancelledLoadLeavesNoBindingThreadBehind(@TempDir Path dir) throws IOException {
        StringWriter out = new StringWriter();
        new SyntheticTimeline(6_000, 7, false).write(out);
        Path file = dir.resolve("large.json");
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
        LoadResult result;
        try {
            result = BESIDE.load(file, bytes -> {
                if (bytes > 1_000_000) {
                    Thread.currentThread().interrupt();
                }
            });
        } finally {
            Thread.interrupted();
        }
        assertEquals(List.of(TimelineLoader.CANCELLED), result.problems().stream().map(Problem::message).toList());
        assertTrue(Thread.getAllStackTraces().keySet().stream().noneMatch(t -> t.getName().equals("timeline-binding")),
                "the binding thread has ended");
        LoadResult again = BESIDE.load(file);
        assertFalse(again.hasErrors(), again.problems().toString());
        assertEquals(6_000, again.timeline().events().size());
        List<String> order = again.timeline().events().stream().map(Event::id).toList();
        assertEquals(INLINE.load(file).timeline().events().stream().map(Event::id).toList(), order);
    }
}
