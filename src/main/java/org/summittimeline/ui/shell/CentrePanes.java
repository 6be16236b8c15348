package org.summittimeline.ui.shell;

import java.util.function.BooleanSupplier;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.summittimeline.ui.Settings;
import org.summittimeline.ui.Texts;
import org.summittimeline.ui.Settings.Key;
import org.summittimeline.ui.details.EventDetails;
import org.summittimeline.ui.quotes.QuotePanel;
import org.summittimeline.ui.timeline.TimelineView;

/** The window's centre: the timeline over the event details, and the quotes, events and lesson tabs beside them. */
final class CentrePanes {
    /** The side panel's least width at the designed type size. */
    private static final double SIDE_LEAST_WIDTH = 280;

    private CentrePanes() {
    }

    /**
     * {@code squeezed}: the panes are not at their own size (a failed file's problems stand below them), so a
     * divider the split moves to keep a pane's least size is not the reader's choice and is not kept for the next
     * start; the walk found the timeline 67 px taller, then a lane cut in half, after two failed live reloads.
     * Returns the side's tabs.
     */
    static TabPane build(SplitPane mainSplit, SplitPane leftSplit, TimelineView timeline, EventDetails details,
                         QuotePanel quotes, EventList eventList, Tab lessonTab, Settings settings,
                         BooleanSupplier squeezed) {
        leftSplit.setOrientation(Orientation.VERTICAL);
        leftSplit.getItems().addAll(timeline, details);
        leftSplit.setDividerPositions(settings.number(Key.DIVIDER_TIMELINE));
        Tab quoteTab = new Tab(Texts.get("quotes.heading"), quotes);
        quoteTab.setClosable(false);
        quoteTab.setId("tab-quotes");
        // The list joins the window when its tab is first opened: styling and sizing a list nobody looks at was a
        // tenth of the first styling pass at start-up. It is kept up to date before that all the same.
        Tab eventTab = new Tab(Texts.get("events.tab"));
        eventTab.setClosable(false);
        eventTab.setId("tab-events");
        eventTab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected && eventTab.getContent() == null) {
                eventTab.setContent(eventList);
            }
        });
        TabPane side = new TabPane(quoteTab, eventTab, lessonTab) {
            /**
             * At least as wide as its tabs' names at the type's size, and 280 px: at 250 % the split gave the side
             * the width of 215 % and cut Lesson to "Les", the German "Unterricht" to "Ur", behind the tab list's menu.
             */
            @Override
            protected double computeMinWidth(double height) {
                Node names = lookup(".tab-header-area");
                // A pixel more than the names' row asks for: the skin hides the tab list's menu only when they
                // fit with room to spare.
                return Math.max(SIDE_LEAST_WIDTH, names == null ? 0
                        : names.prefWidth(-1) + snappedLeftInset() + snappedRightInset() + 1);
            }
        };
        side.getStyleClass().add("side-panel");
        mainSplit.getItems().addAll(leftSplit, side);
        mainSplit.setDividerPositions(settings.number(Key.DIVIDER_QUOTES));
        remember(mainSplit, Key.DIVIDER_QUOTES, settings, squeezed);
        remember(leftSplit, Key.DIVIDER_TIMELINE, settings, squeezed);
        return side;
    }

    /** Keeps the split's divider under {@code key} for the next start, unless the panes are squeezed. */
    private static void remember(SplitPane split, Key key, Settings settings, BooleanSupplier squeezed) {
        split.getDividers().get(0).positionProperty().addListener((obs, old, p) -> {
            if (!squeezed.getAsBoolean()) {
                settings.putNumber(key, p.doubleValue());
            }
        });
    }
}
