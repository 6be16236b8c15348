package org.summittimeline.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.summittimeline.format.TimelineLoader;

/**
 * The TimelineJS JSON importer. Most inputs are well-formed TimelineJS files whose slides the fuzzer builds (date
 * parts as numbers, negative or huge years, numeric strings, month names and garbage; eras; HTML in the texts;
 * media; repeated and odd unique_ids; wrong types), so its work goes past the JSON syntax into dates, eras, ids
 * and HTML. An input whose last byte is 0 is read as the file itself, which is how the fixtures under
 * src/test/resources/timelinejs (moon.json) are seeds. Same invariant as {@link LoaderFuzzTest}.
 */
class TimelineJsFuzzTest {
    // NaN and infinities are written as the words, which a strict reader must refuse with a place.
    private static final Gson GSON = new GsonBuilder().serializeSpecialFloatingPointValues().create();
    private static final String[] PARTS = {"year", "month", "day", "hour", "minute", "second", "millisecond"};
    private static final String[] WORDS = {"Sept", "July", "Jully", "12", "-44", " 1969 ", "07", "1e3", "0", "",
        "-0", "2018.5", "+5", "٣", "noon", "1:15 PM", "9999", "10000", "-13800000000", "99999999999999999999"};
    private static final String[] HTML = {"<p>First satellite.<br>See <a href=\"https://en.wikipedia.org/\">it</a>"
        + ".</p>", "<script>alert('x')</script>", "Apollo &amp; Gemini &nbsp;&#x41;&#65;&bogus;", "<b>bold <i>nested",
        "<a href=\"javascript:alert(1)\">link</a>", "line\nbreak\u0000nul\u0007bel", "<blockquote>quote</blockquote>",
        "", "   ", "<p></p><p></p>", "&", "<", "\uD800"};
    private static final String[] URLS = {"https://www.nasa.gov/sputnik.jpg", "javascript:alert(1)",
        "<blockquote>The Eagle has landed</blockquote>", "", "https://", "//example.org/x", "http://[::1]:99999/",
        "https://www.youtube.com/watch?v=x", "file:///etc/passwd", "https://exa mple.org/"};
    private static final String[] IDS = {"sputnik", "sputnik", "my event #5", "", " ", "-", "event-1", "a.b:c_d"};

    @FuzzTest(maxDuration = "2m")
    void slides(FuzzedDataProvider data) {
        if (data.remainingBytes() > 0 && data.consumeInt(0, 7) == 0) {
            // As a file, like the loader target: a file's bad bytes are located by reading it again.
            LoadInvariant.checkBytes(data.consumeRemainingAsBytes());
            return;
        }
        byte[] file = GSON.toJson(timeline(data)).getBytes(StandardCharsets.UTF_8);
        LoadInvariant.check(new TimelineLoader().load(new ByteArrayInputStream(file), "fuzz.json"));
    }

    static JsonObject timeline(FuzzedDataProvider data) {
        JsonObject root = new JsonObject();
        if (data.consumeBoolean()) {
            root.add("title", slide(data, false));
        }
        if (data.consumeBoolean()) {
            JsonArray eras = new JsonArray();
            for (int i = data.consumeInt(0, 6); i > 0; i--) {
                eras.add(rarely(data) ? odd(data) : slide(data, true));
            }
            root.add("eras", eras);
        }
        JsonArray events = new JsonArray();
        for (int i = data.consumeInt(1, 30); i > 0; i--) {
            events.add(rarely(data) ? odd(data) : slide(data, false));
        }
        root.add("events", rarely(data) ? odd(data) : events);
        if (data.consumeBoolean()) {
            root.addProperty("scale", data.consumeBoolean() ? "human" : "cosmological");
        }
        // The importer is chosen by these words in the first 64 KB; make sure it is the one fuzzed.
        root.addProperty("media", "headline start_date");
        return root;
    }

    /**
     * Whether to take the odd path: 1 time in 16. When the fuzzer's bytes run out every choice gives its least
     * value, so the least value must be the usual path, not the odd one.
     */
    private static boolean rarely(FuzzedDataProvider data) {
        return data.consumeInt(0, 15) == 15;
    }

