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
    private static final String GERMAN = "Kein Ereignis passt zu den Filtern. Setzen Sie die Filter zurück (das "
            + "Trichtersymbol in der Filterleiste), um jedes Ereignis zu sehen.";

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
        assertEquals("Kein Ereignis passt zu den Filtern.", german.get(0), german.toString());
        assertEquals(GERMAN, String.join(" ", german), "every word kept");
        LabelMeasure measure = new LabelMeasure(CanvasType.DESIGNED.lane());
        for (String line : german) {
            assertTrue(measure.width(line) <= 600, line + ": " + measure.width(line));
        }
        // At larger type the English one takes two lines as well; in a narrow timeline more, none cut.
        note.setType(CanvasType.at(1.6));
        assertEquals("No event passes the filters.", note.lines(ENGLISH, 600).get(0));
        List<String> narrow = note.lines(ENGLISH, 300);
        assertTrue(narrow.size() > 2, narrow.toString());
        assertEquals(ENGLISH, String.join(" ", narrow), "every word kept");
        LabelMeasure large = new LabelMeasure(CanvasType.at(1.6).lane());
        for (String line : narrow) {
            assertTrue(large.width(line) <= 300, line + ": " + large.width(line));
        }
    }
}
