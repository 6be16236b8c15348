package org.summittimeline.bench;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.summittimeline.format.LoadResult;
import org.summittimeline.format.SyntheticTimeline;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.query.TimelineQuery;

/**
 * Load + validate + resolve + index of a timeline file: what stands between choosing a file and the viewer having
 * all it needs (the time index, quotes per event, the word indexes). "cold" is the first load in a fresh JVM
 * (one shot per fork, the figure a user waits for); "warm" is the steady state after the JIT has compiled it.
 * Run: java -jar target/benchmarks.jar LoadBenchmark
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LoadBenchmark {
    /** "bundled" is data/helsinki-2018-summit.json; a number is a generated timeline of that many events. */
    @Param({"bundled", "100000"})
    public String file;

    private Path path;

    @Setup(Level.Trial)
    public void prepare() throws IOException {
        if (file.equals("bundled")) {
            path = Path.of("data", "helsinki-2018-summit.json");
            return;
        }
        int events = Integer.parseInt(file);
        path = Path.of(System.getProperty("java.io.tmpdir"), "summit-bench-" + events + "-seed1.json");
        if (!Files.exists(path)) {
            try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
                new SyntheticTimeline(events, 1, false).write(out);
            }
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.SingleShotTime)
    @Warmup(iterations = 0)
    @Measurement(iterations = 1)
    @Fork(5)
    public TimelineQuery cold() {
        return indexed(new TimelineQuery(check(new TimelineLoader().load(path)).timeline()));
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @Warmup(iterations = 3, time = 2)
    @Measurement(iterations = 5, time = 2)
    @Fork(1)
    public TimelineQuery warm() {
        return indexed(new TimelineQuery(check(new TimelineLoader().load(path)).timeline()));
    }

    /** The word indexes are built after the first frame, on a thread of their own; the figure includes them. */
    private static TimelineQuery indexed(TimelineQuery query) {
        query.searchIndexed().join();
        return query;
    }

    private static LoadResult check(LoadResult result) {
        if (result.hasErrors()) {
            throw new IllegalStateException(result.problems().get(0).format(result.fileName()));
        }
        return result;
    }
}