    private static JsonObject slide(FuzzedDataProvider data, boolean era) {
        JsonObject slide = new JsonObject();
        if (!rarely(data)) {
            slide.add("start_date", date(data));
        }
        if (era ? !rarely(data) : data.consumeBoolean()) {
            slide.add("end_date", date(data));
        }
        if (data.consumeInt(0, 3) == 0) {
            slide.addProperty("display_date", text(data));
        }
        if (!rarely(data)) {
            JsonObject text = new JsonObject();
            if (!rarely(data)) {
                text.add("headline", rarely(data) ? odd(data) : new JsonPrimitive(text(data)));
            }
            if (data.consumeBoolean()) {
                text.addProperty("text", text(data));
            }
            slide.add("text", text);
        }
        if (data.consumeBoolean()) {
            JsonObject media = new JsonObject();
            media.addProperty("url", !rarely(data) ? data.pickValue(URLS) : data.consumeString(40));
            if (data.consumeBoolean()) {
                media.addProperty("credit", text(data));
            }
            if (data.consumeBoolean()) {
                media.addProperty("caption", text(data));
            }
            slide.add("media", media);
        }
        switch (data.consumeInt(0, 4)) {
            case 0 -> slide.addProperty("unique_id", data.pickValue(IDS));
            case 1 -> slide.addProperty("unique_id", data.consumeString(20));
            case 2 -> slide.add("unique_id", odd(data));
            default -> { }
        }
        if (data.consumeBoolean()) {
            slide.addProperty("group", data.consumeBoolean() ? data.pickValue(new String[] {"Soviet Union",
                "United States", "", "<b>Press</b>", "!!!"}) : data.consumeString(20));
        }
        return slide;
    }

    /** A date whose parts run from the year down to a part the fuzzer chooses, each in a form it chooses. */
    private static JsonElement date(FuzzedDataProvider data) {
        if (rarely(data)) {
            return odd(data);
        }
        JsonObject date = new JsonObject();
        int finest = data.consumeInt(0, PARTS.length - 1);
        for (int i = 0; i <= finest; i++) {
            if (rarely(data)) {
                continue; // a gap: "day" without "month"
            }
            date.add(PARTS[i], part(data, i));
        }
        if (rarely(data)) {
            date.addProperty("display_date", text(data));
        }
        return date;
    }

    /** The least and greatest sensible value of each part: years of the Common Era, then months to milliseconds. */
    private static final int[][] SENSIBLE = {{1, 2100}, {1, 12}, {1, 28}, {0, 23}, {0, 59}, {0, 59}, {0, 999}};

    private static JsonElement part(FuzzedDataProvider data, int part) {
        switch (data.consumeInt(0, 8)) {
            case 0:
            case 1:
                return new JsonPrimitive(data.consumeInt(SENSIBLE[part][0], SENSIBLE[part][1]));
            case 2:
                return new JsonPrimitive(String.valueOf(data.consumeInt(SENSIBLE[part][0], SENSIBLE[part][1])));
            case 3:
                return new JsonPrimitive(part == 0 ? data.consumeInt(-3000, 3000) : data.consumeInt(-2, 70));
            case 4:
                return new JsonPrimitive(String.valueOf(part == 0 ? data.consumeInt(-3000, 3000)
                        : data.consumeInt(-2, 70)));
            case 5:
                return new JsonPrimitive(data.pickValue(WORDS));
            case 6:
                return new JsonPrimitive(data.consumeLong());
            case 7:
                return new JsonPrimitive(data.consumeString(12));
            default:
                return rarely(data) ? odd(data) : new JsonPrimitive(data.consumeDouble());
        }
    }

    private static String text(FuzzedDataProvider data) {
        return data.consumeBoolean() ? data.pickValue(HTML) : data.consumeString(60);
    }

    /** A value of the wrong kind where an object, a text or a number belongs. */
    private static JsonElement odd(FuzzedDataProvider data) {
        switch (data.consumeInt(0, 5)) {
            case 0:
                return JsonNull.INSTANCE;
            case 1:
                return new JsonPrimitive(data.consumeBoolean());
            case 2:
                return new JsonArray();
            case 3:
                return new JsonObject();
            case 4:
                return new JsonPrimitive(data.consumeInt());
            default:
                return new JsonPrimitive(data.consumeString(10));
        }
    }
}
