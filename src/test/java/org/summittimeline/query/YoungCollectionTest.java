package org.summittimeline.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.management.GarbageCollectorMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The young collection a large file's opening runs before the window gets it, under each collector a user's JVM
 * may have, each in a JVM of its own: the build's test JVMs run one collector each (G1 here, Serial for the
 * toolkit's tests).
 */
@Tag("toolkit-free")
class YoungCollectionTest {
    @ParameterizedTest
    @CsvSource({"-XX:+UseG1GC, G1 Young Generation, collected",
                "-XX:+UseParallelGC, PS Scavenge, collected",
                "-XX:+UseSerialGC, Copy, collected",
                "-XX:+UseZGC, none, left alone"})
    void aYoungCollectionHasRunWhenItReturnsUnderEachCollectorThatHasOne(String flag, String collector, String outcome)
            throws Exception {
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                flag, "-Xmx256m", "-cp", System.getProperty("java.class.path"), Probe.class.getName());
        pb.redirectErrorStream(true);
        pb.directory(new File("."));
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the probe ended");
        assertEquals(0, p.exitValue(), output);
        assertEquals(collector + ": " + outcome, output.lines().reduce((a, b) -> b).orElse(""));
    }

    /**
     * In its own JVM: keeps 40 MB of small arrays alive in the young generation, as a read leaves its last items,
     * then asks for the collection three times. Prints the collector and whether each ran one when it said so.
     */
    static final class Probe {
        private static final List<byte[]> KEPT = new ArrayList<>();

        public static void main(String[] args) {
            for (int i = 0; i < 40 * 1024; i++) {
                KEPT.add(new byte[1000]);
            }
            GarbageCollectorMXBean young = YoungCollection.collector();
            String outcome = "left alone";
            for (int i = 0; i < 3; i++) {
                long before = young == null ? 0 : young.getCollectionCount();
                boolean ran = YoungCollection.now();
                long after = young == null ? 0 : young.getCollectionCount();
                if (ran != (after > before)) {
                    outcome = "said " + ran + " but the collector ran " + (after - before) + " times";
                    break;
                }
                if (ran) {
                    outcome = "collected";
                } else if (young != null) {
                    outcome = "not collected, " + YoungCollection.roomLeft(young) + " bytes of room left";
                    break;
                }
            }
            System.out.println((young == null ? "none" : young.getName()) + ": " + outcome + (KEPT.size() > 0 ? "" : "!"));
        }
    }
}
