package org.summittimeline.ui.shell;

import java.util.Arrays;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.WeakListChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Window;

/**
 * A tool bar that sorts its items into the bar and its overflow (») again whenever their widths no longer match how
 * they are sorted. JavaFX's tool bar sorts them only when it first overflows or its own width changes, so with the
 * text size changed while the window was open, items that grew ran under the overflow button ("Prese" under »),
 * and items that shrank back stayed in the overflow with the bar half empty.
 *
 * <p>A button that shows only its icon in the bar shows its name beside it in the overflow, where it stands in a
 * column with no tooltip in sight: the export and theme buttons had been two bare icons there. It has the name only
 * while the overflow is open, since the tool bar sorts its items by their widths, and a button still as wide as its
 * name would stay in the overflow after the window had grown room for its icon.
 */
class SortedToolBar extends ToolBar {
    /** Marks a button whose text is its name shown in the overflow, not a text of its own. */
    private static final Object NAMED = new Object();

    /** Any window shown or hidden: the overflow is a window of its own. */
    private final ListChangeListener<Window> windowsChanged = c -> nameWhatIsInTheOverflow();
    /** The bar's width and the items' when they were last sorted again, so that a sorting that cannot help is not repeated. */
    private double[] sortedFor = new double[0];

    /** The window's stylesheets changed (the text size is one): items in the closed overflow need styling again. */
    private boolean overflowStylesStale;
    private final ListChangeListener<String> stylesheetsChanged = c -> {
        overflowStylesStale = true;
        requestLayout();
    };

    SortedToolBar() {
        Window.getWindows().addListener(new WeakListChangeListener<>(windowsChanged));
        sceneProperty().addListener((obs, old, scene) -> {
            if (old != null) {
                old.getStylesheets().removeListener(stylesheetsChanged);
            }
            if (scene != null) {
                scene.getStylesheets().addListener(stylesheetsChanged);
            }
        });
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        HBox box = box();
        if (box == null) {
            return;
        }
        List<Node> items = getItems();
        if (overflowStylesStale) {
            overflowStylesStale = false;
            for (Node item : items) {
                if (inOverflow(item, false)) {
                    // Left in the closed overflow, an item keeps the styles it had when it was last shown there:
                    // after the text size went back down, the time range's label still measured 403 px, and stayed
                    // out of a bar with room for it.
                    item.applyCss();
                } else if (item.getParent() == null && getScene() != null) {
                    // In an overflow never opened, an item has no scene to be styled in and keeps the styles it had
                    // in the bar: a window started at the largest type kept the zone's box in the overflow after
                    // Ctrl+0, and the bar as tall as that box at that type. Styled here for a moment, as in the bar.
                    getChildren().add(item);
                    item.applyCss();
                    getChildren().remove(item);
                }
            }
        }
        int shown = 0;
        double[] widths = new double[items.size() + 1];
        widths[0] = getWidth();
        for (int i = 0; i < items.size(); i++) {
            widths[i + 1] = items.get(i).prefWidth(-1);
            shown += items.get(i).getParent() == box ? 1 : 0;
        }
        if (shown != fitting(box) && !Arrays.equals(widths, sortedFor)) {
            sortedFor = widths;
            // A change of the items is what makes the tool bar sort them; one added and taken away again moves no
            // item, and so takes the focus from none (the search field may be being typed in).
            Region nudge = new Region();
            nudge.setManaged(false);
            items.add(nudge);
            items.remove(nudge);
            // Sorted now, in this layout: the one the change asks for comes only when something else lays the window
            // out. JavaFX's own check sorts the items as if the overflow button were still there, so a search box
            // that narrowed to leave the zone's choice just its room (a search typed at 250 %, the type then taken
            // down to 121 %) had left the choice in the overflow and 245 px of the bar empty.
            super.layoutChildren();
        }
    }

