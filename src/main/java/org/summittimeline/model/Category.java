package org.summittimeline.model;

/** A kind of event (talks, arrival, press conference, security); the timeline draws one lane per category. */
public record Category(String id, String label, String colour) {
}
