package org.summittimeline.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.summittimeline.model.QuoteKind;
import org.summittimeline.query.QueryFilter;
import org.summittimeline.query.TimeIndex;
import org.summittimeline.query.QueryResult;
import org.summittimeline.query.TimelineQuery;

/**
 * What the viewer asks per frame and per keystroke: the visible-window query at three zoom levels, a search as
 * it is typed (one, two, three letters, then a word), and a filter change.
 * Run: java -jar target/benchmarks.jar QueryBenchmark
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class QueryBenchmark {
    @Param({"100000"})
    public int events;

    private TimelineQuery query;
    private TimeIndex index;
    private long first;
    private long span;

    @Setup(Level.Trial)
    public void load() throws IOException {
        Path file = Files.createTempFile("summit-query-bench", ".json");
        try {
            query = new TimelineQuery(Timelines.generated(file, events, 1, false));
        } finally {
            Files.deleteIfExists(file);
        }
        query.searchIndexed().join();
        index = query.index();
        first = index.first();
        span = index.last() - first;
    }

    private int window(long from, long width, Blackhole bh) {
        return index.visit(from, from + width, bh::consume);
    }

    @Benchmark
    public int visibleWindowEverything(Blackhole bh) {
        return window(first, span, bh);
    }

    @Benchmark
    public int visibleWindowTwentieth(Blackhole bh) {
        return window(first + span / 2, span / 20, bh);
    }

    @Benchmark
    public int visibleWindowFourHundredth(Blackhole bh) {
        return window(first + span / 2, span / 400, bh);
    }

    /**
     * The search as typed, keystroke by keystroke, then whole words and two-word phrases of common words, the
     * second also as it is being typed ("the p": every word beginning with "p" may follow). Only the keystroke
     * benchmark takes this state, so the window queries do not run once per search.
     */
    @State(Scope.Thread)
    public static class Typed {
        @Param({"t", "ta", "tal", "talks", "nonsense", "the president", "the p"})
        public String search;
    }

    /** Sampled, not averaged, so that JMH reports the 95th percentile the target is set on. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    public QueryResult searchKeystroke(Typed typed) {
        return query.apply(QueryFilter.NONE.withSearch(typed.search));
    }

    private boolean flip;

    /** Alternates between two filters, so that every call is a real change (the query keeps the last one). */
    @Benchmark
    public QueryResult filterChange() {
        flip = !flip;
        return query.apply(QueryFilter.NONE.withSpeakers(Set.of(flip ? "a3" : "a7")).withKinds(Set.of(QuoteKind.DIRECT)));
    }
}
