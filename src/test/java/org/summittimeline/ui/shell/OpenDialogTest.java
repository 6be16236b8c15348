package org.summittimeline.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** File ▸ Open offers every kind of file the program reads under its first choice. */
@Tag("toolkit-free")
class OpenDialogTest {
    @Test
    void theFirstChoiceShowsTimelineJsSheetsBesideJsonFiles() {
        assertEquals(List.of("*.json", "*.csv"), OpenDialog.filters().get(0).getExtensions());
        assertEquals(List.of("*.*"), OpenDialog.filters().get(1).getExtensions());
    }
}
