package org.summittimeline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Where typing in an open list goes: the option whose name, or a word of it, begins with the letters typed. */
class ListTypeAheadTest {
    private static final List<String> ACTORS = List.of("Donald Trump", "Vladimir Putin", "Sauli Niinistö",
            "Melania Trump", "Mike Pompeo", "Dmitry Peskov", "Finnish security", "Fiona Hill");

    @Test
    void aNamesBeginningComesBeforeAWordWithinAName() {
        assertEquals(3, ListTypeAhead.find(ACTORS, "m", -1), "Melania, the first whose name begins with m");
        assertEquals(1, ListTypeAhead.find(ACTORS, "pu", -1), "Putin, by his surname");
        assertEquals(1, ListTypeAhead.find(ACTORS, "PU", -1), "in any case");
        assertEquals(7, ListTypeAhead.find(ACTORS, "fio", -1));
        assertEquals(-1, ListTypeAhead.find(ACTORS, "xq", -1), "nothing fits: the selection stays");
        assertEquals(-1, ListTypeAhead.find(List.of(), "a", -1));
    }

    @Test
    void theSameLetterAgainGoesOnToTheNextOptionItBegins() {
        assertEquals(3, ListTypeAhead.find(ACTORS, "m", 2));
        assertEquals(4, ListTypeAhead.find(ACTORS, "m", 3), "from Melania to Mike");
        assertEquals(3, ListTypeAhead.find(ACTORS, "m", 4), "round to the first again");
        assertEquals(4, ListTypeAhead.find(ACTORS, "mm", 3), "m typed twice with no name of mm: the next m");
        assertEquals(7, ListTypeAhead.find(ACTORS, "f", 6));
    }

    @Test
    void aLongerBeginningStaysOnTheOptionThatStillFits() {
        assertEquals(1, ListTypeAhead.find(ACTORS, "put", 1), "p, pu, put keep to Putin");
        assertEquals(6, ListTypeAhead.find(ACTORS, "fin", 6));
        assertEquals(7, ListTypeAhead.find(ACTORS, "fio", 6), "a letter more that no longer fits moves on");
    }
}
