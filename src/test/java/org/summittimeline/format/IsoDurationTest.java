package org.summittimeline.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written path must give what {@link Duration#parse} gives, and refuse what it refuses. */
@Tag("toolkit-free")
class IsoDurationTest {

    @Test
    void agreesWithJavaTimeOnRandomHoursMinutesAndSeconds() {
        SplittableRandom random = new SplittableRandom(27);
        for (int i = 0; i < 10_000; i++) {
            StringBuilder text = new StringBuilder(random.nextBoolean() ? "-PT" : "PT");
            int parts = 0;
            for (String unit : new String[] {"H", "M", "S"}) {
                if (random.nextInt(3) > 0) {
                    text.append(random.nextLong(0, random.nextBoolean() ? 100 : 1_000_000_000L)).append(unit);
                    parts++;
                }
            }
            if (parts == 0) {
                text.append(random.nextInt(60)).append('M');
            }
            assertEquals(Duration.parse(text), IsoDuration.parse(text.toString()), text.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"-PT15M", "-PT1M", "PT2H", "PT0S", "PT1H30M", "PT90M", "-PT1H1M1S", "PT999999999H",
        "PT1234567890S", "PT1.5S", "P1D", "P1DT2H", "PT-15M", "+PT15M", "-PT-15M", "pt15m", "PT015M"})
    void givesWhatJavaTimeGives(String text) {
        assertEquals(Duration.parse(text), IsoDuration.parse(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", "P", "PT", "-PT", "PT1", "PTM", "PT1M1H", "PT1M1M", "PT1X", "PT 1M", "T15M",
        "PT15M ", "--PT1M", "15M"})
    void refusesWhatJavaTimeRefuses(String text) {
        assertThrows(DateTimeParseException.class, () -> Duration.parse(text), text);
        assertThrows(DateTimeParseException.class, () -> IsoDuration.parse(text), text);
    }
}
