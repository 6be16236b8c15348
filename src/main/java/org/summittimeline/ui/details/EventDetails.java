package org.summittimeline.ui.details;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.summittimeline.model.Anchor;
import org.summittimeline.model.Citation;
import org.summittimeline.model.Event;
import org.summittimeline.model.Precision;
import org.summittimeline.model.Source;
import org.summittimeline.model.TimeAccount;
import org.summittimeline.model.TimeBound;
import org.summittimeline.model.Timeline;
import org.summittimeline.query.CitationText;
import org.summittimeline.query.QueryResult;
import org.summittimeline.query.TimeText;
import org.summittimeline.ui.AppState;
import static org.summittimeline.ui.Labels.wrapped;
import org.summittimeline.ui.AnchorName;
import org.summittimeline.ui.MarkedWords;
import org.summittimeline.ui.Texts;

/**
 * Everything known about the selected event: title, category, actors, place, our summary, each time as the
 * sources state it and as bounds, the duration, and the sources with their links, opened in the browser only
 * when clicked and only for http and https addresses.
 */
public final class EventDetails extends ScrollPane {
    static final String STYLESHEET = EventDetails.class.getResource("details.css").toExternalForm();

    private final AppState state;
    private final Consumer<String> openLink;
    private final VBox content = new VBox(6);
    /** The search whose words the shown event's title, summary and place have marked (folded; empty for none). */
    private String markedFor = "";
    /** What the timeline's overview says the filters show ("" where they show all, or an event is shown). */
    private String shownSaid = "";
    /** The label that says it, while it stands in the pane. */
    private Label shownLine;

    /** {@code openLink} opens an address in the system browser; it is called only on a click. */
    public EventDetails(AppState state, Consumer<String> openLink) {
        this.state = state;
        this.openLink = openLink;
        getStylesheets().add(STYLESHEET);
        getStyleClass().add("event-details");
        setId("details");
        setFitToWidth(true);
        content.setPadding(new Insets(10, 14, 12, 14));
        setContent(content);
        state.selectedEventProperty().addListener((obs, old, e) -> show(e));
        state.zoneProperty().addListener((obs, old, z) -> show(state.selectedEvent()));
        state.queryProperty().addListener((obs, old, q) -> show(state.selectedEvent()));
        // Each key typed in the search answers anew: the pane is built again only where the words to mark changed
        // and an event's words are shown to mark them in (a filter's change with the same search leaves them; the
        // timeline's own description is not marked). With no event shown, a filter's change says anew what it shows,
        // in the line's place: a drag of the time slider brings a result at each move.
        state.resultProperty().addListener((obs, old, r) -> {
            String shown = state.selectedEvent() == null ? shownByFilters() : shownSaid;
            if (!shown.equals(shownSaid)) {
                if (shownLine != null && !shown.isEmpty()) {
                    shownSaid = shown;
                    shownLine.setText(shown);
                } else {
                    show(null);
                }
            } else if (!searched().equals(markedFor)) {
                if (state.selectedEvent() == null) {
                    markedFor = searched();
                } else {
                    show(state.selectedEvent());
                }
            }
        });
        show(null);
    }

