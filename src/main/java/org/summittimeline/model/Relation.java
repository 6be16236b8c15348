package org.summittimeline.model;

/** A link from one quote to another: an answer to a question, a denial, a later correction. */
public record Relation(Type type, String quoteId) {

    /** How the two quotes relate, read as "this quote {type} the other". */
    public enum Type { RESPONDS_TO, CONTRADICTS, CORRECTS }
}
