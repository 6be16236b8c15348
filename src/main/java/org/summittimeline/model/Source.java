package org.summittimeline.model;

import java.time.ZoneId;

/**
 * A publication that events and quotes cite: a news report, a transcript, a video. {@code title} and
 * {@code date} are null when the source does not give them: a missing title is better than an invented one.
 * {@code zone} is the zone the source tells its times in (a White House transcript: Washington), or null.
 */
public record Source(String id, String publisher, String title, SourceDate date, String url, ZoneId zone) {

    public Source(String id, String publisher, String title, SourceDate date, String url) {
        this(id, publisher, title, date, url, null);
    }
}
