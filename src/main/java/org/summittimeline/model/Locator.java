package org.summittimeline.model;

import java.util.Objects;

/** Where in a source a cited passage stands. */
public record Locator(Kind kind, String value) {

    /** The ways a place in a source can be named. */
    public enum Kind { PARAGRAPH, PAGE, TIMECODE, SECTION, NONE }

    public static final Locator NONE = new Locator(Kind.NONE, "");

    /** How a citation shows the place: "¶3", "p. 12", "at 01:02:03", or the section's own name. */
    public String display() {
        return switch (kind) {
            case PARAGRAPH -> "\u00b6" + value;
            case PAGE -> "p. " + value;
            case TIMECODE -> "at " + value;
            case SECTION -> value;
            case NONE -> "";
        };
    }

    // Written out, not generated: the generated pair is linked through method handles the first time it runs, which
    // a start or a load paid for (StartPathBootstrapTest; PERFORMANCE.md, session 25).
    @Override
    public boolean equals(Object other) {
        return other instanceof Locator l && kind == l.kind && Objects.equals(value, l.value);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(kind) + Objects.hashCode(value);
    }
}
