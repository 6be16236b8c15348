package org.summittimeline.format;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.summittimeline.model.Citation;
import org.summittimeline.model.Locator;

/**
 * Reads citations wherever the format has them (events, times, accounts, quotes, variants) and shares equal
 * values read more than once, so that the binders of events, times and quotes all cite and share alike.
 */
final class CitationBinder extends NodeChecks {
    private final ValueReaders values;
    private final IdRegistry refs;
    private final LoadLimits limits;
    /** Equal citations share one instance: a source's paragraph is cited again and again in a large file. */
    private final Map<Citation, Citation> citations = new HashMap<>();
    /**
     * Equal texts read more than once share one instance: actor ids and topics, named again and again. The reader's
     * table of short texts shares too, but it fills up with ids and titles in a large file.
     */
    private final Map<String, String> sharedTexts = new HashMap<>();
    /** Equal lists of actors, topics and citations share one instance; their items are shared first. */
    private final SharedLists sharedLists = new SharedLists();
    /** The ways a citation names its place in the source, in the order a message lists them. */
    private static final List<String> PLACES = List.of("paragraph", "page", "timecode", "section");

    CitationBinder(List<Problem> problems, Suggestions suggestions, ValueReaders values, IdRegistry refs,
                   LoadLimits limits) {
        super(problems, suggestions);
        this.values = values;
        this.refs = refs;
        this.limits = limits;
    }

    /** The one instance of {@code values} (texts read): its items shared, then the list. */
    List<String> sharedStrings(List<String> values) {
        String[] out = new String[values.size()];
        for (int i = 0; i < out.length; i++) {
            String text = values.get(i);
            // Looked up, and put only when new: a large file names the same few actors and topics again and again.
            String first = sharedTexts.get(text);
            if (first == null) {
                sharedTexts.put(text, text);
                first = text;
            }
            out[i] = first;
        }
        return sharedLists.shared(out);
    }

    /** The one instance of a list of citations this binder read (each of them already shared). */
    List<Citation> sharedCitations(List<Citation> values) {
        return sharedLists.shared(values.toArray(new Citation[0]));
    }

    /** A list of citations; when {@code required}, an empty or missing list is an error. */
    List<Citation> citations(JsonNode.Obj o, JsonPath path, String field, boolean required) {
        List<JsonNode> items = list(o, path, field, false, limits.maxListItems());
        if (required && items.isEmpty()) {
            if (o.get(field) == null) {
                missing(o, path, field, "cite at least one source, e.g. [{\"source\": \"ap\", \"paragraph\": 3}]");
            } else {
                error(o.get(field), child(path, field), "cite at least one source");
            }
        }
        List<Citation> out = new ArrayList<>(items.size());
        JsonPath listPath = items.isEmpty() ? null : child(path, field);
        for (int i = 0; i < items.size(); i++) {
            Citation c = citation(items.get(i), item(listPath, i));
            if (c != null) {
                out.add(c);
            }
        }
        return out;
    }

    Citation citation(JsonNode node, JsonPath path) {
        JsonNode.Obj o = object(node, path, "a citation (source and paragraph, page, timecode or section)");
        if (o == null) {
            return null;
        }
        unknownFields(o, path, FormatFields.CITATION);
        String source = string(o, path, "source", true);
        refs.reference("source", o, path, "source", source);
        // Found without a list per citation: a large file has one or two citations per item.
        String first = null;
        for (int i = 0; i < PLACES.size(); i++) {
            String f = PLACES.get(i);
            if (o.get(f) == null) {
                continue;
            }
            if (first != null) {
                error(o, path, "a citation names one place in its source, but this one has "
                        + String.join(" and ", PLACES.stream().filter(p -> o.get(p) != null).toList()) + "; keep one");
                return null;
            }
            first = f;
        }
        Locator locator = Locator.NONE;
        if (first != null) {
            locator = values.locator(o, path, first);
        }
        if (source == null || locator == null) {
            return null;
        }
        Citation read = new Citation(source, locator);
        Citation known = citations.get(read);
        if (known == null) {
            citations.put(read, read);
            known = read;
        }
        return known;
    }
}
