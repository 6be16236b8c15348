package org.summittimeline.model;

/**
 * A link from one quote to another: an answer to a question, a denial, a later correction. {@code basis}
 * says whether a source makes the link or the timeline's author does; null when the file does not say.
 */
public record Relation(Type type, String quoteId, Basis basis) {

    /** How the two quotes relate, read as "this quote {type} the other". */
    public enum Type { RESPONDS_TO, CONTRADICTS, CORRECTS }

    /** Who makes the link: a source (the transcript, the speaker himself) or the timeline's author. */
    public enum Basis { SOURCED, EDITORIAL }
}
