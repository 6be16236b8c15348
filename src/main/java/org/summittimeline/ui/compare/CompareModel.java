package org.summittimeline.ui.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.summittimeline.model.Actor;
import org.summittimeline.model.Event;
import org.summittimeline.model.Quote;
import org.summittimeline.model.Relation;
import org.summittimeline.model.Timeline;
import org.summittimeline.query.CitationText;
import org.summittimeline.ui.Texts;

/**
 * Speakers side by side: a column per speaker, a row per event in time order, and in each cell what that speaker
 * said at that event (in the order of the transcript), each quote with its citation; so what Putin and Trump
 * said at the press conference face each other. Links are the relations between quotes that are both shown.
 * No toolkit: the view draws it, the CSV writer writes it, the tests read it.
 */
public final class CompareModel {

    /** A speaker's column. */
    public record Column(String speakerId, String name) { }

    /**
     * A quote in a cell, with its citation as copied and exported and as a label shows it (its date on one line, see
     * {@link CitationText#shown}), and its relations in words ("corrects Donald Trump: “I don't see any reason
     * why”"), which say what the curves say, also of quotes not shown.
     */
    public record Entry(Quote quote, String citation, String shownCitation, List<String> relations) {
        public Entry {
            relations = List.copyOf(relations);
        }
    }

    /** What one speaker said at one event; an empty list when they said nothing there. */
    public record Cell(int row, int column, List<Entry> entries) {
        public Cell {
            entries = List.copyOf(entries);
        }
    }

