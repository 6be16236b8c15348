package org.summittimeline.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("toolkit-free")
class ScreensTest {
    private static final Rectangle2D LAPTOP = new Rectangle2D(0, 0, 1280, 720);
    private static final Rectangle2D PROJECTOR = new Rectangle2D(1280, 0, 1920, 1080);

    @Test
    void aWindowAcrossTwoScreensBelongsToTheOneThatHoldsMoreOfIt() {
        // Mostly on the projector, though it touches the laptop's screen first from the left.
        assertEquals(1, Screens.mostOverlapped(List.of(LAPTOP, PROJECTOR), new Rectangle2D(1200, 100, 800, 600)));
        assertEquals(0, Screens.mostOverlapped(List.of(LAPTOP, PROJECTOR), new Rectangle2D(600, 100, 800, 600)));
        assertEquals(1, Screens.mostOverlapped(List.of(PROJECTOR, LAPTOP), new Rectangle2D(600, 100, 800, 600)));
    }

    @Test
    void aWindowOnNoScreenOrOnlyAtItsEdgeBelongsToNone() {
        assertEquals(-1, Screens.mostOverlapped(List.of(LAPTOP, PROJECTOR), new Rectangle2D(-900, 0, 800, 600)));
        assertEquals(-1, Screens.mostOverlapped(List.of(LAPTOP), new Rectangle2D(1280, 0, 800, 600)));
        assertEquals(-1, Screens.mostOverlapped(List.of(), LAPTOP));
    }

    @Test
    void aWindowPartlyOffItsScreenMovesInAsLittleAsItTakes() {
        // A 660-pixel dialog centred on a window low on the screen: its bottom had stood 100 px below the edge.
        assertEquals(60, Screens.within(160, 660, 0, 720));
        assertEquals(0, Screens.within(-40, 660, 0, 720));
        assertEquals(30, Screens.within(30, 660, 0, 720));
        // Larger than the room, its top edge stays on the screen: there are its title and its heading.
        assertEquals(0, Screens.within(50, 900, 0, 720));
    }
}
