package org.summittimeline.model;

import java.time.Duration;

/**
 * The event a relative time hangs on: "between 15 and 1 minutes before the press conference began"
 * is the press conference's start with offsets -15 min and -1 min.
 */
public record Anchor(String eventId, Point point, Duration earliestOffset, Duration latestOffset) {

    /** Which end of the anchor event the offsets count from. */
    public enum Point { START, END }
}
