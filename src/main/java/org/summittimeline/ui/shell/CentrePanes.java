package org.summittimeline.ui.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import javafx.beans.binding.DoubleExpression;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.summittimeline.ui.Settings;
import org.summittimeline.ui.Texts;
import org.summittimeline.ui.Settings.Key;
import org.summittimeline.ui.details.EventDetails;
import org.summittimeline.ui.quotes.QuotePanel;
import org.summittimeline.ui.timeline.TimelineView;

/** The window's centre: the timeline over the event details, and the quotes, events and lesson tabs beside them. */
final class CentrePanes {
    /** The side panel's least width: room for a quote's speaker, its badge and a few words of the quote beside it. */
    private static final double SIDE_LEAST_WIDTH = 280;
    /** The room JavaFX's tab pane keeps beside its tabs, and a pixel: with less it puts them behind its menu. */
    private static final double TAB_SPACER = 11;

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
                         BooleanSupplier squeezed, DoubleExpression scale) {
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
                VBox.setVgrow(eventList, Priority.ALWAYS);
                eventTab.setContent(new VBox(eventList.heading(), eventList));
            }
        });
        TabPane side = new TabPane(quoteTab, eventTab, lessonTab) {
            /** The tabs' names a little smaller where at the reader's type they are wider than the panel. */
            @Override
            protected void layoutChildren() {
                super.layoutChildren();
                // Looked for among the pane's own parts, not through the tabs' contents, on every layout.
                Node area = getChildrenUnmodifiable().stream().filter(n -> n.getStyleClass().contains("tab-header-area"))
                        .findFirst().orElse(null);
                Node row = area == null ? null : area.lookup(".headers-region");
                List<Region> tabs = new ArrayList<>();
                if (row instanceof Region headers) {
                    for (Node tab : headers.getChildrenUnmodifiable()) {
                        if (tab.getStyleClass().contains("tab")) {
                            tabs.add((Region) tab);
                        }
                    }
                }
                if (!(area instanceof Region a) || !(row instanceof Region r) || tabs.isEmpty()
                        || !(tabs.get(0).lookup(".tab-label") instanceof Labeled name)) {
                    return;
                }
                // Less the room the skin keeps beside the tabs before it hides them behind its menu (10 px), and
                // the menu's button: once it has shown, the skin counts its width, shown or not, and without it the
                // names stayed too wide for the room beside it, "Lesse" cut.
                Node menu = a.lookup(".control-buttons-tab");
                double room = a.getWidth() - a.snappedLeftInset() - a.snappedRightInset() - r.snappedLeftInset()
                        - r.snappedRightInset() - TAB_SPACER - (menu == null ? 0 : menu.prefWidth(-1));
                if (FittedNames.fit(a, tabs, room, true, () -> name.getFont().getSize(),
                        FontScale.DESIGNED_SIZE * scale.get())) {
                    super.layoutChildren();
                }
            }
        };
        side.setMinWidth(SIDE_LEAST_WIDTH);
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
