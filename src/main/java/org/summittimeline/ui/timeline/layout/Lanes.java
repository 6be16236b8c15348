package org.summittimeline.ui.timeline.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.summittimeline.model.Actor;
import org.summittimeline.model.Category;
import org.summittimeline.model.Event;
import org.summittimeline.model.Timeline;
import org.summittimeline.query.TimelineQuery;
import org.summittimeline.ui.Texts;

/**
 * The lanes of a timeline for a lane mode, and which lanes each event is drawn in: its category's, or one per
 * actor (an event of two actors stands in both lanes). Worked out once per timeline and mode, not per frame.
 */
public final class Lanes {
    /** A lane: its id (category or actor id, "" for events without actors), its name, and its colour if the data gives one. */
    public record Lane(String id, String label, String colour) {
    }

    /** The colours of lanes whose data gives none, in turn (Tableau 10): the window and the exported images share them. */
    public static final List<String> PALETTE = List.of("#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948",
            "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac");

    private static final int[] NONE = new int[0];

    private final List<Lane> lanes;
    /** By actor: the lanes of each event, shared among events of equal actor lists. Null by category. */
    private final int[][] lanesByEvent;
    /**
     * By category: each event's category as its place among the categories (-1 for none), and the one lane of
     * each place (null when it has none). An event's lanes are looked up through them: at a million events a
     * table of its own per event was a pass and four megabytes on the UI thread whenever the lanes changed.
     */
    private final int[] categoryOf;
    private final int[][] laneOfCategory;

    private Lanes(List<Lane> lanes, int[][] lanesByEvent) {
        this.lanes = List.copyOf(lanes);
        this.lanesByEvent = lanesByEvent;
        this.categoryOf = null;
        this.laneOfCategory = null;
    }

    private Lanes(List<Lane> lanes, int[] categoryOf, int[][] laneOfCategory) {
        this.lanes = List.copyOf(lanes);
        this.lanesByEvent = null;
        this.categoryOf = categoryOf;
        this.laneOfCategory = laneOfCategory;
    }

    public static Lanes of(Timeline timeline, LaneMode mode) {
        return of(timeline, mode, null);
    }

    /**
     * The lanes that hold at least one shown event ({@code shown} null: every lane of the mode), so that a filter
     * leaves no empty lanes behind.
     */
    public static Lanes of(Timeline timeline, LaneMode mode, IntPredicate shown) {
        if (mode != LaneMode.CATEGORY) {
            return byActor(timeline, shown);
        }
        Map<String, Integer> place = new HashMap<>();
        for (int c = 0; c < timeline.categories().size(); c++) {
            place.putIfAbsent(timeline.categories().get(c).id(), c);
        }
        int[] categoryOf = timeline.events().stream().mapToInt(e -> place.getOrDefault(e.categoryId(), -1)).toArray();
        return byCategory(timeline, categoryOf, shown);
    }

    /**
     * As {@link #of(Timeline, LaneMode, IntPredicate)}, the categories read from the query's prepared numbers:
     * the window's lanes are counted on the UI thread when a timeline arrives, and a pass over a million events'
     * objects took most of a second there.
     */
    public static Lanes of(TimelineQuery query, LaneMode mode, IntPredicate shown) {
        return mode == LaneMode.CATEGORY ? byCategory(query.timeline(), query.categoryPositions(), shown)
                : byActor(query.timeline(), shown);
    }

    /**
     * Every name a lane of {@code mode} can have in this timeline, whichever events the filters show: each
     * category's label, or the name of each actor who acts in an event and the lane of events without one.
     */
    public static List<String> possibleLabels(TimelineQuery query, LaneMode mode) {
        List<String> labels = new ArrayList<>();
        if (mode == LaneMode.CATEGORY) {
            query.timeline().categories().forEach(c -> labels.add(c.label()));
        } else {
            Set<String> acting = new HashSet<>(query.eventActors());
            query.timeline().actors().stream().filter(a -> acting.contains(a.id())).forEach(a -> labels.add(a.name()));
            labels.add(Texts.get("timeline.lane.noActor"));
        }
        return labels;
    }

