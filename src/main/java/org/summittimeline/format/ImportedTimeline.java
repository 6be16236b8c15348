package org.summittimeline.format;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.summittimeline.model.Category;
import org.summittimeline.model.Citation;
import org.summittimeline.model.Era;
import org.summittimeline.model.Event;
import org.summittimeline.model.Locator;
import org.summittimeline.model.Precision;
import org.summittimeline.model.Source;
import org.summittimeline.model.TimeBound;
import org.summittimeline.model.Timeline;

/**
 * Builds our timeline from TimelineJS slides, read from its JSON or its spreadsheet alike: dates to bounds with
 * their precision, HTML to plain text, media and links to sources, groups to categories, eras to eras, and
 * {@code unique_id} to ids made valid and unique. What cannot be shown is a warning at its place; the rest opens.
 */
final class ImportedTimeline {
    /** The UTC zone under its IANA name: TimelineJS dates carry no zone, and are shown as written. */
    static final ZoneId ZONE = ZoneId.of("UTC");
    private static final int MAX_TEXT = 65_536;

    /** Where a slide or a field of it stands in the file, to put a problem there. */
    interface Place {
        Problem problem(Severity severity, String message);
    }

    /** A slide's media: what TimelineJS shows beside it, and who made it. */
    record Media(String url, String credit, String caption) {
    }

    /** A date as written: the seven parts, how the file names them, and where it stands. */
    record Date(String[] parts, TimelineJsDate.Labels labels, Place place) {
        boolean isBlank() {
            for (String p : parts) {
                if (p != null && !p.isBlank()) {
                    return false;
                }
            }
            return true;
        }
    }

    /** One TimelineJS slide (an event, an era or the title) as read from either kind of file. */
    record Slide(String uniqueId, Place idPlace, Date start, Date end, String displayDate, String headline,
                 String text, Media media, String group, Place place) {
    }

    private final List<Problem> problems;
    private final String fileName;
    private final Map<String, Category> categories = new LinkedHashMap<>();
    private final Map<String, Source> sources = new LinkedHashMap<>();
    private final Map<String, Place> ids = new HashMap<>();
    private final List<Slide> pendingIds = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<Era> eras = new ArrayList<>();
    private String title;
    private String description;
    private int withoutId;
    private int unsourced;
    /** Where the first slide without id and the first without source stand: their one warning each goes there. */
    private Place firstWithoutId;
    private Place firstUnsourced;
    private int slides;

    private final boolean idsExpected;

    /** @param idsExpected false for a spreadsheet, whose template has no column for ids */
    ImportedTimeline(List<Problem> problems, String fileName, boolean idsExpected) {
        this.problems = problems;
        this.fileName = fileName;
        this.idsExpected = idsExpected;
    }

    /** The title slide: the timeline's title and description. */
    void title(Slide slide) {
        String headline = HtmlText.oneLine(HtmlText.of(slide.headline()).text());
        if (!headline.isEmpty()) {
            title = fit(headline);
        }
        String text = HtmlText.of(slide.text()).text();
        if (!text.isEmpty()) {
            description = fit(text);
        }
    }

