package org.summittimeline.format;

import java.util.List;
import java.util.Set;

/**
 * The field names each object of format v1 may hold. The binder warns about any other name, and a test holds
 * these sets equal to the properties of the JSON Schema, so that the two cannot drift apart.
 */
final class FormatFields {
    static final Set<String> TIMELINE = Set.of("$schema", "formatVersion", "title", "description", "timeZone",
            "date", "sources", "actors", "categories", "events", "quotes", "presentation", "eras", "years");
    static final Set<String> YEARS = Set.of("from", "to");
    static final Set<String> SOURCE = Set.of("id", "publisher", "title", "date", "url", "zone");
    static final Set<String> ACTOR = Set.of("id", "name", "role", "colour");
    static final Set<String> CATEGORY = Set.of("id", "label", "colour");
    static final Set<String> EVENT = Set.of("id", "title", "category", "actors", "location", "summary", "start",
            "end", "sources");
    static final Set<String> TIME = Set.of("at", "earliest", "latest", "relativeTo", "accounts", "precision",
            "phrase", "sources");
    static final Set<String> RELATIVE = Set.of("event", "point", "offset", "earliestOffset", "latestOffset");
    static final Set<String> CITATION = Set.of("source", "paragraph", "page", "timecode", "section");
    static final Set<String> QUOTE = Set.of("id", "speaker", "event", "text", "kind", "topics", "source",
            "variants", "relations", "context");
    static final Set<String> VARIANT = Set.of("text", "source");
    static final Set<String> RELATION = Set.of("type", "quote", "basis");
    static final Set<String> ERA = Set.of("title", "start", "end", "colour");
    static final Set<String> STEP = Set.of("event", "quotes", "notes");

    /** Every field name of the format, each as the one instance the binders ask for it with. */
    static final List<Set<String>> ALL = List.of(TIMELINE, YEARS, SOURCE, ACTOR, CATEGORY, EVENT, TIME, RELATIVE,
            CITATION, QUOTE, VARIANT, RELATION, ERA, STEP);

    private FormatFields() {
    }
}
