package org.summittimeline.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.summittimeline.ChildJvm;

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
                "-XX:+UseZGC, none, left alone",
                // A young generation with more room left than the filler's most: its collection is not near.
                "-XX:+UseParallelGC -Xms2g -Xmx2g -Xmn700m, PS Scavenge, not collected (0 MB made"})
    void aYoungCollectionHasRunWhenItReturnsUnderEachCollectorThatHasOne(String flags, String collector, String outcome,
                                                                       @TempDir Path dir) throws Exception {
        List<String> options = new ArrayList<>(List.of("-Xms256m", "-Xmx256m"));
        options.addAll(List.of(flags.split(" ")));
        ChildJvm.Ended ended = ChildJvm.run(options, Probe.class.getName(), List.of(), dir.resolve("probe.txt"), 60);
        String output = ended.output();
        // A JDK built without this collector (some ports) cannot say anything about it.
        assumeFalse(output.contains("Unrecognized VM option") || output.contains("not supported"), output);
        assertEquals(0, ended.exitValue(), output);
        List<String> said = output.lines().filter(l -> l.startsWith(Probe.SAYS))
                .map(l -> l.substring(Probe.SAYS.length())).toList();
        assertEquals(1, said.size(), output);
        assertTrue(said.get(0).startsWith(collector + ": " + outcome), said.get(0));
    }

    /**
     * In its own JVM: keeps 40 MB of small arrays alive in the young generation, as a read leaves its last items,
     * then asks for the collection three times. Prints the collector and whether each ran one when it said so.
     */
    static final class Probe {
        static final String SAYS = "probe: ";
        private static final List<byte[]> KEPT = new ArrayList<>();

        public static void main(String[] args) {
            for (int i = 0; i < 40 * 1024; i++) {
                KEPT.add(new byte[1000]);
            }
            GarbageCollectorMXBean young = YoungCollection.collector();
            String outcome = "left alone";
            for (int i = 0; i < 3; i++) {
                long before = young == null ? 0 : young.getCollectionCount();
                long madeBefore = allocated();
                boolean ran = YoungCollection.now();
                long made = allocated() - madeBefore;
                long after = young == null ? 0 : young.getCollectionCount();
                if (ran != (after > before)) {
                    outcome = "said " + ran + " but the collector ran " + (after - before) + " times";
                    break;
                }
                if (ran) {
                    outcome = "collected";
                } else if (young != null) {
                    outcome = "not collected (" + (made >> 20) + " MB made; " + (YoungCollection.roomLeft() >> 20)
                            + " MB of room left)";
                    break;
                }
            }
            System.out.println(SAYS + (young == null ? "none" : young.getName()) + ": " + outcome
                    + (KEPT.isEmpty() ? "!" : ""));
        }

        private static long allocated() {
            return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
                    .getCurrentThreadAllocatedBytes();
        }
    }
}
