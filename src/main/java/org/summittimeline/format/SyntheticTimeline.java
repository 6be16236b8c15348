package org.summittimeline.format;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

/**
 * Writes large, seeded, valid timelines for measuring the loader and the viewer: a fifth of the events are
 * ranges, some times are bounds or relative, six categories, twenty actors and about one quote of 20 to 40
 * words per event. The "bursty" shape puts nine events in ten into one hundredth of the span, as news
 * archives do. It streams, so a million events need no more memory than ten.
 */
public final class SyntheticTimeline {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx")
            .withZone(ZoneOffset.UTC);
    private static final String[] CATEGORIES = {"arrival", "meeting", "talks", "press", "security", "statement"};
    private static final String[] TOPICS = {"election interference", "indictments", "collusion", "intelligence",
        "Syria", "Israel", "Iran", "Korean Peninsula", "energy market", "relations", "nuclear weapons", "trade"};
    private static final String[] WORDS = ("the president said that talks with our partners were open and useful "
            + "but differences remain on security energy trade and the future of cooperation between both countries "
            + "we discussed intelligence matters at length and agreed to meet again soon after the summit in Helsinki "
            + "nobody should doubt our resolve reporters asked whether interference took place during the election "
            + "campaign he denied it and called the claims nonsense while officials declined further comment today")
            .split(" ");

    private final int events;
    private final long seed;
    private final boolean bursty;
    private final Instant start = Instant.parse("2018-01-01T00:00:00Z");
    private final Duration span;

    public SyntheticTimeline(int events, long seed, boolean bursty, Duration span) {
        if (events < 1) {
            throw new IllegalArgumentException("at least one event");
        }
        this.events = events;
        this.seed = seed;
        this.bursty = bursty;
        this.span = span;
    }

    /** A year's span, the shape the benchmarks use. */
    public SyntheticTimeline(int events, long seed, boolean bursty) {
        this(events, seed, bursty, Duration.ofDays(365));
    }

    public void write(Writer out) throws IOException {
        SplittableRandom random = new SplittableRandom(seed);
        JsonWriter json = new JsonWriter(out);
        json.beginObject();
        json.name("formatVersion").value(1);
        json.name("title").value("Synthetic timeline: " + events + " events, seed " + seed + (bursty ? ", bursty" : ""));
        json.name("description").value("Generated for measurements; the words are random.");
        json.name("timeZone").value("Europe/Helsinki");
        json.name("sources").beginArray();
        for (int s = 0; s < 10; s++) {
            json.beginObject().name("id").value("s" + s).name("publisher").value("Publisher " + s)
                    .name("title").value("Report " + s).endObject();
        }
        json.endArray();
        json.name("actors").beginArray();
        for (int a = 0; a < 20; a++) {
            json.beginObject().name("id").value("a" + a).name("name").value("Speaker " + a).endObject();
        }
        json.endArray();
        json.name("categories").beginArray();
        for (String c : CATEGORIES) {
            json.beginObject().name("id").value(c).name("label").value(c).endObject();
        }
        json.endArray();
        json.name("events").beginArray();
        long spanSeconds = span.getSeconds();
        long burstStart = spanSeconds / 2;
        long burstLength = Math.max(1, spanSeconds / 100);
        for (int i = 0; i < events; i++) {
            long offset = bursty && random.nextInt(10) < 9
                    ? burstStart + random.nextLong(burstLength)
                    : random.nextLong(spanSeconds);
            Instant at = start.plusSeconds(offset);
            json.beginObject();
            json.name("id").value("e" + i);
            json.name("title").value(words(random, 3 + random.nextInt(5)));
            json.name("category").value(CATEGORIES[random.nextInt(CATEGORIES.length)]);
            json.name("actors").beginArray().value("a" + random.nextInt(20)).value("a" + random.nextInt(20)).endArray();
            json.name("summary").value(words(random, 12 + random.nextInt(12)));
            json.name("start");
            int form = random.nextInt(100);
            boolean relative = form < 5 && i > 0;
            if (relative) {
                json.beginObject().name("relativeTo").beginObject().name("event").value("e" + random.nextInt(i))
                        .name("earliestOffset").value("-PT15M").name("latestOffset").value("-PT1M").endObject()
                        .name("phrase").value("minutes before").endObject();
            } else if (form < 35) {
                json.beginObject().name("earliest").value(ISO.format(at))
                        .name("latest").value(ISO.format(at.plusSeconds(60L * (1 + random.nextInt(30)))))
                        .name("phrase").value("about then").endObject();
            } else {
                json.value(ISO.format(at));
            }
            if (random.nextInt(5) == 0 && !relative) {
                json.name("end").value(ISO.format(at.plusSeconds(3600L + random.nextInt(4 * 3600))));
            }
            json.name("sources").beginArray().beginObject().name("source").value("s" + random.nextInt(10))
                    .name("paragraph").value(1 + random.nextInt(30)).endObject().endArray();
            json.endObject();
        }
        json.endArray();
        json.name("quotes").beginArray();
        for (int i = 0; i < events; i++) {
            json.beginObject();
            json.name("id").value("q" + i);
            json.name("speaker").value("a" + random.nextInt(20));
            json.name("event").value("e" + random.nextInt(events));
            json.name("text").value(words(random, 20 + random.nextInt(21)));
            json.name("kind").value(random.nextInt(3) == 0 ? "paraphrase" : "direct");
            json.name("topics").beginArray();
            int topics = 1 + random.nextInt(3);
            for (int t = 0; t < topics; t++) {
                json.value(TOPICS[random.nextInt(TOPICS.length)]);
            }
            json.endArray();
            json.name("source").beginObject().name("source").value("s" + random.nextInt(10))
                    .name("paragraph").value(1 + random.nextInt(30)).endObject();
            json.endObject();
        }
        json.endArray();
        json.endObject();
        json.flush();
    }

    private static String words(SplittableRandom random, int count) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < count; w++) {
            if (w > 0) {
                text.append(' ');
            }
            text.append(WORDS[random.nextInt(WORDS.length)]);
        }
        return text.toString();
    }
}
