package org.summittimeline.format;

import java.io.InterruptedIOException;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Binds on a second thread what the reading thread has just read. Reading a large file (Gson's tokens, the
 * item's nodes) and binding it (checks, ids, the model's objects) each take about half of a warm load, so with
 * a core to spare they overlap. On two cores there is none: in a cold JVM the JIT compilers and the collector
 * need the second core, and the load was slower with this thread than without, so {@link TimelineLoader} uses
 * it only when asked to (-Dsummittimeline.bindBeside=true).
 *
 * <p>The reader's calls are recorded in batches, each with its own {@link NodeArena}, and replayed on the
 * binding thread in the order they were made, the reader's own problems (a duplicate field, an over-long text)
 * among them: the problems come out in exactly the order a load on one thread gives. The reader waits when the
 * binder is {@value #BATCHES} batches behind, so memory stays bounded however large the file.
 */
final class BindingPipeline implements JsonTreeReader.Sink {
    static final int ITEMS_PER_BATCH = 256;
    static final int BATCHES = 3;

    /** One recorded call of the reader; replayed in order. */
    private interface Call {
        void replay(JsonTreeReader.Sink sink, List<Problem> problems);
    }

    private static final class Batch {
        final NodeArena arena = new NodeArena();
        final List<Call> calls = new ArrayList<>(ITEMS_PER_BATCH + 8);
        int items;
        boolean last;
    }

    private final JsonTreeReader.Sink binder;
    private final List<Problem> problems;
    private final BlockingQueue<Batch> full = new ArrayBlockingQueue<>(BATCHES + 1);
    private final BlockingQueue<Batch> free = new ArrayBlockingQueue<>(BATCHES);
    private final Thread binding;
    private Batch current;
    /** What stopped the binding thread; from then on it drops what it is given, so the reader never waits on it. */
    private volatile Throwable failure;
    private boolean drained;

    /** Starts the binding thread; {@code problems} is the load's list, which only that thread writes to until drained. */
    BindingPipeline(JsonTreeReader.Sink binder, List<Problem> problems) {
        this.binder = binder;
        this.problems = problems;
        for (int i = 0; i < BATCHES; i++) {
            free.add(new Batch());
        }
        current = free.poll();
        binding = new Thread(this::bindAll, "timeline-binding");
        binding.setDaemon(true);
        binding.start();
    }

    /** The list the reader adds its problems to: each is put in its place among the binder's. */
    List<Problem> readerProblems() {
        return new AbstractList<>() {
            @Override
            public boolean add(Problem problem) {
                record((sink, list) -> list.add(problem));
                return true;
            }

            @Override
            public Problem get(int index) {
                throw new UnsupportedOperationException("the reader's problems are written, never read");
            }

            @Override
            public int size() {
                return 0;
            }
        };
    }

    @Override
    public NodeArena arenaForItem() {
        return current.arena;
    }

    @Override
    public void documentStart(int line, int column) {
        record((sink, list) -> sink.documentStart(line, column));
    }

    @Override
    public void notAnObject(JsonNode root) {
        record((sink, list) -> sink.notAnObject(root));
    }

    @Override
    public void field(JsonNode.Member field) {
        record((sink, list) -> sink.field(field));
    }

    @Override
    public void listStart(JsonNode.Member field) {
        record((sink, list) -> sink.listStart(field));
    }

    @Override
    public void listItem(String field, int index, JsonNode item) {
        record((sink, list) -> sink.listItem(field, index, item));
        if (++current.items == ITEMS_PER_BATCH) {
            handOver(false);
        }
    }

    private void record(Call call) {
        current.calls.add(call);
    }

    private void handOver(boolean last) {
        current.last = last;
        try {
            full.put(current);
            current = null;
            if (last) {
                return;
            }
            Batch next;
            // A binder that has failed drops what it is given, and one that has died takes nothing more: reading
            // on would only spend time and memory (a failure is often the heap running out), so the reader stops.
            while ((next = free.poll(50, TimeUnit.MILLISECONDS)) == null || failure != null) {
                if (failure != null || !binding.isAlive()) {
                    throw new BindingStopped();
                }
            }
            current = next;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Cancelled();
        }
    }

    /** The binder has failed; {@link #drain()} says with what. */
    static final class BindingStopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        BindingStopped() {
            super(null, null, false, false);
        }
    }

    /** The reading thread was interrupted while it waited for the binder: the load is being cancelled. */
    static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super(null, null, false, false);
        }
    }

    private void bindAll() {
        try {
            bindBatches();
        } catch (Throwable e) {
            // Whatever ends this thread is the load's failure, so that the reader stops and drain() reports it.
            if (failure == null && !(e instanceof InterruptedException)) {
                failure = e;
            }
        }
    }

    private void bindBatches() throws InterruptedException {
        while (true) {
            Batch batch = full.take();
            if (failure == null) {
                try {
                    for (Call call : batch.calls) {
                        call.replay(binder, problems);
                    }
                } catch (RuntimeException | Error e) {
                    failure = e;
                }
            }
            boolean last = batch.last;
            batch.calls.clear();
            batch.arena.reset();
            batch.items = 0;
            batch.last = false;
            if (last) {
                return;
            }
            free.put(batch);
        }
    }

    /**
     * Waits until everything read so far is bound; rethrows what stopped the binder. An interrupt of the waiting
     * thread stops the binder instead and is reported as a cancelled read.
     */
    void drain() throws InterruptedIOException {
        if (drained) {
            return;
        }
        drained = true;
        try {
            if (current != null && failure == null && binding.isAlive()) {
                handOver(true);
            } else {
                binding.interrupt();
            }
            binding.join();
        } catch (InterruptedException | Cancelled e) {
            stopBinding();
            throw new InterruptedIOException("cancelled");
        }
        Throwable failed = failure;
        if (failed instanceof RuntimeException r) {
            throw r;
        }
        if (failed instanceof Error e) {
            throw e;
        }
        if (failed != null) {
            throw new IllegalStateException("binding stopped", failed);
        }
    }

    /** Stops the binding thread (within the batch it is binding) and waits for it; the interrupt stays set. */
    private void stopBinding() {
        binding.interrupt();
        Thread.interrupted();
        boolean ended = false;
        while (!ended) {
            try {
                binding.join();
                ended = true;
            } catch (InterruptedException again) {
                // still ending it: the caller asked to cancel, and that is what is being done
            }
        }
        Thread.currentThread().interrupt();
    }
}
