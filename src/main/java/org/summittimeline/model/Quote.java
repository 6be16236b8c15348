package org.summittimeline.model;

import java.util.List;

/**
 * Words attributed to a speaker at an event, with the source that prints them. {@code context} is our
 * own note on the circumstances ("answering Reuters' Jeff Mason"), or null.
 */
public record Quote(String id, String speakerId, String eventId, String text, QuoteKind kind,
                    List<String> topics, Citation citation, List<Variant> variants, List<Relation> relations,
                    String context) {

    public Quote {
        topics = List.copyOf(topics);
        variants = List.copyOf(variants);
        relations = List.copyOf(relations);
    }
}