    private void show(Event e) {
        content.getChildren().clear();
        markedFor = searched();
        shownSaid = e == null ? shownByFilters() : "";
        shownLine = null;
        if (e == null || state.query() == null) {
            if (state.query() != null) {
                about(state.query().timeline());
                content.getChildren().add(MarkKey.node());
            }
            Label hint = wrapped(Texts.get("details.hint"), "hint");
            hint.setId("details-hint");
            content.getChildren().add(hint);
            return;
        }
        Timeline timeline = state.query().timeline();
        TimeText times = new TimeText(state.zoneProperty().get());
        CitationText citations = new CitationText(timeline);
        Label title = wrapped(e.title(), "details-title");
        title.setId("details-title");
        content.getChildren().add(marked(title));
        FlowPane facts = new FlowPane(6, 4);
        timeline.category(e.categoryId()).ifPresent(c -> facts.getChildren().add(chip(c.label())));
        e.actorIds().forEach(a -> timeline.actor(a).ifPresent(actor -> facts.getChildren().add(chip(actor.name()))));
        content.getChildren().add(facts);
        if (e.location() != null) {
            content.getChildren().add(marked(wrapped(e.location(), "details-location")));
        }
        // Our summary before the times: after every account of them it began a dozen lines down, below the fold of
        // a 720-line window, where a search's words marked in it were cut in half at the pane's foot.
        if (e.summary() != null) {
            content.getChildren().add(marked(wrapped(e.summary(), "details-summary")));
        }
        // A moment's one time reads "At:", as in the timeline's tooltip; "Start:" promises an end below it.
        content.getChildren().add(time("start", e.isRange() ? "details.start" : "details.at", e, e.start(), times,
                citations, timeline));
        if (e.end() != null) {
            content.getChildren().add(time("end", "details.end", e, e.end(), times, citations, timeline));
            Label duration = wrapped(durationText(e, citations), "details-time");
            duration.setId("details-duration");
            content.getChildren().add(duration);
        }
        content.getChildren().add(wrapped(Texts.get("details.sources"), "details-heading"));
        for (Citation c : e.sources()) {
            content.getChildren().add(source(c, citations, timeline));
        }
        if (e.sources().isEmpty()) {
            Label none = wrapped(Texts.get("details.noSources"), "details-note");
            none.setId("details-no-sources");
            content.getChildren().add(none);
        }
    }

    /** The words of the search now answered, folded; empty when there is none. */
    private String searched() {
        QueryResult r = state.resultProperty().get();
        return r == null || state.query() == null || !r.isOf(state.query().timeline()) ? "" : r.searched();
    }

    /**
     * {@code label}, or, where the search found places in its words, a flow of them with the places marked, as a
     * quote card marks them: a new user's walk found the places marked in the cards and not here, where the search
     * reads the title, the summary and the place as well.
     */
    private Node marked(Label label) {
        Node shown = MarkedWords.within(label, label.getText(), markedFor);
        if (shown != label) {
            shown.setId(label.getId());
        }
        return shown;
    }

    /**
     * With nothing selected, the timeline itself: its title, the file's own description (shown nowhere else) and
     * what it holds, where the pane had only a line of help over empty space.
     */
    private void about(Timeline timeline) {
        Label title = wrapped(timeline.title(), "details-title");
        title.setId("details-timeline-title");
        content.getChildren().add(title);
        if (timeline.description() != null && !timeline.description().isBlank()) {
            Label description = wrapped(timeline.description(), "details-summary");
            description.setId("details-timeline-description");
            content.getChildren().add(description);
        }
        // While the quotes are still read, their count would be a wrong 0.
        Label holds = wrapped(state.query().areQuotesStillReading()
                ? Texts.format("details.timeline.holdsReading", timeline.events().size(), timeline.sources().size())
                : Texts.format("details.timeline.holds", timeline.events().size(), timeline.quotes().size(),
                        timeline.sources().size()), "details-note");
        holds.setId("details-timeline-holds");
        content.getChildren().add(holds);
        if (!shownSaid.isEmpty()) {
            shownLine = wrapped(shownSaid, "details-note");
            shownLine.setId("details-timeline-shown");
            content.getChildren().add(shownLine);
        }
    }

    /**
     * How many events and quotes the filters show, where they hide some: the overview's counts are the file's, and
     * under filters that showed one event they read as what the window showed.
     */
    private String shownByFilters() {
        QueryResult r = state.resultProperty().get();
        if (r == null || state.query() == null || !r.isOf(state.query().timeline())
                || state.query().areQuotesStillReading()) {
            return "";
        }
        Timeline timeline = state.query().timeline();
        int events = r.shownEventCount();
        int quotes = r.shownQuoteCount();
        return events == timeline.events().size() && quotes == timeline.quotes().size() ? ""
                : Texts.format("details.timeline.shown", events, quotes);
    }

