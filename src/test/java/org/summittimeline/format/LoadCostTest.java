package org.summittimeline.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a load costs, as counts rather than times: the bytes it allocates per item (the garbage the collector
 * must copy or drop, which was a quarter of a cold load) and how much of a file it reads once cancelled.
 */
@Tag("toolkit-free")
class LoadCostTest {

    private static Path generated(Path dir, int events) throws IOException {
        Path file = dir.resolve("g" + events + ".json");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            new SyntheticTimeline(events, 7, false).write(out);
        }
        return file;
    }

    private static long allocatedByThisThread() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    @Test
    void interruptingTheReadingThreadCancelsWithinABuffer(@TempDir Path dir) throws IOException {
        Path file = generated(dir, 20_000);
        AtomicLong lastTold = new AtomicLong();
        LoadResult result;
        try {
            result = new TimelineLoader().load(file, bytes -> {
                if (bytes > 0) {
                    lastTold.set(bytes);
                }
                if (bytes > 100_000) {
                    Thread.currentThread().interrupt();
                }
            });
            assertTrue(Thread.currentThread().isInterrupted(), "the interrupt stays set for the caller");
        } finally {
            Thread.interrupted();
        }
        assertNull(result.timeline());
        assertEquals(1, result.problems().size(), result.problems().toString());
        assertEquals(TimelineLoader.CANCELLED, result.problems().get(0).message());
        assertTrue(lastTold.get() < 300_000, "read on after the interrupt: " + lastTold.get() + " of "
                + Files.size(file) + " bytes");
    }

    @Test
    void bindingAllocatesABoundedAmountPerItem(@TempDir Path dir) throws IOException {
        Path small = generated(dir, 2_000);
        Path large = generated(dir, 20_000);
        // On one thread: the allocation counter is the thread's own, and binding beside would run elsewhere.
        TimelineLoader loader = new TimelineLoader().bindingBesideFrom(Long.MAX_VALUE);
        assertFalse(loader.load(small).hasErrors());
        long before = allocatedByThisThread();
        assertFalse(loader.load(small).hasErrors());
        long smallBytes = allocatedByThisThread() - before;
        before = allocatedByThisThread();
        assertFalse(loader.load(large).hasErrors());
        long largeBytes = allocatedByThisThread() - before;
        // Two items (an event and its quote) per generated event.
        double perItem = largeBytes / 40_000.0;
        double perFileByte = largeBytes / (double) Files.size(large);
        System.out.printf("allocated per item %.0f bytes (%.1f per file byte); small file %.0f per item%n",
                perItem, perFileByte, smallBytes / 4_000.0);
        // 12.0 with paths as text, 9.1 with a new node tree per item, 6.9-7.9 with the item's nodes reused (the JIT moves it);
        // 4.7 by session 23, 4.4 with Latin-1 texts copied from their strings straight into the packed shelf.
        assertTrue(perFileByte < 8.5, "allocated " + perFileByte + " bytes per byte of the file");
        assertTrue(largeBytes < smallBytes * 10 * 1.3, "allocation grows faster than the file: " + smallBytes
                + " bytes for 2,000 events, " + largeBytes + " for 20,000");
    }
}
