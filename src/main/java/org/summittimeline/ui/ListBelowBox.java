package org.summittimeline.ui;

import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Skin;
import javafx.scene.control.skin.ComboBoxListViewSkin;
import javafx.scene.layout.Region;
import javafx.stage.PopupWindow;
import javafx.stage.Screen;
import javafx.stage.Window;
import org.controlsfx.control.CheckComboBox;

/**
 * Opens a combo box's list below its box wherever it fits there, else right above the box, else below with as
 * many rows as fit there (three at least), rather than over the box and the bars above it.
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
    /** Marks a box watched; on its list, the row count it had before one opening cut it. */
    private static final Object WATCHED = new Object();

    private ListBelowBox() {
    }

    /** Watches the list of {@code box} from when its skin is built: ControlsFX's skin draws it with a combo box. */
    public static void keep(CheckComboBox<?> box) {
        Runnable watch = () -> {
            ComboBox<?> drawn = BoxWidth.drawnBy(box);
            if (drawn != null) {
                keep(drawn);
            }
        };
        box.skinProperty().addListener((obs, old, skin) -> watch.run());
        watch.run();
    }

    /** Watches the list of {@code box} from when its skin is built; once, however often it is called. */
    public static void keep(ComboBox<?> box) {
        if (box.getProperties().putIfAbsent(WATCHED, Boolean.TRUE) != null) {
            return;
        }
        // Listened to from when the skin is there, so that at an opening the skin has shown the list before this
        // looks at it (the skin listens to the same property from its building on).
        if (box.getSkin() != null) {
            watch(box);
        } else {
            box.skinProperty().addListener(new ChangeListener<Skin<?>>() {
                @Override
                public void changed(ObservableValue<? extends Skin<?>> obs, Skin<?> old, Skin<?> skin) {
                    if (skin != null) {
                        box.skinProperty().removeListener(this);
                        watch(box);
                    }
                }
            });
        }
    }

    private static void watch(ComboBox<?> box) {
        // On the list of the skin at the time: a new skin brings a new list, which the listener follows.
        ChangeListener<Number> settled = (obs, old, height) -> {
            Region list = list(box);
            if (list != null && obs == list.heightProperty()) {
                place(box, list, height.doubleValue());
            }
        };
        Region first = list(box);
        if (first != null) {
            first.heightProperty().addListener(settled);
        }
        box.skinProperty().addListener((obs, old, skin) -> {
            if (old instanceof ComboBoxListViewSkin<?> was && was.getPopupContent() instanceof Region list) {
                list.heightProperty().removeListener(settled);
            }
            Region now = list(box);
            if (now != null) {
                now.heightProperty().addListener(settled);
            }
        });
        box.showingProperty().addListener((obs, was, showing) -> {
            Region list = list(box);
            if (list == null) {
                return;
            }
            if (showing) {
                place(box, list, list.getHeight());
            } else if (list.getProperties().remove(WATCHED) instanceof Integer rows) {
                // Cut for one opening only: the next may be at other type, on another screen.
                box.setVisibleRowCount(rows);
            }
        });
    }

    private static Region list(ComboBox<?> box) {
        return box.getSkin() instanceof ComboBoxListViewSkin<?> skin && skin.getPopupContent() instanceof Region list
                ? list : null;
    }

    /** Called once the combo box has placed the list's window, and again as the list's height settles. */
    private static void place(ComboBox<?> box, Region list, double height) {
        Window window = list.getScene() == null ? null : list.getScene().getWindow();
        Bounds at = box.localToScreen(box.getLayoutBounds());
        if (!(window instanceof PopupWindow popup) || !popup.isShowing() || at == null
                || popup.getAnchorLocation() != PopupWindow.AnchorLocation.CONTENT_TOP_LEFT
                || popup.getAnchorY() >= at.getMaxY() - 1) {
            return;
        }
        // The screen under the box, as the combo box chooses it: of a window across two screens, the other's
        // height had no say in where the list fits.
        List<Screen> under = Screen.getScreensForRectangle(at.getMinX(), at.getMaxY() - 1, Math.max(1, at.getWidth()), 1);
        Rectangle2D screen = (under.isEmpty() ? Screen.getPrimary() : under.get(0)).getVisualBounds();
        double below = screen.getMaxY() - at.getMaxY();
        if (height <= below) {
            // The anchor is the list's top; moving the window moves it too, so a later resize keeps it here.
            popup.setY(popup.getY() + at.getMaxY() - popup.getAnchorY());
        } else if (height <= at.getMinY() - screen.getMinY()) {
            // Placed by the first height, the list had gone to the screen's top, leaving a gap above the box.
            popup.setY(popup.getY() + at.getMinY() - height - popup.getAnchorY());
        } else {
            cutToFit(box, list, below);
        }
    }

    /**
     * Shows as many rows as fit {@code below}, measured a row at a time: divided out of the list's height, a row
     * came out as tall as the first opening's estimate made it. Resized here (the skin sizes the list only as it
     * opens), the list calls {@link #place} again with a height that fits below.
     */
    private static void cutToFit(ComboBox<?> box, Region list, double below) {
        int was = box.getVisibleRowCount();
        int rows = Math.min(was, box.getItems().size());
        double width = list.getWidth();
        while (rows > FEWEST_ROWS && list.prefHeight(width) > below) {
            box.setVisibleRowCount(--rows);
        }
        if (list.prefHeight(width) > below) {
            box.setVisibleRowCount(was);
            return;
        }
        list.getProperties().putIfAbsent(WATCHED, was);
        list.resize(width, list.prefHeight(width));
    }
}
