package org.summittimeline.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AddToLessonDialogTest {
    @Test
    void aLongQuoteIsShortenedAfterAWholeWord() {
        String quote = "I have great confidence in my intelligence people, but I will tell you that President Putin "
                + "was extremely strong and powerful in his denial today.";
        String shown = AddToLessonDialog.shortened(quote, 60);
        assertEquals("I have great confidence in my intelligence people, but I\u2026", shown);
        assertEquals("nonsense", AddToLessonDialog.shortened("nonsense", 60));
        // Within a quarter over the length, nothing is cut: the end of a quote is not lost for a word.
        String putin = "the \"so-called Russian interference\" in the U.S. 2016 presidential election was brought up "
                + "by President Donald Trump during their summit in Helsinki";
        assertEquals(putin, AddToLessonDialog.shortened(putin, 140));
        String longer = putin + ", the president said, and more words that run past a quarter over";
        assertTrue(AddToLessonDialog.shortened(longer, 140).endsWith("\u2026"), "cut past a quarter over");
    }
}
