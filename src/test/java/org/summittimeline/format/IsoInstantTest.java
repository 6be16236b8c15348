package org.summittimeline.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written fast path must agree with java.time on every input, valid or not. */
@Tag("toolkit-free")
class IsoInstantTest {

    @Test
    void agreesWithJavaTimeOnTenThousandRandomTimes() {
        SplittableRandom random = new SplittableRandom(42);
        DateTimeFormatter[] shapes = {
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mmxxx"),
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx"),
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX"),
        };
        for (int i = 0; i < 10_000; i++) {
            Instant at = Instant.ofEpochSecond(random.nextLong(0, 4_000_000_000L));
            ZoneOffset offset = ZoneOffset.ofTotalSeconds(random.nextInt(-12 * 4, 14 * 4) * 900);
            String text = shapes[random.nextInt(shapes.length)].format(at.atOffset(offset));
            assertEquals(OffsetDateTime.parse(text).toInstant(), IsoInstant.parse(text), text);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2018-07-16T14:07:05.250+03:00", "2018-07-16T14:07+0300", "2018-07-16T14:07:60+03:00"})
    void unusualShapesGoToJavaTime(String text) {
        Instant expected;
        try {
            expected = OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            assertThrows(DateTimeParseException.class, () -> IsoInstant.parse(text));
            return;
        }
        assertEquals(expected, IsoInstant.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2018-02-30T14:07+03:00", "2018-07-16 14:07", "2018-07-16T14:07", "2018-07-16",
        "2018-13-01T00:00Z", "2018-07-16T24:00+03:00", "2018-07-16T14:07+19:00", "yesterday"})
    void invalidTimesAreRefusedAsJavaTimeRefusesThem(String text) {
        assertThrows(DateTimeParseException.class, () -> IsoInstant.parse(text));
    }

    @Test
    void secondsAreSeenWhereWritten() {
        assertTrue(IsoInstant.hasSeconds("2018-07-16T14:07:05+03:00"));
        assertFalse(IsoInstant.hasSeconds("2018-07-16T14:07+03:00"));
        assertFalse(IsoInstant.hasSeconds("2018-07-16T14:07Z"));
    }

    @Test
    void idsAreCheckedAsTheFormatSays() {
        assertTrue(IdRegistry.isUsableId("press-conference"));
        assertTrue(IdRegistry.isUsableId("q1.a_b:c"));
        assertFalse(IdRegistry.isUsableId("-leading"));
        assertFalse(IdRegistry.isUsableId("has space"));
        assertFalse(IdRegistry.isUsableId("\u00e9t\u00e9"));
        assertFalse(IdRegistry.isUsableId(""));
    }
}
