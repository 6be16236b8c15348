package org.summittimeline.ui.shell;

import org.summittimeline.format.LoadResult;
import org.summittimeline.query.TimelineQuery;

/**
 * A file read and, when it has no errors, indexed for the views: both happen off the UI thread, since indexing
 * 100,000 events takes about a second that the window would otherwise stand frozen.
 */
public record OpenedTimeline(LoadResult result, TimelineQuery query) {

    public static OpenedTimeline of(LoadResult result) {
        return new OpenedTimeline(result, result.hasErrors() ? null : new TimelineQuery(result.timeline()));
    }
}
