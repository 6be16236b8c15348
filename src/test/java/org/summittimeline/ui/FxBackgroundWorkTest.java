package org.summittimeline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The one class that hops threads, on a real executor: what went wrong reaches the window, and the log. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class FxBackgroundWorkTest {

    @Start
    void start(Stage stage) {
        // The toolkit runs; no window is needed.
    }

    @Test
    void aFailureReachesOnFailureOnTheUiThreadAndLeavesALogLine() throws InterruptedException {
        List<LogRecord> logged = Collections.synchronizedList(new ArrayList<>());
        Handler keep = new KeptLog(logged::add);
        Logger log = Logger.getLogger(FxBackgroundWork.class.getName());
        log.addHandler(keep);
        IllegalStateException thrown = new IllegalStateException("the disk went away");
        Throwable[] failure = new Throwable[1];
        boolean[] onUiThread = new boolean[1];
        boolean[] succeeded = new boolean[1];
        CountDownLatch done = new CountDownLatch(1);
        try (FxBackgroundWork work = new FxBackgroundWork(Executors.newSingleThreadExecutor())) {
            work.<String>run(() -> {
                assertFalse(Platform.isFxApplicationThread(), "the work runs off the UI thread");
                throw thrown;
            }, result -> {
                succeeded[0] = true;
                done.countDown();
            }, e -> {
                failure[0] = e;
                onUiThread[0] = Platform.isFxApplicationThread();
                done.countDown();
            });
            assertTrue(done.await(20, TimeUnit.SECONDS), "the failure was handed back");
        } finally {
            log.removeHandler(keep);
        }
        assertFalse(succeeded[0]);
        assertSame(thrown, failure[0]);
        assertTrue(onUiThread[0], "onFailure runs on the UI thread, where the window can say it");
        assertEquals(1, logged.stream().filter(r -> r.getLevel() == Level.WARNING && r.getThrown() == thrown).count(),
                "one log line with the failure");
    }

    /** Work asked for once the window has closed is not done, and throws nowhere (it threw on the UI thread). */
    @Test
    void workAskedForAfterCloseIsNotDoneAndThrowsNothing() {
        FxBackgroundWork work = new FxBackgroundWork(Executors.newSingleThreadExecutor());
        work.close();
        boolean[] ran = new boolean[1];
        work.<String>run(() -> {
            ran[0] = true;
            return "";
        }, result -> ran[0] = true, e -> ran[0] = true);
        assertFalse(ran[0]);
    }

    /** Threads stopped by someone else than close() refuse the work too: said in the log, thrown nowhere. */
    @Test
    void workRefusedByThreadsStoppedElsewhereIsLoggedNotThrown() {
        List<LogRecord> logged = Collections.synchronizedList(new ArrayList<>());
        Handler keep = new KeptLog(logged::add);
        Logger log = Logger.getLogger(FxBackgroundWork.class.getName());
        log.addHandler(keep);
        try {
            java.util.concurrent.ExecutorService threads = Executors.newSingleThreadExecutor();
            FxBackgroundWork work = new FxBackgroundWork(threads);
            threads.shutdownNow();
            work.<String>run(() -> "", result -> { }, e -> { });
        } finally {
            log.removeHandler(keep);
        }
        assertEquals(1, logged.stream().filter(r -> r.getLevel() == Level.WARNING).count(), "one warning");
    }
}
