package org.summittimeline.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The note over lanes the filters emptied keeps inside the timeline: in two lines where one does not fit. */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class NoneShownNoteTest {
    private static final String ENGLISH =
            "No event passes the filters. Clear them (the funnel in the filter bar) to see every event.";
    private static final String GERMAN = "Kein Ereignis passt zu den Filtern. Heben Sie sie auf (der Trichter in der "
            + "Filterleiste), um jedes Ereignis zu sehen.";

    @Start
    void start(Stage stage) {
        // The toolkit, for measuring type.
    }

    @Test
    void aNoteThatFitsKeepsOneLineAndOneThatDoesNotTakesTwoAfterItsFirstSentence() {
        NoneShownNote note = new NoneShownNote();
        assertEquals(List.of(ENGLISH), note.lines(ENGLISH, 1000));
        // The German note in the room a 1280-pixel window gives the timeline: it had run off both sides.
        List<String> german = note.lines(GERMAN, 600);
        assertEquals(List.of("Kein Ereignis passt zu den Filtern.",
                "Heben Sie sie auf (der Trichter in der Filterleiste), um jedes Ereignis zu sehen."), german);
        LabelMeasure measure = new LabelMeasure(CanvasType.DESIGNED.lane());
        for (String line : german) {
            assertTrue(measure.width(line) <= 600, line + ": " + measure.width(line));
        }
        // At larger type the English one takes two lines as well.
        note.setType(CanvasType.at(1.6));
        assertEquals(2, note.lines(ENGLISH, 600).size());
    }
}
