package org.summittimeline.bench;

import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.summittimeline.ui.Texts;

/**
 * A text filled in, as Compare Speakers fills one or two per relation and the status bar one per change: a quote
 * between the language's marks, and a sentence with a number.
 * Run: java -jar target/benchmarks.jar TextsBenchmark
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TextsBenchmark {
    @Setup
    public void english() {
        Texts.use(Locale.ENGLISH);
    }

    @Benchmark
    public String quoteBetweenMarks() {
        return Texts.format("quote.marks", "Moscow never interfered and will never interfere");
    }

    @Benchmark
    public String sentenceWithANumber() {
        return Texts.format("compare.summary", 12_345, 678, 90);
    }
}
