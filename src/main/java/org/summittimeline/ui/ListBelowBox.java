package org.summittimeline.ui;

import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.layout.Region;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import org.controlsfx.control.CheckComboBox;

/**
 * Opens a combo box's list below its box wherever it fits there, else right above the box, else below with as
 * many rows as fit there, rather than over the box and the bars above it.
 *
 * <p>On its first opening, a combo box places its list by a height taken before any row was measured: every
 * option's row, 866 px for the topics at 215 %, which fits nowhere, so the list went up to the top of the screen,
 * over both bars and its own box, and only then shrank to ten rows (543 px) that would have fitted below. The row
 * under the pointer was then an option, ticked by a second click meant for the box. At the largest type on a small
 * screen, ten rows fit neither below nor above, and the list covered the box on every opening.
 */
public final class ListBelowBox {
    /** Fewer rows than these are no list to choose from; the list then stays where the combo box put it. */
    private static final int FEWEST_ROWS = 3;

    private ListBelowBox() {
    }

    /** Watches the list of {@code box} from when its skin is built: ControlsFX's skin draws it with a combo box. */
    public static void keep(CheckComboBox<?> box) {
        Runnable watch = () -> {
            for (Node child : box.getChildrenUnmodifiable()) {
                if (child instanceof ComboBox<?> drawn) {
                    drawn.skinProperty().addListener((obs, old, skin) -> keep(drawn));
                    keep(drawn);
                }
            }
        };
        box.skinProperty().addListener((obs, old, skin) -> watch.run());
        watch.run();
    }

    /** Watches the list of {@code box}, once its skin is built; does nothing before, or a second time. */
    public static void keep(ComboBox<?> box) {
        if (!(box.getSkin() instanceof ComboBoxListViewSkin<?> skin)
                || !(skin.getPopupContent() instanceof Region list) || list.getProperties().containsKey(ListBelowBox.class)) {
            return;
        }
        list.getProperties().put(ListBelowBox.class, Boolean.TRUE);
        int rows = box.getVisibleRowCount();
        // The count is cut for one opening only: the next may be at other type, on another screen.
        box.showingProperty().addListener((obs, was, showing) -> {
            if (!showing) {
                box.setVisibleRowCount(rows);
            } else {
                // Called after the skin, which listens from before this, has shown the list where it fits.
                place(box, list, list.getHeight());
            }
        });
        list.heightProperty().addListener((obs, old, height) -> place(box, list, height.doubleValue()));
    }

    /** Called once the combo box has placed the list's window, and again as the list's height settles. */
    private static void place(ComboBox<?> box, Region list, double height) {
        Window window = list.getScene() == null ? null : list.getScene().getWindow();
        Bounds at = box.localToScreen(box.getLayoutBounds());
        if (!(window instanceof PopupWindow popup) || !popup.isShowing() || at == null || box.getScene() == null
                || popup.getAnchorLocation() != PopupWindow.AnchorLocation.CONTENT_TOP_LEFT
                || popup.getAnchorY() >= at.getMaxY() - 1) {
            return;
        }
        Rectangle2D screen = Screens.visibleBoundsOf(box.getScene().getWindow());
        double below = screen.getMaxY() - at.getMaxY();
        if (height <= below) {
            // The anchor is the list's top; moving the window moves it too, so a later resize keeps it here.
            popup.setY(popup.getY() + at.getMaxY() - popup.getAnchorY());
        } else if (height <= at.getMinY() - screen.getMinY()) {
            // Placed by the first height, the list had gone to the screen's top, leaving a gap above the box.
            popup.setY(popup.getY() + at.getMinY() - height - popup.getAnchorY());
        } else {
            int shown = Math.min(box.getVisibleRowCount(), box.getItems().size());
            int fit = shown == 0 ? 0 : (int) Math.floor(below / (height / shown));
            if (fit >= FEWEST_ROWS && fit < shown) {
                // The skin sizes the list only as it opens; resized here, it calls here again with a height that
                // fits below.
                box.setVisibleRowCount(fit);
                list.resize(list.getWidth(), list.prefHeight(list.getWidth()));
            }
        }
    }
}
