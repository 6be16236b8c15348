package org.summittimeline.model;

/**
 * A publication that events and quotes cite: a news report, a transcript, a video. {@code title} and
 * {@code date} are null when the source does not give them: a missing title is better than an invented one.
 */
public record Source(String id, String publisher, String title, SourceDate date, String url) {
}