    /** {@code which}: "start" or "end" of {@code event}, naming both the text and the label's id. */
    private VBox time(String which, String textKey, Event event, TimeBound t, TimeText times, CitationText citations,
                      Timeline timeline) {
        VBox box = new VBox(2);
        Label main = wrapped(Texts.format(textKey, times.describe(t)), "details-time");
        main.setId("details-" + which);
        box.getChildren().add(main);
        // Also in the zone its source tells times in (a White House transcript's EDT), worded as the tooltip words
        // it: the source's own "2 p.m." is then read straight off the pane.
        ZoneId toldIn = TimeText.toldIn(event, timeline, times.zone());
        if (toldIn != null) {
            Label there = wrapped(Texts.format("details.inZone", TimeText.zoneTime(toldIn),
                    new TimeText(toldIn).describe(t)), "details-note");
            there.setId("details-" + which + "-told-in");
            box.getChildren().add(there);
        }
        if (t.isExact()) {
            box.getChildren().add(wrapped(Texts.get("details.exact." + t.precision().name().toLowerCase(Locale.ROOT)), "details-note"));
        } else if (!t.isDisputed()) {
            box.getChildren().add(wrapped(Texts.get(t.precision() == Precision.DAY ? "details.uncertain.day"
                    : "details.uncertain"), "details-note"));
        }
        if (t.anchor() != null) {
            box.getChildren().add(wrapped(Texts.format("details.relative",
                    TimeText.anchor(t.anchor(), AnchorName.of(t.anchor(), event, timeline))), "details-note"));
            String narrowed = narrowed(t, timeline, times);
            if (narrowed != null) {
                box.getChildren().add(wrapped(narrowed, "details-note"));
            }
        }
        if (t.isDisputed()) {
            box.getChildren().add(wrapped(Texts.get("details.disputed"), "details-note"));
            for (TimeAccount a : t.accounts()) {
                String cited = cited(a.sources(), citations);
                box.getChildren().add(wrapped("\u2022 " + times.describe(a, t.precision()) + " \u2014 " + cited,
                        "details-account"));
            }
        }
        for (Citation c : t.sources()) {
            box.getChildren().add(wrapped(Texts.format("details.per", citations.shown(c)), "details-note"));
        }
        return box;
    }

    /**
     * What the anchor alone allows, where the clock times given with a relative time narrow it: the press
     * conference's end, 46 min after a start the sources put at 18:05–18:15 or 18:35, read "18:51–19:00" without a
     * word on why 19:21 was not among it (a new user's walk took it for a wrong sum). Null where nothing narrows it.
     */
    static String narrowed(TimeBound t, Timeline timeline, TimeText times) {
        Anchor a = t.anchor();
        // An end to count from that the event lacks cannot be loaded; nothing is said rather than a wrong range.
        TimeBound base = timeline.event(a.eventId())
                .map(ev -> a.point() == Anchor.Point.END ? ev.end() : ev.start()).orElse(null);
        if (base == null) {
            return null;
        }
        Instant from = base.earliest().plus(a.earliestOffset());
        Instant to = base.latest().plus(a.latestOffset());
        boolean later = t.earliest().isAfter(from);
        boolean sooner = t.latest().isBefore(to);
        if (!later && !sooner) {
            return null;
        }
        String alone = times.describe(new TimeBound(from, to, t.precision(), null, null, List.of(), List.of()));
        String first = times.describe(TimeBound.exact(t.earliest(), t.precision()));
        String last = times.describe(TimeBound.exact(t.latest(), t.precision()));
        return later && sooner ? Texts.format("details.narrowed.both", alone, first, last)
                : later ? Texts.format("details.narrowed.earliest", alone, first)
                : Texts.format("details.narrowed.latest", alone, last);
    }

