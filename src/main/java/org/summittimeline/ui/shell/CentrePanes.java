package org.summittimeline.ui.shell;

import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.MouseEvent;
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

    static void build(SplitPane mainSplit, SplitPane leftSplit, TimelineView timeline, EventDetails details,
                      QuotePanel quotes, EventList eventList, Tab lessonTab, Settings settings) {
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
        keepKeysWhereTheyWere(side);
        mainSplit.getItems().addAll(leftSplit, side);
        mainSplit.setDividerPositions(settings.number(Key.DIVIDER_QUOTES));
        mainSplit.getDividers().get(0).positionProperty().addListener((obs, old, p) ->
                settings.putNumber(Key.DIVIDER_QUOTES, p.doubleValue()));
        leftSplit.getDividers().get(0).positionProperty().addListener((obs, old, p) ->
                settings.putNumber(Key.DIVIDER_TIMELINE, p.doubleValue()));
    }

    /**
     * A tab clicked shows its pane; the keys stay with what had them. A tab pane clicked takes the focus, and its own
     * Left and Right then switch tabs: a reader who clicked "Events" and pressed Right, to step to the next event as
     * everywhere else, got the Lesson tab (a new user's walk). A tab reached with the Tab key keeps the tab pane's
     * own keys.
     */
    private static void keepKeysWhereTheyWere(TabPane side) {
        Node[] before = new Node[1];
        side.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> before[0] = side.getScene() == null ? null
                : side.getScene().getFocusOwner());
        // On release: the tab pane's own handler of the press, which takes the focus, runs after any added here.
        side.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            Node had = before[0];
            before[0] = null;
            if (side.isFocused() && had != null && had != side && had.getScene() == side.getScene()) {
                had.requestFocus();
            }
        });
    }
}
