package org.summittimeline.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.summittimeline.fuzz.Drawing;

/** Files made to hurt (issue 12 items 3 and 4): long chains, masses of broken references, things that are no file. */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@Tag("toolkit-free")
class HostileFilesTest {
    private static final String HEAD = "{\"formatVersion\": 1, \"title\": \"t\", \"timeZone\": \"Europe/Helsinki\", "
            + "\"sources\": [{\"id\": \"s\", \"publisher\": \"p\"}], \"categories\": [{\"id\": \"c\", \"label\": \"C\"}],\n";

    private static LoadResult load(String json) {
        return new TimelineLoader().load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.json");
    }

    private static String event(int i, String start) {
        return "{\"id\": \"e" + i + "\", \"title\": \"E" + i + "\", \"category\": \"c\", \"sources\": [{\"source\": "
                + "\"s\"}], \"start\": " + start + "}";
    }

    @Test
    void aChainOfTwentyThousandRelativeTimesResolvesAndDraws() {
        // Each event counts from the next one, so resolving the first walks the whole chain: recursion overflowed.
        int n = 20_000;
        StringBuilder json = new StringBuilder(HEAD).append("\"events\": [\n");
        for (int i = 0; i < n - 1; i++) {
            json.append(event(i, "{\"relativeTo\": {\"event\": \"e" + (i + 1) + "\", \"offset\": \"-PT1M\"}}"))
                    .append(",\n");
        }
        json.append(event(n - 1, "\"2018-07-16T14:07+03:00\"")).append("]}");
        LoadResult result = load(json.toString());
        assertEquals(List.of(), result.problems());
        assertEquals(n, result.timeline().events().size());
        assertEquals(java.time.Instant.parse("2018-07-16T11:07:00Z").minusSeconds(60L * (n - 1)),
                result.timeline().events().get(0).start().earliest());
        assertTrue(Drawing.layOut(result.timeline()) > 0);
    }

    @Test
    void aLongCycleIsReportedOnceWithoutOverflow() {
        int n = 5_000;
        StringBuilder json = new StringBuilder(HEAD).append("\"events\": [\n");
        for (int i = 0; i < n; i++) {
            json.append(i == 0 ? "" : ",\n")
                    .append(event(i, "{\"relativeTo\": {\"event\": \"e" + ((i + 1) % n) + "\"}}"));
        }
        LoadResult result = load(json.append("]}").toString());
        assertEquals(1, result.errors().size());
        assertTrue(result.errors().get(0).message().startsWith("relative times form a cycle: e0.start \u2192 e1.start"));
    }

    @Test
    void twentyThousandBrokenReferencesCostABoundedAmountOfWork() {
        // Each quote names an event that does not exist, among 20,000 that do, all of the same length: "did you
        // mean" compared every broken id with every id (104 s). The meter counts the edit-distance cells filled.
        int n = 20_000;
        StringBuilder json = new StringBuilder(HEAD).append("\"actors\": [{\"id\": \"a\", \"name\": \"A\"}],\n")
                .append("\"events\": [\n");
        for (int i = 0; i < n; i++) {
            json.append(i == 0 ? "" : ",\n").append(event(i, "\"2018-07-16T14:07+03:00\"").replace("\"e" + i + "\"",
                    String.format("\"event-%05d\"", i)));
        }
        json.append("],\n\"quotes\": [\n");
        for (int i = 0; i < n; i++) {
            json.append(i == 0 ? "" : ",\n").append(String.format("{\"id\": \"q%d\", \"speaker\": \"a\", \"event\": "
                    + "\"evemt-%05d\", \"text\": \"x\", \"kind\": \"direct\", \"source\": {\"source\": \"s\"}}", i, i));
        }
        Suggestions meter = new Suggestions();
        LoadResult result = new TimelineLoader().load(
                new ByteArrayInputStream(json.append("]}").toString().getBytes(StandardCharsets.UTF_8)), "t.json", meter);
        assertEquals(n, result.errors().size());
        assertTrue(result.errors().get(0).message().endsWith("did you mean \"event-00000\"?"),
                result.errors().get(0).message());
        assertTrue(meter.cellsFilled() <= Suggestions.DEFAULT_BUDGET + 100,
                "cells filled: " + meter.cellsFilled());
        // Unbounded, the same file fills 20,000 x 20,000 tables of 11 x 11 cells at least.
        assertTrue(meter.cellsFilled() < 20_000L * 20_000L);
    }

    @Test
    void suggestionsStillFindTheNearId() {
        Suggestions s = new Suggestions();
        assertEquals("press-conference", s.closest("press-conferense", List.of("talks", "press-conference", "lunch")));
        assertEquals(null, s.closest("breakfast", List.of("talks", "press-conference", "lunch")));
        assertEquals("Talks", s.closest("tlaks", List.of("Talks")));
    }

    @Test
    void suggestionsStopWhenTheBudgetIsSpent() {
        Suggestions s = new Suggestions(50);
        List<String> ids = java.util.stream.IntStream.range(0, 1000).mapToObj(i -> String.format("id-%04d", i))
                .toList();
        for (int i = 0; i < 100; i++) {
            s.closest("xx-9999", ids);
        }
        assertTrue(s.cellsFilled() < 50 + 8 * 5, "cells: " + s.cellsFilled());
    }

    @Test
    void aFifoIsRefusedWithoutWaitingForAWriter(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("pipe.json");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo is not available");
        LoadResult result = new TimelineLoader().load(fifo);
        assertEquals(List.of("p: error: is not a regular file but a device, a pipe or a socket, which may never end "
                + "or never answer; name a timeline file saved on disk"),
                result.problems().stream().map(p -> p.format("p")).toList());
    }

    @Test
    void devicesAreRefusedBeforeReading() {
        for (String device : List.of("/dev/zero", "/dev/null", "/dev/urandom")) {
            Path path = Path.of(device);
            assumeTrue(Files.exists(path), device);
            LoadResult result = new TimelineLoader().load(path);
            assertTrue(result.hasErrors(), device);
            assertTrue(result.problems().get(0).message().startsWith("is not a regular file"), device);
        }
    }

    @Test
    void progressIsToldAndTheEndIsMarked(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("t.json");
        Files.copy(BrokenFilesTest.corpus("valid-minimal.json"), file);
        List<Long> told = new java.util.ArrayList<>();
        LoadResult result = new TimelineLoader().load(file, told::add);
        assertFalse(result.hasErrors());
        assertTrue(told.contains(Files.size(file)), told.toString());
        assertEquals(-1L, told.get(told.size() - 1));
    }
}
