package org.summittimeline.model;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A time as honestly as the sources allow: the earliest and latest instants it can be, how precise the
 * sources are, and their own phrase ("minutes before the presidents entered"). An exact time has
 * {@code earliest == latest}. A relative time keeps its {@link Anchor}; conflicting sources keep their
 * separate {@link TimeAccount}s, and the bounds then span them all.
 */
public record TimeBound(Instant earliest, Instant latest, Precision precision, String phrase, Anchor anchor,
                        List<TimeAccount> accounts, List<Citation> sources) {

    public TimeBound {
        Objects.requireNonNull(earliest, "earliest");
        Objects.requireNonNull(latest, "latest");
        Objects.requireNonNull(precision, "precision");
        if (latest.isBefore(earliest)) {
            throw new IllegalArgumentException("latest " + latest + " is before earliest " + earliest);
        }
        accounts = List.copyOf(accounts);
        sources = List.copyOf(sources);
    }

    public static TimeBound exact(Instant at, Precision precision) {
        return new TimeBound(at, at, precision, null, null, List.of(), List.of());
    }

    public boolean isExact() {
        return earliest.equals(latest);
    }

    public boolean isRelative() {
        return anchor != null;
    }

    public boolean isDisputed() {
        return accounts.size() > 1;
    }

    public Duration uncertainty() {
        return Duration.between(earliest, latest);
    }

    /** The middle of the bounds: where a single marker for this time is drawn and sorted. */
    public Instant midpoint() {
        return earliest.plus(uncertainty().dividedBy(2));
    }
}
