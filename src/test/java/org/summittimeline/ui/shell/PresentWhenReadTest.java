package org.summittimeline.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.query.TimelineQuery;
import org.summittimeline.ui.AppState;

/** F5 pressed while a file is read waits for the whole file, then presents; a file that did not open presents nothing. */
@Tag("toolkit-free")
class PresentWhenReadTest {
    private final AppState state = new AppState();
    private final List<String> notes = new ArrayList<>();
    private int started;
    private boolean reading;
    private PresentWhenRead presenting;

    @BeforeEach
    void setUp() {
        presenting = new PresentWhenRead(state, () -> started++, () -> reading, notes::add);
    }

    private void showWholeFile() {
        state.queryProperty().set(new TimelineQuery(
                new TimelineLoader().load(Path.of("data/helsinki-2018-summit.json")).timeline(), Runnable::run));
        presenting.wholeFileShown();
    }

    @Test
    void pressedWhileTheFirstFileIsReadItPresentsOnceTheFileIsShown() {
        reading = true;
        presenting.present(true);
        assertEquals(0, started, "nothing to present yet");
        assertEquals(1, notes.size(), "the window says it will present once the file is read");
        showWholeFile();
        assertEquals(1, started);
        presenting.wholeFileShown();
        assertEquals(1, started, "once, not at every file shown after");
    }

    @Test
    void aFileThatDidNotOpenTakesItsPresentationWithIt() {
        reading = true;
        presenting.present(true);
        presenting.forget();
        showWholeFile();
        assertEquals(0, started);
    }

    @Test
    void fromTheStartTheSelectionIsLetGo() {
        showWholeFile();
        state.selectedEventProperty().set(state.query().timeline().events().get(3));
        presenting.present(false);
        assertEquals(1, started);
        assertNull(state.selectedEvent(), "F5 starts at the first step, whatever was selected");
        assertEquals(List.of(), notes);
    }
}
