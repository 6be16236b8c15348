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

    private final List<Lane> lanes;
    private final int[][] lanesByEvent;

    private Lanes(List<Lane> lanes, int[][] lanesByEvent) {
        this.lanes = List.copyOf(lanes);
        this.lanesByEvent = lanesByEvent;
    }

    public static Lanes of(Timeline timeline, LaneMode mode) {
        return of(timeline, mode, null);
    }

    /**
     * The lanes that hold at least one shown event ({@code shown} null: every lane of the mode), so that a filter
     * leaves no empty lanes behind.
     */
    public static Lanes of(Timeline timeline, LaneMode mode, IntPredicate shown) {
        List<Lane> lanes = new ArrayList<>();
        List<Event> all = timeline.events();
        if (mode == LaneMode.CATEGORY) {
            Set<String> used = new HashSet<>();
            for (int i = 0; i < all.size(); i++) {
                if (shown == null || shown.test(i)) {
                    used.add(all.get(i).categoryId());
                }
            }
            for (Category c : timeline.categories()) {
                if (shown == null || used.contains(c.id())) {
                    lanes.add(new Lane(c.id(), c.label(), c.colour()));
                }
            }
        } else {
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
            for (Actor a : timeline.actors()) {
                if (acting.contains(a.id())) {
                    lanes.add(new Lane(a.id(), a.name(), a.colour()));
                }
            }
            if (someoneless) {
                lanes.add(new Lane("", Texts.get("timeline.lane.noActor"), "#808080"));
            }
        }
        Map<String, Integer> laneIndex = new HashMap<>();
        for (int l = 0; l < lanes.size(); l++) {
            laneIndex.put(lanes.get(l).id(), l);
        }
        List<Event> events = timeline.events();
        int[][] byEvent = new int[events.size()][];
        int[] none = new int[0];
        for (int i = 0; i < byEvent.length; i++) {
            Event e = events.get(i);
            if (mode == LaneMode.CATEGORY) {
                Integer l = laneIndex.get(e.categoryId());
                byEvent[i] = l == null ? none : new int[] {l};
            } else {
                List<String> ids = e.actorIds().isEmpty() ? List.of("") : e.actorIds();
                byEvent[i] = ids.stream().map(laneIndex::get).filter(l -> l != null).mapToInt(Integer::intValue)
                        .distinct().toArray();
            }
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

    /** The lane's colour as "#rrggbb": the data's, or the palette's in turn. */
    public String colourOf(int lane) {
        String given = lanes.get(lane).colour();
        return given == null ? PALETTE.get(lane % PALETTE.size()) : given;
    }

    /** The lanes the event at this time-order position is drawn in. */
    public int[] of(int event) {
        return lanesByEvent[event];
    }

    int[][] byEvent() {
        return lanesByEvent;
    }
}
