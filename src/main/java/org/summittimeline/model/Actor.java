package org.summittimeline.model;

/** A person or body that takes part in events and speaks in quotes. {@code colour} is "#rrggbb" or null. */
public record Actor(String id, String name, String role, String colour) {
}