    /**
     * The duration as a source states it, with the source, when the end is given as a span after the event's own
     * start ("46 min"); then the range the times given allow, unless they allow that one span alone. Otherwise the
     * range alone.
     */
    static String durationText(Event e, CitationText citations) {
        TimeBound end = e.end();
        Duration[] range = range(e);
        if (!spanAfterOwnStart(e) || end.phrase() == null || end.phrase().isBlank()) {
            return Texts.format("details.duration", text(range));
        }
        String cited = cited(end.sources(), citations);
        // "46 min" beside "(…: 46 min)" says one thing twice (compared as durations: German writes "46 Min.").
        if (range[0].equals(range[1])) {
            return cited.isEmpty() ? Texts.format("details.duration.statedAlone", end.phrase())
                    : Texts.format("details.duration.statedPerAlone", end.phrase(), cited);
        }
        return cited.isEmpty() ? Texts.format("details.duration.stated", end.phrase(), text(range))
                : Texts.format("details.duration.statedPer", end.phrase(), cited, text(range));
    }

    /** Whether the event's end is given as a span after its own start ("46 min"). */
    private static boolean spanAfterOwnStart(Event e) {
        Anchor a = e.end().anchor();
        return a != null && a.eventId().equals(e.id()) && a.point() == Anchor.Point.START;
    }

    private static String cited(List<Citation> sources, CitationText citations) {
        return sources.stream().map(citations::shown).reduce((x, y) -> x + "; " + y).orElse("");
    }

    private static String text(Duration[] range) {
        return range[0].equals(range[1]) ? format(range[1])
                : Texts.format("details.duration.between", format(range[0]), format(range[1]));
    }

    /** The shortest and the longest duration the event's times allow. */
    private static Duration[] range(Event e) {
        Duration shortest = Duration.between(e.start().latest(), e.end().earliest());
        Duration longest = Duration.between(e.start().earliest(), e.end().latest());
        if (spanAfterOwnStart(e)) {
            Anchor a = e.end().anchor();
            // An end given as a span after the event's own start holds the duration to that span, whichever account
            // of the start is right: taken from the bounds of start and end apart, the press conference's "46 min"
            // after a disputed start (18:05–18:15 or 18:35) read "between 16 min and 55 min".
            Duration low = max(shortest, a.earliestOffset());
            Duration high = min(longest, a.latestOffset());
            shortest = low.compareTo(high) <= 0 ? low : a.earliestOffset();
            longest = low.compareTo(high) <= 0 ? high : a.latestOffset();
        }
        return new Duration[] {shortest.isNegative() ? Duration.ZERO : shortest, longest};
    }

    private static Duration max(Duration x, Duration y) {
        return x.compareTo(y) >= 0 ? x : y;
    }

    private static Duration min(Duration x, Duration y) {
        return x.compareTo(y) <= 0 ? x : y;
    }

    private static String format(Duration d) {
        long minutes = d.toMinutes();
        if (minutes < 60) {
            return Texts.format("duration.minutes", minutes);
        }
        long hours = minutes / 60;
        return minutes % 60 == 0 ? Texts.format("duration.hours", hours)
                : Texts.format("duration.hoursMinutes", hours, minutes % 60);
    }

    private Node source(Citation c, CitationText citations, Timeline timeline) {
        Source s = timeline.source(c.sourceId()).orElse(null);
        String text = citations.shown(c) + (s == null || s.title() == null ? "" : " \u2014 " + s.title());
        if (s == null || s.url() == null || !isWeb(s.url())) {
            return wrapped(text, "details-source");
        }
        Hyperlink link = new Hyperlink(text);
        link.setWrapText(true);
        link.setMinHeight(Region.USE_PREF_SIZE);
        link.getStyleClass().add("details-source");
        link.setTooltip(new Tooltip(s.url()));
        link.setAccessibleHelp(Texts.format("details.opensLink", s.url()));
        link.setOnAction(e -> openLink.accept(s.url()));
        return link;
    }

    /** Only http and https addresses are opened: a timeline file must not be able to launch programs. */
    public static boolean isWeb(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    private static Label chip(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("chip");
        return l;
    }
}
