package org.summittimeline.ui.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("toolkit-free")
class PageLinesTest {
    /** Lines 30 px high, 10 apart: 0–30, 40–70, 80–110, …, 120–150, … */
    private static List<double[]> lines(int count) {
        List<double[]> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lines.add(new double[] {40 * i, 40 * i + 30});
        }
        return lines;
    }

    @Test
    void pageDownStartsAtTheLineTheBottomEdgeCut() {
        // A view 100 high at 0 cuts the line 80–110: the next page starts there.
        assertEquals(80, PageLines.pagedTo(0, 100, 1000, true, lines(30)));
        // Where the edge falls between lines, a whole page on.
        assertEquals(150, PageLines.pagedTo(50, 100, 1000, true, lines(30)));
    }

    @Test
    void pageUpEndsAtTheBottomOfTheLineTheTopEdgeWouldCut() {
        // From 200, a page back is 100, inside the line 80–110: the view starts below it.
        assertEquals(110, PageLines.pagedTo(200, 100, 1000, false, lines(30)));
        assertEquals(0, PageLines.pagedTo(60, 100, 1000, false, lines(30)));
    }

    @Test
    void aLineTallerThanTheViewIsShownFromItsTopThenAPageAtATime() {
        List<double[]> tall = List.of(new double[] {0, 30}, new double[] {40, 400});
        assertEquals(40, PageLines.pagedTo(0, 100, 1000, true, tall));
        assertEquals(140, PageLines.pagedTo(40, 100, 1000, true, tall));
        assertEquals(240, PageLines.pagedTo(140, 100, 1000, true, tall));
    }

    @Test
    void theTopStaysWithinTheText() {
        assertEquals(950, PageLines.pagedTo(900, 100, 950, true, lines(30)));
        assertEquals(0, PageLines.pagedTo(0, 100, 950, false, lines(30)));
    }
}
