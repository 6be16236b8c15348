package org.summittimeline.model;

/** Whether a quote gives the speaker's own words or a reporter's account of them. */
public enum QuoteKind {
    /** The speaker's words, verbatim as the source prints them. */
    DIRECT,
    /** Reported speech: what the source says the speaker said, in the source's words. */
    PARAPHRASE
}
