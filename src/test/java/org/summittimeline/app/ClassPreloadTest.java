package org.summittimeline.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The start-up class list is a start of the window's, and not out of date: were it emptied or left behind by
 * renames, nothing would fail, only the start would slow down again, so this says when to write it anew
 * ({@code org.summittimeline.bench.StartupClassList}).
 */
class ClassPreloadTest {
    @Test
    void theListNamesTheWindowsClassesAndAlmostAllOfThemStillExist() throws IOException {
        List<String> names;
        try (InputStream in = ClassPreload.class.getResourceAsStream(ClassPreload.LIST)) {
            names = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        assertTrue(names.size() > 2_000, "a start of the window loads thousands of classes: " + names.size());
        assertTrue(names.contains("org.summittimeline.ui.shell.MainWindow"));
        assertTrue(names.contains("javafx.scene.control.skin.ListViewSkin"));
        int loaded = ClassPreload.loadAll();
        // A few names may be of the platform the list was written on (or renamed since): 2 % of them at most.
        assertTrue(loaded >= names.size() * 0.98, loaded + " of " + names.size()
                + " classes found: write the list anew with org.summittimeline.bench.StartupClassList");
    }
}