    /** One shared array per lane, looked up through the event's category ({@code categoryOf} is not changed). */
    private static Lanes byCategory(Timeline timeline, int[] categoryOf, IntPredicate shown) {
        List<Category> categories = timeline.categories();
        boolean[] used = new boolean[categories.size()];
        for (int i = 0; i < categoryOf.length; i++) {
            if (categoryOf[i] >= 0 && (shown == null || shown.test(i))) {
                used[categoryOf[i]] = true;
            }
        }
        List<Lane> lanes = new ArrayList<>();
        int[][] laneOfCategory = new int[categories.size()][];
        Set<String> placed = new HashSet<>();
        for (int c = 0; c < categories.size(); c++) {
            Category category = categories.get(c);
            if ((shown == null || used[c]) && placed.add(category.id())) {
                laneOfCategory[c] = new int[] {lanes.size()};
                lanes.add(new Lane(category.id(), category.label(), colour(category.colour(), c)));
            }
        }
        return new Lanes(lanes, categoryOf, laneOfCategory);
    }

    private static Lanes byActor(Timeline timeline, IntPredicate shown) {
        List<Lane> lanes = new ArrayList<>();
        List<Event> all = timeline.events();
        Set<String> acting = new LinkedHashSet<>();
        boolean someoneless = false;
        for (int i = 0; i < all.size(); i++) {
            if (shown != null && !shown.test(i)) {
                continue;
            }
            Event e = all.get(i);
            acting.addAll(e.actorIds());
            someoneless |= e.actorIds().isEmpty();
        }
        List<Actor> actors = timeline.actors();
        for (int a = 0; a < actors.size(); a++) {
            Actor actor = actors.get(a);
            if (acting.contains(actor.id())) {
                lanes.add(new Lane(actor.id(), actor.name(), colour(actor.colour(), a)));
            }
        }
        if (someoneless) {
            lanes.add(new Lane("", Texts.get("timeline.lane.noActor"), "#808080"));
        }
        Map<String, Integer> laneIndex = new HashMap<>();
        for (int l = 0; l < lanes.size(); l++) {
            laneIndex.put(lanes.get(l).id(), l);
        }
        // The loader shares equal actor lists, so the lanes of one list are worked out once and shared too.
        Map<List<String>, int[]> ofList = new HashMap<>();
        int[][] byEvent = new int[all.size()][];
        for (int i = 0; i < byEvent.length; i++) {
            List<String> ids = all.get(i).actorIds().isEmpty() ? List.of("") : all.get(i).actorIds();
            byEvent[i] = ofList.computeIfAbsent(ids, list -> list.stream().map(laneIndex::get).filter(l -> l != null)
                    .mapToInt(Integer::intValue).distinct().toArray());
        }
        return new Lanes(lanes, byEvent);
    }

    public int size() {
        return lanes.size();
    }

    public Lane get(int lane) {
        return lanes.get(lane);
    }

    public List<Lane> all() {
        return lanes;
    }

    /**
     * The data's colour, else the palette's for the category's or actor's place in the file: a filter that leaves
     * some lanes out must not paint the others in the colours of the lanes it took away.
     */
    private static String colour(String given, int place) {
        return given != null ? given : PALETTE.get(place % PALETTE.size());
    }

    /**
     * Each actor's colour by its id, as the actors' lanes draw it: the data's, else the palette's for its place among
     * the timeline's actors. The quote cards' speaker dots use it, so that a speaker the file gives no colour is not
     * grey beside a coloured lane.
     */
    public static Map<String, String> actorColours(Timeline timeline) {
        List<Actor> actors = timeline.actors();
        Map<String, String> colours = new HashMap<>();
        for (int a = 0; a < actors.size(); a++) {
            colours.put(actors.get(a).id(), colour(actors.get(a).colour(), a));
        }
        return colours;
    }

    /** The lane's colour: every lane is given one when it is made ({@link #colour}). */
    public String colourOf(int lane) {
        return lanes.get(lane).colour();
    }

    /** By category, each event's category as its place among the categories (-1 for none); null by actor. */
    int[] categoryPlaces() {
        return categoryOf;
    }

    /** By category, the lane of each category place, -1 for a place without one; null by actor. */
    int[] laneOfPlace() {
        if (laneOfCategory == null) {
            return null;
        }
        int[] lane = new int[laneOfCategory.length];
        for (int c = 0; c < lane.length; c++) {
            lane[c] = laneOfCategory[c] == null ? -1 : laneOfCategory[c][0];
        }
        return lane;
    }

    /** The lanes the event at this time-order position is drawn in. */
    public int[] of(int event) {
        if (lanesByEvent != null) {
            return lanesByEvent[event];
        }
        int category = categoryOf[event];
        int[] lane = category < 0 ? null : laneOfCategory[category];
        return lane == null ? NONE : lane;
    }
}
