package org.summittimeline.ui.shell;

import java.util.function.BooleanSupplier;
import javafx.geometry.Orientation;
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
        TabPane side = new TabPane(quoteTab, eventTab, lessonTab);
        side.setMinWidth(280);
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
