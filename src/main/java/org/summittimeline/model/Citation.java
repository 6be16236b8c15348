package org.summittimeline.model;

import java.util.Objects;

/** A reference to a source and the place in it that supports an event, a time or a quote. */
public record Citation(String sourceId, Locator locator) {
    public Citation {
        if (locator == null) {
            locator = Locator.NONE;
        }
    }

    // Written out, not generated: the generated pair is linked through method handles the first time it runs, which
    // a start or a load paid for (StartPathBootstrapTest; PERFORMANCE.md, session 25).
    @Override
    public boolean equals(Object other) {
        return other instanceof Citation c && Objects.equals(sourceId, c.sourceId) && locator.equals(c.locator);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(sourceId) + locator.hashCode();
    }
}
