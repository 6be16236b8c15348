package org.summittimeline.ui.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.summittimeline.model.Source;
import org.summittimeline.model.Timeline;
import org.summittimeline.query.TimeText;
import org.summittimeline.ui.Texts;

/**
 * The time zones offered for the axis, from the open file rather than a list written for one: the timeline's
 * own zone, the zones its sources and its written times are told in, UTC, the reader's zone when it is another,
 * and any zone chosen from the whole list; the second axis offers the same without the main axis's zone.
 * No toolkit.
 */
public final class ZoneChoices {
    /** A zone with the name a reader knows it by. */
    public record Choice(String label, ZoneId zone) {
        @Override
        public String toString() {
            return label;
        }

        // Written out, not generated: the generated pair is linked through method handles the first time it runs, which
        // a start or a load paid for (StartPathBootstrapTest; PERFORMANCE.md, session 25).
        @Override
        public boolean equals(Object other) {
            return other instanceof Choice c && Objects.equals(label, c.label) && Objects.equals(zone, c.zone);
        }

        @Override
        public int hashCode() {
            return 31 * Objects.hashCode(label) + Objects.hashCode(zone);
        }
    }

    private ZoneChoices() {
    }

    public static List<Choice> forAxis(Timeline timeline, ZoneId yours, List<ZoneId> chosenBefore) {
        List<Choice> out = new ArrayList<>();
        ZoneId own = timeline.zone();
        add(out, new Choice(Texts.format("zone.timeline", TimeText.city(own)), own));
        for (ZoneId z : writtenIn(timeline)) {
            add(out, new Choice(label(z), z));
        }
        add(out, new Choice("UTC", ZoneId.of("UTC")));
        add(out, new Choice(Texts.format("zone.yours", label(yours)), yours));
        for (ZoneId z : chosenBefore) {
            add(out, new Choice(label(z), z));
        }
        return out;
    }

    /**
     * The zones the file's own times are told in: the zones its sources give (a White House transcript's
     * Washington), and for each offset its times are written in, a zone of the file or its sources that has that
     * offset then, or else the offset itself. UTC is left to its own choice.
     */
    private static List<ZoneId> writtenIn(Timeline timeline) {
        List<ZoneId> known = new ArrayList<>();
        known.add(timeline.zone());
        for (Source s : timeline.sources()) {
            if (s.zone() != null && !known.contains(s.zone())) {
                known.add(s.zone());
            }
        }
        List<ZoneId> out = new ArrayList<>(known.subList(1, known.size()));
        List<Instant> when = new ArrayList<>();
        if (!timeline.events().isEmpty()) {
            when.add(timeline.events().get(0).start().earliest());
            when.add(timeline.events().get(timeline.events().size() - 1).start().earliest());
        }
        for (ZoneOffset offset : timeline.writtenOffsets()) {
            if (offset.getTotalSeconds() != 0) {
                out.add(known.stream().filter(z -> when.stream().anyMatch(t -> z.getRules().getOffset(t).equals(offset)))
                        .findFirst().orElse(offset));
            }
        }
        return out;
    }

    /** The second axis's choices: none, or any of the axis's choices other than the zone it shows now. */
    public static List<Choice> forSecondAxis(List<Choice> axis, ZoneId main) {
        List<Choice> out = new ArrayList<>();
        out.add(new Choice(Texts.get("zone.noSecond"), null));
        for (Choice c : axis) {
            if (!same(c.zone(), main)) {
                out.add(c);
            }
        }
        return out;
    }

    /**
     * Every zone id Java knows, sorted, whose id or city contains the typed text (case and accents ignored), or
     * that is known by another name containing it (zone-names.properties: "Beijing" finds Shanghai's zone,
     * "Tokio" Tokyo's).
     */
    public static List<ZoneId> search(String typed) {
        String needle = typed == null ? "" : fold(typed.trim()).replace(' ', '_');
        Set<String> known = ZoneId.getAvailableZoneIds();
        List<ZoneId> out = new ArrayList<>();
        for (String id : new TreeSet<>(known)) {
            if (!offered(id, known)) {
                continue;
            }
            // Zone ids are ASCII: lower case is all they need, not a decomposition per id and keystroke.
            if (id.toLowerCase(Locale.ROOT).contains(needle) || !needle.isEmpty() && alsoCalled(id, typed) != null) {
                out.add(ZoneId.of(id));
            }
        }
        return out;
    }

