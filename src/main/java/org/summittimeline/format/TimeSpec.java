package org.summittimeline.format;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.summittimeline.model.Anchor;
import org.summittimeline.model.Citation;
import org.summittimeline.model.Precision;
import org.summittimeline.model.TimeBound;

/** A time as the file writes it, before relative times are resolved against their anchor events. */
sealed interface TimeSpec {

    /** A time that needs nothing else to be known: exact, bounds, or several accounts. */
    record Fixed(TimeBound bound) implements TimeSpec {
    }

    /**
     * A time that counts from another event's start or end; {@code at} is where the reference is written.
     * {@code notBefore} and {@code notAfter} (each may be null) are clock-time limits a source gives besides
     * the anchor ("the video was posted at 18:12"); {@code node} and {@code nodePath} are the time itself.
     */
    record Relative(String eventId, Anchor.Point point, Duration earliestOffset, Duration latestOffset,
                    Instant notBefore, Instant notAfter, Precision precision, String phrase,
                    List<Citation> sources, JsonNode at, JsonPath path, JsonNode node, JsonPath nodePath)
            implements TimeSpec {
    }
}