    void event(Slide slide) {
        slides++;
        if (slide.start() == null || slide.start().isBlank()) {
            warn(slide.place(), "the event has no start date (start_date, or Year in a sheet); it is left out");
            return;
        }
        TimelineJsDate.Read start = TimelineJsDate.read(slide.start().parts(), slide.start().labels());
        if (!start.ok()) {
            warn(slide.start().place(), start.problem() + "; the event is left out");
            return;
        }
        String phrase = HtmlText.oneLine(HtmlText.of(slide.displayDate()).text());
        TimeBound startBound = new TimeBound(start.earliest(), start.latest(), start.precision(),
                phrase.isEmpty() ? null : fit(phrase), null, List.of(), List.of());
        TimeBound endBound = null;
        if (slide.end() != null && !slide.end().isBlank()) {
            TimelineJsDate.Read end = TimelineJsDate.read(slide.end().parts(), slide.end().labels());
            if (!end.ok()) {
                warn(slide.end().place(), end.problem() + "; the event is shown without its end");
            } else if (end.latest().isBefore(start.earliest())) {
                warn(slide.end().place(), "the event ends before it starts; it is shown without its end");
            } else {
                endBound = new TimeBound(end.earliest(), end.latest(), end.precision(), null, null, List.of(),
                        List.of());
            }
        }
        HtmlText headline = HtmlText.of(slide.headline());
        HtmlText text = HtmlText.of(slide.text());
        String eventTitle = HtmlText.oneLine(headline.text());
        if (eventTitle.isEmpty()) {
            String firstLine = text.text().lines().findFirst().orElse("");
            eventTitle = !firstLine.isBlank() ? shorten(firstLine) : !phrase.isEmpty() ? phrase : "Untitled event";
        }
        List<Citation> cited = new ArrayList<>();
        Media media = slide.media();
        if (media != null) {
            cite(cited, mediaSource(media));
        }
        for (HtmlText html : List.of(headline, text)) {
            for (HtmlText.Link link : html.links()) {
                String words = link.words().equals(link.url()) ? null : link.words();
                cite(cited, new Source(null, host(link.url()), words == null || words.isEmpty() ? null : fit(words),
                        null, link.url()));
            }
        }
        if (cited.isEmpty() && unsourced++ == 0) {
            firstUnsourced = slide.place();
        }
        String id = id(slide);
        events.add(new Event(id, fit(eventTitle), category(slide.group()), List.of(), null,
                text.text().isEmpty() ? null : fit(text.text()), startBound, endBound, cited));
    }

    void era(Slide slide) {
        if (slide.start() == null || slide.start().isBlank() || slide.end() == null || slide.end().isBlank()) {
            warn(slide.place(), "an era needs a start and an end date; it is left out");
            return;
        }
        TimelineJsDate.Read start = TimelineJsDate.read(slide.start().parts(), slide.start().labels());
        TimelineJsDate.Read end = TimelineJsDate.read(slide.end().parts(), slide.end().labels());
        if (!start.ok() || !end.ok()) {
            warn(start.ok() ? slide.end().place() : slide.start().place(),
                    (start.ok() ? end : start).problem() + "; the era is left out");
            return;
        }
        if (end.latest().isBefore(start.earliest())) {
            warn(slide.end().place(), "the era ends before it starts; it is left out");
            return;
        }
        String headline = HtmlText.oneLine(HtmlText.of(slide.headline()).text());
        if (headline.isEmpty()) {
            headline = "Era " + (eras.size() + 1);
            warn(slide.place(), "the era has no headline; it is called \"" + headline + "\"");
        }
        // An era ends at the end of its last day (or hour, minute): a day alone is that whole day, as for an event,
        // and an era "to 24 July" left out the splashdown on the 24th. (A year or a month alone is read as its
        // bounds already.)
        Instant last = end.precision() == Precision.SECOND || !end.earliest().equals(end.latest()) ? end.latest()
                : end.latest().plus(1, end.precision().unit()).minusSeconds(1);
        eras.add(new Era(fit(headline), start.earliest(), last, null));
    }

    Timeline finish() {
        if (withoutId > 0 && idsExpected) {
            warn(firstWithoutId, String.format(Locale.ENGLISH, "%,d", withoutId)
                    + (withoutId == 1 ? " event has no unique_id (this one); it is named after its place, event-N"
                    : " events have no unique_id (the first is here); they are named after their places, event-N"));
        }
        if (unsourced > 0) {
            warn(firstUnsourced, (unsourced == 1 ? "1 event cites no source (this one): it has"
                    : String.format(Locale.ENGLISH, "%,d events cite no source (the first is here): they have",
                    unsourced)) + " neither media with a web address or credit nor a link in "
                    + (unsourced == 1 ? "its" : "their") + " text");
        }
        String name = title != null ? title : fileStem();
        return new Timeline(1, name, description, ZONE, null, List.copyOf(sources.values()), List.of(),
                List.copyOf(categories.values()), events, List.of(), List.of(), eras);
    }

