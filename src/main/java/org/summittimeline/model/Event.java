package org.summittimeline.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Something that happened at a place and time: an arrival, the talks, the press conference.
 * {@code end} is null for an event that is a moment rather than a span. The summary is our own words.
 *
 * <p>A value, like a record of its nine parts. It is not written as one because of what it keeps: most events give a
 * start as a plain instant ("2018-07-16T13:39:00+03:00") with no phrase, anchor, accounts or sources, and such a
 * time is kept here as one number rather than as a {@link TimeBound} and an {@link Instant} (64 bytes). At a
 * million events that is 50 MB of a heap of one gigabyte, the room the word indexes need after the first frame.
 * {@link #start()} and {@link #end()} make the bound again when asked; code that runs once per event of a large
 * file reads the seconds instead ({@link #startEarliestSecond()} and the three beside it). The title and the
 * summary are kept as bytes ({@link PackedTexts}) and made again when asked.
 */
public final class Event {
    private static final Precision[] PRECISIONS = Precision.values();
    private static final int PRECISION_BITS = 2;

    static {
        if (PRECISIONS.length > 1 << PRECISION_BITS) {
            throw new ExceptionInInitializerError("a plain time keeps its precision in " + PRECISION_BITS + " bits");
        }
    }
    /** {@link #endPlain} when there is no end; no instant's seconds shifted by two bits reach it. */
    private static final long NONE = Long.MIN_VALUE;

    private final String id;
    /**
     * The array that holds the title and the summary ({@link PackedTexts}), shared with other values, and where they
     * start in it: at a million events, about 80 MB and four million objects less than two strings each.
     */
    private final byte[] texts;
    private final int textsAt;
    private final String categoryId;
    private final List<String> actorIds;
    private final String location;
    private final List<Citation> sources;
    /** The start when it is more than a plain instant, else null and {@link #startPlain} holds it. */
    private final TimeBound start;
    private final long startPlain;
    /** The end when it is more than a plain instant, else null and {@link #endPlain} holds it or says none. */
    private final TimeBound end;
    private final long endPlain;

    public Event(String id, String title, String categoryId, List<String> actorIds, String location,
                 String summary, TimeBound start, TimeBound end, List<Citation> sources) {
        this.id = id;
        PackedTexts.Place packed = PackedTexts.pack(title, summary);
        this.texts = packed.array;
        this.textsAt = packed.at;
        this.categoryId = categoryId;
        this.actorIds = List.copyOf(actorIds);
        this.location = location;
        this.sources = List.copyOf(sources);
        Objects.requireNonNull(start, "start");
        this.startPlain = plain(start);
        this.start = startPlain == NONE ? start : null;
        this.endPlain = end == null ? NONE : plain(end);
        this.end = endPlain == NONE ? end : null;
    }

    /** The time as one number, seconds shifted left past the precision, or {@link #NONE} if it says more than that. */
    private static long plain(TimeBound time) {
        Instant at = time.earliest();
        if (!at.equals(time.latest()) || at.getNano() != 0 || time.phrase() != null || time.anchor() != null
                || !time.accounts().isEmpty() || !time.sources().isEmpty()) {
            return NONE;
        }
        return at.getEpochSecond() << PRECISION_BITS | time.precision().ordinal();
    }

    private static TimeBound bound(long plain) {
        return TimeBound.exact(Instant.ofEpochSecond(plain >> PRECISION_BITS),
                PRECISIONS[(int) (plain & ((1 << PRECISION_BITS) - 1))]);
    }

    public String id() {
        return id;
    }

    /** The title, made from its bytes at each call: keep it rather than ask again in a loop. */
    public String title() {
        return PackedTexts.unpack(texts, textsAt, 0);
    }

    public String categoryId() {
        return categoryId;
    }

    public List<String> actorIds() {
        return actorIds;
    }

    public String location() {
        return location;
    }

    /** The summary or null, made from its bytes at each call. */
    public String summary() {
        return PackedTexts.unpack(texts, textsAt, 1);
    }

    public TimeBound start() {
        return start != null ? start : bound(startPlain);
    }

    /** The end, or null for a moment. */
    public TimeBound end() {
        return end != null ? end : endPlain == NONE ? null : bound(endPlain);
    }

    public List<Citation> sources() {
        return sources;
    }

    /** Whether the start is given relative to another event's, without making the bound of a plain one. */
    public boolean startIsRelative() {
        return start != null && start.isRelative();
    }

    public boolean isRange() {
        return end != null || endPlain != NONE;
    }

    /** Whether the start is exact ({@link TimeBound#isExact()}), without making the bound of a plain one. */
    public boolean startIsExact() {
        return start == null || start.isExact();
    }

    /** The start's earliest second, without making the bound. */
    public long startEarliestSecond() {
        return start != null ? start.earliest().getEpochSecond() : startPlain >> PRECISION_BITS;
    }

    /** The start's latest second, without making the bound. */
    public long startLatestSecond() {
        return start != null ? start.latest().getEpochSecond() : startPlain >> PRECISION_BITS;
    }

    /** The earliest second of the end, or of the start for a moment. */
    public long lastEarliestSecond() {
        return end != null ? end.earliest().getEpochSecond()
                : endPlain != NONE ? endPlain >> PRECISION_BITS : startEarliestSecond();
    }

    /** The latest second of the end, or of the start for a moment. */
    public long lastLatestSecond() {
        return end != null ? end.latest().getEpochSecond()
                : endPlain != NONE ? endPlain >> PRECISION_BITS : startLatestSecond();
    }

    /**
     * Orders two events' starts as their bounds' earliest, then latest instants would, without making the bounds
     * of plain times: sorting a file whose events share their seconds (a day given by date alone) compares them
     * all in full.
     */
    static int compareStarts(Event a, Event b) {
        int c = Long.compare(a.startEarliestSecond(), b.startEarliestSecond());
        if (c != 0 || a.start == null && b.start == null) {
            // Two plain starts of one second are the same instant, earliest and latest.
            return c;
        }
        TimeBound x = a.start();
        TimeBound y = b.start();
        c = x.earliest().compareTo(y.earliest());
        return c != 0 ? c : x.latest().compareTo(y.latest());
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Event e && Objects.equals(id, e.id)
                && PackedTexts.equal(texts, textsAt, e.texts, e.textsAt, 2)
                && Objects.equals(categoryId, e.categoryId) && actorIds.equals(e.actorIds)
                && Objects.equals(location, e.location)
                && start().equals(e.start()) && Objects.equals(end(), e.end()) && sources.equals(e.sources);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, PackedTexts.hash(texts, textsAt, 2), categoryId, actorIds, location, start(), end(),
                sources);
    }

    @Override
    public String toString() {
        return "Event[id=" + id + ", title=" + title() + ", categoryId=" + categoryId + ", actorIds=" + actorIds
                + ", location=" + location + ", summary=" + summary() + ", start=" + start() + ", end=" + end()
                + ", sources=" + sources + "]";
    }
}
