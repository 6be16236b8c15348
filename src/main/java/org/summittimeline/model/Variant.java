package org.summittimeline.model;

/** The same words as another source renders them, e.g. a different translation of the same answer. */
public record Variant(String text, Citation citation) {
}
