package org.summittimeline.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A source's own zone: read when it is an IANA name, refused with its place and a suggestion otherwise. */
@Timeout(value = 30, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@Tag("toolkit-free")
class SourceZoneTest {
    private static LoadResult load(String zone) {
        String json = "{\"formatVersion\": 1, \"title\": \"t\", \"timeZone\": \"Europe/Helsinki\",\n"
                + "\"sources\": [{\"id\": \"wh\", \"publisher\": \"White House\", \"zone\": \"" + zone + "\"}],\n"
                + "\"actors\": [], \"categories\": [{\"id\": \"c\", \"label\": \"C\"}], \"events\": [], \"quotes\": []}";
        return new TimelineLoader().load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t.json");
    }

    @Test
    void aSourceTellsItsTimesInItsOwnZone() {
        LoadResult r = load("America/New_York");
        assertEquals(List.of(), r.problems());
        assertEquals(ZoneId.of("America/New_York"), r.timeline().source("wh").orElseThrow().zone());
    }

    @Test
    void aMisspelledOrFixedZoneIsAnErrorAtItsPlace() {
        LoadResult r = load("America/New_Yrok");
        assertEquals("t.json:2:62: error: sources[0].zone: unknown time zone \"America/New_Yrok\"; write an IANA name "
                + "such as \"America/New_York\"", r.problems().get(0).format("t.json"));
        assertNull(r.timeline());
        assertEquals("sources[0].zone", load("GMT+3").problems().get(0).path());
    }
}
