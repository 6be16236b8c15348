package org.summittimeline.format;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The loader never throws and always explains itself, whatever the bytes: two thousand seeded corruptions of the
 * bundled file (flipped, deleted, duplicated and truncated bytes) each give either a timeline or problems that
 * have a message and a place. A cheap stand-in for a fuzzer that runs in every build.
 */
class MutatedFilesTest {

    @Test
    void everyCorruptionIsExplainedAndNothingThrows() throws IOException {
        byte[] original = Files.readAllBytes(BundledDataTest.BUNDLED);
        SplittableRandom random = new SplittableRandom(20180716);
        TimelineLoader loader = new TimelineLoader();
        int broken = 0;
        for (int round = 0; round < 2000; round++) {
            byte[] bytes = mutate(original, random);
            LoadResult result = loader.load(new ByteArrayInputStream(bytes), "mutated-" + round + ".json");
            assertNotNull(result);
            if (result.hasErrors()) {
                broken++;
                for (Problem p : result.problems()) {
                    assertFalse(p.message().isBlank(), "round " + round);
                    assertTrue(p.line() >= 0 && p.column() >= 0, "round " + round + ": " + p);
                }
            } else {
                assertNotNull(result.timeline(), "round " + round);
            }
        }
        assertTrue(broken > 1000, "most corruptions are caught: " + broken);
    }

    private static byte[] mutate(byte[] original, SplittableRandom random) {
        byte[] bytes = original.clone();
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(bytes.length);
            switch (random.nextInt(4)) {
                case 0 -> bytes[at] = (byte) random.nextInt(256);
                case 1 -> {
                    byte[] shorter = new byte[bytes.length - 1];
                    System.arraycopy(bytes, 0, shorter, 0, at);
                    System.arraycopy(bytes, at + 1, shorter, at, bytes.length - at - 1);
                    bytes = shorter;
                }
                case 2 -> {
                    byte[] longer = Arrays.copyOf(bytes, bytes.length + 1);
                    System.arraycopy(bytes, at, longer, at + 1, bytes.length - at);
                    bytes = longer;
                }
                default -> bytes = Arrays.copyOf(bytes, Math.max(1, at));
            }
        }
        return bytes;
    }
}
