package org.summittimeline.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.scene.Scene;
import org.summittimeline.format.LoadResult;
import org.summittimeline.format.Problem;
import org.summittimeline.format.Severity;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.model.Timeline;
import org.summittimeline.query.TimelineQuery;
import org.summittimeline.query.YoungCollection;
import org.summittimeline.ui.BackgroundWork;
import org.summittimeline.ui.Pulses;
import org.summittimeline.ui.quotes.QuotePanel;
import org.summittimeline.ui.timeline.layout.LaneMode;
import org.summittimeline.ui.timeline.layout.PreparedLayout;

/**
 * A file read and, when it has no errors, indexed for the views: both happen off the UI thread, since indexing
 * 100,000 events takes about a second that the window would otherwise stand frozen, and so do the filter options
 * and the unfiltered result ({@link TimelineQuery#prepareForViews}). The word indexes for search are built only
 * once the window has drawn its first frame of the timeline and the quote list has taken it
 * ({@link #indexAfterFirstFrame}): built at once, their two threads took the machine's two cores from the UI
 * thread just when it drew that frame (and, started right after its layout, from the render thread drawing it),
 * and a read that is cancelled or overtaken never builds them. A large file's read ends with a young collection
 * ({@link YoungCollection}), so that the one it would bring anyway does not fall in those first pulses. The
 * timeline's lanes and cluster counts in the window's lane mode are made here too ({@link PreparedLayout}), or
 * {@code layout} is null.
 */
public record OpenedTimeline(LoadResult result, TimelineQuery query, Runnable buildWordIndexes, PreparedLayout layout) {
    private static final Logger LOG = Logger.getLogger(OpenedTimeline.class.getName());

    /** A shown timeline, nothing made for it ahead. */
    public OpenedTimeline(LoadResult result, TimelineQuery query, Runnable buildWordIndexes) {
        this(result, query, buildWordIndexes, null);
    }

    /** As {@link #of(LoadResult, LaneMode)}, no lanes made ahead. */
    public static OpenedTimeline of(LoadResult result) {
        return of(result, null);
    }

    /** A read file prepared for the views, its lanes in {@code mode} (null: none) among them. Off the UI thread. */
    public static OpenedTimeline of(LoadResult result, LaneMode mode) {
        if (result.hasErrors()) {
            return new OpenedTimeline(result, null, () -> { });
        }
        OpenedTimeline opened;
        try {
            HeldIndexing indexing = new HeldIndexing();
            // What the views ask first is worked out here too, so that the UI thread only looks it up.
            TimelineQuery query = TimelineQuery.preparedForViews(result.timeline(), indexing);
            opened = new OpenedTimeline(result, query, indexing::runHeld, layout(query, mode));
        } catch (OutOfMemoryError e) {
            // The file was read but its indexes do not fit; the window shows why instead of dying.
            return new OpenedTimeline(new LoadResult(result.fileName(), null, List.of(new Problem(Severity.ERROR, 0, 0,
                    "", TimelineLoader.outOfMemory()))), null, () -> { });
        }
        return collectedAhead(opened);
    }

    /**
     * Whether a young collection is run before the window is given this timeline ({@link YoungCollection}): for a
     * timeline whose first frame is drawn alone ({@link QuotePanel#WAITS_FOR_FIRST_FRAME_FROM} events or more).
     * A smaller read leaves little for that collection to copy, and it would only cost a pause of its own.
     */
    static boolean collectsAhead(Timeline timeline) {
        return timeline.events().size() >= QuotePanel.WAITS_FOR_FIRST_FRAME_FROM;
    }

    /** {@code opened}, after a young collection when its timeline is one {@link #collectsAhead}. */
    private static OpenedTimeline collectedAhead(OpenedTimeline opened) {
        if (collectsAhead(opened.result().timeline())) {
            YoungCollection.now();
        }
        return opened;
    }

    /**
     * The lanes made ahead in {@code mode}, or none when no mode is asked or they do not fit in memory: the window
     * then makes them as it can.
     */
    private static PreparedLayout layout(TimelineQuery query, LaneMode mode) {
        if (mode == null) {
            return null;
        }
        try {
            return PreparedLayout.of(query, mode);
        } catch (OutOfMemoryError e) {
            LOG.log(Level.WARNING, "the lanes were not made ahead", e);
            return null;
        }
    }

    /**
     * A file's events, told by the loader before its quotes are read, prepared for the views as a whole file is,
     * their lanes in {@code mode} (null: none) among them, and ending with a young collection as a whole file's
     * read does (the reader waits meanwhile for the window to draw them); the query says the quotes are still
     * coming ({@link TimelineQuery#areQuotesStillReading}). Its word indexes are never built: the whole file follows
     * with its own.
     */
    static OpenedTimeline eventsFirst(Path file, Timeline events, LaneMode mode) {
        LoadResult result = new LoadResult(file == null ? "" : file.toString(), events, List.of());
        TimelineQuery query = new TimelineQuery(events, work -> { }).quotesStillReading().prepareForViews();
        return collectedAhead(new OpenedTimeline(result, query, () -> { }, layout(query, mode)));
    }

    /**
     * Starts building the word indexes, through {@code work}, once {@code scene} has drawn the first frame with this
     * timeline and the quote list has laid out its cards for it, or at once when there is no scene. Called on the UI
     * thread. The list takes a large timeline two pulses after its first frame ({@link
     * QuotePanel#WAITS_FOR_FIRST_FRAME_FROM}); started with it, the indexes' two threads took the cores while it styled
     * its cards, and that pulse took 111–124 ms at a million events. So this waits as the list does, then as long
     * again.
     */
    void indexAfterFirstFrame(Scene scene, BackgroundWork work) {
        Runnable build = () -> work.run(() -> {
            buildWordIndexes.run();
            return null;
        }, done -> { }, failed -> LOG.log(Level.WARNING, "the word indexes were not built", failed));
        Pulses.twoPulsesAfterNextLayout(scene, () -> Pulses.twoPulsesAfterNextLayout(scene, build));
    }

    /** The query's indexing executor: keeps the work until the window asks for it; runs it once at most. */
    private static final class HeldIndexing implements Executor {
        private final AtomicReference<Runnable> held = new AtomicReference<>();

        @Override
        public void execute(Runnable work) {
            held.set(work);
        }

        void runHeld() {
            Runnable work = held.getAndSet(null);
            if (work != null) {
                work.run();
            }
        }
    }
}
