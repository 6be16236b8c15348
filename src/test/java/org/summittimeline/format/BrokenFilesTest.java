package org.summittimeline.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.concurrent.TimeUnit;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of broken files under src/test/resources/corpus: each one names its problem and its exact place,
 * in the words the command line prints.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@Tag("toolkit-free")
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
                Arguments.of("account-relative.json", List.of(
                        "account-relative.json:16:29: error: events[0].start.accounts[0]: an account is a clock time: use \"at\" or \"earliest\"/\"latest\"")),
                Arguments.of("bad-anchor-point.json", List.of(
                        "bad-anchor-point.json:19:58: error: events[1].start.relativeTo.point: expected \"start\" or \"end\", found \"middle\"")),
                // A word as the first thing in the file: another kind of file, not a word to put in quotation marks.
                Arguments.of("bare-word.json", List.of(
                        "bare-word.json:1:1: error: this is not a JSON timeline: such a file is one JSON object that starts with '{' (see Help \u25b8 Timeline File Format, and File \u25b8 Open Example for a whole one)")),
                // Past the 60 letters a shown line keeps before its place: the place is the character itself.
                Arguments.of("control-in-closed-text.json", List.of(
                        "control-in-closed-text.json:20:135: error: this text holds the control character U+0007 at character 71; remove it")),
                Arguments.of("bad-precision.json", List.of(
                        "bad-precision.json:16:61: error: events[0].start.precision: \"minutes\" is not a precision; write \"second\", \"minute\", \"hour\" or \"day\"")),
                Arguments.of("bad-relation-type.json", List.of(
                        "bad-relation-type.json:22:29: error: quotes[0].relations[0].type: \"supports\" is not a relation; write \"respondsTo\", \"contradicts\" or \"corrects\"")),
                Arguments.of("bad-timecode.json", List.of(
                        "bad-timecode.json:17:47: error: events[0].sources[0].timecode: \"1h02\" is not a timecode; write hours:minutes:seconds, such as \"01:02:03\"")),
                Arguments.of("citation-two-places.json", List.of(
                        "citation-two-places.json:17:18: error: events[0].sources[0]: a citation names one place in its source, but this one has paragraph and page; keep one")),
                Arguments.of("comma-before-bracket-in-value.json", List.of(
                        "comma-before-bracket-in-value.json:17:50: error: a comma stands before ']'; remove the comma after the last item")),
                Arguments.of("duration-as-number.json", List.of(
                        "duration-as-number.json:19:59: error: events[1].start.relativeTo.offset: expected a duration in quotation marks, found the number 300; write an ISO-8601 duration such as \"-PT15M\" (15 minutes before) or \"PT2H\" (2 hours after)")),
                Arguments.of("empty-sources-list.json", List.of(
                        "empty-sources-list.json:17:17: error: events[0].sources: cite at least one source")),
                Arguments.of("empty-title.json", List.of(
                        "empty-title.json:3:12: error: title: must not be empty")),
                Arguments.of("empty-topic.json", List.of(
                        "empty-topic.json:21:27: error: quotes[0].topics[1]: expected non-empty text, found the text \"\"")),
                Arguments.of("invalid-escape.json", List.of(
                        "invalid-escape.json:3:18: error: a text value has an invalid escape after '\\'; use \\\" \\\\ \\/ \\b \\f \\n \\r \\t or \\uXXXX")),
                Arguments.of("item-not-an-object.json", List.of(
                        "item-not-an-object.json:6:5: error: sources[0]: expected an item of sources as an object { \u2026 }, found the text \"ap\"",
                        "item-not-an-object.json:17:29: error: events[0].sources[0].source: no source has the id \"ap\"; add it to the sources or correct the id",
                        "item-not-an-object.json:21:27: error: quotes[0].source.source: no source has the id \"ap\"; add it to the sources or correct the id")),
                // A misspelt required field: one error at the misspelling says what to write (it was an error at
                // the brace, and apart from it a warning with the mending); an optional one keeps its warning. The
                // time zone too, which another reader than the unknown fields' reads.
                Arguments.of("misspelt-required-field.json", List.of(
                        "misspelt-required-field.json:4:3: error: timeZon: \"timeZon\" looks like the required field \"timeZone\" misspelt: write \"timeZone\"; write the zone the clock times are told in, as its IANA name, such as \"timeZone\": \"Europe/Helsinki\" (or \"UTC\")",
                        "misspelt-required-field.json:12:21: error: categories[0].lable: \"lable\" looks like the required field \"label\" misspelt: write \"label\"",
                        "misspelt-required-field.json:15:21: error: events[0].titel: \"titel\" looks like the required field \"title\" misspelt: write \"title\"",
                        "misspelt-required-field.json:15:60: warning: events[0].locaton: unknown field \"locaton\" is ignored; did you mean \"location\"?")),
                Arguments.of("missing-comma-between-fields.json", List.of(
                        "missing-comma-between-fields.json:3:21: error: a comma is missing after this field's value: add ',' here, before the next field (the next begins on line 4)")),
                Arguments.of("missing-comma-before-blank-lines.json", List.of(
                        "missing-comma-before-blank-lines.json:6:55: error: a comma is missing after this list item: add ',' here, before the next item (the next begins on line 9)")),
                Arguments.of("missing-comma-between-items.json", List.of(
                        "missing-comma-between-items.json:6:55: error: a comma is missing after this list item: add ',' here, before the next item (the next begins on line 7)")),
                Arguments.of("no-accounts.json", List.of(
                        "no-accounts.json:16:28: error: events[0].start.accounts: list at least one account")),
                Arguments.of("not-a-date.json", List.of(
                        "not-a-date.json:4:42: error: date: \"16.7.2018\" is not a date; write it as YYYY-MM-DD, such as 2018-07-16")),
                Arguments.of("offset-and-pair.json", List.of(
                        "offset-and-pair.json:19:30: error: events[1].start.relativeTo: give either \"offset\" or \"earliestOffset\" and \"latestOffset\", not both")),
                Arguments.of("offset-without-pair.json", List.of(
                        "offset-without-pair.json:19:30: error: events[1].start.relativeTo: the required field \"latestOffset\" is missing; offsets come in pairs: \"earliestOffset\" and \"latestOffset\"")),
                Arguments.of("unknown-actor-after-empty.json", List.of(
                        "unknown-actor-after-empty.json:15:71: error: events[0].actors[0]: expected non-empty text, found the text \"\"",
                        "unknown-actor-after-empty.json:15:75: error: events[0].actors[1]: no actor has the id \"ghost\"; add it to the actors or correct the id")),
                Arguments.of("offset-beyond-18-hours.json", List.of(
                        "offset-beyond-18-hours.json:16:32: error: events[0].start: \"2018-07-16T14:07+18:30\" is not a time that exists: the offset +18:30 does not exist; offsets from UTC run from -18:00 to +18:00")),
                Arguments.of("day-beyond-month.json", List.of(
                        "day-beyond-month.json:16:31: error: events[0].start.at: \"2018-07-32T20:55+03:00\" is not a time that exists: July 2018 has no day 32; it has days 01 to 31")),
                Arguments.of("offsets-out-of-order.json", List.of(
                        "offsets-out-of-order.json:19:91: error: events[1].start.relativeTo.latestOffset: the latest offset PT1M is before the earliest offset PT9M; swap them")),
                Arguments.of("older-format-version.json", List.of(
                        "older-format-version.json:2:20: error: formatVersion: this file is written in format version 0, but this build reads format version 1; write 1")),
                Arguments.of("paragraph-not-whole.json", List.of(
                        "paragraph-not-whole.json:21:46: error: quotes[0].source.paragraph: expected a whole number, found the number 2.5")),
                Arguments.of("quote-without-source.json", List.of(
                        "quote-without-source.json:20:5: error: quotes[0]: the required field \"source\" is missing; cite where the words come from, e.g. {\"source\": \"ap\", \"paragraph\": 3}")),
                Arguments.of("relation-to-itself.json", List.of(
                        "relation-to-itself.json:22:52: error: quotes[0].relations[0].quote: a quote cannot relate to itself")),
                Arguments.of("time-as-number.json", List.of(
                        "time-as-number.json:16:22: error: events[0].start.at: expected an ISO-8601 time in quotation marks, found the number 1531739220")),
                Arguments.of("time-without-form.json", List.of(
                        "time-without-form.json:16:15: error: events[0].start: a time needs one of \"at\", \"earliest\" and \"latest\", \"relativeTo\" or \"accounts\"")),
                Arguments.of("stray-character.json", List.of(
                        "stray-character.json:3:12: error: expected a value here: text in double quotation marks, a number, true, false, null, a list [ \u2026 ] or an object { \u2026 }")),
                Arguments.of("unquoted-symbol.json", List.of(
                        "unquoted-symbol.json:3:12: error: a word without quotation marks; write text in double quotation marks, or true, false or null")),
                // Gson counts lines at \n only; a lone \r must not move the line read again to refine the message.
                Arguments.of("carriage-return-before-a-word.json", List.of(
                        "carriage-return-before-a-word.json:3:12: error: a word without quotation marks; write text in double quotation marks, or true, false or null")),
                Arguments.of("double-comma.json", List.of(
                        "double-comma.json:17:51: error: two commas stand together with nothing between them; remove the extra comma")),
                Arguments.of("double-comma-in-object.json", List.of(
                        "double-comma-in-object.json:3:16: error: two commas stand together with nothing between them; remove the extra comma")),
                Arguments.of("comma-first-in-list.json", List.of(
                        "comma-first-in-list.json:3:14: error: a comma stands before the list's first item; remove the comma")),
                Arguments.of("too-many-topics.json", List.of(
                        "too-many-topics.json:22:16: error: quotes[0].topics: holds 10001 items, more than the 10000 this reader accepts")),
                Arguments.of("truncated.json", List.of(
                        "truncated.json:17:1: error: the file ends before the document is complete: a closing '}' or ']' is missing")),
                Arguments.of("unquoted-word.json", List.of(
                        "unquoted-word.json:3:12: error: a word without quotation marks; write text in double quotation marks, or true, false or null")),
                // The one Gson message without words of our own: the raw fallback, still at its place.
                Arguments.of("unterminated-escape.json", List.of(
                        "unterminated-escape.json:3:20: error: the JSON is malformed (Unterminated escape sequence)")),
                Arguments.of("unusable-id.json", List.of(
                        "unusable-id.json:15:12: error: events[0].id: \"press conference\" is not a usable id; use letters, digits and . _ : - only, starting with a letter or digit (e.g. \"press-conference\")",
                        "unusable-id.json:20:47: error: quotes[0].event: no event has the id \"talks\"; add it to the events or correct the id")),
                Arguments.of("variant-without-source.json", List.of(
                        "variant-without-source.json:21:64: error: quotes[0].variants[0]: the required field \"source\" is missing; a variant is another source's rendering, so it cites that source")),
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
                // An object left open: its '}' deleted with or without the ',' after it. A comma added, or quotation
                // marks, would not mend it.
                Arguments.of("missing-brace-between-items.json", List.of(
                        "missing-brace-between-items.json:17:52: error: '{' cannot follow a field's value: the object before it is not closed; add '}' here, then ',' before the next '{' (the '{' is on line 18)")),
                Arguments.of("missing-brace-before-comma.json", List.of(
                        "missing-brace-before-comma.json:18:5: error: the object before this ',' is not closed: add '}' before the ',' (the '{' after it begins the next object)")),
                Arguments.of("duplicate-event-id.json", List.of(
                        "duplicate-event-id.json:18:12: error: events[1].id: duplicate id \"talks\": events[0] already uses it (the item that begins at line 15); give each event its own id")),
                Arguments.of("duplicate-field.json", List.of(
                        "duplicate-field.json:4:3: error: the field \"title\" appears twice in one object (first at line 3); keep only one of them")),
                Arguments.of("earliest-after-latest.json", List.of(
                        "earliest-after-latest.json:17:26: error: events[0].start.latest: the latest time 2018-07-16T14:07+03:00 is before the earliest 2018-07-16T14:12+03:00; swap them")),
                Arguments.of("empty.json", List.of(
                        "empty.json:1:1: error: the file is empty; a timeline file is a JSON object that starts with '{' (see Help \u25b8 Timeline File Format, and File \u25b8 Open Example for a whole one)")),
                Arguments.of("end-before-start.json", List.of(
                        "end-before-start.json:17:13: error: events[0].end: the end (2018-07-16T13:07+03:00 at the latest) is before the start (2018-07-16T14:07+03:00 at the earliest); swap them or correct one")),
                Arguments.of("event-unknown-category.json", List.of(
                        "event-unknown-category.json:15:51: error: events[0].category: no category has the id \"press\"; add it to the categories or correct the id")),
                Arguments.of("event-without-sources.json", List.of(
                        "event-without-sources.json:15:5: warning: events[0]: 1 event cites no source (this one); give it \"sources\", such as [{\"source\": \"ap\", \"paragraph\": 3}], so that readers can check it")),
                Arguments.of("events-not-a-list.json", List.of(
                        "events-not-a-list.json:15:5: error: events: expected a list [ … ], found an object")),
                Arguments.of("fixed-offset-time-zone.json", List.of(
                        "fixed-offset-time-zone.json:4:15: error: timeZone: \"+03:00\" is a fixed offset, not a time zone; write the place's IANA name, such as \"Europe/Helsinki\", so that summer time is right")),
                Arguments.of("garbage-after-document.json", List.of(
                        "garbage-after-document.json:24:1: error: unexpected text after the end of the document; a timeline file holds exactly one JSON object, so remove what follows its closing '}'")),
                Arguments.of("huge-string.json", List.of(
                        "huge-string.json:15:50: error: a text value of 70000 characters is longer than the 65536 this reader accepts; shorten it")),
                Arguments.of("many-errors.json", List.of(
                        "many-errors.json:3:12: error: title: expected text in double quotation marks, found the number 7; write it in quotation marks, \"7\", or the text meant",
                        "many-errors.json:15:51: error: events[0].category: no category has the id \"tlaks\"; did you mean \"talks\"?",
                        "many-errors.json:20:29: error: quotes[0].speaker: no actor has the id \"putin\"; add it to the actors or correct the id",
                        "many-errors.json:20:86: error: quotes[0].kind: \"quoted\" is not a kind of quote; write \"direct\" for the speaker's own words or \"paraphrase\" for reported speech")),
                Arguments.of("missing-colon.json", List.of(
                        "missing-colon.json:3:11: error: expected ':' between a field name and its value")),
                Arguments.of("missing-format-version.json", List.of(
                        "missing-format-version.json:1:1: error: the required field \"formatVersion\" is missing; write \"formatVersion\": 1 (this build reads format version 1)")),
                Arguments.of("missing-start.json", List.of(
                        "missing-start.json:15:5: error: events[0]: the required field \"start\" is missing; every event needs a start time, exact or as bounds")),
                Arguments.of("null-time-zone.json", List.of(
                        "null-time-zone.json:4:15: error: timeZone: found null, but this field is required; write the zone the clock times are told in, as its IANA name, such as \"timeZone\": \"Europe/Helsinki\" (or \"UTC\")")),
                Arguments.of("null-event-title.json", List.of(
                        "null-event-title.json:15:30: error: events[0].title: expected text in double quotation marks, found null; this field is required")),
                Arguments.of("missing-time-zone.json", List.of(
                        "missing-time-zone.json:1:1: error: the required field \"timeZone\" is missing; write the zone the clock times are told in, as its IANA name, such as \"timeZone\": \"Europe/Helsinki\" (or \"UTC\")")),
                Arguments.of("markdown-not-json.json", List.of(
                        "markdown-not-json.json:1:1: error: this is not a JSON timeline: such a file is one JSON object that starts with '{' (see Help \u25b8 Timeline File Format, and File \u25b8 Open Example for a whole one)")),
                Arguments.of("missing-title.json", List.of(
                        "missing-title.json:1:1: error: the required field \"title\" is missing")),
                Arguments.of("newer-format-version.json", List.of(
                        "newer-format-version.json:2:20: error: formatVersion: this file is written in format version 2, but this build reads format version 1; open it with a newer Summit Timeline")),
                Arguments.of("not-a-web-address.json", List.of(
                        "not-a-web-address.json:6:63: error: sources[0].url: \"javascript:alert(1)\" is not a web address; write a full http:// or https:// URL")),
                Arguments.of("not-utf8.json", List.of(
                        "not-utf8.json:3:16: error: the byte 0xE9 here is not UTF-8; save the file as UTF-8 (in most editors: Save As, Encoding UTF-8)")),
                Arguments.of("number-for-title.json", List.of(
                        "number-for-title.json:3:12: error: title: expected text in double quotation marks, found the number 42; write it in quotation marks, \"42\", or the text meant")),
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
                        // Closed after the tab: the place is the tab, not the text's opening quotation mark, and
                        // the text needs no closing (unclosed-string.json below does).
                        "tab-in-string.json:3:17: error: this text holds a tab at character 5; remove it (only a description, summary, text, context or notes may hold one, written \\t)")),
                Arguments.of("time-without-offset.json", List.of(
                        "time-without-offset.json:16:15: error: events[0].start: \"2018-07-16 14:07\" is not an ISO-8601 time with an offset; write 2018-07-16T14:07+03:00")),
                Arguments.of("trailing-comma-array.json", List.of(
                        "trailing-comma-array.json:9:44: error: a comma stands before ']'; remove the comma after the last item")),
                Arguments.of("trailing-comma-object.json", List.of(
                        "trailing-comma-object.json:3:21: error: a comma stands before '}'; remove the comma after the last item")),
                Arguments.of("two-time-forms.json", List.of(
                        "two-time-forms.json:16:15: error: events[0].start: a time takes exactly one form, but this one has at and earliest/latest; keep one")),
                Arguments.of("unclosed-string.json", List.of(
                        "unclosed-string.json:3:12: error: this text runs into a line break or other control character: close it with \" before the end of its line, and write a tab or line break inside text as \\t or \\n")),
                Arguments.of("unknown-field.json", List.of(
                        "unknown-field.json:12:39: warning: categories[0].colr: unknown field \"colr\" is ignored; did you mean \"colour\"?")),
                Arguments.of("unknown-time-zone.json", List.of(
                        "unknown-time-zone.json:4:15: error: timeZone: unknown time zone \"Europe/Helsinky\"; write an IANA name such as \"Europe/Helsinki\"")),
                // Issue 12 item 3: files that look valid but crashed the loader or the drawing.
                Arguments.of("relative-offset-overflows.json", List.of(
                        "relative-offset-overflows.json:19:15: error: events[1].start: counted from \"talks\" with these offsets this time falls outside the years 1 to 9999 (UTC) a timeline holds unless its \"years\" say otherwise; correct the offsets")),
                Arguments.of("relative-past-year-9999.json", List.of(
                        "relative-past-year-9999.json:19:15: error: events[1].start: counted from \"talks\" with these offsets this time falls outside the years 1 to 9999 (UTC) a timeline holds unless its \"years\" say otherwise; correct the offsets")),
                Arguments.of("year-at-instant-edge.json", List.of(
                        "year-at-instant-edge.json:16:15: error: events[0].start: \"+999999999-12-31T23:59+03:00\" lies outside the years -9999 to 9999 (UTC), the years a timeline can show; check the year")),
                Arguments.of("year-zero.json", List.of(
                        "year-zero.json:16:15: error: events[0].start: \"0000-07-16T14:07+03:00\" lies outside the years 1 to 9999 (UTC) a timeline holds unless its \"years\" say otherwise; check the year, or state the years the timeline covers, such as \"years\": {\"from\": -800, \"to\": 600}")),
                // Issue 13: a file may state other years than 1 to 9999, within -9999 to 9999.
                Arguments.of("time-outside-stated-years.json", List.of(
                        "time-outside-stated-years.json:17:15: error: events[0].start: \"1818-07-16T14:07+03:00\" lies outside the years 1900 to 2100 (UTC) this file's \"years\" allow; check the year")),
                Arguments.of("years-end-before-begin.json", List.of(
                        "years-end-before-begin.json:5:33: error: years.to: the years end (1900) before they begin (2100); \"to\" is the last year the timeline holds, so it is at least \"from\"")),
                Arguments.of("years-beyond-range.json", List.of(
                        "years-beyond-range.json:5:21: error: years.from: the year -20000 lies outside -9999 to 9999, the years a timeline can show; write a year between them")),
                Arguments.of("years-without-to.json", List.of(
                        "years-without-to.json:5:12: error: years: the required field \"to\" is missing; give the first and the last year, such as {\"from\": -800, \"to\": 600}")),
                // Written after the events, narrower years still catch a time outside them (the earliest here).
                Arguments.of("years-after-events.json", List.of(
                        "years-after-events.json:19:15: error: events[1].start: \"1818-07-16T14:07+03:00\" lies outside the years 1900 to 2100 (UTC) this file's \"years\" allow; check the year")),
                Arguments.of("years-not-an-object.json", List.of(
                        "years-not-an-object.json:5:12: error: years: expected the years the timeline covers as an object { \u2026 }, found the number -500")),
                // Issue 12 item 5: accepted before, and wrong.
                Arguments.of("events-null.json", List.of(
                        "events-null.json:14:13: error: events: expected a list [ \u2026 ], found null; write [] when there are no events")),
                Arguments.of("zone-gmt-plus.json", List.of(
                        "zone-gmt-plus.json:4:15: error: timeZone: \"GMT+3\" is a fixed offset, not a time zone; write the place's IANA name, such as \"Europe/Helsinki\", so that summer time is right")),
                Arguments.of("zone-etc-gmt.json", List.of(
                        "zone-etc-gmt.json:4:15: error: timeZone: \"Etc/GMT-3\" is a fixed offset, not a time zone; write the place's IANA name, such as \"Europe/Helsinki\", so that summer time is right")),
                Arguments.of("zone-utc-offset.json", List.of(
                        "zone-utc-offset.json:4:15: error: timeZone: \"UTC+03:00\" is a fixed offset, not a time zone; write the place's IANA name, such as \"Europe/Helsinki\", so that summer time is right")),
                Arguments.of("timecode-out-of-range.json", List.of(
                        "timecode-out-of-range.json:17:47: error: events[0].sources[0].timecode: \"99:99:99\" is not a timecode: minutes and seconds run from 00 to 59; write hours:minutes:seconds, such as \"01:02:03\"")),
                Arguments.of("unpaired-surrogate.json", List.of(
                        "unpaired-surrogate.json:20:64: error: a text holds half a character, the escape \\uD83D without its other half, at character 4; write the character itself (the file is UTF-8) or both halves of its escape")),
                Arguments.of("control-character-nul.json", List.of(
                        "control-character-nul.json:15:30: error: events[0].title: holds the control character U+0000 at character 4; this field is one line of text, so remove it (line breaks belong in a summary)")),
                Arguments.of("control-character-bel.json", List.of(
                        "control-character-bel.json:9:29: error: actors[0].name: holds the control character U+0007 at character 7; this field is one line of text, so remove it (line breaks belong in a summary)")),
                // Written as the characters themselves, not escaped: read by the byte scanner, which marks a text of
                // printable ASCII so that its check is skipped; DEL and a C1 control must still be found.
                Arguments.of("control-character-del.json", List.of(
                        "control-character-del.json:15:30: error: events[0].title: holds the control character U+007F at character 6; this field is one line of text, so remove it (line breaks belong in a summary)")),
                Arguments.of("control-character-nel.json", List.of(
                        "control-character-nel.json:9:29: error: actors[0].name: holds the control character U+0085 at character 7; this field is one line of text, so remove it (line breaks belong in a summary)")),
                // A quotation mark inside a text, not escaped: Gson asks for a comma, which would not mend it.
                Arguments.of("unescaped-quote.json", List.of(
                        "unescaped-quote.json:15:37: error: this quotation mark ends the text, but more words follow it: write a quotation mark inside a text as \\\" (or use typographic ones, \u201c \u201d)")),
                Arguments.of("unescaped-quote-in-list.json", List.of(
                        "unescaped-quote-in-list.json:20:112: error: this quotation mark ends the text, but more words follow it: write a quotation mark inside a text as \\\" (or use typographic ones, \u201c \u201d)")),
                Arguments.of("newline-in-title.json", List.of(
                        "newline-in-title.json:12:30: error: categories[0].label: holds the control character U+000A at character 6; this field is one line of text, so remove it (line breaks belong in a summary)")),
                // Found by fuzzing (issue 12): month 00 with a day threw from SourceDate.
                Arguments.of("source-date-month-zero.json", List.of(
                        "source-date-month-zero.json:6:64: error: sources[0].date: \"2018-00-16\" is not a date; write YYYY-MM-DD, or YYYY-MM or YYYY when only the month or year is known, such as 2018-07-16 or 2019")),
                Arguments.of("whitespace-only.json", List.of(
                        "whitespace-only.json:1:1: error: the file is empty; a timeline file is a JSON object that starts with '{' (see Help \u25b8 Timeline File Format, and File \u25b8 Open Example for a whole one)")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenFiles")
    void eachBrokenFileIsExplainedAtItsPlace(String file, List<String> expected) {
        LoadResult result = loader.load(corpus(file));
        List<String> printed = result.problems().stream().map(p -> p.format(file)).toList();
        assertEquals(expected, printed);
    }

    /** Corpus files whose expectation is a test of its own below rather than a line of {@link #brokenFiles}. */
    private static final Set<String> TESTED_APART = Set.of("valid-minimal.json", "directory.json");

    @Test
    void everyFileInTheCorpusFolderHasAnExpectation() throws IOException {
        Set<String> expected = brokenFiles().map(a -> (String) a.get()[0]).collect(Collectors.toSet());
        List<String> without;
        try (Stream<Path> files = Files.list(corpus("valid-minimal.json").getParent())) {
            without = files.map(f -> f.getFileName().toString())
                    .filter(name -> !expected.contains(name) && !TESTED_APART.contains(name)).sorted().toList();
        }
        assertEquals(List.of(), without, "corpus files that no test expects anything of");
    }

    /**
     * The last object of a list left open, its '}' deleted before the ']': told as such at the end of its last
     * field, where the '}' belongs (a new user's walk had been told to add a ',' at the ']' on the next line).
     */
    @Test
    void theLastObjectOfAListLeftOpenIsToldWhereItsBraceBelongs(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, """
                {"formatVersion": 1, "title": "Open", "timeZone": "Europe/Helsinki",
                  "categories": [{"id": "talks", "label": "Talks"}],
                  "events": [
                    {"id": "a", "title": "First", "category": "talks", "start": "2018-07-16T14:07+03:00"},
                    {"id": "b", "title": "Twice", "category": "talks", "start": "2018-07-16T14:08+03:00"
                  ]
                }
                """);
        int column = "    {\"id\": \"b\", \"title\": \"Twice\", \"category\": \"talks\", \"start\": \"2018-07-16T14:08+03:00\""
                .length() + 1;
        assertEquals(List.of("broken.json:5:" + column + ": error: " + JsonSyntaxProblem.UNCLOSED_BEFORE_LIST_END
                + " (the ']' is on line 6)"), problems(file));
        // A ']' on the value's own line may be one too many: not told as an object left open.
        Files.writeString(file, Files.readString(file).replace("14:08+03:00\"\n  ]", "14:08+03:00\"]\n  ]"));
        assertFalse(problems(file).get(0).contains(JsonSyntaxProblem.UNCLOSED_BEFORE_LIST_END), problems(file).get(0));
    }

    /**
     * A generated file is one line, longer than the line read back to word a syntax problem: the text around the
     * place tells the mistake apart as it does in a file of many lines (it said "not strict JSON: write names in
     * double quotation marks" for a deleted '}', and "expected ',' or ']'" for a deleted comma).
     */
    @Test
    void aMistakeInAFileOfOneHugeLineIsToldAsInAFileOfMany(@TempDir Path dir) throws IOException {
        StringBuilder events = new StringBuilder();
        String words = "the talks went on ".repeat(12);
        int count = 0;
        while (events.length() < FileBytes.REFINED_LINE_MAX + 2 * FileBytes.AROUND) {
            events.append(count == 0 ? "" : ",").append("{\"id\":\"e").append(count).append("\",\"title\":\"")
                    .append(words).append(count).append("\",\"category\":\"talks\",\"start\":\"2018-07-16T14:07+03:00\"}");
            count++;
        }
        String whole = "\uFEFF{\"formatVersion\":1,\"title\":\"One line\",\"timeZone\":\"Europe/Helsinki\","
                + "\"categories\":[{\"id\":\"talks\",\"label\":\"Talks\"}],\"events\":[" + events + "]}";
        // The end of the last event but one: past the line read back whole, far from the line's start.
        int brace = whole.lastIndexOf("},{");
        assertTrue(brace > FileBytes.REFINED_LINE_MAX, "the mistake lies past the line read back whole");
        int column = brace; // columns count from 1 after the byte-order mark, which the string's index counts
        Path noBrace = dir.resolve("no-brace.json");
        Files.writeString(noBrace, whole.substring(0, brace) + whole.substring(brace + 1));
        assertEquals(List.of("no-brace.json:1:1: warning: the file starts with a UTF-8 byte-order mark; "
                + "it is skipped here, but other JSON tools reject it, so save the file as UTF-8 without BOM",
                "no-brace.json:1:" + column + ": error: " + JsonSyntaxProblem.UNCLOSED_BEFORE_COMMA),
                problems(noBrace));
        Path noComma = dir.resolve("no-comma.json");
        Files.writeString(noComma, whole.substring(0, brace + 1) + whole.substring(brace + 2));
        assertEquals("no-comma.json:1:" + (column + 1) + ": error: " + JsonSyntaxProblem.MISSING_COMMA_ITEM,
                problems(noComma).get(1));

        // The same on line 2, past letters of two bytes and of two chars (ä, an emoji): the place counts chars.
        String lineTwo = "{\"formatVersion\":1,\"title\":\"Two lines\",\"timeZone\":\"Europe/Helsinki\","
                + "\"categories\":[{\"id\":\"talks\",\"label\":\"Talks\"}],\"events\":[\n"
                + events.toString().replace("went on", "g\u00e4ngen \ud83d\ude00") + "]}";
        int braceTwo = lineTwo.lastIndexOf("},{");
        Path secondLine = dir.resolve("second-line.json");
        Files.writeString(secondLine, lineTwo.substring(0, braceTwo) + lineTwo.substring(braceTwo + 1));
        assertEquals(List.of("second-line.json:2:" + (braceTwo - lineTwo.indexOf('\n')) + ": error: "
                + JsonSyntaxProblem.UNCLOSED_BEFORE_COMMA), problems(secondLine));
    }

    private List<String> problems(Path file) {
        return loader.load(file).problems().stream().map(p -> p.format(file.getFileName().toString())).toList();
    }

    @Test
    void theMinimalFileOfTheCorpusLoadsWithoutAProblem() {
        LoadResult result = loader.load(corpus("valid-minimal.json"));
        assertEquals(List.of(), result.problems());
        assertEquals("Minimal", result.timeline().title());
    }

    @Test
    void bytesThatAreNotUtf8FromAStreamAreNamedForTheWholeFile() throws IOException {
        // A stream cannot be read a second time to find the byte, so the problem is the file's as a whole.
        LoadResult result = loader.load(Files.newInputStream(corpus("not-utf8.json")), "pasted.json");
        assertEquals(List.of("pasted.json: error: the file is not UTF-8 text; save it as UTF-8 (in most editors: "
                + "Save As, Encoding UTF-8)"), result.problems().stream().map(p -> p.format("pasted.json")).toList());
    }

    @Test
    void aFileWithoutReadPermissionSaysPermissionDenied(@TempDir Path dir) throws IOException {
        Path locked = dir.resolve("locked.json");
        Files.copy(corpus("valid-minimal.json"), locked);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("-w-------"));
        if (Files.isReadable(locked)) {
            // root reads any file; a write-only /proc/sys file is refused even to root.
            locked = Path.of("/proc/sys/vm/drop_caches");
        }
        assumeTrue(Files.exists(locked) && !Files.isReadable(locked), "no file here refuses reading");
        LoadResult result = loader.load(locked);
        assertEquals(List.of("f: error: cannot be read: permission denied; ask for read access or copy the file "
                + "somewhere you can read"), result.problems().stream().map(p -> p.format("f")).toList());
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
        assertEquals("no such file as " + dir.toAbsolutePath().normalize().resolve("nowhere.json")
                + "; check the name and the folder", result.problems().get(0).message());
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