    private String fileStem() {
        String base = fileName.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1);
        int dot = base.lastIndexOf('.');
        base = dot > 0 ? base.substring(0, dot) : base;
        return base.isBlank() ? "Imported timeline" : HtmlText.oneLine(base);
    }

    /** The slide's id: its unique_id made valid, or event-N when it has none; never one used before. */
    private String id(Slide slide) {
        String given = slide.uniqueId() == null ? "" : slide.uniqueId().strip();
        String id;
        if (given.isEmpty()) {
            if (withoutId++ == 0) {
                firstWithoutId = slide.place();
            }
            id = "event-" + slides;
        } else {
            id = given.replaceAll("[^A-Za-z0-9._:-]+", "-").replaceAll("^[^A-Za-z0-9]+", "");
            if (id.isEmpty()) {
                id = "event-" + slides;
            }
            if (!id.equals(given)) {
                warn(slide.idPlace(), "unique_id \"" + HtmlText.oneLine(given) + "\" holds characters an id cannot; "
                        + "it is written \"" + id + "\"");
            }
        }
        if (ids.containsKey(id)) {
            String first = id;
            int n = 2;
            while (ids.containsKey(first + "-" + n)) {
                n++;
            }
            id = first + "-" + n;
            if (!given.isEmpty()) {
                warn(slide.idPlace(), "unique_id \"" + first + "\" is used by an earlier event too; this one is "
                        + "called \"" + id + "\"");
            }
        }
        ids.put(id, slide.idPlace());
        return id;
    }

    private String category(String group) {
        String label = HtmlText.oneLine(group);
        if (label.isEmpty()) {
            label = "Events";
        }
        String id = label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (id.isEmpty()) {
            id = "group-" + (categories.size() + 1);
        }
        String key = id;
        categories.computeIfAbsent(key, k -> new Category(k, fit(HtmlText.oneLine(group).isEmpty() ? "Events"
                : HtmlText.oneLine(group)), null));
        return key;
    }

    /** The source the media stands for: its address, who made it (or the site), its caption; null when none. */
    private static Source mediaSource(Media media) {
        String url = media.url() == null ? "" : media.url().strip();
        boolean web = ValueReaders.isWebAddress(url);
        String credit = HtmlText.oneLine(HtmlText.of(media.credit()).text());
        String caption = HtmlText.oneLine(HtmlText.of(media.caption()).text());
        if (!web && credit.isEmpty()) {
            return null;
        }
        String publisher = !credit.isEmpty() ? credit : host(url);
        return new Source(null, fit(publisher), caption.isEmpty() ? null : fit(caption), null, web ? url : null);
    }

    /** Cites the source, the same one again when an earlier slide named the same. */
    private void cite(List<Citation> cited, Source s) {
        if (s == null) {
            return;
        }
        String key = s.publisher() + "\u0000" + s.title() + "\u0000" + s.url();
        Source known = sources.get(key);
        if (known == null) {
            known = new Source("source-" + (sources.size() + 1), s.publisher(), s.title(), null, s.url());
            sources.put(key, known);
        }
        Citation c = new Citation(known.id(), Locator.NONE);
        if (!cited.contains(c)) {
            cited.add(c);
        }
    }

    /** The site of a web address, without "www.": what a link's source is called when nothing else names it. */
    static String host(String url) {
        String host = URI.create(url).getHost();
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    private static String shorten(String line) {
        String l = HtmlText.oneLine(line);
        return l.length() <= 80 ? l : l.substring(0, 79).strip() + "\u2026";
    }

    /** Our format holds texts of up to 65,536 characters. */
    private static String fit(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - 1) + "\u2026";
    }

    private void warn(Place place, String message) {
        problems.add(place.problem(Severity.WARNING, message));
    }
}
