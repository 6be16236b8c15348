package org.summittimeline.format;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a cold load's time lies, as one whole process: the JVM's start, the moments half and all of the file's bytes
 * were read (reading and binding go together), and the load's end (relative times resolved, events in time order).
 * The reader alone is {@link ReadingPasses}' {@code tree}.
 * <pre>java -Xmx1g -cp target/benchmarks.jar org.summittimeline.format.LoadPhases FILE</pre>
 * Run it in turns with {@code TokenFloor} and {@code --validate} of the same file (docs/PERFORMANCE.md, session 31).
 */
public final class LoadPhases {
    private LoadPhases() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        long start = System.nanoTime();
        long beforeMain = ManagementFactory.getRuntimeMXBean().getUptime();
        long size = Files.size(file);
        long[] half = {0};
        long[] all = {0};
        LoadResult result = TimelineLoader.sizedToMemory().load(file, read -> {
            long now = System.nanoTime();
            if (half[0] == 0 && read >= size / 2) {
                half[0] = now;
            }
            if (all[0] == 0 && read >= size) {
                all[0] = now;
            }
        });
        long end = System.nanoTime();
        System.out.printf("JVM to main %d ms; half the bytes read at %d ms, all at %d ms; loaded at %d ms; %d problems%n",
                beforeMain, (half[0] - start) / 1_000_000, (all[0] - start) / 1_000_000, (end - start) / 1_000_000,
                result.problems().size());
    }
}
