package org.summittimeline.ui;

import java.util.function.Consumer;
import java.util.logging.Handler;
import java.util.logging.LogRecord;

/** A log handler that hands each record to the test that listens, so that it can assert what was logged. */
public final class KeptLog extends Handler {
    private final Consumer<LogRecord> sink;

    public KeptLog(Consumer<LogRecord> sink) {
        this.sink = sink;
    }

    @Override
    public void publish(LogRecord r) {
        sink.accept(r);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
