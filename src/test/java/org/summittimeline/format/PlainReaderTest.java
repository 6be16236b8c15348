package org.summittimeline.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The loader reads a file straight from its bytes ({@link JsonTreeReader#readPlain}) and gives up on anything it
 * is not sure of, after which Gson reads it again. Both readings are held side by side here: whatever Gson takes
 * the plain reader gives the same nodes at the same places with the same problems, and whatever Gson refuses the
 * plain reader refuses too (a broken file it took would be bound without its syntax error). Corpus files, seeded
 * corruptions of the bundled file, texts with letters beyond ASCII and escapes, and tokens cut by the reader's
 * buffer are compared.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@Tag("toolkit-free")
class PlainReaderTest {
    private static final Path CORPUS = Path.of("src/test/resources/corpus");

    /** What one reading told its sink and its problems, as text; null when the reader refused the document. */
    private record Reading(String told, List<Problem> problems) {
    }

    /** Records every call of the reader, nodes rendered with their places (items before their nodes are reused). */
    private static final class Recording implements JsonTreeReader.Sink {
        final StringBuilder out = new StringBuilder();

        @Override
        public void documentStart(int line, int column) {
            out.append("start@").append(line).append(':').append(column).append('\n');
        }

        @Override
        public void notAnObject(JsonNode root) {
            out.append("not an object ").append(render(root)).append('\n');
        }

        @Override
        public void field(JsonNode.Member field) {
            out.append("field ").append(render(field)).append('\n');
        }

        @Override
        public void listStart(JsonNode.Member field) {
            out.append("list ").append(render(field)).append('\n');
        }

        @Override
        public void listItem(String field, int index, JsonNode item) {
            out.append("item ").append(field).append('#').append(index).append(' ').append(render(item)).append('\n');
        }
    }

    static String render(JsonNode.Member m) {
        return m.name() + "@" + m.line() + ":" + m.column() + "=" + render(m.value());
    }

    static String render(JsonNode node) {
        String at = "@" + node.line() + ":" + node.column();
        if (node instanceof JsonNode.Obj o) {
            StringBuilder b = new StringBuilder("{").append(at);
            for (JsonNode.Member m : o.fields()) {
                b.append(' ').append(render(m));
            }
            return b.append('}').toString();
        }
        if (node instanceof JsonNode.Arr a) {
            StringBuilder b = new StringBuilder("[").append(at);
            for (JsonNode item : a.items()) {
                b.append(' ').append(render(item));
            }
            return b.append(']').toString();
        }
        if (node instanceof JsonNode.Str s) {
            return "\"" + s.value() + "\"" + at;
        }
        if (node instanceof JsonNode.Num n) {
            return "#" + n.literal() + at;
        }
        if (node instanceof JsonNode.Bool b) {
            return b.value() + at;
        }
        return "null" + at;
    }

    private static Reading gson(byte[] bytes) {
        List<Problem> problems = new ArrayList<>();
        Recording sink = new Recording();
        try {
            new JsonTreeReader(LoadLimits.DEFAULT, problems, TimelineBinder.STREAMED).read(new InputStreamReader(
                    new ByteArrayInputStream(bytes), StandardCharsets.UTF_8.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)), sink);
            return new Reading(sink.out.toString(), problems);
        } catch (JsonTreeReader.Stopped | IOException stopped) {
            return null;
        }
    }

    private static Reading plain(byte[] bytes) {
        List<Problem> problems = new ArrayList<>();
        Recording sink = new Recording();
        try {
            new JsonTreeReader(LoadLimits.DEFAULT, problems, TimelineBinder.STREAMED)
                    .readPlain(new ByteArrayInputStream(bytes), sink);
            return new Reading(sink.out.toString(), problems);
        } catch (PlainJsonScanner.NotPlain | IOException notPlain) {
            return null;
        }
    }

    /**
     * Reads {@code bytes} both ways and compares; returns whether the plain reader read it. It may give up on a
     * document Gson reads only when {@code mayGiveUp}.
     */
    private static boolean same(byte[] bytes, String what, boolean mayGiveUp) {
        Reading byGson = gson(bytes);
        Reading byPlain = plain(bytes);
        if (byGson == null) {
            assertEquals(null, byPlain, what + ": Gson refuses it, so must the plain reader");
            return false;
        }
        if (byPlain == null) {
            assertTrue(mayGiveUp, what + ": Gson reads it; the plain reader gave up");
            return false;
        }
        assertEquals(byGson.told(), byPlain.told(), what + ": what the sink was told");
        assertEquals(byGson.problems(), byPlain.problems(), what + ": problems");
        return true;
    }

    @Test
    void everyCorpusFileReadsAlikeOrIsRefusedByBoth() throws IOException {
        // Gson reads a top-level list and deep nesting; the plain reader leaves both to it.
        Set<String> leftToGson = Set.of("root-is-list.json", "deep-nesting.json");
        int readPlain = 0;
        List<Path> files;
        try (Stream<Path> listed = Files.list(CORPUS)) {
            files = new ArrayList<>(listed.sorted().toList());
        }
        files.add(BundledDataTest.BUNDLED);
        files.add(Path.of("src/test/resources/timelinejs/moon.json"));
        for (Path file : files) {
            if (Files.isDirectory(file)) {
                continue;
            }
            byte[] bytes = withoutByteOrderMark(Files.readAllBytes(file));
            String name = file.getFileName().toString();
            if (same(bytes, name, leftToGson.contains(name))) {
                readPlain++;
            }
        }
        assertTrue(readPlain >= 70, "corpus files the plain reader read: " + readPlain + " of " + files.size());
    }

    private static byte[] withoutByteOrderMark(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF
                ? Arrays.copyOfRange(b, 3, b.length) : b;
    }

    @Test
    void seededCorruptionsOfTheBundledFileReadAlikeOrAreRefusedByBoth() throws IOException {
        byte[] original = Files.readAllBytes(BundledDataTest.BUNDLED);
        SplittableRandom random = new SplittableRandom(716);
        byte[] interesting = "\"\\{}[],: \n\t\r0-.eE+tfnu/'#".getBytes(StandardCharsets.US_ASCII);
        int refused = 0;
        int readAlike = 0;
        for (int round = 0; round < 3000; round++) {
            byte[] bytes = original.clone();
            int edits = 1 + random.nextInt(3);
            for (int e = 0; e < edits; e++) {
                int at = random.nextInt(bytes.length);
                switch (random.nextInt(5)) {
                    case 0 -> bytes[at] = (byte) random.nextInt(256);
                    case 1 -> bytes[at] = interesting[random.nextInt(interesting.length)];
                    case 2 -> bytes = splice(bytes, at, 1, new byte[0]);
                    case 3 -> bytes = splice(bytes, at, 0, new byte[] {bytes[at]});
                    default -> bytes = Arrays.copyOf(bytes, Math.max(1, at));
                }
            }
            if (same(bytes, "round " + round, false)) {
                readAlike++;
            } else {
                refused++;
            }
        }
        assertTrue(refused > 1000 && readAlike > 300, "refused " + refused + ", read alike " + readAlike);
    }

    private static byte[] splice(byte[] bytes, int at, int remove, byte[] insert) {
        byte[] out = new byte[bytes.length - remove + insert.length];
        System.arraycopy(bytes, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(bytes, at + remove, out, at + insert.length, bytes.length - at - remove);
        return out;
    }

    @Test
    void lettersBeyondAsciiAndEscapesKeepGsonsColumns() {
        String[] values = {"caf\u00e9", "\u65e5\u672c", "\uD83C\uDDEB\uD83C\uDDEE flag", "tab\\tand \\u00e9 and \\\"",
            "\\uD83D\\uDE00", "\\uD83D alone", "\\/slash", "a\\u0000b", "\u00e9\\n\u00e9"};
        for (String value : values) {
            String json = "{\"title\": \"" + value + "\", \"after\": [1, \"x\"], \"caf\u00e9\": {\"n\": -0.5e+3},\n"
                    + "  \"t\": true, \"f\": false, \"z\": null, \"k\": \"\u00e9\" }";
            assertTrue(same(json.getBytes(StandardCharsets.UTF_8), value, false), value);
        }
    }

    @Test
    void numbersAndWordsInStrictFormOnly() {
        String[] good = {"0", "-0", "12", "-12.5", "1e5", "1E+5", "2.5e-3", "123456789012345678901234567890"};
        for (String n : good) {
            assertTrue(same(("{\"n\": " + n + ", \"m\": [" + n + "]}").getBytes(StandardCharsets.UTF_8), n, false), n);
        }
        String[] bad = {"01", "1.", ".5", "-", "+1", "1e", "1e+", "0x10", "1.2.3", "tru", "nul", "falsey", "True",
            "NaN", "Infinity", "1-2"};
        for (String n : bad) {
            byte[] bytes = ("{\"n\": " + n + "}").getBytes(StandardCharsets.UTF_8);
            assertEquals(null, plain(bytes), n + " is not strict JSON");
            same(bytes, n, false);
        }
    }

    /** Every token once cut by the end of the reader's 64 KB buffer, texts longer than the buffer included. */
    @Test
    void tokensCutByTheBufferReadAlike() {
        String body = "\"title\": \"caf\u00e9 \uD83D\uDE00 \\u00e9 \\uD83D\\uDE00 end\", \"n\": -12.5e3, \"t\": true, "
                + "\"z\": null, \"list\": [false, 0, \"\u65e5\"]";
        byte[] tail = body.getBytes(StandardCharsets.UTF_8);
        int bufferSize = 1 << 16;
        for (int pad = bufferSize - tail.length - 12; pad <= bufferSize; pad++) {
            String json = "{" + " ".repeat(pad) + body + "}";
            assertTrue(same(json.getBytes(StandardCharsets.UTF_8), "pad " + pad, false), "pad " + pad);
        }
        String longText = "\u00e9".repeat(40_000) + "x".repeat(50_000) + "\\n" + "\uD83D\uDE00".repeat(10_000);
        for (int pad = 0; pad < 4; pad++) {
            String json = "{\"summary\": " + "\n".repeat(pad) + "\"" + longText + "\", \"k\": 1}";
            assertTrue(same(json.getBytes(StandardCharsets.UTF_8), "long text " + pad, false));
        }
    }

    @Test
    void theFormatsNamesComeBackAsTheInstancesTheBindersAskWith() throws Exception {
        byte[] bytes = synthetic(50);
        List<String> names = new ArrayList<>();
        new JsonTreeReader(LoadLimits.DEFAULT, new ArrayList<>(), TimelineBinder.STREAMED).readPlain(
                new ByteArrayInputStream(bytes), new IgnoringSink() {
                    @Override
                    public void listItem(String field, int index, JsonNode item) {
                        for (JsonNode.Member m : ((JsonNode.Obj) item).fields()) {
                            names.add(m.name());
                        }
                    }
                });
        assertTrue(names.size() > 300, "names read: " + names.size());
        for (String name : names) {
            String format = FormatFields.ALL.stream().flatMap(Set::stream).filter(name::equals).findFirst()
                    .orElseGet(() -> fail("not a name of the format: " + name));
            assertSame(format, name, name);
        }
    }

    @Test
    void itemsOfTheLongListsReuseTheirNodes() throws Exception {
        JsonTreeReader few = new JsonTreeReader(LoadLimits.DEFAULT, new ArrayList<>(), TimelineBinder.STREAMED);
        few.readPlain(new ByteArrayInputStream(synthetic(200)), new IgnoringSink());
        JsonTreeReader many = new JsonTreeReader(LoadLimits.DEFAULT, new ArrayList<>(), TimelineBinder.STREAMED);
        many.readPlain(new ByteArrayInputStream(synthetic(2_000)), new IgnoringSink());
        assertEquals(few.nodesMade(), many.nodesMade(), "nodes made for 400 items and for 4,000");
    }

    @Test
    void aSyntheticTimelineReadsAlike() throws IOException {
        assertTrue(same(synthetic(3_000), "3,000 generated events", false));
    }

    @Test
    void anUnclosedDocumentIsRefused() {
        assertThrows(PlainJsonScanner.NotPlain.class, () -> new JsonTreeReader(LoadLimits.DEFAULT, new ArrayList<>(),
                TimelineBinder.STREAMED).readPlain(new ByteArrayInputStream("{\"a\": [1, 2".getBytes(
                        StandardCharsets.UTF_8)), new IgnoringSink()));
    }

    private static byte[] synthetic(int events) throws IOException {
        StringWriter out = new StringWriter();
        new SyntheticTimeline(events, 7, false).write(out);
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The scanner reads texts eight bytes at a time: each byte value at each place of a word, among any others. */
    @Test
    void aWordIsPlainExactlyWhenEachOfItsBytesIs() {
        byte[] fillers = {'a', ' ', '!', 0x21, 0x23, 0x5B, 0x5D, 0x7E, 0x7F, 0x20};
        for (byte filler : fillers) {
            for (int value = 0; value < 256; value++) {
                for (int place = 0; place < 8; place++) {
                    byte[] word = new byte[8];
                    java.util.Arrays.fill(word, filler);
                    word[place] = (byte) value;
                    assertEquals(plainBytes(word), JsonBytes.plain(littleEndian(word)),
                            "byte " + value + " at " + place + " among " + filler);
                }
            }
        }
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < 200_000; i++) {
            byte[] word = new byte[8];
            for (int b = 0; b < 8; b++) {
                // Mostly printable ASCII, so that plain words are common and a single stop decides.
                word[b] = (byte) (random.nextInt(10) == 0 ? random.nextInt(256) : 0x20 + random.nextInt(0x5F));
            }
            assertEquals(plainBytes(word), JsonBytes.plain(littleEndian(word)), java.util.Arrays.toString(word));
        }
    }

    private static boolean plainBytes(byte[] word) {
        for (byte b : word) {
            int v = b & 0xFF;
            if (v == '"' || v == '\\' || v < 0x20 || v >= 0x7F) {
                return false;
            }
        }
        return true;
    }

    private static long littleEndian(byte[] word) {
        long w = 0;
        for (int b = 7; b >= 0; b--) {
            w = w << 8 | (word[b] & 0xFF);
        }
        return w;
    }

    /** Each kind of stop at every place of the words a text is read by, short texts (shared ones) and long. */
    @Test
    void stopsAtEveryPlaceOfAWordReadAlike() {
        String[] stops = {"\\n", "\\\"", "\u00e9", "\uD83D\uDE00", "\u0001", "\u007f"};
        for (String stop : stops) {
            for (int before = 0; before < 20; before++) {
                for (int after : new int[] {0, 1, 7, 8, 9, 40}) {
                    String text = "a".repeat(before) + stop + "b".repeat(after);
                    String json = "{\"title\": \"" + text + "\", \"speaker\": \"" + text + "\", \"k\": \""
                            + "c".repeat(before + after) + "\"}";
                    same(json.getBytes(StandardCharsets.UTF_8), "stop " + stop + " after " + before, false);
                }
            }
        }
    }

    /**
     * A text the scanner marks as printable ASCII skips the binders' control-character check, so the mark must be
     * exactly right: set for plain ASCII however long (eight bytes are read at a time), never for an escape, a
     * letter past ASCII or DEL wherever it stands, and not carried over to the next text.
     */
    @Test
    void onlyPrintableAsciiTextsAreMarkedPrintable() throws Exception {
        for (int before = 0; before < 20; before++) {
            String lead = "a".repeat(before);
            // Texts as written in the file: "\\u0041" and "\\\\" are JSON escapes (printable values, but escaped);
            // the long ones run over the reader's first 256-byte piece.
            for (String text : new String[] {lead, lead + "b c!~ {}[]", lead + "\\u0041", lead + "\\\\",
                    lead + "\u00e9", lead + "\u007f", lead + "\u007fzzzzzzzzzz", lead + "\u0085",
                    lead + "y".repeat(300), lead + "y".repeat(300) + "\u007f"}) {
                boolean expected = text.chars().allMatch(c -> c >= 0x20 && c < 0x7F && c != '\\');
                PlainJsonScanner scanner = new PlainJsonScanner(new ByteArrayInputStream(
                        ("\"" + text + "\" \"next\"").getBytes(StandardCharsets.UTF_8)));
                scanner.peek();
                scanner.text(null);
                assertEquals(expected, scanner.lastPrintable(), "\"" + text + "\"");
                scanner.peek();
                assertEquals("next", scanner.text(null), "read whole after \"" + text + "\"");
                assertTrue(scanner.lastPrintable(), "the mark of the text after \"" + text + "\"");
            }
        }
    }
}
