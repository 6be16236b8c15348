package org.summittimeline.ui.shell;

import java.util.List;
import org.summittimeline.format.LoadResult;
import org.summittimeline.format.Problem;
import org.summittimeline.format.Severity;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.query.TimelineQuery;

/**
 * A file read and, when it has no errors, indexed for the views: both happen off the UI thread, since indexing
 * 100,000 events takes about a second that the window would otherwise stand frozen, and so do the filter options
 * and the unfiltered result ({@link TimelineQuery#prepareForViews}).
 */
public record OpenedTimeline(LoadResult result, TimelineQuery query) {

    public static OpenedTimeline of(LoadResult result) {
        if (result.hasErrors()) {
            return new OpenedTimeline(result, null);
        }
        try {
            // What the views ask first is worked out here too, so that the UI thread only looks it up.
            return new OpenedTimeline(result, new TimelineQuery(result.timeline()).prepareForViews());
        } catch (OutOfMemoryError e) {
            // The file was read but its indexes do not fit; the window shows why instead of dying.
            return new OpenedTimeline(new LoadResult(result.fileName(), null, List.of(new Problem(Severity.ERROR, 0, 0,
                    "", TimelineLoader.outOfMemory()))), null);
        }
    }
}