    /** A row: an event at which at least one chosen speaker is quoted, and a cell per column. */
    public record Row(Event event, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** "from {type} to", read as the model's relations read: the answer responds to the question. */
    public record Link(Quote from, Quote to, Relation.Type type, Relation.Basis basis) { }

    private final List<Column> columns;
    private final List<Row> rows;
    private final List<Link> links;
    private final String topic;

    private CompareModel(List<Column> columns, List<Row> rows, List<Link> links, String topic) {
        this.columns = List.copyOf(columns);
        this.rows = List.copyOf(rows);
        this.links = List.copyOf(links);
        this.topic = topic;
    }

    /**
     * The comparison of {@code speakerIds} (in that column order), only quotes tagged {@code topic} when it is
     * not null. Unknown speaker ids are left out.
     */
    public static CompareModel of(Timeline timeline, List<String> speakerIds, String topic) {
        List<Column> columns = new ArrayList<>();
        for (String id : speakerIds) {
            timeline.actor(id).ifPresent(a -> {
                if (columns.stream().noneMatch(c -> c.speakerId().equals(id))) {
                    columns.add(new Column(a.id(), a.name()));
                }
            });
        }
        Map<String, Integer> columnOf = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            columnOf.put(columns.get(i).speakerId(), i);
        }
        // Events in time order; within an event, quotes in the file's order, which is the transcript's.
        Map<Event, List<Quote>> byEvent = new TreeMap<>(Timeline.TIME_ORDER);
        Map<String, Quote> shown = new LinkedHashMap<>();
        for (Quote q : timeline.quotes()) {
            if (columnOf.containsKey(q.speakerId()) && (topic == null || q.topics().contains(topic))) {
                Optional<Event> event = timeline.event(q.eventId());
                if (event.isPresent()) {
                    byEvent.computeIfAbsent(event.get(), e -> new ArrayList<>()).add(q);
                    shown.put(q.id(), q);
                }
            }
        }
        CitationText cite = new CitationText(timeline);
        // Which quotes point at each shown one, so that a quote contradicted says so under it, not only its contradicter.
        Map<String, List<Map.Entry<Quote, Relation>>> pointedAtBy = new HashMap<>();
        for (Quote q : timeline.quotes()) {
            for (Relation r : q.relations()) {
                if (shown.containsKey(r.quoteId())) {
                    pointedAtBy.computeIfAbsent(r.quoteId(), id -> new ArrayList<>()).add(Map.entry(q, r));
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<Event, List<Quote>> e : byEvent.entrySet()) {
            List<List<Entry>> cells = new ArrayList<>();
            for (int i = 0; i < columns.size(); i++) {
                cells.add(new ArrayList<>());
            }
            for (Quote q : e.getValue()) {
                cells.get(columnOf.get(q.speakerId())).add(new Entry(q, cite.cite(q.citation()),
                        cite.shown(q.citation()), relations(timeline, q, pointedAtBy.getOrDefault(q.id(), List.of()))));
            }
            List<Cell> row = new ArrayList<>();
            for (int i = 0; i < cells.size(); i++) {
                row.add(new Cell(rows.size(), i, cells.get(i)));
            }
            rows.add(new Row(e.getKey(), row));
        }
        List<Link> links = new ArrayList<>();
        for (Quote q : shown.values()) {
            for (Relation r : q.relations()) {
                Quote other = shown.get(r.quoteId());
                if (other != null) {
                    links.add(new Link(q, other, r.type(), r.basis()));
                }
            }
        }
        return new CompareModel(columns, rows, links, topic);
    }

    /** What {@code q} answers, contradicts or corrects, then what answers, contradicts or corrects it. */
    private static List<String> relations(Timeline timeline, Quote q, List<Map.Entry<Quote, Relation>> pointedAtBy) {
        List<String> out = new ArrayList<>();
        for (Relation r : q.relations()) {
            String other = timeline.quote(r.quoteId()).map(o -> speaker(timeline, o) + ": "
                    + Texts.format("quote.marks", shorten(o.text()))).orElse(r.quoteId());
            out.add(marked(r, Texts.get("compare.link." + key(r.type())) + " " + other));
        }
        for (Map.Entry<Quote, Relation> link : pointedAtBy) {
            Quote by = link.getKey();
            Relation r = link.getValue();
            out.add(marked(r, Texts.format("compare.link.by." + key(r.type()), speaker(timeline, by))
                    + " " + Texts.format("quote.marks", shorten(by.text()))));
        }
        return out;
    }

    /** The author's reading of two quotes is not shown as if a source made the link. */
    private static String marked(Relation r, String link) {
        return r.basis() == Relation.Basis.EDITORIAL ? Texts.format("relation.editorial", link) : link;
    }

    private static String speaker(Timeline timeline, Quote q) {
        return timeline.actor(q.speakerId()).map(Actor::name).orElse(q.speakerId());
    }

    private static String key(Relation.Type type) {
        return switch (type) {
            case RESPONDS_TO -> "answers";
            case CONTRADICTS -> "contradicts";
            case CORRECTS -> "corrects";
        };
    }

    private static String shorten(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60).replaceAll("\\s+\\S*$", "") + "\u2026";
    }

    /** Nothing to compare: no columns, no rows. */
    public static CompareModel none() {
        return new CompareModel(List.of(), List.of(), List.of(), null);
    }

    /** The actors who have at least one quote, most quoted first: the speakers one may compare. */
    public static List<Actor> speakers(Timeline timeline) {
        Map<String, Integer> counts = new HashMap<>();
        timeline.quotes().forEach(q -> counts.merge(q.speakerId(), 1, Integer::sum));
        return timeline.actors().stream().filter(a -> counts.containsKey(a.id()))
                .sorted(Comparator.comparing((Actor a) -> -counts.get(a.id())).thenComparing(Actor::name)).toList();
    }

    /** The topics the quotes of {@code speakerIds} are tagged with, most used first. */
    public static List<String> topics(Timeline timeline, List<String> speakerIds) {
        Map<String, Integer> counts = new HashMap<>();
        timeline.quotes().stream().filter(q -> speakerIds.contains(q.speakerId()))
                .forEach(q -> q.topics().forEach(t -> counts.merge(t, 1, Integer::sum)));
        return counts.keySet().stream().sorted(Comparator.comparing((String t) -> -counts.get(t))
                .thenComparing(Comparator.naturalOrder())).toList();
    }

    public List<Column> columns() {
        return columns;
    }

    public List<Row> rows() {
        return rows;
    }

    public List<Link> links() {
        return links;
    }

    /** The topic the quotes were chosen by, or null for every quote. */
    public String topic() {
        return topic;
    }

    /** Where a quote stands: its row and column, or empty when it is not shown. */
    public Optional<Cell> cellOf(String quoteId) {
        for (Row r : rows) {
            for (Cell c : r.cells()) {
                if (c.entries().stream().anyMatch(e -> e.quote().id().equals(quoteId))) {
                    return Optional.of(c);
                }
            }
        }
        return Optional.empty();
    }
}
