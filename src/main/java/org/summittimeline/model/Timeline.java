package org.summittimeline.model;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * One loaded timeline file. Events are kept in time order (earliest start first), the order every view
 * shows them in; lookups by id are prepared once because every view needs them.
 */
public final class Timeline {
    /** The order in which events are shown: by earliest start, then latest start, then id for stability. */
    public static final Comparator<Event> TIME_ORDER = Timeline::compareInTime;

    // Written out rather than chained Comparator.comparing: sorting 100,000 events runs mostly before the JIT
    // has compiled anything, where each lambda hop is paid in the interpreter.
    private static int compareInTime(Event a, Event b) {
        int c = Event.compareStarts(a, b);
        return c != 0 ? c : a.id().compareTo(b.id());
    }

    private final int formatVersion;
    private final String title;
    private final String description;
    private final ZoneId zone;
    private final LocalDate date;
    private final List<Event> events;
    private final List<Quote> quotes;
    private final Map<String, Source> sources;
    private final Map<String, Actor> actors;
    private final Map<String, Category> categories;
    private final IdIndex<Event> eventsById;
    private final IdIndex<Quote> quotesById;
    private final List<PresentationStep> presentation;
    private final List<Era> eras;
    private final List<ZoneOffset> writtenOffsets;
    /** Each quote's event's position in {@link #events}, {@link #LOOK_UP} where none was given; or null. */
    private final int[] quoteEvents;
    private static final int LOOK_UP = -2;

    public Timeline(int formatVersion, String title, String description, ZoneId zone, LocalDate date,
                    List<Source> sources, List<Actor> actors, List<Category> categories,
                    List<Event> events, List<Quote> quotes) {
        this(formatVersion, title, description, zone, date, sources, actors, categories, events, quotes, List.of());
    }

    public Timeline(int formatVersion, String title, String description, ZoneId zone, LocalDate date,
                    List<Source> sources, List<Actor> actors, List<Category> categories,
                    List<Event> events, List<Quote> quotes, List<PresentationStep> presentation) {
        this(formatVersion, title, description, zone, date, sources, actors, categories, events, quotes, presentation,
                List.of());
    }

    public Timeline(int formatVersion, String title, String description, ZoneId zone, LocalDate date,
                    List<Source> sources, List<Actor> actors, List<Category> categories,
                    List<Event> events, List<Quote> quotes, List<PresentationStep> presentation, List<Era> eras) {
        this(formatVersion, title, description, zone, date, sources, actors, categories, events, quotes, presentation,
                eras, List.of());
    }

    /** As the others, with the offsets from UTC the file writes its times in ({@link #writtenOffsets()}). */
    public Timeline(int formatVersion, String title, String description, ZoneId zone, LocalDate date,
                    List<Source> sources, List<Actor> actors, List<Category> categories,
                    List<Event> events, List<Quote> quotes, List<PresentationStep> presentation, List<Era> eras,
                    List<ZoneOffset> writtenOffsets) {
        this(formatVersion, title, description, zone, date, sources, actors, categories, events, quotes, presentation,
                eras, writtenOffsets, null);
    }

    /**
     * As the others, with each quote's event as a loader found it: {@code quoteEventIndex[q]} is the place in
     * {@code events} (as given, before sorting) of the event quote q names, or -1 when it is to be looked up by id.
     * The views need every quote's event; a loader that has just checked each reference knows it, and looking a
     * million of them up again by id was half a second of the wait for a first frame.
     */
    public Timeline(int formatVersion, String title, String description, ZoneId zone, LocalDate date,
                    List<Source> sources, List<Actor> actors, List<Category> categories,
                    List<Event> events, List<Quote> quotes, List<PresentationStep> presentation, List<Era> eras,
                    List<ZoneOffset> writtenOffsets, int[] quoteEventIndex) {
        this.writtenOffsets = List.copyOf(writtenOffsets);
        this.formatVersion = formatVersion;
        this.title = title;
        this.description = description;
        this.zone = zone;
        this.date = date;
        this.sources = byId(sources, Source::id);
        this.actors = byId(actors, Actor::id);
        this.categories = byId(categories, Category::id);
        int[] placeOf = quoteEventIndex == null || quoteEventIndex.length != quotes.size() ? null
                : new int[events.size()];
        this.events = List.of(inTimeOrder(events, placeOf));
        this.quotes = List.copyOf(quotes);
        this.quoteEvents = placeOf == null ? null : placed(quoteEventIndex, placeOf);
        this.eventsById = new IdIndex<>(this.events, Event::id);
        this.quotesById = new IdIndex<>(this.quotes, Quote::id);
        this.presentation = List.copyOf(presentation);
        Era[] erasInTime = eras.toArray(Era[]::new);
        java.util.Arrays.sort(erasInTime, Comparator.comparing(Era::start).thenComparing(Era::end));
        this.eras = List.of(erasInTime);
    }

