package org.summittimeline.format;

import java.util.ArrayList;
import java.util.List;
import org.summittimeline.model.Citation;
import org.summittimeline.model.Quote;
import org.summittimeline.model.QuoteKind;
import org.summittimeline.model.Relation;
import org.summittimeline.model.Variant;

/** Reads one quote: who, which event, the words and their kind, topics, citation, variants and relations. */
final class QuoteBinder extends NodeChecks {
    private final CitationBinder binder;
    private final IdRegistry refs;
    private int lastEventPosition = -1;
    private final LoadLimits limits;

    QuoteBinder(List<Problem> problems, Suggestions suggestions, CitationBinder binder, IdRegistry refs,
                LoadLimits limits) {
        super(problems, suggestions);
        this.binder = binder;
        this.refs = refs;
        this.limits = limits;
    }

    /** The position in the events' list of the event the last quote named, or -1 when not read before it. */
    int lastEventPosition() {
        return lastEventPosition;
    }

    Quote quote(JsonNode.Obj o, JsonPath path) {
        unknownFields(o, path, FormatFields.QUOTE);
        String id = refs.id(o, path, "quote");
        String speaker = string(o, path, "speaker", true);
        refs.reference("actor", o, path, "speaker", speaker);
        String event = refs.sharedReference("event", o, path, "event", string(o, path, "event", true));
        lastEventPosition = refs.lastPosition();
        String text = string(o, path, "text", true);
        QuoteKind kind = null;
        String kindText = string(o, path, "kind", true);
        if ("direct".equals(kindText)) {
            kind = QuoteKind.DIRECT;
        } else if ("paraphrase".equals(kindText)) {
            kind = QuoteKind.PARAPHRASE;
        } else if (kindText != null) {
            error(o.get("kind"), child(path, "kind"), "\"" + kindText + "\" is not a kind of quote; write "
                    + "\"direct\" for the speaker's own words or \"paraphrase\" for reported speech");
        }
        List<String> topics = binder.sharedStrings(strings(o, path, "topics", limits.maxListItems()));
        Citation citation = null;
        if (o.get("source") == null) {
            missing(o, path, "source", "cite where the words come from, e.g. {\"source\": \"ap\", \"paragraph\": 3}");
        } else {
            citation = binder.citation(o.get("source"), child(path, "source"));
        }
        List<JsonNode> variantNodes = list(o, path, "variants", false, limits.maxListItems());
        // Most quotes have neither variants nor relations: no list is made for them.
        List<Variant> variants = variantNodes.isEmpty() ? List.of() : new ArrayList<>(variantNodes.size());
        for (int i = 0; i < variantNodes.size(); i++) {
            JsonPath vpath = item(child(path, "variants"), i);
            JsonNode.Obj v = object(variantNodes.get(i), vpath, "a variant (text and source)");
            if (v == null) {
                continue;
            }
            unknownFields(v, vpath, FormatFields.VARIANT);
            String vtext = string(v, vpath, "text", true);
            Citation vsource = null;
            if (v.get("source") == null) {
                missing(v, vpath, "source", "a variant is another source's rendering, so it cites that source");
            } else {
                vsource = binder.citation(v.get("source"), child(vpath, "source"));
            }
            variants.add(new Variant(vtext, vsource));
        }
        List<JsonNode> relationNodes = list(o, path, "relations", false, limits.maxListItems());
        List<Relation> relations = relationNodes.isEmpty() ? List.of() : new ArrayList<>(relationNodes.size());
        for (int i = 0; i < relationNodes.size(); i++) {
            JsonPath rpath = item(child(path, "relations"), i);
            JsonNode.Obj r = object(relationNodes.get(i), rpath, "a relation (type and quote)");
            if (r == null) {
                continue;
            }
            unknownFields(r, rpath, FormatFields.RELATION);
            Relation.Type type = relationType(r, rpath);
            Relation.Basis basis = relationBasis(r, rpath);
            String target = string(r, rpath, "quote", true);
            if (target != null && target.equals(id)) {
                error(r.get("quote"), child(rpath, "quote"), "a quote cannot relate to itself");
            } else {
                refs.reference("quote", r, rpath, "quote", target);
            }
            relations.add(new Relation(type, target, basis));
        }
        String context = string(o, path, "context", false);
        return new Quote(id, speaker, event, text, kind, topics, citation, variants, relations, context);
    }

    private Relation.Basis relationBasis(JsonNode.Obj r, JsonPath path) {
        String basis = string(r, path, "basis", false);
        if (basis == null) {
            return null;
        }
        return switch (basis) {
            case "sourced" -> Relation.Basis.SOURCED;
            case "editorial" -> Relation.Basis.EDITORIAL;
            default -> {
                error(r.get("basis"), child(path, "basis"), "\"" + basis + "\" is not a basis; write \"sourced\" when "
                        + "a source makes the link or \"editorial\" when the timeline's author does");
                yield null;
            }
        };
    }

    private Relation.Type relationType(JsonNode.Obj r, JsonPath path) {
        String type = string(r, path, "type", true);
        if (type == null) {
            return null;
        }
        return switch (type) {
            case "respondsTo" -> Relation.Type.RESPONDS_TO;
            case "contradicts" -> Relation.Type.CONTRADICTS;
            case "corrects" -> Relation.Type.CORRECTS;
            default -> {
                error(r.get("type"), child(path, "type"), "\"" + type
                        + "\" is not a relation; write \"respondsTo\", \"contradicts\" or \"corrects\"");
                yield null;
            }
        };
    }
}
