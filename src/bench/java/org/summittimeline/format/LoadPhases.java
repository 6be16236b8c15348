package org.summittimeline.format;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a cold load's time lies, as one whole process: the JVM's start, the moments half and all of the file's bytes
 * were read (reading and binding go together), and the load's end (relative times resolved, events in time order);
 * then how long each twentieth of the file's bytes took, the last line what was left after the last byte. With a
 * count of runs, the same file is loaded again that many times in the same JVM (after a collection each): the first
 * run is cold, the later ones show what the same code costs once the JIT has compiled it, so that the two can be
 * told apart twentieth by twentieth. The reader alone is {@link ReadingPasses}' {@code tree}.
 * <pre>java -Xmx1g -cp target/benchmarks.jar org.summittimeline.format.LoadPhases FILE [RUNS]</pre>
 * Run it in turns with {@code TokenFloor} and {@code --validate} of the same file (docs/PERFORMANCE.md, sessions 31
 * and 32).
 */
public final class LoadPhases {
    private static final int PARTS = 20;

    private LoadPhases() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        long beforeMain = ManagementFactory.getRuntimeMXBean().getUptime();
        for (int run = 1; run <= runs; run++) {
            if (run > 1) {
                System.gc(); // the timeline of the run before is garbage: its collection is not this run's
            }
            once(file, run, beforeMain);
        }
    }

    private static void once(Path file, int run, long beforeMain) throws IOException {
        long size = Math.max(1, Files.size(file)); // an empty file is read at once, and says so
        long[] partEnds = new long[PARTS + 1];
        long start = System.nanoTime();
        LoadResult result = TimelineLoader.sizedToMemory().load(file, read -> {
            long now = System.nanoTime();
            int reached = (int) Math.min(PARTS, read * PARTS / size);
            for (int part = 1; part <= reached; part++) {
                if (partEnds[part] == 0) {
                    partEnds[part] = now;
                }
            }
        });
        long end = System.nanoTime();
        partEnds[0] = start;
        StringBuilder parts = new StringBuilder();
        for (int part = 1; part <= PARTS; part++) {
            parts.append(part == 1 ? "" : " ").append(ms(partEnds[part] - partEnds[part - 1]));
        }
        if (run == 1) {
            System.out.printf("JVM to main %d ms; half the bytes read at %d ms, all at %d ms; loaded at %d ms; "
                            + "%d problems%n", beforeMain, ms(partEnds[PARTS / 2] - start), ms(partEnds[PARTS] - start),
                    ms(end - start), result.problems().size());
        }
        System.out.printf("run %d%s: each twentieth of the bytes, ms: %s; after the last byte %d ms; in all %d ms%n",
                run, run == 1 ? " (cold)" : "", parts, ms(end - partEnds[PARTS]), ms(end - start));
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }
}
