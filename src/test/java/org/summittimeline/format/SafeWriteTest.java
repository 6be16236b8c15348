package org.summittimeline.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Issue 12 item 1: no write reaches the open timeline by any path, and no failed write leaves half a file. */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@Tag("toolkit-free")
class SafeWriteTest {
    private static final String TIMELINE = "{\"formatVersion\": 1}";

    @TempDir
    Path dir;
    private Path open;

    @BeforeEach
    void openTimeline() throws IOException {
        open = dir.resolve("open.json");
        Files.writeString(open, TIMELINE);
    }

    private void assertRefused(Path target, String how) {
        SafeWrite.Refused e = assertThrows(SafeWrite.Refused.class,
                () -> SafeWrite.to(target, open, out -> out.write("quote_id,text\n")));
        assertEquals("refused to write " + target + ": it is the open timeline " + open + " (" + how
                + "), and writing it would destroy the timeline; choose another file name", e.getMessage());
        assertTimelineIntact();
    }

    private void assertTimelineIntact() {
        try {
            assertEquals(TIMELINE, Files.readString(open));
            try (Stream<Path> files = Files.list(dir)) {
                assertEquals(List.of(), files.filter(f -> f.getFileName().toString().endsWith(".tmp")).toList(),
                        "temporary files left behind");
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void theOpenFileItselfIsRefused() {
        assertRefused(open, "the same path");
    }

    @Test
    void aSymbolicLinkToTheOpenFileIsRefused() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("export.csv"), open);
        assertRefused(link, "a symbolic link to it");
        assertTrue(SafeWrite.isOpenFile(link, open));
    }

    @Test
    void aHardLinkToTheOpenFileIsRefused() throws IOException {
        Path link = Files.createLink(dir.resolve("export.csv"), open);
        assertRefused(link, "a hard link to it");
    }

    @Test
    void anotherSpellingOfItsPathIsRefused() throws IOException {
        Files.createDirectory(dir.resolve("a"));
        assertRefused(dir.resolve("a/../open.json"), "the same file by another path");
    }

    @Test
    void aFolderLinkThatLeadsToItIsRefused() throws IOException {
        Path other = Files.createSymbolicLink(dir.resolve("elsewhere"), dir);
        assertRefused(other.resolve("open.json"), "the same file by another path");
    }

    @Test
    void anotherFileIsWrittenWhole() throws IOException {
        Path target = dir.resolve("quotes.csv");
        Files.writeString(target, "old");
        SafeWrite.to(target, open, out -> out.write("new text \u00e9"));
        assertEquals("new text \u00e9", Files.readString(target, StandardCharsets.UTF_8));
        assertFalse(SafeWrite.isOpenFile(target, open));
        assertTimelineIntact();
    }

    @Test
    void aWriterThatFailsLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path target = dir.resolve("quotes.csv");
        Files.writeString(target, "the export of yesterday");
        IOException e = assertThrows(IOException.class, () -> SafeWrite.to(target, open, out -> {
            out.write("half a row,");
            out.flush();
            throw new IOException("No space left on device");
        }));
        assertEquals("No space left on device", e.getMessage());
        assertEquals("the export of yesterday", Files.readString(target));
        assertTimelineIntact();
    }

    @Test
    void aWriterThatThrowsAnythingElseLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("quotes.csv");
        assertThrows(IllegalStateException.class, () -> SafeWrite.to(target, open, out -> {
            out.write("x");
            throw new IllegalStateException("defect");
        }));
        assertFalse(Files.exists(target));
        assertTimelineIntact();
    }

    @Test
    void aNewFileIsNeverWrittenOverAnExistingOne() throws IOException {
        Path target = dir.resolve("generated.json");
        SafeWrite.toNew(target, out -> out.write("first"));
        assertEquals("first", Files.readString(target));
        assertThrows(FileAlreadyExistsException.class, () -> SafeWrite.toNew(target, out -> out.write("second")));
        assertEquals("first", Files.readString(target));
        assertTimelineIntact();
    }

    @Test
    void nothingOpenMeansOnlyTheAtomicWrite() throws IOException {
        Path target = dir.resolve("open.json");
        SafeWrite.to(target, null, out -> out.write("replaced"));
        assertEquals("replaced", Files.readString(target));
    }
}
