package org.summittimeline.ui.shell;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.summittimeline.ui.Fx;
import org.summittimeline.ui.RenderedPulse;
import org.summittimeline.ui.TestStage;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The tool bar sorts its items again when their widths change with its own width unchanged. With a search typed at
 * 250 % and the type taken down to 121 %, the search box narrowed to leave the zone's choice room in the bar, but
 * the choice stayed in the overflow with 245 px of the bar empty: the sorting the bar asked for in its own layout
 * waited for a layout that nothing else asked for.
 */
@ExtendWith(ApplicationExtension.class)
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class SortedToolBarTest {
    private SortedToolBar bar;
    private TextField box;
    private Button first;
    private Button last;
    /** The box's width, set in the bar's own layout as the main tool bar sizes its search box. */
    private double boxWidth = 1180;

    @Start
    void start(Stage stage) {
        box = new TextField();
        first = new Button("First");
        last = new Button("Last one");
        bar = new SortedToolBar() {
            @Override
            protected void layoutChildren() {
                box.setPrefWidth(boxWidth);
                super.layoutChildren();
            }
        };
        bar.getItems().addAll(first, box, last);
        TestStage.show(stage, new VBox(bar));
    }

    @Test
    void anItemGoesBackIntoTheBarOnceAnotherNarrowsToLeaveItRoom() {
        Fx.interact(() -> { });
        assertNotSame(bar.box(), Fx.interact(() -> last.getParent()), "at first the last button is in the overflow");
        // The box narrowed to leave the last button exactly its room, as the search box does, and not the overflow
        // button's: JavaFX's own check sorts the items as if that button were still there, and only a sorting of
        // all of them, asked for by the bar, finds that none is needed. One pulse, and the button read before
        // anything lays the window out again (as each step of Fx does).
        RenderedPulse.after(bar.getScene(), () -> {
            double spacing = bar.box().getSpacing();
            boxWidth = bar.getWidth() - bar.snappedLeftInset() - bar.snappedRightInset() - 2 * spacing
                    - bar.snapSizeX(first.prefWidth(-1)) - bar.snapSizeX(last.prefWidth(-1));
            bar.requestLayout();
        });
        assertSame(bar.box(), Fx.interact(() -> last.getParent()), "the last button is back in the bar");
    }
}
