package org.summittimeline.ui.present;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** How long the slide's corner note stays: as long as its words take to read, within bounds. */
class ScaleNoteTest {
    @Test
    void aShortNoteStaysTwoAndAHalfSeconds() {
        assertEquals(2.5, ScaleNote.shownFor("Type 120 %").toSeconds(), 1e-9);
        assertEquals(2.5, ScaleNote.shownFor("").toSeconds(), 1e-9);
    }

    /** Shift+F5's note on where the show starts, fifteen words: it had gone after 2.5 s, half read. */
    @Test
    void aLongNoteStaysAsLongAsItTakesToRead() {
        String note = "\u201cBreakfast with President Niinist\u00f6\u201d is not a step: starting at the next one, "
                + "\u201cOne-on-one talks\u201d";
        assertEquals(1 + 15 / 3.0, ScaleNote.shownFor(note).toSeconds(), 1e-9);
        assertEquals(8, ScaleNote.shownFor("word ".repeat(60)).toSeconds(), 1e-9);
    }
}
