package org.summittimeline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class CommandLineTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        Integer code = CommandLine.runWithoutWindow(CommandLine.parse(args),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return code;
    }

    private static String corpus(String name) throws URISyntaxException {
        return Path.of(CommandLineTest.class.getResource("/corpus/" + name).toURI()).toString();
    }

    private List<String> outLines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void validatingTheBundledFileSucceeds() {
        assertEquals(0, run("--validate", "data/helsinki-2018-summit.json"));
        assertEquals(List.of("data/helsinki-2018-summit.json: ok: 12 events, 29 quotes, 48 sources"), outLines());
    }

    @Test
    void aBrokenFileExitsWithOneAndPrintsCompilerStyleLines() throws URISyntaxException {
        String file = corpus("time-without-offset.json");
        assertEquals(1, run("--validate", corpus("valid-minimal.json"), file));
        assertEquals(file + ":16:15: error: events[0].start: \"2018-07-16 14:07\" is not an ISO-8601 time with an "
                + "offset; write 2018-07-16T14:07+03:00", outLines().get(1));
    }

    @Test
    void warningsAloneStillExitWithZero() throws URISyntaxException {
        assertEquals(0, run("--validate", corpus("unknown-field.json")));
        assertTrue(outLines().get(0).contains(": warning: categories[0].colr: unknown field"));
    }

    @Test
    void unusableArgumentsExitWithTwo() {
        assertEquals(2, run("--validate"));
        assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("summit-timeline: --validate needs at least one file"));
        assertEquals(2, run("--frobnicate"));
        assertEquals(2, run("a.json", "b.json"));
        assertEquals(2, run("--validate", "a.json", "--fast"));
    }

    @Test
    void helpExitsWithZero() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("--validate FILE..."));
    }

    @Test
    void versionPrintsThePomsVersion() {
        assertEquals(0, run("--version"));
        String printed = out.toString(StandardCharsets.UTF_8).strip();
        assertTrue(printed.matches("summit-timeline \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), printed);
        assertEquals(2, run("--version", "extra"));
    }

    @Test
    void aWrongOptionPrintsTheUsageOnTheErrorStreamAndExitsWithTwo() {
        assertEquals(2, run("--verison"));
        assertEquals("summit-timeline: unknown option --verison" + System.lineSeparator() + CommandLine.USAGE_TEXT
                + System.lineSeparator(), err.toString(StandardCharsets.UTF_8));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helpListsEveryOption() {
        assertEquals(0, run("--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        for (String option : List.of("--present", "--validate", "--generate", "--seed", "--bursty", "--out",
                "--version", "--help")) {
            assertTrue(help.contains(option), option);
        }
    }

    @Test
    void presentOpensAFileOrTheBundledTimelineAndStartsPresenting() {
        CommandLine.Open open = assertInstanceOf(CommandLine.Open.class, CommandLine.parse("--present", "lesson.json"));
        assertEquals(Path.of("lesson.json"), open.file());
        assertTrue(open.present());
        CommandLine.Open bundled = assertInstanceOf(CommandLine.Open.class, CommandLine.parse("--present"));
        assertNull(bundled.file());
        assertTrue(bundled.present());
        assertEquals(2, run("--present", "a.json", "b.json"));
    }

    @Test
    void generateWritesAValidTimelineButNeverOverAFile(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path out = dir.resolve("g.json");
        assertEquals(0, run("--generate", "50", "--seed", "9", "--bursty", "--out", out.toString()));
        var loaded = new org.summittimeline.format.TimelineLoader().load(out);
        assertEquals(java.util.List.of(), loaded.problems());
        assertEquals(50, loaded.timeline().events().size());
        byte[] before = java.nio.file.Files.readAllBytes(out);
        assertEquals(1, run("--generate", "10", "--out", out.toString()));
        assertTrue(java.util.Arrays.equals(before, java.nio.file.Files.readAllBytes(out)), "the file is untouched");
        assertEquals(2, run("--generate", "ten", "--out", out.toString()));
    }

    @Test
    void openingNeedsTheWindowSoRunsNothingHere() {
        assertNull(CommandLine.runWithoutWindow(CommandLine.parse("my.json"), System.out, System.err));
        CommandLine.Open open = assertInstanceOf(CommandLine.Open.class, CommandLine.parse("my.json"));
        assertEquals(Path.of("my.json"), open.file());
        assertNull(assertInstanceOf(CommandLine.Open.class, CommandLine.parse()).file());
    }

    @Test
    void generateExplainsEachUnusableArgumentAndShowsTheUsage() {
        String numbers = "--generate takes a number of events, then --seed NUMBER, --bursty and --out FILE";
        for (String[] args : new String[][] {{"--generate"}, {"--generate", "ten", "--out", "g.json"},
                {"--generate", "5", "--seed"}, {"--generate", "5", "--seed", "x", "--out", "g.json"},
                {"--generate", "5", "--out"}}) {
            assertGenerateUsage(numbers, args);
        }
        assertGenerateUsage("--generate needs at least 1 event", "--generate", "0", "--out", "g.json");
        assertGenerateUsage("--generate needs at least 1 event", "--generate", "-3", "--out", "g.json");
        assertGenerateUsage("--generate needs --out FILE", "--generate", "5", "--seed", "2");
        assertGenerateUsage("unknown option --fast after --generate", "--generate", "5", "--fast", "--out", "g.json");
    }

    private void assertGenerateUsage(String problem, String... args) {
        out.reset();
        err.reset();
        assertEquals(2, run(args), String.join(" ", args));
        assertEquals("summit-timeline: " + problem + System.lineSeparator() + CommandLine.USAGE_TEXT
                + System.lineSeparator(), err.toString(StandardCharsets.UTF_8), String.join(" ", args));
        assertEquals("", out.toString(StandardCharsets.UTF_8));
    }
}
