package org.summittimeline.model;

import java.time.temporal.ChronoUnit;

/** The finest unit that a source's statement of a time can be trusted to. */
public enum Precision {
    SECOND(ChronoUnit.SECONDS), MINUTE(ChronoUnit.MINUTES), HOUR(ChronoUnit.HOURS), DAY(ChronoUnit.DAYS);

    private final ChronoUnit unit;

    Precision(ChronoUnit unit) {
        this.unit = unit;
    }

    public ChronoUnit unit() {
        return unit;
    }
}
