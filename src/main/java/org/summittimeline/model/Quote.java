package org.summittimeline.model;

import java.util.List;
import java.util.Objects;

/**
 * Words attributed to a speaker at an event, with the source that prints them. {@code context} is our
 * own note on the circumstances ("answering Reuters' Jeff Mason"), or null.
 *
 * <p>A value, like a record of its ten parts. It is not written as one because its words are kept as bytes
 * ({@link PackedTexts}) and made again when asked: a million quotes' words as strings were 24 MB of string
 * objects alone, and a million objects more for the collector to copy while the file is read.
 */
public final class Quote {
    private final String id;
    private final String speakerId;
    private final String eventId;
    /** The array that holds the words ({@link PackedTexts}), shared with other values, and where they start in it. */
    private final byte[] text;
    private final int textAt;
    private final QuoteKind kind;
    private final List<String> topics;
    private final Citation citation;
    private final List<Variant> variants;
    private final List<Relation> relations;
    private final String context;

    public Quote(String id, String speakerId, String eventId, String text, QuoteKind kind,
                 List<String> topics, Citation citation, List<Variant> variants, List<Relation> relations,
                 String context) {
        this.id = id;
        this.speakerId = speakerId;
        this.eventId = eventId;
        PackedTexts.Place packed = PackedTexts.pack(text);
        this.text = packed.array;
        this.textAt = packed.at;
        this.kind = kind;
        this.topics = List.copyOf(topics);
        this.citation = citation;
        this.variants = List.copyOf(variants);
        this.relations = List.copyOf(relations);
        this.context = context;
    }

    public String id() {
        return id;
    }

    public String speakerId() {
        return speakerId;
    }

    public String eventId() {
        return eventId;
    }

    /** The words, made from their bytes at each call: keep them rather than ask again in a loop. */
    public String text() {
        return PackedTexts.unpack(text, textAt, 0);
    }

    public QuoteKind kind() {
        return kind;
    }

    public List<String> topics() {
        return topics;
    }

    public Citation citation() {
        return citation;
    }

    public List<Variant> variants() {
        return variants;
    }

    public List<Relation> relations() {
        return relations;
    }

    public String context() {
        return context;
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Quote q && Objects.equals(id, q.id) && Objects.equals(speakerId, q.speakerId)
                && Objects.equals(eventId, q.eventId) && PackedTexts.equal(text, textAt, q.text, q.textAt, 1)
                && kind == q.kind
                && topics.equals(q.topics) && Objects.equals(citation, q.citation) && variants.equals(q.variants)
                && relations.equals(q.relations) && Objects.equals(context, q.context);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, speakerId, eventId, PackedTexts.hash(text, textAt, 1), kind, topics, citation, variants,
                relations, context);
    }

    @Override
    public String toString() {
        return "Quote[id=" + id + ", speakerId=" + speakerId + ", eventId=" + eventId + ", text=" + text()
                + ", kind=" + kind + ", topics=" + topics + ", citation=" + citation + ", variants=" + variants
                + ", relations=" + relations + ", context=" + context + "]";
    }
}
