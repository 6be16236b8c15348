package org.summittimeline.model;

import java.time.Instant;
import java.util.List;

/** One source's account of a time, kept beside the others when sources disagree. */
public record TimeAccount(Instant earliest, Instant latest, String phrase, List<Citation> sources) {
    public TimeAccount {
        sources = List.copyOf(sources);
    }
}
