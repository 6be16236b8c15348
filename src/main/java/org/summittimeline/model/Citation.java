package org.summittimeline.model;

/** A reference to a source and the place in it that supports an event, a time or a quote. */
public record Citation(String sourceId, Locator locator) {
    public Citation {
        if (locator == null) {
            locator = Locator.NONE;
        }
    }
}
