package org.summittimeline.ui.timeline.layout;

import org.summittimeline.query.TimelineQuery;

/**
 * The lanes of a timeline with every event shown and, for a large one, the counts its zoomed-out clusters are
 * read from ({@link ClusterBins}), made off the UI thread while a file is opened: at a million events the counts
 * were the longest part of the first frame's layout on that thread. The timeline view takes them when it lays out
 * that query in that lane mode with every event shown, and works them out itself otherwise.
 */
public final class PreparedLayout {
    /** Fewer events than this never fill a window's clusters (its width times four): their counts wait for a need. */
    static final int BINS_FROM = 20_000;

    private final TimelineQuery query;
    private final LaneMode mode;
    private final Lanes lanes;
    private final ClusterBins bins;

    private PreparedLayout(TimelineQuery query, LaneMode mode, Lanes lanes, ClusterBins bins) {
        this.query = query;
        this.mode = mode;
        this.lanes = lanes;
        this.bins = bins;
    }

    /**
     * Works out the lanes and the cluster counts of {@code query}'s timeline in {@code mode}, every event shown.
     * Call it off the UI thread, on the thread that prepared the query, before the query is handed over.
     */
    public static PreparedLayout of(TimelineQuery query, LaneMode mode) {
        // Every event shown, but asked of each as a filter's lanes are, so that no empty category gets a lane:
        // the lanes are then those the window makes for a timeline that has just opened.
        Lanes lanes = Lanes.of(query, mode, i -> true);
        ClusterBins bins = query.index().size() < BINS_FROM ? null : new ClusterBins(query.index(), lanes, null);
        return new PreparedLayout(query, mode, lanes, bins);
    }

    /** Whether these are the lanes of {@code query} in {@code mode} with every event shown. */
    public boolean fits(TimelineQuery query, LaneMode mode) {
        return query == this.query && mode == this.mode;
    }

    /** Whether these were made for {@code query}, in whichever lane mode. */
    public boolean isFor(TimelineQuery query) {
        return query == this.query;
    }

    public Lanes lanes() {
        return lanes;
    }

    /** The cluster counts, or null when the timeline is too small to need them before a window does. */
    ClusterBins bins() {
        return bins;
    }

    TimelineQuery query() {
        return query;
    }
}
