package org.summittimeline.ui.shell;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.summittimeline.model.QuoteKind;
import org.summittimeline.model.Timeline;
import org.summittimeline.query.QueryFilter;
import org.summittimeline.query.TimeText;
import org.summittimeline.query.TimelineQuery;
import org.summittimeline.ui.AppState;
import org.summittimeline.ui.Texts;

/**
 * What the filter bar offers and what is chosen: the facets with their options (from the open timeline, never
 * from an earlier one), their captions with counts, the kind of quote, the time range and its label in the
 * display zone, and a sentence for the status bar saying which filters act on events and which on quotes. It
 * writes choices to the state's filter and follows the filter when it changes elsewhere (Clear). No toolkit.
 */
public final class FilterBarModel {
    /** The facets that are chosen from a list. */
    public enum Facet {
        SPEAKERS, ACTORS, TOPICS, CATEGORIES;

        public String title() {
            return Texts.get("filter.facet." + name().toLowerCase(Locale.ROOT));
        }
    }

    /** The kinds of quote offered, by name rather than by position in a list. */
    public enum Kind {
        ALL(Set.of()),
        DIRECT(Set.of(QuoteKind.DIRECT)),
        REPORTED(Set.of(QuoteKind.PARAPHRASE));

        private final Set<QuoteKind> kinds;

        Kind(Set<QuoteKind> kinds) {
            this.kinds = kinds;
        }

        public String label() {
            return Texts.get("filter.kind." + name().toLowerCase(Locale.ROOT));
        }

        static Kind of(Set<QuoteKind> kinds) {
            for (Kind k : values()) {
                if (k.kinds.equals(kinds)) {
                    return k;
                }
            }
            return ALL;
        }

        @Override
        public String toString() {
            return label();
        }
    }

    /** One choice of a facet: the id the filter uses and the name a reader knows it by. */
    public record Option(String id, String label) {
        @Override
        public String toString() {
            return label();
        }
    }

    private final AppState state;
    private final Map<Facet, ObjectProperty<List<Option>>> options = new EnumMap<>(Facet.class);
    private final Map<Facet, ObjectProperty<Set<String>>> chosen = new EnumMap<>(Facet.class);
    private final ObjectProperty<Kind> kind = new SimpleObjectProperty<>(this, "kind", Kind.ALL);
    /** The whole timeline's span and the chosen part of it, epoch seconds. */
    private final ObjectProperty<long[]> span = new SimpleObjectProperty<>(this, "span", new long[] {0, 60});
    private final ObjectProperty<long[]> range = new SimpleObjectProperty<>(this, "range", new long[] {0, 60});

    public FilterBarModel(AppState state) {
        this.state = state;
        for (Facet f : Facet.values()) {
            options.put(f, new SimpleObjectProperty<>(this, f.name(), List.of()));
            chosen.put(f, new SimpleObjectProperty<>(this, f.name() + "-chosen", Set.of()));
        }
        state.queryProperty().addListener((obs, old, q) -> timelineChanged(q));
        state.filterProperty().addListener((obs, old, f) -> follow(f));
        timelineChanged(state.query());
    }

    // Properties

    public ObjectProperty<List<Option>> optionsProperty(Facet f) {
        return options.get(f);
    }

    /** The ids chosen in a facet; empty means every one. */
    public ObjectProperty<Set<String>> chosenProperty(Facet f) {
        return chosen.get(f);
    }

    public ObjectProperty<Kind> kindProperty() {
        return kind;
    }

    public ObjectProperty<long[]> spanProperty() {
        return span;
    }

    public ObjectProperty<long[]> rangeProperty() {
        return range;
    }

    /**
     * "Topics: 2/15": the facet's name, how many are chosen and how many there are; "Topics: all" with none chosen,
     * and "Topics" alone while there is nothing to choose.
     */
    public String caption(Facet f) {
        int offered = options.get(f).get().size();
        int checked = chosen.get(f).get().size();
        if (offered == 0) {
            // Nothing to choose yet (a large file's speakers arrive with its quotes), or none in the file: the box
            // is greyed under its name alone.
            return f.title();
        }
        // Nothing checked narrows nothing: "(0/4)" was read as "none of the 4 shown" beside a list of their quotes.
        return checked == 0 ? Texts.format("filter.caption.all", f.title())
                : Texts.format("filter.caption", f.title(), checked, offered);
    }

    /**
     * The chosen stretch of time in the display zone, with years when it crosses New Year, and with the clock only
     * when it is a few days long at most: over a year a pixel of the slider is days, and its minutes were noise
     * that made the label too long for the filter bar at 1280 pixels.
     */
    public String rangeText(ZoneId zone) {
        TimeText text = new TimeText(zone);
        Instant low = Instant.ofEpochSecond(range.get()[0]);
        Instant high = Instant.ofEpochSecond(range.get()[1]);
        boolean years = low.atZone(zone).getYear() != high.atZone(zone).getYear();
        if (range.get()[1] - range.get()[0] > CLOCK_UP_TO_SECONDS) {
            return text.day(low, years) + " \u2013 " + text.day(high, years);
        }
        return text.dayAndClock(low, years) + " \u2013 " + text.dayAndClock(high, years);
    }

    /**
     * The chosen range as briefly as it reads: its days ("15 Jul – 17 Jul"), or within one day that day and its clock
     * times ("16 Jul 14:00–18:00"); where the bar lacks room for {@link #rangeText}.
     */
    public String briefRangeText(ZoneId zone) {
        TimeText text = new TimeText(zone);
        Instant low = Instant.ofEpochSecond(range.get()[0]);
        Instant high = Instant.ofEpochSecond(range.get()[1]);
        boolean years = low.atZone(zone).getYear() != high.atZone(zone).getYear();
        if (low.atZone(zone).toLocalDate().equals(high.atZone(zone).toLocalDate())) {
            String day = text.dayAndClock(low, years);
            String end = text.dayAndClock(high, years);
            return day + "\u2013" + end.substring(end.lastIndexOf(' ') + 1);
        }
        return text.day(low, years) + " \u2013 " + text.day(high, years);
    }