    private static final int POSITION_BITS = 23;
    private static final long POSITION_MASK = (1L << POSITION_BITS) - 1;
    /** Seconds from 10000 BCE, the earliest any file may state; up to 9999 CE they fit in 40 bits. */
    private static final long SECONDS_FROM = -377_705_116_800L;
    private static final long SECONDS_SPAN = 1L << 40;

    /**
     * Sorts by {@link #TIME_ORDER}. Comparing events follows three references per side and was a fifth of a
     * load of 100,000 events; sorting their start seconds as plain numbers, each with the event's position in its
     * low bits, costs a few milliseconds, and only events that start in the same second are compared in full.
     * When {@code placeOf} is given and the events could be sorted as numbers, fills it with the sorted position of
     * each event as given, else leaves it all -1.
     */
    static Event[] inTimeOrder(List<Event> events, int[] placeOf) {
        Event[] given = events.toArray(Event[]::new);
        int n = given.length;
        if (placeOf != null) {
            java.util.Arrays.fill(placeOf, -1);
        }
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            long seconds = given[i].startEarliestSecond() - SECONDS_FROM;
            if (seconds < 0 || seconds >= SECONDS_SPAN || n > POSITION_MASK) {
                java.util.Arrays.sort(given, TIME_ORDER);
                return given;
            }
            keys[i] = seconds << POSITION_BITS | i;
        }
        java.util.Arrays.sort(keys);
        long[] scratch = null;
        for (int from = 0; from < n; ) {
            long second = keys[from] >>> POSITION_BITS;
            int to = from + 1;
            while (to < n && keys[to] >>> POSITION_BITS == second) {
                to++;
            }
            if (to - from > 1) {
                // The events of one second (the keys have them as given) compared in full. Their keys differ
                // only in the position, so sorting the keys sorts the positions, with no box for each.
                if (scratch == null || scratch.length < (to - from) / 2 + 1) {
                    scratch = new long[Math.max(16, (to - from) / 2 + 1)];
                }
                sortInFull(keys, from, to, given, scratch);
            }
            from = to;
        }
        Event[] sorted = new Event[n];
        for (int i = 0; i < n; i++) {
            int from = (int) (keys[i] & POSITION_MASK);
            sorted[i] = given[from];
            if (placeOf != null) {
                placeOf[from] = i;
            }
        }
        return sorted;
    }

    /**
     * Sorts {@code keys[from, to)} stably by {@link #TIME_ORDER} of the events at their positions: a merge sort
     * whose left half goes through {@code scratch}, insertion for short pieces. A day of events given by date alone
     * is one such run, however many events it holds.
     */
    private static void sortInFull(long[] keys, int from, int to, Event[] given, long[] scratch) {
        if (to - from <= 12) {
            for (int i = from + 1; i < to; i++) {
                long key = keys[i];
                int j = i - 1;
                while (j >= from && inTime(keys[j], key, given) > 0) {
                    keys[j + 1] = keys[j];
                    j--;
                }
                keys[j + 1] = key;
            }
            return;
        }
        int mid = (from + to) >>> 1;
        sortInFull(keys, from, mid, given, scratch);
        sortInFull(keys, mid, to, given, scratch);
        if (inTime(keys[mid - 1], keys[mid], given) <= 0) {
            return;
        }
        int left = mid - from;
        System.arraycopy(keys, from, scratch, 0, left);
        int i = 0;
        int j = mid;
        int k = from;
        while (i < left && j < to) {
            keys[k++] = inTime(keys[j], scratch[i], given) < 0 ? keys[j++] : scratch[i++];
        }
        while (i < left) {
            keys[k++] = scratch[i++];
        }
    }

    private static int inTime(long a, long b, Event[] given) {
        return compareInTime(given[(int) (a & POSITION_MASK)], given[(int) (b & POSITION_MASK)]);
    }

    /** The given places of the quotes' events, turned into positions in time order; what cannot be, looked up. */
    private static int[] placed(int[] quoteEventIndex, int[] placeOf) {
        int[] positions = new int[quoteEventIndex.length];
        for (int q = 0; q < positions.length; q++) {
            int given = quoteEventIndex[q];
            positions[q] = given >= 0 && given < placeOf.length && placeOf[given] >= 0 ? placeOf[given] : LOOK_UP;
        }
        return positions;
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>(Math.max(16, items.size() * 2));
        for (T item : items) {
            map.putIfAbsent(id.apply(item), item);
        }
        return Collections.unmodifiableMap(map);
    }

    public int formatVersion() { return formatVersion; }
    public String title() { return title; }
    public String description() { return description; }
    public ZoneId zone() { return zone; }
    public LocalDate date() { return date; }
    /** Events in {@link #TIME_ORDER}. */
    public List<Event> events() { return events; }
    /** Quotes in the order of the file. */
    public List<Quote> quotes() { return quotes; }
    public List<Source> sources() { return List.copyOf(sources.values()); }
    public List<Actor> actors() { return List.copyOf(actors.values()); }
    public List<Category> categories() { return List.copyOf(categories.values()); }

    /** The file's own order of presentation steps; empty when the file defines none (then time order is used). */
    public List<PresentationStep> presentation() { return presentation; }

    /** The named stretches of time drawn behind the events, by start. */
    public List<Era> eras() { return eras; }

    /**
     * The offsets from UTC the file writes its times in ("+03:00", "-04:00" for a time a Washington source gives),
     * each once, in the order first met; empty when the timeline was not read from our format.
     */
    public List<ZoneOffset> writtenOffsets() { return writtenOffsets; }

    public Optional<Source> source(String id) { return Optional.ofNullable(sources.get(id)); }
    public Optional<Actor> actor(String id) { return Optional.ofNullable(actors.get(id)); }
    public Optional<Category> category(String id) { return Optional.ofNullable(categories.get(id)); }
    public Optional<Event> event(String id) {
        int position = eventsById.positionOf(id);
        return position < 0 ? Optional.empty() : Optional.of(events.get(position));
    }

    public Optional<Quote> quote(String id) {
        int position = quotesById.positionOf(id);
        return position < 0 ? Optional.empty() : Optional.of(quotes.get(position));
    }

    /** The event's position in {@link #events()}, or -1. */
    public int eventPosition(String id) { return eventsById.positionOf(id); }

    /**
     * The position in {@link #events()} of each quote's event, in the order of {@link #quotes()}; -1 for a quote
     * that names no event of this timeline. A new array each call.
     */
    public int[] quoteEventPositions() {
        int[] positions = new int[quotes.size()];
        for (int q = 0; q < positions.length; q++) {
            int known = quoteEvents == null ? LOOK_UP : quoteEvents[q];
            positions[q] = known != LOOK_UP ? known : eventPosition(quotes.get(q).eventId());
        }
        return positions;
    }

    /** The quote's position in {@link #quotes()} (file order), or -1. */
    public int quotePosition(String id) { return quotesById.positionOf(id); }

    /**
     * Builds the tables behind the lookups by id now, which the first lookup would otherwise do: call it off the
     * UI thread for a large timeline (a million quotes take a fifth of a second).
     */
    public void indexIds() {
        eventsById.build();
        quotesById.build();
    }

    /** Whether the events' table of ids is built: the loader's positions for the quotes' events need none. */
    boolean areEventIdsIndexed() {
        return eventsById.isBuilt();
    }

    /** Whether a lookup by id finds its tables built ({@link #indexIds}). */
    public boolean areIdsIndexed() {
        return eventsById.isBuilt() && quotesById.isBuilt();
    }
}
