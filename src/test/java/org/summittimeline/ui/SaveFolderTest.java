package org.summittimeline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.stage.FileChooser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Save windows open where the last file was saved, else beside the open timeline, else in the home folder. */
class SaveFolderTest {
    @TempDir
    Path dir;

    @Test
    void withNothingSavedAndNoFileOpenTheHomeFolder() {
        SaveFolder folder = new SaveFolder(Settings.inMemory(), () -> null);
        Path home = Path.of(System.getProperty("user.home"));
        assertEquals(Files.isDirectory(home) ? home : null, folder.initial());
    }

    @Test
    void aStoredPathThatIsAFileIsNoFolderToOpenIn() throws Exception {
        Path data = Files.createDirectory(dir.resolve("data"));
        Path file = Files.writeString(dir.resolve("quotes.csv"), "id\n");
        Settings settings = Settings.inMemory();
        settings.put(Settings.Key.LAST_SAVE_FOLDER, file.toString());
        assertEquals(data, new SaveFolder(settings, () -> data.resolve("summit.json")).initial());
    }

    @Test
    void besideTheOpenTimelineUntilAFileIsSavedThenWhereItWasSaved() throws Exception {
        Path data = Files.createDirectory(dir.resolve("data"));
        Path exports = Files.createDirectory(dir.resolve("exports"));
        AtomicReference<Path> open = new AtomicReference<>(data.resolve("summit.json"));
        SaveFolder folder = new SaveFolder(Settings.inMemory(), open::get);
        assertEquals(data, folder.initial());
        folder.remember(exports.resolve("quotes.csv"));
        assertEquals(exports, folder.initial());
        // Another timeline opened later does not move the folder a researcher chose to save in.
        open.set(dir.resolve("other.json"));
        assertEquals(exports, folder.initial());
    }

    @Test
    void aSavedFolderThatIsGoneFallsBackToTheOpenTimelinesFolder() throws Exception {
        Path data = Files.createDirectory(dir.resolve("data"));
        Path exports = Files.createDirectory(dir.resolve("exports"));
        Settings settings = Settings.inMemory();
        SaveFolder folder = new SaveFolder(settings, () -> data.resolve("summit.json"));
        folder.remember(exports.resolve("events.csv"));
        Files.delete(exports);
        assertEquals(data, folder.initial());
    }

    @Test
    void theChooserOpensThereWithTheNameAndTheKindOfFileGiven() throws Exception {
        Path exports = Files.createDirectory(dir.resolve("exports"));
        Settings settings = Settings.inMemory();
        settings.put(Settings.Key.LAST_SAVE_FOLDER, exports.toString());
        FileChooser.ExtensionFilter csv = new FileChooser.ExtensionFilter("CSV (*.csv)", "*.csv");
        FileChooser chooser = new SaveFolder(settings, () -> null).chooser("Export Quotes", "summit-quotes.csv", csv);
        assertEquals(exports.toFile(), chooser.getInitialDirectory());
        assertEquals("summit-quotes.csv", chooser.getInitialFileName());
        assertEquals("Export Quotes", chooser.getTitle());
        assertEquals(List.of(csv), chooser.getExtensionFilters());
    }
}
