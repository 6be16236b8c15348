package org.summittimeline.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A problem repeated thousands of times is listed 20 times and then counted, in file order. */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@Tag("toolkit-free")
class ProblemGroupsTest {

    private static Problem unknownField(int event) {
        return new Problem(Severity.WARNING, event + 10, 5, "events[" + event + "].colr",
                "unknown field \"colr\" is ignored; did you mean \"colour\"?");
    }

    @Test
    void tenThousandOfAKindAreListedTwentyTimesThenCounted() {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            problems.add(unknownField(i));
        }
        List<ProblemGroups.Line> lines = ProblemGroups.group(problems);
        assertEquals(21, lines.size());
        assertEquals(problems.subList(0, 20), lines.subList(0, 20).stream().map(ProblemGroups.Line::problem).toList());
        assertTrue(lines.get(20).isCount());
        assertEquals("f.json: warning: \u2026 and 9,980 more like this", lines.get(20).format("f.json"));
    }

    @Test
    void twentyOfAKindAreAllListedAndNothingIsCounted() {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            problems.add(unknownField(i));
        }
        List<ProblemGroups.Line> lines = ProblemGroups.group(problems);
        assertEquals(20, lines.size());
        assertFalse(lines.stream().anyMatch(ProblemGroups.Line::isCount));
    }

    @Test
    void kindsAreCountedApartAndOthersKeepTheirPlace() {
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            problems.add(unknownField(i));
            problems.add(Problem.atRow(Severity.WARNING, i + 2, "\"Month\" is \"M" + i + "\"; write a month"));
        }
        problems.add(new Problem(Severity.ERROR, 99, 1, "title", "must not be empty"));
        List<ProblemGroups.Line> lines = ProblemGroups.group(problems);
        assertEquals(20 + 1 + 20 + 1 + 1, lines.size());
        assertEquals(unknownField(19), lines.get(38).problem());
        assertEquals(5, lines.get(39).moreLikeThis(), "the count follows the 20th of its kind");
        assertEquals("f.csv:row 21: warning: \"Month\" is \"M19\"; write a month", lines.get(40).format("f.csv"));
        assertEquals(5, lines.get(41).moreLikeThis());
        assertEquals("must not be empty", lines.get(42).problem().message());
    }
}
