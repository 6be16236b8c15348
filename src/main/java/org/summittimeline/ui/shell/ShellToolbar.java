package org.summittimeline.ui.shell;

import org.summittimeline.ui.Texts;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import atlantafx.base.controls.CustomTextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.summittimeline.model.Timeline;
import org.summittimeline.query.QueryResult;
import org.summittimeline.query.TimelineQuery;
import org.summittimeline.ui.AppState;
import org.summittimeline.ui.ShownAs;
import org.summittimeline.ui.timeline.layout.LaneMode;

/**
 * The frequent commands above the timeline: open and reload, search with its count of matches, zoom, lanes, the
 * time zone, present, export and the theme. Everything else is in the menu bar; it fits a 1280-pixel window.
 *
 * <p>Present, export and the theme stand in a bar of their own at the row's end ({@link #row()}), which never
 * overflows: a tool bar moves its last items into the overflow (») first, and at the large type a class is shown,
 * Present was the first to go, behind a » the teacher had to find.
 */
final class ShellToolbar extends SortedToolBar {
    /** From this many events and quotes together, the search waits for a pause in typing. */
    static final int LARGE_TIMELINE = 100_000;

    private final AppState state;
    /** Where a step through the matches is said: the status bar, aside. */
    private final Consumer<String> say;
    /** The search box, with its count of matches at its right end inside it. */
    private final CustomTextField search = new CustomTextField();
    private final Label matches = new Label();
    private final ChoiceBox<ZoneChoices.Choice> zones = new FittedChoiceBox<>(FittedChoiceBox.Fit.SHOWN_CHOICE);
    private final ToggleButton dark = new ToggleButton();
    /** Present, export and the theme, beside the bar. */
    private final ToolBar ends = new ToolBar();
    /** The bar and {@link #ends}, side by side: what the window shows. */
    private final HBox row = new HBox(this, ends);
    private final PauseTransition typingPause = new PauseTransition(Duration.millis(150));
    private boolean showingZones;
    /** Set while the box is given the filter's search, which is no one's typing. */
    private boolean showingFilter;
    /** The timeline whose counts the match count's width is made for. */
    private Timeline timelineCounted;
    /** The counted timeline is a file's events, shown while its quotes are still read. */
    private boolean quotesComing;
    /** The widest count was measured for such events. */
    private boolean widestCountWasComing;
    /** The widest count's width, and the timeline and font it was measured for. */
    private double widestCount;
    private Timeline widestCountFor;
    private Font widestCountFont;
    /** How wide the search box is, and how its count shares it with the typing. */
    private final SearchBoxFit searchFit;

