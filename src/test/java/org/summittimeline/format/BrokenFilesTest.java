package org.summittimeline.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of broken files under src/test/resources/corpus: each one names its problem and its exact place,
 * in the words the command line prints.
 */
class BrokenFilesTest {
    private final TimelineLoader loader = new TimelineLoader();

    static Path corpus(String name) {
        try {
            return Path.of(BrokenFilesTest.class.getResource("/corpus/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Stream<Arguments> brokenFiles() {
        return Stream.of(
                Arguments.of("bad-colour.json", List.of(
                        "bad-colour.json:9:55: error: actors[0].colour: \"red\" is not a colour; write it as # and six hex digits, such as \"#1f77b4\"")),
                Arguments.of("bad-relation-basis.json", List.of(
                        "bad-relation-basis.json:24:67: error: quotes[1].relations[0].basis: \"inferred\" is not a basis; write \"sourced\" when a source makes the link or \"editorial\" when the timeline's author does")),
                Arguments.of("bad-source-date.json", List.of(
                        "bad-source-date.json:6:45: error: sources[0].date: \"2019-13\" is not a date; write YYYY-MM-DD, or YYYY-MM or YYYY when only the month or year is known, such as 2018-07-16 or 2019")),
                Arguments.of("bad-duration.json", List.of(
                        "bad-duration.json:17:57: error: events[0].end.relativeTo.offset: \"15 minutes\" is not a duration; write an ISO-8601 duration such as \"-PT15M\" (15 minutes before) or \"PT2H\" (2 hours after)")),
                Arguments.of("bad-quote-kind.json", List.of(
                        "bad-quote-kind.json:20:86: error: quotes[0].kind: \"verbatim\" is not a kind of quote; write \"direct\" for the speaker's own words or \"paraphrase\" for reported speech")),
                Arguments.of("byte-order-mark.json", List.of(
                        "byte-order-mark.json:1:1: warning: the file starts with a UTF-8 byte-order mark; it is skipped here, but other JSON tools reject it, so save the file as UTF-8 without BOM")),
                Arguments.of("citation-unknown-source.json", List.of(
                        "citation-unknown-source.json:21:27: error: quotes[0].source.source: no source has the id \"reuters\"; add it to the sources or correct the id")),
                Arguments.of("comment.json", List.of(
                        "comment.json:3:3: error: JSON has no comments; remove the comment or move its text into a \"description\" field")),
                Arguments.of("date-for-time.json", List.of(
                        "date-for-time.json:16:15: error: events[0].start: \"2018-07-16\" is not an ISO-8601 time with an offset; a date alone is not a time; write bounds {\"earliest\": \"2018-07-16T00:00+03:00\", \"latest\": \"2018-07-16T23:59+03:00\", \"precision\": \"day\"}")),
                Arguments.of("deep-nesting.json", List.of(
                        "deep-nesting.json:4:75: error: values are nested more than 64 levels deep; a timeline never needs that many")),
                Arguments.of("duplicate-event-id.json", List.of(
                        "duplicate-event-id.json:18:12: error: events[1].id: duplicate id \"talks\": events[0] already uses it; give each event its own id")),
                Arguments.of("duplicate-field.json", List.of(
                        "duplicate-field.json:4:3: error: the field \"title\" appears twice in one object (first at line 3); keep only one of them")),
                Arguments.of("earliest-after-latest.json", List.of(
                        "earliest-after-latest.json:17:26: error: events[0].start.latest: the latest time 2018-07-16T14:07+03:00 is before the earliest 2018-07-16T14:12+03:00; swap them")),
                Arguments.of("empty.json", List.of(
                        "empty.json:1:1: error: the file is empty; a timeline file is a JSON object that starts with '{' (see docs/FORMAT.md)")),
                Arguments.of("end-before-start.json", List.of(
                        "end-before-start.json:17:13: error: events[0].end: the end (2018-07-16T13:07+03:00 at the latest) is before the start (2018-07-16T14:07+03:00 at the earliest); swap them or correct one")),
                Arguments.of("event-unknown-category.json", List.of(
                        "event-unknown-category.json:15:51: error: events[0].category: no category has the id \"press\"; add it to the categories or correct the id")),
                Arguments.of("event-without-sources.json", List.of(
                        "event-without-sources.json:15:5: error: events[0]: the required field \"sources\" is missing; cite at least one source, e.g. [{\"source\": \"ap\", \"paragraph\": 3}]")),
                Arguments.of("events-not-a-list.json", List.of(
                        "events-not-a-list.json:15:5: error: events: expected a list [ … ], found an object")),
                Arguments.of("fixed-offset-time-zone.json", List.of(
                        "fixed-offset-time-zone.json:4:15: error: timeZone: \"+03:00\" is a fixed offset, not a time zone; write the place's IANA name, such as \"Europe/Helsinki\", so that summer time is right")),
                Arguments.of("garbage-after-document.json", List.of(
                        "garbage-after-document.json:24:1: error: unexpected text after the end of the document; a timeline file holds exactly one JSON object, so remove what follows its closing '}'")),
                Arguments.of("huge-string.json", List.of(
                        "huge-string.json:15:50: error: a text value of 70000 characters is longer than the 65536 this reader accepts; shorten it")),
                Arguments.of("many-errors.json", List.of(
                        "many-errors.json:3:12: error: title: expected text in double quotation marks, found the number 7",
                        "many-errors.json:15:51: error: events[0].category: no category has the id \"tlaks\"; did you mean \"talks\"?",
                        "many-errors.json:20:29: error: quotes[0].speaker: no actor has the id \"putin\"; add it to the actors or correct the id",
                        "many-errors.json:20:86: error: quotes[0].kind: \"quoted\" is not a kind of quote; write \"direct\" for the speaker's own words or \"paraphrase\" for reported speech")),
                Arguments.of("missing-colon.json", List.of(
                        "missing-colon.json:3:11: error: expected ':' between a field name and its value")),
                Arguments.of("missing-format-version.json", List.of(
                        "missing-format-version.json:1:1: error: the required field \"formatVersion\" is missing; write \"formatVersion\": 1 (this build reads format version 1)")),
                Arguments.of("missing-start.json", List.of(
                        "missing-start.json:15:5: error: events[0]: the required field \"start\" is missing; every event needs a start time, exact or as bounds")),
                Arguments.of("missing-title.json", List.of(
                        "missing-title.json:1:1: error: the required field \"title\" is missing")),
                Arguments.of("newer-format-version.json", List.of(
                        "newer-format-version.json:2:20: error: formatVersion: this file is written in format version 2, but this build reads format version 1; open it with a newer Summit Timeline")),
                Arguments.of("not-a-web-address.json", List.of(
                        "not-a-web-address.json:6:63: error: sources[0].url: \"javascript:alert(1)\" is not a web address; write a full http:// or https:// URL")),
                Arguments.of("not-utf8.json", List.of(
                        "not-utf8.json:3:16: error: the byte 0xE9 here is not UTF-8; save the file as UTF-8 (in most editors: Save As, Encoding UTF-8)")),
                Arguments.of("number-for-title.json", List.of(
                        "number-for-title.json:3:12: error: title: expected text in double quotation marks, found the number 42")),
                Arguments.of("paragraph-zero.json", List.of(
                        "paragraph-zero.json:21:46: error: quotes[0].source.paragraph: paragraphs are counted from 1, found 0")),
                Arguments.of("presentation-unknown-ids.json", List.of(
                        "presentation-unknown-ids.json:24:41: error: presentation[0].quotes[1]: no quote has the id \"q2\"; did you mean \"q1\"?",
                        "presentation-unknown-ids.json:25:15: error: presentation[1].event: no event has the id \"lunch\"; add it to the events or correct the id")),
                Arguments.of("quote-unknown-event.json", List.of(
                        "quote-unknown-event.json:20:47: error: quotes[0].event: no event has the id \"lunch\"; add it to the events or correct the id")),
                Arguments.of("quote-unknown-speaker.json", List.of(
                        "quote-unknown-speaker.json:20:29: error: quotes[0].speaker: no actor has the id \"trunp\"; did you mean \"trump\"?")),
                Arguments.of("relative-cycle.json", List.of(
                        "relative-cycle.json:19:40: error: events[1].start.relativeTo.event: relative times form a cycle: removal.start → presser.start → removal.start; anchor one of them to a clock time")),
                Arguments.of("relative-missing-event.json", List.of(
                        "relative-missing-event.json:16:40: error: events[0].start.relativeTo.event: no event has the id \"presser\" to count this time from")),
                Arguments.of("relative-outside-limits.json", List.of(
                        "relative-outside-limits.json:13:15: error: events[0].start: counted from \"presser\" this time lies between 2018-07-16T17:50+03:00 and 2018-07-16T18:14+03:00, which its clock-time limits (not after 2018-07-16T17:40+03:00) exclude; correct the offsets or the limits")),
                Arguments.of("relative-to-missing-end.json", List.of(
                        "relative-to-missing-end.json:19:40: error: events[1].start.relativeTo.event: the event \"talks\" has no end to count from; use \"point\": \"start\" or give that event an end")),
                Arguments.of("root-is-list.json", List.of(
                        "root-is-list.json:1:1: error: a timeline file holds one JSON object { … }, but this file holds a list")),
                Arguments.of("single-quotes.json", List.of(
                        "single-quotes.json:3:3: error: text and names take double quotation marks (\"), not single ones (')")),
                Arguments.of("tab-in-string.json", List.of(
                        "tab-in-string.json:3:12: error: this text runs into a line break or other control character: close it with \" before the end of its line, and write a tab or line break inside text as \\t or \\n")),
                Arguments.of("time-without-offset.json", List.of(
                        "time-without-offset.json:16:15: error: events[0].start: \"2018-07-16 14:07\" is not an ISO-8601 time with an offset; write 2018-07-16T14:07+03:00")),
                Arguments.of("trailing-comma-array.json", List.of(
                        "trailing-comma-array.json:10:3: error: a comma stands before ']'; remove the comma after the last item")),
                Arguments.of("trailing-comma-object.json", List.of(
                        "trailing-comma-object.json:4:1: error: expected a field name in double quotation marks; remove a comma that stands before '}'")),
                Arguments.of("two-time-forms.json", List.of(
                        "two-time-forms.json:16:15: error: events[0].start: a time takes exactly one form, but this one has at and earliest/latest; keep one")),
                Arguments.of("unclosed-string.json", List.of(
                        "unclosed-string.json:3:12: error: this text runs into a line break or other control character: close it with \" before the end of its line, and write a tab or line break inside text as \\t or \\n")),
                Arguments.of("unknown-field.json", List.of(
                        "unknown-field.json:12:39: warning: categories[0].colr: unknown field \"colr\" is ignored; did you mean \"colour\"?")),
                Arguments.of("unknown-time-zone.json", List.of(
                        "unknown-time-zone.json:4:15: error: timeZone: unknown time zone \"Europe/Helsinky\"; write an IANA name such as \"Europe/Helsinki\"")),
                Arguments.of("whitespace-only.json", List.of(
                        "whitespace-only.json:1:1: error: the file is empty; a timeline file is a JSON object that starts with '{' (see docs/FORMAT.md)")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void eachBrokenFileIsExplainedAtItsPlace(String file, List<String> expected) {
        LoadResult result = loader.load(corpus(file));
        List<String> printed = result.problems().stream().map(p -> p.format(file)).toList();
        assertEquals(expected, printed);
    }

    @Test
    void theCorpusHoldsAtLeastThirtyBrokenFiles() {
        assertTrue(brokenFiles().count() >= 30, "corpus size " + brokenFiles().count());
    }

    @Test
    void filesWithOnlyWarningsStillLoad() {
        for (String name : List.of("byte-order-mark.json", "unknown-field.json")) {
            LoadResult result = loader.load(corpus(name));
            assertFalse(result.hasErrors(), name);
            assertEquals(1, result.warnings().size(), name);
            assertNotNull(result.timeline(), name);
            assertEquals("Minimal", result.timeline().title());
        }
    }

    @Test
    void filesWithErrorsGiveNoTimeline() {
        LoadResult result = loader.load(corpus("many-errors.json"));
        assertTrue(result.hasErrors());
        assertNull(result.timeline());
        assertEquals(4, result.errors().size(), "every problem is reported in one pass");
    }

    @Test
    void aFolderIsNotATimeline() {
        LoadResult result = loader.load(corpus("directory.json"));
        assertEquals(List.of("d: error: is a folder, not a timeline file; name a .json file inside it"),
                result.problems().stream().map(p -> p.format("d")).toList());
    }

    @Test
    void aMissingFileIsNamedAsMissing(@TempDir Path dir) {
        LoadResult result = loader.load(dir.resolve("nowhere.json"));
        assertEquals("no such file; check the name and the folder", result.problems().get(0).message());
        assertEquals(0, result.problems().get(0).line());
    }

    @Test
    void aFileThatCannotBeReadSaysWhy(@TempDir Path dir) throws IOException {
        // A link that points at itself cannot be opened, even by root, on every Unix file system.
        Path loop = dir.resolve("loop.json");
        Files.createSymbolicLink(loop, loop.getFileName());
        LoadResult result = loader.load(loop);
        assertTrue(result.hasErrors());
        Problem p = result.problems().get(0);
        assertTrue(p.message().startsWith("cannot be read: "), p.message());
        assertTrue(p.message().toLowerCase().contains("symbolic links"), p.message());
    }

    @Test
    void aReadThatFailsPartWayIsReportedNotThrown() {
        InputStream failing = new InputStream() {
            private int served;

            @Override
            public int read() throws IOException {
                if (served++ < 20) {
                    return "{\"formatVersion\": 1, ".charAt(served - 1);
                }
                throw new IOException("Input/output error");
            }
        };
        LoadResult result = loader.load(failing, "usb-stick.json");
        assertEquals(List.of("usb-stick.json: error: reading stopped part way: Input/output error; check that the "
                + "file is still there and try again"), result.problems().stream().map(p -> p.format(result.fileName())).toList());
    }

    @Test
    void aFileLargerThanTheCapIsRefusedBeforeReading() {
        LoadResult result = new TimelineLoader(LoadLimits.DEFAULT.withMaxFileBytes(100)).load(corpus("valid-minimal.json"));
        String message = result.problems().get(0).message();
        long size = corpus("valid-minimal.json").toFile().length();
        assertEquals("the file is " + size + " bytes, larger than the 100 bytes this reader accepts; split it into "
                + "smaller timelines", message);
    }
}
