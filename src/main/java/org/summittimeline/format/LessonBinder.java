package org.summittimeline.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.summittimeline.model.Lesson;
import org.summittimeline.model.PresentationStep;

/**
 * Turns a lesson file's fields into a {@link Lesson}, with a problem (line, column, path, what to write) for each
 * thing that is wrong. Unknown fields are warnings, as in a timeline; a newer lesson version is refused.
 */
final class LessonBinder {
    private static final Set<String> TOP = Set.of("lessonVersion", "title", "timeline", "steps");
    private static final Set<String> TIMELINE = Set.of("file", "sha256");
    private static final Set<String> STEP = Set.of("event", "quotes", "notes");

    private final List<Problem> problems;

    LessonBinder(List<Problem> problems) {
        this.problems = problems;
    }

    Lesson bind(List<JsonNode.Member> fields) {
        JsonNode.Obj root = new JsonNode.Obj(1, 1, fields);
        unknown(root, "", TOP);
        JsonNode version = root.get("lessonVersion");
        if (version == null) {
            error(root, "", "\"lessonVersion\" is missing; write \"lessonVersion\": 1");
        } else if (!(version instanceof JsonNode.Num n) || !n.literal().matches("\\d+")) {
            error(version, "lessonVersion", version.describe() + " is not a version number; write 1");
        } else if (Integer.parseInt(n.literal()) > LessonFile.VERSION) {
            error(version, "lessonVersion", "lesson version " + n.literal() + " is newer than this program reads ("
                    + LessonFile.VERSION + "); update Summit Timeline");
        }
        String title = optionalText(root, "title", "");
        String file = null;
        String sha = null;
        JsonNode timeline = root.get("timeline");
        if (timeline == null) {
            error(root, "", "\"timeline\" is missing; write \"timeline\": {\"file\": \"my-timeline.json\"}");
        } else if (timeline instanceof JsonNode.Obj t) {
            unknown(t, "timeline", TIMELINE);
            file = requiredText(t, "file", "timeline");
            sha = optionalText(t, "sha256", "timeline");
            if (sha != null && !sha.matches("[0-9a-f]{64}")) {
                error(t.get("sha256"), "timeline.sha256", "\"" + sha + "\" is not a SHA-256 in lower-case hex "
                        + "(64 characters 0-9, a-f); leave it out to skip the check");
            }
        } else {
            error(timeline, "timeline", timeline.describe() + " should be an object with \"file\"");
        }
        List<PresentationStep> steps = new ArrayList<>();
        JsonNode list = root.get("steps");
        if (list == null) {
            error(root, "", "\"steps\" is missing; write \"steps\": [] for an empty lesson");
        } else if (list instanceof JsonNode.Arr a) {
            for (int i = 0; i < a.items().size(); i++) {
                PresentationStep s = step(a.items().get(i), "steps[" + i + "]");
                if (s != null) {
                    steps.add(s);
                }
            }
        } else {
            error(list, "steps", list.describe() + " should be a list of steps");
        }
        return new Lesson(title, file, sha, steps);
    }

    private PresentationStep step(JsonNode node, String path) {
        if (!(node instanceof JsonNode.Obj o)) {
            error(node, path, node.describe() + " should be a step: {\"event\": \"an-event-id\"}");
            return null;
        }
        unknown(o, path, STEP);
        String event = requiredText(o, "event", path);
        String notes = optionalText(o, "notes", path);
        List<String> quotes = null;
        JsonNode q = o.get("quotes");
        if (q instanceof JsonNode.Arr a) {
            quotes = new ArrayList<>();
            for (int i = 0; i < a.items().size(); i++) {
                if (a.items().get(i) instanceof JsonNode.Str s) {
                    quotes.add(s.value());
                } else {
                    error(a.items().get(i), path + ".quotes[" + i + "]", a.items().get(i).describe()
                            + " should be a quote id in quotation marks");
                }
            }
        } else if (q != null) {
            error(q, path + ".quotes", q.describe() + " should be a list of quote ids");
        }
        return event == null ? null : new PresentationStep(event, quotes, notes);
    }

    private String requiredText(JsonNode.Obj o, String field, String path) {
        JsonNode v = o.get(field);
        if (v == null) {
            error(o, path, "\"" + field + "\" is missing");
            return null;
        }
        return text(v, field, path);
    }

    private String optionalText(JsonNode.Obj o, String field, String path) {
        JsonNode v = o.get(field);
        return v == null || v instanceof JsonNode.Null ? null : text(v, field, path);
    }

    private String text(JsonNode v, String field, String path) {
        if (v instanceof JsonNode.Str s) {
            return s.value();
        }
        error(v, path.isEmpty() ? field : path + "." + field, v.describe() + " should be text in quotation marks");
        return null;
    }

    private void unknown(JsonNode.Obj o, String path, Set<String> known) {
        for (JsonNode.Member m : o.fields()) {
            if (!known.contains(m.name())) {
                problems.add(new Problem(Severity.WARNING, m.line(), m.column(), path,
                        "unknown field \"" + m.name() + "\" is ignored; known here: " + String.join(", ",
                                known.stream().sorted().toList())));
            }
        }
    }

    private void error(JsonNode at, String path, String message) {
        problems.add(new Problem(Severity.ERROR, at.line(), at.column(), path, message));
    }
}
