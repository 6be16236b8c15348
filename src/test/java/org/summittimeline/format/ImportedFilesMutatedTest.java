package org.summittimeline.format;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Timeout;

/**
 * The importers under corruption: a TimelineJS file or sheet with bytes changed, removed or doubled never makes
 * the loader throw, and every problem says where it is (a line and column, or a sheet's row).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@Tag("toolkit-free")
class ImportedFilesMutatedTest {

    @ParameterizedTest
    @ValueSource(strings = {"moon.json", "sheet.csv"})
    void everyCorruptionIsExplainedAtAPlace(String name) throws IOException {
        byte[] original = Files.readAllBytes(TimelineJsImportTest.fixture(name));
        SplittableRandom random = new SplittableRandom(name.hashCode());
        String glyphs = "{}[]\",:0123456789-aZ \n\u00e9";
        for (int round = 0; round < 400; round++) {
            byte[] bytes = original.clone();
            int edits = 1 + random.nextInt(4);
            for (int e = 0; e < edits; e++) {
                int at = random.nextInt(bytes.length);
                byte[] glyph = String.valueOf(glyphs.charAt(random.nextInt(glyphs.length()))).getBytes("UTF-8");
                byte[] next = new byte[bytes.length - 1 + glyph.length];
                System.arraycopy(bytes, 0, next, 0, at);
                System.arraycopy(glyph, 0, next, at, glyph.length);
                System.arraycopy(bytes, at + 1, next, at + glyph.length, bytes.length - at - 1);
                bytes = next;
            }
            LoadResult r = new TimelineLoader().load(new ByteArrayInputStream(bytes), name);
            assertNotNull(r);
            for (Problem p : r.problems()) {
                String where = "round " + round + ": " + p;
                assertTrue(p.line() >= 1, where);
                assertTrue(p.isRow() || p.column() >= 1, where);
                assertFalse(p.message().isBlank(), where);
            }
            assertTrue(r.hasErrors() || r.timeline() != null, "round " + round);
        }
    }
}
