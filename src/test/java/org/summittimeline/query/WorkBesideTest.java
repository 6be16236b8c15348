package org.summittimeline.query;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Work done beside the rest of {@link TimelineQuery#prepareForViews}: waited for, and its failures. */
@Tag("toolkit-free")
@Timeout(30)
class WorkBesideTest {

    @Test
    void anyErrorOfTheSecondThreadIsThrownOnTheThreadThatWaits() {
        StackOverflowError deep = new StackOverflowError("deep");
        WorkBeside ids = new WorkBeside(() -> {
            throw deep;
        });
        assertSame(deep, assertThrows(StackOverflowError.class, () -> ids.join(true)));
        IllegalArgumentException wrong = new IllegalArgumentException("wrong");
        WorkBeside again = new WorkBeside(() -> {
            throw wrong;
        });
        assertSame(wrong, assertThrows(IllegalArgumentException.class, () -> again.join(true)));
    }

    @Test
    void afterAFailureOnTheWaitingSideTheSecondThreadIsWaitedForAndItsOwnFailureYields()
            throws InterruptedException {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean ended = new AtomicBoolean();
        WorkBeside ids = new WorkBeside(() -> {
            started.countDown();
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ended.set(true);
            throw new IllegalStateException("the tables did not fit either");
        });
        assertTrue(started.await(10, TimeUnit.SECONDS));
        Thread waiter = new Thread(() -> ids.join(false));
        waiter.start();
        // Still waiting while the work is held; released, the waiter returns without the work's failure.
        waiter.join(200);
        assertTrue(waiter.isAlive(), "join returned while the second thread was still at work");
        release.countDown();
        waiter.join(10_000);
        assertEquals(false, waiter.isAlive());
        assertTrue(ended.get());
        assertDoesNotThrow(() -> ids.join(false));
    }
}
