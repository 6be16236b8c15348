package org.summittimeline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.summittimeline.format.LoadResult;
import org.summittimeline.format.Problem;
import org.summittimeline.format.TimelineLoader;

/** Issue 12 item 4: a read that never ends is abandoned, and the next open goes ahead. */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class FileDocumentsTest {
    private final TimelineLoader loader = new TimelineLoader();
    private final CountDownLatch never = new CountDownLatch(1);

    @Test
    void aStuckReadIsAbandonedAndTheNextOpenIsNotHeldUp() {
        FileDocuments documents = new FileDocuments(loader, (file, progress, eventsFirst) -> {
            if (file.getFileName().toString().equals("stuck.json")) {
                progress.accept(100);
                try {
                    never.await(); // a read that never returns, as on a share that stopped answering
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return null;
            }
            return loader.load(file, progress);
        }, Duration.ofMillis(200));
        LoadResult stuck = documents.open(Path.of("stuck.json"));
        assertEquals(List.of("reading stalled: no data came for 0 s after 100 bytes; check that the disk or "
                + "network share answers and open the file again"), stuck.problems().stream().map(Problem::message).toList());
        LoadResult next = documents.open(Path.of("data/helsinki-2018-summit.json"));
        assertFalse(next.hasErrors(), next.problems().toString());
    }

    @Test
    void aSlowReadThatKeepsComingIsNotAbandoned() {
        FileDocuments documents = new FileDocuments(loader, (file, progress, eventsFirst) -> {
            for (int i = 1; i <= 40; i++) {
                progress.accept(i * 10L);
                // A slow disk: time passing is what is tested here, not a wait for something to happen. Each piece
                // comes well within the stall time (40 ms of 1 s: a busy machine may be late 20 times over);
                // all of them together take well beyond it (1.6 s).
                LockSupport.parkNanos(Duration.ofMillis(40).toNanos());
            }
            return loader.load(file, progress);
        }, Duration.ofSeconds(1));
        LoadResult result = documents.open(Path.of("data/helsinki-2018-summit.json"));
        assertFalse(result.hasErrors(), result.problems().toString());
    }

    @Test
    void theRealLoaderRefusesAFolderAtOnce() {
        LoadResult result = new FileDocuments(loader).open(Path.of("data"));
        assertTrue(result.problems().get(0).message().startsWith("is a folder"));
    }
}