    /**
     * Gives each icon button (its accessible text names it) its name while it is in the open overflow; hides a
     * separator that leads the open overflow, a line above the first item that separates nothing; and opens the
     * overflow below the bar.
     */
    private void nameWhatIsInTheOverflow() {
        for (Window w : Window.getWindows()) {
            // The overflow's own menu, not another of the bar's: a choice box's list and the search field's Cut, Copy
            // and Paste are menus owned by nodes of the bar too, and stand where they open.
            if (w instanceof ContextMenu overflow && overflow.isShowing() && isOverflowButton(overflow.getOwnerNode())
                    && isMine(overflow.getOwnerNode())) {
                overflow.getItems().stream().filter(MenuItem::isVisible).findFirst()
                        .filter(SeparatorMenuItem.class::isInstance).ifPresent(line -> line.setVisible(false));
                lower(overflow);
            }
        }
        for (Node item : getItems()) {
            if (item instanceof ButtonBase b && b.getGraphic() != null && b.getAccessibleText() != null
                    && (b.getText() == null || b.getText().isEmpty() || b.getProperties().containsKey(NAMED))) {
                boolean inOpenOverflow = inOverflow(b, true);
                if (inOpenOverflow && !b.getProperties().containsKey(NAMED)) {
                    b.getProperties().put(NAMED, Boolean.TRUE);
                    b.setText(b.getAccessibleText());
                } else if (!inOpenOverflow && b.getProperties().remove(NAMED) != null) {
                    b.setText(null);
                }
            }
        }
    }

    /**
     * The tool bar opens its overflow under the » button, which stands in the middle of a bar as tall as its tallest
     * item: with larger type, the filter bar's lists made the bar twice the button's height, and the overflow
     * covered the lower half of its own bar. Moved down by what the bar reaches below the button; not where it
     * opened above the button, for want of room below. Moving it moves its anchor too, so each later change of the
     * windows while it is open (a tooltip shown) finds it below the bar already and leaves it there.
     */
    private void lower(ContextMenu overflow) {
        Bounds bar = localToScreen(getLayoutBounds());
        // The anchor is the » arrow's bottom; the window stands a shadow's width above it when it opened below.
        double anchor = overflow.getAnchorY();
        boolean below = overflow.getY() <= anchor && anchor - overflow.getY() < 20;
        if (bar != null && below && bar.getMaxY() > anchor) {
            overflow.setY(overflow.getY() + bar.getMaxY() - anchor);
        }
    }

    /** The » button, or its arrow, which the tool bar shows its overflow's menu under. */
    private static boolean isOverflowButton(Node node) {
        String button = "tool-bar-overflow-button";
        return node != null && (node.getStyleClass().contains(button)
                || node.getParent() != null && node.getParent().getStyleClass().contains(button));
    }

    private boolean isMine(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == this) {
                return true;
            }
        }
        return false;
    }

    /** Whether the item stands in the overflow's own window, and that window is {@code showing} or not. */
    private boolean inOverflow(Node item, boolean showing) {
        Scene scene = item.getScene();
        return scene != null && scene != getScene() && scene.getWindow() != null
                && scene.getWindow().isShowing() == showing;
    }

    /** How many of the items, in order, fit the bar at their preferred widths, as the tool bar counts them. */
    private int fitting(HBox box) {
        double spacing = box.getSpacing();
        double length = getWidth() - snappedLeftInset() - snappedRightInset() + spacing;
        double all = 0;
        for (Node item : getItems()) {
            all += item.isManaged() ? snapSizeX(item.prefWidth(-1)) + spacing : 0;
        }
        if (all > length) {
            Node button = lookup(".tool-bar-overflow-button");
            length -= (button == null ? 0 : snapSizeX(button.prefWidth(-1))) + spacing;
        }
        int n = 0;
        double x = 0;
        for (Node item : getItems()) {
            x += item.isManaged() ? snapSizeX(item.prefWidth(-1)) + spacing : 0;
            if (x > length) {
                break;
            }
            n++;
        }
        return n;
    }

    /** The box the tool bar lays its shown items out in, or null before it has one. */
    HBox box() {
        for (Node child : getChildrenUnmodifiable()) {
            if (child instanceof HBox box && child.getStyleClass().contains("container")) {
                return box;
            }
        }
        return null;
    }
}
