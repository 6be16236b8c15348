package org.summittimeline.model;

import java.util.Objects;

/** A reference to a source and the place in it that supports an event, a time or a quote. */
public record Citation(String sourceId, Locator locator) {
    public Citation {
        if (locator == null) {
            locator = Locator.NONE;
        }
    }

    // Written out because a record's generated equals and hashCode are bootstrapped through method handles on
    // first use: a load that shares citations in a map spun some fifty classes for them, and the optimising
    // compiler then spent a quarter of a second on the class writer instead of on the loader.
    @Override
    public boolean equals(Object other) {
        return other instanceof Citation c && Objects.equals(sourceId, c.sourceId) && locator.equals(c.locator);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(sourceId) + locator.hashCode();
    }
}
