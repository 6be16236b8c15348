package org.summittimeline.format;

import java.util.List;
import java.util.Set;
import org.summittimeline.model.Timeline;

/**
 * Reads a TimelineJS3 JSON file ({@code events} of slides with {@code start_date}, {@code text} and
 * {@code media}, an optional {@code title} slide and {@code eras}) into our timeline, through
 * {@link ImportedTimeline}. Its events are read one at a time, as our own files' are.
 */
final class TimelineJsReader extends NodeChecks implements JsonTreeReader.Sink {
    static final Set<String> STREAMED = Set.of("events");

    private final ImportedTimeline timeline;
    private final LoadLimits limits;
    private boolean notAnObject;
    private boolean sawEvents;
    private int documentLine = 1;
    private int documentColumn = 1;

    TimelineJsReader(List<Problem> problems, LoadLimits limits, String fileName) {
        super(problems, new Suggestions());
        this.timeline = new ImportedTimeline(problems, fileName, true);
        this.limits = limits;
    }

    @Override
    public void documentStart(int line, int column) {
        documentLine = line;
        documentColumn = column;
    }

    @Override
    public void notAnObject(JsonNode root) {
        notAnObject = true;
        error(root, "", "a TimelineJS file holds one JSON object { \u2026 }, but this file holds " + root.describe());
    }

    @Override
    public void field(JsonNode.Member field) {
        JsonPath path = JsonPath.ROOT.child(field.name());
        switch (field.name()) {
            case "title" -> {
                JsonNode.Obj o = object(field.value(), path, "the title slide (an object with text and media)");
                if (o != null) {
                    timeline.title(slide(o, path));
                }
            }
            case "eras" -> {
                JsonNode.Obj doc = new JsonNode.Obj(documentLine, documentColumn, List.of(field));
                List<JsonNode> items = list(doc, JsonPath.ROOT, "eras", false, limits.maxListItems());
                for (int i = 0; i < items.size(); i++) {
                    JsonNode.Obj o = object(items.get(i), JsonPath.ROOT.child("eras").item(i), "an era");
                    if (o != null) {
                        timeline.era(slide(o, JsonPath.ROOT.child("eras").item(i)));
                    }
                }
            }
            case "events" -> {
                sawEvents = true;
                if (!(field.value() instanceof JsonNode.Arr)) {
                    error(field.value(), "events", "expected a list [ \u2026 ] of slides, found "
                            + field.value().describe());
                }
            }
            default -> {
                // scale and the display options of TimelineJS decide how it is drawn, not what happened
            }
        }
    }

    @Override
    public void listStart(JsonNode.Member field) {
        sawEvents = true;
    }

    @Override
    public void listItem(String field, int index, JsonNode item) {
        JsonPath path = JsonPath.ROOT.child(field).item(index);
        if (index >= limits.maxEvents()) {
            if (index == limits.maxEvents()) {
                error(item, path, "the file holds more than " + limits.maxEvents() + " events, the most this reader "
                        + "accepts; split it into smaller timelines");
            }
            return;
        }
        JsonNode.Obj o = object(item, path, "a slide (an object with start_date, text and media)");
        if (o != null) {
            timeline.event(slide(o, path));
        }
    }

    /** The timeline, or null when the file is not one (the errors say why). */
    Timeline finish() {
        if (notAnObject) {
            return null;
        }
        if (!sawEvents) {
            problems.add(new Problem(Severity.ERROR, documentLine, documentColumn, "",
                    "a TimelineJS file needs \"events\", the list of its slides"));
            return null;
        }
        return timeline.finish();
    }

    private ImportedTimeline.Slide slide(JsonNode.Obj o, JsonPath path) {
        JsonNode.Obj text = o.get("text") instanceof JsonNode.Obj t ? t : null;
        JsonNode.Obj media = o.get("media") instanceof JsonNode.Obj m ? m : null;
        JsonNode.Obj startDate = o.get("start_date") instanceof JsonNode.Obj s ? s : null;
        String display = scalar(o.get("display_date"));
        if (display == null && startDate != null) {
            display = scalar(startDate.get("display_date"));
        }
        JsonNode idNode = o.get("unique_id");
        return new ImportedTimeline.Slide(scalar(idNode), place(idNode != null ? idNode : o, child(path, "unique_id")),
                date(o, path, "start_date"), date(o, path, "end_date"), display,
                text == null ? null : scalar(text.get("headline")), text == null ? null : scalar(text.get("text")),
                media == null ? null : new ImportedTimeline.Media(scalar(media.get("url")),
                        scalar(media.get("credit")), scalar(media.get("caption"))),
                scalar(o.get("group")), place(o, path));
    }

    private ImportedTimeline.Date date(JsonNode.Obj slide, JsonPath path, String field) {
        JsonNode node = slide.get(field);
        if (node == null || node instanceof JsonNode.Null) {
            return null;
        }
        JsonPath datePath = child(path, field);
        String[] parts = new String[TimelineJsDate.PARTS.size()];
        if (node instanceof JsonNode.Obj o) {
            for (int i = 0; i < parts.length; i++) {
                JsonNode part = o.get(TimelineJsDate.PARTS.get(i));
                parts[i] = part == null || part instanceof JsonNode.Null ? null
                        : part instanceof JsonNode.Num || part instanceof JsonNode.Str ? scalar(part) : part.describe();
            }
        } else {
            // Not an object: read as a year written alone, which then says what it found.
            parts[0] = node instanceof JsonNode.Num || node instanceof JsonNode.Str ? scalar(node) : node.describe();
        }
        return new ImportedTimeline.Date(parts, part -> field + "." + TimelineJsDate.PARTS.get(part),
                place(node, datePath));
    }

    /** A text or a number as the file writes it; null for anything else. */
    private static String scalar(JsonNode node) {
        if (node instanceof JsonNode.Str s) {
            return s.value();
        }
        if (node instanceof JsonNode.Num n) {
            return n.literal();
        }
        return null;
    }

    private static ImportedTimeline.Place place(JsonNode node, JsonPath path) {
        // The numbers, not the node: the node is reused for the next slide once this one is read.
        int line = node.line();
        int column = node.column();
        return (severity, message) -> new Problem(severity, line, column, path.toString(), message);
    }
}
