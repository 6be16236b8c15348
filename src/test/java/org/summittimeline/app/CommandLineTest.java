package org.summittimeline.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@Tag("toolkit-free")
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
    void aSyntaxErrorIsFollowedByANoteThatTheReadingStoppedThere() throws URISyntaxException {
        String file = corpus("missing-comma-between-items.json");
        assertEquals(1, run("--validate", file));
        List<String> lines = outLines();
        assertEquals(2, lines.size(), String.join("\n", lines));
        String place = lines.get(0).substring(0, lines.get(0).indexOf(": error: "));
        assertEquals(place + ": note: reading stopped at this syntax error; mistakes after it, if any, are told "
                + "once it is mended", lines.get(1));
    }

    @Test
    void aFileReadToItsEndGetsNoStopNote() throws URISyntaxException {
        assertEquals(1, run("--validate", corpus("time-without-offset.json"), corpus("empty.json")));
        assertTrue(outLines().stream().noneMatch(line -> line.contains(": note: ")), String.join("\n", outLines()));
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
    void anOutputInAFolderThatIsNotThereSaysSoNotTheTemporaryFilesName(@org.junit.jupiter.api.io.TempDir Path dir) {
        Path missing = dir.resolve("no-such-folder").resolve("h.pdf");
        assertEquals(1, run("--handout", "data/helsinki-2018-summit.json", "--out", missing.toString()));
        String said = err.toString(StandardCharsets.UTF_8);
        assertTrue(said.contains("cannot write " + missing + ": there is no folder " + dir.resolve("no-such-folder")
                + "; create it first"), said);
        assertFalse(said.contains(".tmp"), "no temporary file's name: " + said);
        err.reset();
        assertEquals(1, run("--generate", "5", "--out", missing.resolveSibling("g.json").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("there is no folder"), err.toString());
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

    private static String fixture(String name) throws URISyntaxException {
        return Path.of(CommandLineTest.class.getResource("/timelinejs/" + name).toURI()).toString();
    }

    @Test
    void convertWritesTimelineJsInOurFormatWithItsWarningsOnStandardError(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path outFile = dir.resolve("moon-converted.json");
        String in = fixture("moon.json");
        assertEquals(0, run("--convert", in, "--out", outFile.toString()));
        assertEquals(List.of(outFile + ": wrote 8 events, 0 quotes, 2 eras and 4 sources"), outLines());
        List<String> warnings = err.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(7, warnings.size());
        assertTrue(warnings.contains(in + ":32:5: warning: events[5]: the event has no start date (start_date, or "
                + "Year in a sheet); it is left out"), warnings.toString());
        out.reset();
        assertEquals(0, run("--validate", outFile.toString()));
        assertEquals(List.of(outFile + ":61:5: warning: events[0]: 5 events cite no source (the first is here); "
                + "give each \"sources\", such as "
                + "[{\"source\": \"ap\", \"paragraph\": 3}], so that readers can check it",
                outFile + ": ok: 8 events, 0 quotes, 4 sources, 1 warning"), outLines());
    }

    @Test
    void convertReadsTheSheetAndValidateAcceptsItToo(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path outFile = dir.resolve("sheet.json");
        assertEquals(0, run("--convert", fixture("sheet.csv"), "--out", outFile.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(fixture("sheet.csv")
                + ":row 5: warning: \"Month\" is \"Jully\""));
        out.reset();
        assertEquals(0, run("--validate", fixture("sheet.csv")));
        assertEquals(fixture("sheet.csv") + ": ok: 3 events, 0 quotes, 1 source, 4 warnings",
                outLines().get(outLines().size() - 1));
    }

    @Test
    void convertRefusesToWriteOverItsInputOrFromABrokenFile(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        Path in = java.nio.file.Files.copy(Path.of(fixture("moon.json")), dir.resolve("moon.json"));
        byte[] before = java.nio.file.Files.readAllBytes(in);
        assertEquals(2, run("--convert", in.toString(), "--out", dir.resolve(".").resolve("moon.json").toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("is the file being converted"));
        assertTrue(java.util.Arrays.equals(before, java.nio.file.Files.readAllBytes(in)), "the input is untouched");
        Path outFile = dir.resolve("never.json");
        assertEquals(1, run("--convert", corpus("time-without-offset.json"), "--out", outFile.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("has errors; nothing was written"));
        assertTrue(java.nio.file.Files.notExists(outFile));
        assertEquals(1, run("--convert", corpus("missing-colon.json"), "--out", outFile.toString()));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(": note: reading stopped at this syntax error"));
        assertTrue(java.nio.file.Files.notExists(outFile));
        assertEquals(2, run("--convert", in.toString()));
        assertEquals(2, run("--convert", in.toString(), "--to", "x.json"));
    }

    @Test
    void validateListsAKindOfProblemTwentyTimesThenCountsTheRest(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        StringBuilder csv = new StringBuilder("Year,Month,Headline\n");
        for (int i = 0; i < 10_000; i++) {
            csv.append("2018,Jully,Event ").append(i).append('\n');
        }
        csv.append("2018,7,The one that opens\n");
        Path file = java.nio.file.Files.writeString(dir.resolve("many.csv"), csv);
        assertEquals(0, run("--validate", file.toString()));
        List<String> lines = outLines();
        // 20 bad months, the count of the rest, the unsourced warning at the one event that opens, the summary.
        assertEquals(20 + 1 + 1 + 1, lines.size(), lines.toString());
        assertEquals(file + ":row 2: warning: \"Month\" is \"Jully\"; write a month from 1 to 12 or its English "
                + "name; the event is left out", lines.get(0));
        assertEquals(file + ": warning: \u2026 and 9,980 more like this", lines.get(20));
        assertTrue(lines.get(21).startsWith(file + ":row 10002: warning: 1 event cites no source"), lines.get(21));
    }

    @Test
    void helpListsConvert() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("--convert IN --out OUT.json"));
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
