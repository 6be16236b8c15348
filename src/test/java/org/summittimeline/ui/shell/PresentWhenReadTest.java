package org.summittimeline.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import org.summittimeline.ui.shell.PresentWhenRead.Way;

/**
 * F5, Shift+F5 or Ctrl+F5 pressed while a file is read waits for the whole file, then presents as asked; a file
 * that did not open presents nothing.
 */
@Tag("toolkit-free")
class PresentWhenReadTest {
    private final AppState state = new AppState();
    private final List<String> notes = new ArrayList<>();
    private final List<String> done = new ArrayList<>();
    private boolean reading;
    private boolean running;
    private PresentWhenRead presenting;

    @BeforeEach
    void setUp() {
        presenting = new PresentWhenRead(state, () -> {
            done.add("start");
            running = true;
        }, () -> running, () -> done.add("presenter view"), () -> reading, notes::add);
    }

    private void showWholeFile() {
        state.queryProperty().set(new TimelineQuery(
                new TimelineLoader().load(Path.of("data/helsinki-2018-summit.json")).timeline(), Runnable::run));
        state.selectedEventProperty().set(state.query().timeline().events().get(3));
        presenting.wholeFileShown();
    }

    @Test
    void pressedWhileTheFirstFileIsReadItPresentsOnceTheFileIsShown() {
        reading = true;
        presenting.present(Way.FROM_SELECTION);
        assertEquals(List.of(), done, "nothing to present yet");
        assertEquals(1, notes.size(), "the window says it will present once the file is read");
        showWholeFile();
        assertEquals(List.of("start"), done);
        assertNotNull(state.selectedEvent(), "from the event selected");
        presenting.wholeFileShown();
        assertEquals(List.of("start"), done, "once, not at every file shown after");
    }

    @Test
    void fromTheStartAndThePresenterViewAreKeptAsAsked() {
        reading = true;
        presenting.present(Way.FROM_START);
        showWholeFile();
        assertEquals(List.of("start"), done);
        assertNull(state.selectedEvent(), "F5 starts at the first step, whatever was selected meanwhile");
        done.clear();
        running = false;
        state.queryProperty().set(null);
        presenting.present(Way.PRESENTER_VIEW);
        showWholeFile();
        assertEquals(List.of("start", "presenter view"), done);
        // Ctrl+F5 starts at the first step too, as F5 does, with the presenter's band: it had started at the
        // selected event, and a teacher saw step 2 first.
        assertNull(state.selectedEvent(), "Ctrl+F5 starts at the first step");
    }

    /**
     * Pressed in the viewer while a presentation runs on the other screen, F5 starts nothing and Ctrl+F5 only shows
     * the presenter's band: neither clears the viewer's selection (both had).
     */
    @Test
    void whileAPresentationRunsTheViewerKeepsItsSelection() {
        showWholeFile();
        presenting.present(Way.FROM_START);
        state.selectedEventProperty().set(state.query().timeline().events().get(5));
        done.clear();
        presenting.present(Way.PRESENTER_VIEW);
        assertEquals(List.of("presenter view"), done);
        assertEquals(state.query().timeline().events().get(5), state.selectedEvent());
        presenting.present(Way.FROM_START);
        assertEquals(List.of("presenter view"), done, "nothing started again");
        assertEquals(state.query().timeline().events().get(5), state.selectedEvent());
    }

    @Test
    void aFileThatDidNotOpenTakesItsPresentationWithIt() {
        reading = true;
        presenting.present(Way.FROM_SELECTION);
        presenting.forget();
        showWholeFile();
        assertEquals(List.of(), done);
    }

    @Test
    void withTheWholeFileOnScreenItPresentsAtOnce() {
        showWholeFile();
        presenting.present(Way.FROM_START);
        assertEquals(List.of("start"), done);
        assertNull(state.selectedEvent(), "F5 starts at the first step, whatever was selected");
        assertEquals(List.of(), notes);
    }
}
