package org.summittimeline.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
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
    void aTimeOfTheRightShapeSaysWhichPartIsOutOfRange() {
        assertEquals(new IsoInstant.Misfit(8, "July 2018 has no day 32; it has days 01 to 31"),
                IsoInstant.misfit("2018-07-32T20:55+03:00"));
        assertEquals(new IsoInstant.Misfit(8, "February 2018 has no day 30; it has days 01 to 28"),
                IsoInstant.misfit("2018-02-30T14:07+03:00"));
        assertNull(IsoInstant.misfit("2016-02-29T14:07+03:00"), "a leap year's 29 February is a day");
        assertEquals(new IsoInstant.Misfit(5, "there is no month 13; months run from 01 to 12"),
                IsoInstant.misfit("2018-13-01T00:00Z"));
        assertEquals(11, IsoInstant.misfit("2018-07-15T25:55+03:00").index());
        assertTrue(IsoInstant.misfit("2018-07-16T24:00+03:00").what().contains("midnight is T00:00 of the next day"));
        assertEquals(14, IsoInstant.misfit("2018-07-16T14:60+03:00").index());
        assertEquals(17, IsoInstant.misfit("2018-07-16T14:07:60+03:00").index());
        assertEquals(new IsoInstant.Misfit(16, "the offset +19:00 does not exist; offsets from UTC run from -18:00 to +18:00"),
                IsoInstant.misfit("2018-07-16T14:07+19:00"));
        assertEquals(new IsoInstant.Misfit(20, "the offset +03:60 has no minute 60; minutes run from 00 to 59"),
                IsoInstant.misfit("2018-07-16T14:07+03:60"));
        // The shape is what is wrong here, or nothing is: no part to name.
        for (String text : List.of("2018-07-16 14:07", "2018-07-16T14:07", "2018-07-16", "yesterday",
                "2018-07-16T14:07+0300", "2018-07-16T14:07+03:00")) {
            assertNull(IsoInstant.misfit(text), text);
        }
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
