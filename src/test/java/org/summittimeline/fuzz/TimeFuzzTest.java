package org.summittimeline.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.google.gson.Gson;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.summittimeline.format.TimelineLoader;

/**
 * The time parser and resolver: well-formed files whose times are chosen by the fuzzer (texts, bounds, accounts,
 * chains of relative times with any offsets and points, clock-time limits, any zone name), so the fuzzer spends
 * its work past the JSON syntax. Same invariant as {@link LoaderFuzzTest}.
 */
class TimeFuzzTest {
    private static final Gson GSON = new Gson();
    private static final String[] ZONES = {"Europe/Helsinki", "UTC", "America/New_York", "Asia/Kathmandu"};
    private static final String[] TIMES = {"2018-07-16T14:07+03:00", "2018-07-16T14:07:05Z", "0001-01-01T00:00Z",
        "9999-12-31T23:59:59Z", "2018-03-25T03:30+03:00", "2018-07-16T14:07:05.123456789-12:00"};
    private static final String[] DURATIONS = {"PT0S", "-PT15M", "PT2H", "P1D", "-P3650000D", "PT-0.000000001S"};

    @FuzzTest(maxDuration = "2m")
    void timesAndRelativeChains(FuzzedDataProvider data) {
        String json = timeline(data);
        LoadInvariant.check(new TimelineLoader().load(
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "fuzz.json"));
    }

    static String timeline(FuzzedDataProvider data) {
        StringBuilder out = new StringBuilder();
        String zone = data.consumeBoolean() ? data.pickValue(ZONES) : data.consumeString(24);
        out.append("{\"formatVersion\": 1, \"title\": \"t\", \"timeZone\": ").append(GSON.toJson(zone))
                .append(", \"sources\": [{\"id\": \"s\", \"publisher\": \"p\"}], \"categories\": [{\"id\": \"c\", ")
                .append("\"label\": \"C\"}], \"events\": [");
        int events = data.consumeInt(1, 40);
        for (int i = 0; i < events; i++) {
            out.append(i == 0 ? "" : ", ").append("{\"id\": \"e").append(i).append("\", \"title\": \"E\", ")
                    .append("\"category\": \"c\", \"sources\": [{\"source\": \"s\"}], \"start\": ")
                    .append(time(data, events));
            if (data.consumeBoolean()) {
                out.append(", \"end\": ").append(time(data, events));
            }
            out.append("}");
        }
        return out.append("]}").toString();
    }

    private static String time(FuzzedDataProvider data, int events) {
        switch (data.consumeInt(0, 4)) {
            case 0:
                return GSON.toJson(instant(data));
            case 1:
                return "{\"earliest\": " + GSON.toJson(instant(data)) + ", \"latest\": " + GSON.toJson(instant(data))
                        + "}";
            case 2:
                return "{\"accounts\": [{\"at\": " + GSON.toJson(instant(data)) + ", \"sources\": [{\"source\": "
                        + "\"s\"}]}, {\"earliest\": " + GSON.toJson(instant(data)) + ", \"latest\": "
                        + GSON.toJson(instant(data)) + ", \"sources\": [{\"source\": \"s\"}]}]}";
            default:
                StringBuilder r = new StringBuilder("{\"relativeTo\": {\"event\": \"e")
                        .append(data.consumeInt(0, events)).append("\", \"point\": ")
                        .append(data.consumeBoolean() ? "\"start\"" : "\"end\"");
                if (data.consumeBoolean()) {
                    r.append(", \"offset\": ").append(GSON.toJson(duration(data)));
                } else {
                    r.append(", \"earliestOffset\": ").append(GSON.toJson(duration(data)))
                            .append(", \"latestOffset\": ").append(GSON.toJson(duration(data)));
                }
                r.append("}");
                if (data.consumeBoolean()) {
                    r.append(", \"earliest\": ").append(GSON.toJson(instant(data)));
                }
                if (data.consumeBoolean()) {
                    r.append(", \"latest\": ").append(GSON.toJson(instant(data)));
                }
                return r.append("}").toString();
        }
    }

    private static String instant(FuzzedDataProvider data) {
        return data.consumeBoolean() ? data.pickValue(TIMES) : data.consumeString(40);
    }

    private static String duration(FuzzedDataProvider data) {
        return data.consumeBoolean() ? data.pickValue(DURATIONS) : data.consumeString(30);
    }
}
