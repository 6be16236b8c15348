package org.summittimeline.query;

/**
 * Work on a thread of its own beside the caller's, waited for by {@link #join}: in
 * {@link TimelineQuery#prepareForViews}, the tables of ids ({@link org.summittimeline.model.Timeline#indexIds})
 * and the quotes' filter options, about half of that preparation at a million items and all of it waiting for
 * memory, done on the second core.
 */
final class WorkBeside implements Runnable {
    private final Runnable work;
    private final Thread thread;
    private volatile Throwable failed;

    WorkBeside(Runnable work) {
        this.work = work;
        thread = new Thread(this, "prepared-beside");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void run() {
        try {
            work.run();
        } catch (Throwable e) {
            // Kept for join to throw on the waiting thread; left to this thread, an Error would only be
            // printed, and the window would meet it later at its first look-up by id.
            failed = e;
        }
    }

    /** Waits for the work to end; then, when {@code rethrow}, throws what stopped it. */
    void join(boolean rethrow) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true; // the tables are nearly done; the caller hears of the interrupt after
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable e = failed;
        if (!rethrow || e == null) {
            return;
        }
        if (e instanceof Error error) {
            throw error;
        }
        if (e instanceof RuntimeException runtime) {
            throw runtime;
        }
        throw new IllegalStateException(e);
    }
}