    /**
     * Whether the list offers zone {@code id}: a place's zone ("Europe/Helsinki", "America/Argentina/Cordoba") or
     * UTC, and not an old spelling of one Java also knows (zone-renames.properties). Left out: the links kept for old
     * programs ("US/Eastern", "Japan", "EST5EDT", "Etc/GMT+5", whose sign is the reverse of its offset's).
     */
    static boolean offered(String id, Set<String> known) {
        if (id.equals("UTC")) {
            return true;
        }
        int slash = id.indexOf('/');
        if (slash < 0 || !PLACE_AREAS.contains(id.substring(0, slash))) {
            return false;
        }
        String current = RENAMED.getProperty(id);
        return current == null || !known.contains(current);
    }


    /** The other name of the zone that contains the typed text ("Beijing" for Asia/Shanghai), or null. */
    public static String alsoCalled(String zoneId, String typed) {
        String needle = typed == null ? "" : fold(typed.trim());
        String names = OTHER_NAMES.getProperty(zoneId);
        String before = OLD_CITIES.getProperty(zoneId);
        if (before != null) {
            names = names == null ? before : names + "," + before;
        }
        // Found by its own city ("Mo" finds Moscow), the row has no other name to give.
        if (needle.isEmpty() || names == null || zoneId.toLowerCase(Locale.ROOT).contains(needle.replace(' ', '_'))) {
            return null;
        }
        for (String name : names.split(",")) {
            if (fold(name.trim()).replace('_', ' ').contains(needle.replace('_', ' '))) {
                return name.trim();
            }
        }
        return null;
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    /** The zone lists' areas and the old names that are no places (zone-areas.properties says which and why). */
    private static final Properties AREAS = read("zone-areas.properties");
    private static final Set<String> PLACE_AREAS = listed("areas");
    private static final Set<String> NOT_PLACES = listed("notPlaces");

    private static final Properties OTHER_NAMES = read("zone-names.properties");
    private static final Properties RENAMED = read("zone-renames.properties");
    /** Each current zone's old cities ("Katmandu" for Asia/Kathmandu), as other names it is found by. */
    private static final Properties OLD_CITIES = oldCities();

    private static Properties oldCities() {
        Properties cities = new Properties();
        for (String old : RENAMED.stringPropertyNames()) {
            String current = RENAMED.getProperty(old);
            String city = old.substring(old.lastIndexOf('/') + 1).replace('_', ' ');
            if (city.equals(city.toUpperCase(Locale.ROOT)) || NOT_PLACES.contains(city)) {
                continue;
            }
            String had = cities.getProperty(current);
            cities.setProperty(current, had == null ? city : had + "," + city);
        }
        return cities;
    }

    private static Set<String> listed(String key) {
        Set<String> names = new HashSet<>();
        for (String name : AREAS.getProperty(key, "").split(",")) {
            if (!name.isBlank()) {
                names.add(name.trim());
            }
        }
        return Set.copyOf(names);
    }

    private static Properties read(String resource) {
        Properties names = new Properties();
        try (InputStream in = ZoneChoices.class.getResourceAsStream(resource)) {
            if (in != null) {
                names.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            // Without the other names a zone is still found by its own city.
        }
        return names;
    }

    static String label(ZoneId zone) {
        if (zone instanceof ZoneOffset offset && !isUtc(zone)) {
            return "UTC" + offset.getId().replace('-', '\u2212');
        }
        return isUtc(zone) ? "UTC" : TimeText.city(zone) + " (" + zone.getId() + ")";
    }

    private static void add(List<Choice> out, Choice c) {
        if (out.stream().noneMatch(o -> same(o.zone(), c.zone()))) {
            out.add(c);
        }
    }

    private static boolean same(ZoneId a, ZoneId b) {
        return a != null && b != null && (a.equals(b) || isUtc(a) && isUtc(b) || a.normalized().equals(b.normalized()));
    }

    private static boolean isUtc(ZoneId z) {
        return z.normalized().equals(ZoneId.of("UTC").normalized())
                && (z.getId().equals("UTC") || z.getId().equals("Etc/UTC") || z.getId().equals("Z")
                || z.getId().equals("Etc/UCT") || z.getId().equals("UCT") || z.getId().equals("Etc/Universal")
                || z.getId().equals("Etc/Zulu") || z.getId().equals("GMT") || z.getId().equals("Etc/GMT"));
    }
}