    /** The longest chosen stretch whose label gives the clock. */
    static final long CLOCK_UP_TO_SECONDS = 7 * 86_400L;

    /**
     * Which filters act, for the status bar: "events by actor: Vladimir Putin · quotes by speaker: Donald Trump";
     * empty when none does.
     */
    public String activeFilters() {
        return String.join(" \u00b7 ", activeFilterParts());
    }

    /**
     * Each filter that acts, described as in {@link #activeFilters}: the status bar counts them where it has no room
     * for the descriptions.
     */
    public List<String> activeFilterParts() {
        List<String> parts = new ArrayList<>();
        describe(parts, "filter.active.actors", Facet.ACTORS);
        describe(parts, "filter.active.categories", Facet.CATEGORIES);
        describe(parts, "filter.active.speakers", Facet.SPEAKERS);
        // Topics and kinds narrow the quotes and, with them, the events that have such a quote.
        describe(parts, "filter.active.topics", Facet.TOPICS);
        if (kind.get() != Kind.ALL) {
            parts.add(Texts.format("filter.active.kind", kind.get().label().toLowerCase(Texts.locale())));
        }
        long[] whole = span.get();
        long[] part = range.get();
        if (part[0] > whole[0] || part[1] < whole[1]) {
            parts.add(Texts.format("filter.active.range", rangeText(state.zoneProperty().get())));
        }
        return parts;
    }

    private void describe(List<String> parts, String key, Facet f) {
        Set<String> ids = chosen.get(f).get();
        if (!ids.isEmpty()) {
            List<String> names = options.get(f).get().stream().filter(o -> ids.contains(o.id())).map(Option::label).toList();
            parts.add(Texts.format(key, String.join(", ", names)));
        }
    }

    // Commands

    public void choose(Facet f, Set<String> ids) {
        Set<String> copy = Set.copyOf(ids);
        if (copy.equals(chosen.get(f).get()) || state.query() == null) {
            return;
        }
        chosen.get(f).set(copy);
        QueryFilter filter = state.filterProperty().get();
        state.filterProperty().set(switch (f) {
            case SPEAKERS -> filter.withSpeakers(copy);
            case ACTORS -> filter.withActors(copy);
            case TOPICS -> filter.withTopics(copy);
            case CATEGORIES -> filter.withCategories(copy);
        });
    }

    public void chooseKind(Kind k) {
        if (k == kind.get() || state.query() == null) {
            return;
        }
        kind.set(k);
        state.filterProperty().set(state.filterProperty().get().withKinds(k.kinds));
    }

    /** Narrows to [from, to]; the whole span means no time filter. */
    public void chooseRange(long from, long to) {
        long[] whole = span.get();
        long low = Math.max(whole[0], Math.min(from, to));
        long high = Math.min(whole[1], Math.max(from, to));
        range.set(new long[] {low, high});
        if (state.query() == null) {
            return;
        }
        boolean all = low <= whole[0] && high >= whole[1];
        state.filterProperty().set(state.filterProperty().get().withRange(all ? Long.MIN_VALUE : low,
                all ? Long.MAX_VALUE : high));
    }

    public void clear() {
        state.clearFilters();
    }

    // Following the state

    /** A new timeline: its own options, nothing chosen, the whole span. */
    private void timelineChanged(TimelineQuery q) {
        Timeline t = q == null ? null : q.timeline();
        options.get(Facet.SPEAKERS).set(q == null ? List.of() : q.speakers().stream()
                .map(id -> new Option(id, t.actor(id).map(a -> a.name()).orElse(id))).toList());
        options.get(Facet.ACTORS).set(q == null ? List.of() : q.eventActors().stream()
                .map(id -> new Option(id, t.actor(id).map(a -> a.name()).orElse(id))).toList());
        options.get(Facet.TOPICS).set(q == null ? List.of() : q.topics().stream().map(x -> new Option(x, x)).toList());
        options.get(Facet.CATEGORIES).set(t == null ? List.of() : t.categories().stream()
                .map(c -> new Option(c.id(), c.label())).toList());
        for (Facet f : Facet.values()) {
            chosen.get(f).set(Set.of());
        }
        kind.set(Kind.ALL);
        long first = q == null ? 0 : q.index().first();
        long last = q == null ? 60 : Math.max(first + 60, q.index().last());
        span.set(new long[] {first, last});
        range.set(new long[] {first, last});
    }

    /** The filter changed elsewhere (cleared, or a new timeline): the choices follow it. */
    private void follow(QueryFilter f) {
        chosen.get(Facet.SPEAKERS).set(only(f.speakers(), Facet.SPEAKERS));
        chosen.get(Facet.ACTORS).set(only(f.actors(), Facet.ACTORS));
        chosen.get(Facet.TOPICS).set(only(f.topics(), Facet.TOPICS));
        chosen.get(Facet.CATEGORIES).set(only(f.categories(), Facet.CATEGORIES));
        kind.set(Kind.of(f.kinds()));
        long[] whole = span.get();
        range.set(new long[] {Math.max(whole[0], f.from()), Math.min(whole[1], f.to())});
    }

    private Set<String> only(Set<String> ids, Facet f) {
        Set<String> known = new LinkedHashSet<>();
        options.get(f).get().forEach(o -> {
            if (ids.contains(o.id())) {
                known.add(o.id());
            }
        });
        return Set.copyOf(known);
    }
}