    ShellToolbar(WindowCommands c, AppState state, Runnable backToTimeline, Consumer<String> say, Runnable unsay) {
        this.say = say;
        this.state = state;
        Button open = Buttons.labelled(Texts.get("window.toolbar.open"), "mdi2f-folder-open-outline", c.open.tip(), c.open::runIfEnabled);
        open.setId("open");
        Button reload = button(c.reload, "mdi2r-reload");
        Button fit = button(c.fit, "mdi2a-arrow-expand-horizontal");
        searchFit = new SearchBoxFit(this, search, matches, fit);
        search.setId("search");
        search.setPromptText(Texts.get("window.toolbar.search.prompt"));
        // Sized in the type drawn (SearchBoxFit), and measured again when the type changes: eleven columns cut
        // "Search… (Ctrl+F)" once the type grew while the window was open.
        search.fontProperty().addListener(o -> searchFit.fit());
        search.setMinWidth(Region.USE_PREF_SIZE);
        search.setAccessibleText(Texts.get("window.toolbar.search.name"));
        search.setTooltip(new Tooltip(Texts.get("window.toolbar.search.tip")));
        search.disableProperty().bind(c.find.enabled().not());
        // In a large timeline a phrase of common words takes a third of a second to check at a million events;
        // searching only once typing pauses keeps every keystroke immediate. Small timelines search at once.
        typingPause.setOnFinished(e -> state.search(search.getText()));
        search.textProperty().addListener((obs, old, text) -> {
            if (showingFilter) {
                return; // the box shows what the filter already searches: nothing to search again
            }
            unsay.run(); // "Matching event 2 of 5" was about the search before this change, or the one just cleared
            if (isLarge()) {
                typingPause.playFromStart();
            } else {
                state.search(text);
            }
        });
        search.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                stepMatch(e.isShiftDown());
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                // A search cleared keeps the caret for the next one (typed into the timeline, its "f" had folded a
                // lane); Escape in the empty box goes back to the timeline.
                if (search.getText().isEmpty()) {
                    backToTimeline.run();
                } else {
                    search.clear();
                }
                e.consume();
            }
        });
        state.filterProperty().addListener((obs, old, f) -> {
            // Keys typed and not yet searched (a large timeline's pause) are newer than a filter arriving meanwhile:
            // the whole file, shown while its events' search is typed, brings the filter from before the last keys.
            // Set then, the box lost them and put the caret first, so "talks" became "alkst".
            if (typingPause.getStatus() == Animation.Status.RUNNING) {
                return;
            }
            if (!search.getText().equals(f.search())) {
                // A new timeline empties the filter for a moment before the reader's is put back: as typing, the
                // empty box started the pause, and its search of nothing then undid the one put back, so a search
                // made while a large file's events were shown was gone once the whole file came.
                showingFilter = true;
                try {
                    search.setText(f.search());
                } finally {
                    showingFilter = false;
                }
                search.end();
            }
        });
        matches.setId("matches");
        matches.getStyleClass().add("muted");
        // Whole where the bar has room for it (SearchBoxFit); cut only where the box narrows to stay in the bar.
        matches.setMinWidth(0);
        matches.fontProperty().addListener(o -> fitMatches());
        // Inside the box, at its right end, as editors show a find's count: beside it, the room kept for the widest
        // count stood as a blank gap after the box whenever nothing was searched.
        search.setRight(matches);
        searchFit.fit();
        state.resultProperty().addListener((obs, old, r) -> showMatches(r));
        ChoiceBox<LaneMode> lanes = new FittedChoiceBox<>(FittedChoiceBox.Fit.LONGEST_CHOICE);
        lanes.setId("lanes");
        lanes.getItems().setAll(LaneMode.values());
        lanes.setConverter(ShownAs.of(m -> Texts.get(m == LaneMode.CATEGORY ? "window.toolbar.lanes.category"
                : "window.toolbar.lanes.actor")));
        lanes.setValue(state.laneModeProperty().get());
        lanes.valueProperty().addListener((obs, old, m) -> state.laneModeProperty().set(m));
        state.laneModeProperty().addListener((obs, old, m) -> lanes.setValue(m));
        backAfterChoosing(lanes, backToTimeline);
        backAfterChoosing(zones, backToTimeline);
        lanes.setAccessibleText(Texts.get("window.toolbar.lanes.name"));
        lanes.disableProperty().bind(c.fit.enabled().not());
        zones.disableProperty().bind(c.fit.enabled().not());
        // Without a timeline there are no zones to offer: an empty box looked like a control that had lost its text.
        zones.visibleProperty().bind(Bindings.isNotEmpty(zones.getItems()));
        zones.managedProperty().bind(zones.visibleProperty());
        lanes.setTooltip(new Tooltip(Texts.get("window.toolbar.lanes.tip")));
        zones.setId("zone");
        zones.setAccessibleText(Texts.get("window.toolbar.zone.name"));
        zones.setTooltip(new Tooltip(Texts.get("window.toolbar.zone.tip")));
        zones.valueProperty().addListener((obs, old, z) -> {
            if (!showingZones && z != null) {
                state.zoneProperty().set(z.zone());
            }
        });
        dark.setId("dark");
        dark.setGraphic(new FontIcon("mdi2t-theme-light-dark"));
        dark.setTooltip(new Tooltip(c.dark.tip()));
        dark.setAccessibleText(Texts.get("window.toolbar.dark.name"));
        dark.setOnAction(e -> c.dark.runIfEnabled());
        Button present = Buttons.labelled(Texts.get("window.toolbar.present"), "mdi2p-presentation-play", c.presentFromCurrent.tip() + "; "
                + c.presentFromStart.tip(), c.presentFromCurrent::runIfEnabled);
        present.setId("present");
        // Larger type: the toolbar moves what does not fit into its overflow rather than cutting "Open" and
        // "Present" to "Ope…" and "Pres…" (it shrinks what may shrink first).
        List.of(open, present).forEach(labelled -> labelled.setMinWidth(Region.USE_PREF_SIZE));
        present.disableProperty().bind(c.presentFromCurrent.enabled().not());
        Button export = button(c.export, "mdi2f-file-export-outline");
        getItems().addAll(open, reload, new Separator(Orientation.VERTICAL), search,
                new Separator(Orientation.VERTICAL), button(c.zoomIn, "mdi2m-magnify-plus-outline"),
                button(c.zoomOut, "mdi2m-magnify-minus-outline"), fit, lanes,
                zones);
        ends.getItems().addAll(present, export, dark);
        ends.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(this, Priority.ALWAYS);
    }

    /** The bar with Present, export and the theme at its end, as the window shows it. */
    HBox row() {
        return row;
    }

    @Override
    protected void layoutChildren() {
        searchFit.fit();
        super.layoutChildren();
    }

    private static Button button(Command c, String icon) {
        Button b = Buttons.icon(icon, c.tip(), c::runIfEnabled);
        b.setId(c.id().equals("fit") ? "zoom-fit" : c.id());
        b.disableProperty().bind(c.enabled().not());
        return b;
    }

    private boolean isLarge() {
        TimelineQuery q = state.query();
        return q != null && q.timeline().events().size() + q.timeline().quotes().size() >= LARGE_TIMELINE;
    }

    private void showMatches(QueryResult r) {
        timelineCounted = state.query() == null ? null : state.query().timeline();
        quotesComing = state.query() != null && state.query().areQuotesStillReading();
        searchFit.count(SearchCount.of(r), SearchCount.brief(r));
        fitMatches();
    }

    /**
     * Makes the match count as wide as the widest count this timeline can give, in the type drawn (or as its text,
     * should that be wider still): the width stays while the count changes, so the toolbar does not shift as one
     * types, and no count is cut. A fixed 170 px had cut "1,428 events · 1,048 quotes" to "1,428 events · 1,048 …"
     * on a file of 3,000 events. Each count is measured in the widest digit, and with "no quotes" in either place,
     * which is wider than a small number.
     */
    private void fitMatches() {
        Text measure = new Text(searchFit.count());
        measure.setFont(matches.getFont());
        if (widestCountFor != timelineCounted || widestCountFont != matches.getFont()) {
            boolean sameFont = widestCountFont == matches.getFont();
            double before = widestCount;
            widestCountFor = timelineCounted;
            widestCountFont = matches.getFont();
            widestCount = widestCount(measure);
            if (sameFont && widestCountWasComing && !quotesComing) {
                // The whole file after its events: as wide as the room kept for it, also when it has fewer quotes.
                widestCount = Math.max(widestCount, before);
            }
            widestCountWasComing = quotesComing;
            measure.setText(searchFit.count());
        }
        double width = Math.max(widestCount, measure.getLayoutBounds().getWidth());
        searchFit.countRoom(SearchBoxFit.countBox(matches, width));
    }

    /** The width of the widest count the timeline can give, in {@code measure}'s font. */
    private double widestCount(Text measure) {
        int events = timelineCounted == null ? 0 : timelineCounted.events().size();
        // While a large file's quotes are read, room for as many as its events (a generated file has one each): the
        // count's width grew by five digits when they came, and the zoom buttons beside it moved under the pointer.
        int quotes = timelineCounted == null ? 0 : quotesComing ? Math.max(events, timelineCounted.quotes().size())
                : timelineCounted.quotes().size();
        return SearchCount.widest(text -> {
            measure.setText(text);
            return measure.getLayoutBounds().getWidth();
        }, events, quotes);
    }

    void focusSearch() {
        search.requestFocus();
        search.selectAll();
    }

    /**
     * The next (or, {@code back}, the previous) matching event selected, and where it is said: Enter in the box, and
     * F3 anywhere (Enter after a click on the timeline did nothing). With nothing searched, to the box.
     */
    void stepMatch(boolean back) {
        if (typingPause.getStatus() == Animation.Status.RUNNING) {
            typingPause.stop();
            state.search(search.getText());
        }
        if (search.getText().isBlank()) {
            focusSearch();
            return;
        }
        AppState.MatchStep match = state.selectMatch(back ? -1 : 1);
        // Said on every press: on the only match the selection does not move, and Enter seemed dead.
        if (match != null) {
            // Going round is said, as a browser's find does: "7 of 7" then "1 of 7" read as a jump back.
            String key = !match.wrapped() || match.of() == 1 ? "window.search.at"
                    : back ? "window.search.fromLast" : "window.search.fromFirst";
            say.accept(Texts.format(key, match.number(), match.of(), match.event().title()));
        } else if (state.result() != null && state.result().isSearching()) {
            say.accept(Texts.get("window.search.none"));
        }
    }

    void showDark(boolean on) {
        dark.setSelected(on);
    }

    void showZones(List<ZoneChoices.Choice> choices, ZoneId chosen) {
        showingZones = true;
        try {
            zones.getItems().setAll(choices);
            zones.setValue(choices.stream().filter(ch -> ch.zone().equals(chosen)).findFirst().orElse(null));
        } finally {
            showingZones = false;
        }
    }

    /**
     * Gives the keys back to the timeline once something was chosen from the box's open list: the box kept them,
     * and + and − then went to it instead of zooming (a new user's walk). Stepping through the box with the arrow
     * keys, its list closed, leaves them where they are.
     */
    private static <T> void backAfterChoosing(ChoiceBox<T> box, Runnable backToTimeline) {
        List<T> shownWith = new ArrayList<>(1);
        box.setOnShowing(e -> {
            shownWith.clear();
            shownWith.add(box.getValue());
        });
        box.setOnHidden(e -> {
            if (!shownWith.isEmpty() && !Objects.equals(shownWith.get(0), box.getValue())) {
                backToTimeline.run();
            }
        });
    }
}
