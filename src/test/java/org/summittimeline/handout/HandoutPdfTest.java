package org.summittimeline.handout;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.summittimeline.BundledTimeline;
import org.summittimeline.app.CommandLine;
import org.summittimeline.format.SafeWrite;
import org.summittimeline.format.TimelineLoader;
import org.summittimeline.model.PresentationStep;
import org.summittimeline.model.Timeline;

/** The handout read back with PDFBox: its text, its pages, its paper; and written by the command line alone. */
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
@Tag("toolkit-free")
class HandoutPdfTest {
    private static final Path HELSINKI = Path.of("data", "helsinki-2018-summit.json");
    private static Timeline timeline;

    @BeforeAll
    static void readTheBundledTimeline() {
        timeline = BundledTimeline.helsinki();
    }

    private static PDDocument pdf(Handout h, HandoutPdf.Paper paper) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HandoutPdf.write(h, paper, out);
        return Loader.loadPDF(out.toByteArray());
    }

    @Test
    void theBundledLessonsHandoutHasEveryStepWithItsTimeQuotesAndCitations() throws Exception {
        Handout h = Handout.of(timeline, List.of(), timeline.zone(), null);
        assertEquals(6, h.steps().size());
        // Told as the slide tells it: first in the zone its source tells times in, then in the handout's (the
        // handout had given Helsinki's alone, the slide Washington's first).
        assertTrue(h.steps().get(5).time().startsWith("\u2248 17 Jul 14:00\u201315:02 EDT \u00b7 Helsinki: "),
                h.steps().get(5).time());
        // With its end: the start alone made talks of over two hours read as five minutes.
        assertTrue(h.steps().get(1).time().startsWith("\u2248 16 Jul 14:07\u201314:12 EEST to \u2248 16:"),
                "in Helsinki's zone alone, start to end: " + h.steps().get(1).time());
        try (PDDocument doc = pdf(h, HandoutPdf.Paper.A4)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            // Three pages: the press conference's heading goes to the page of its quotes, and the last step to the
            // page after (two, when page 1 had ended with the press conference's heading and summary).
            assertEquals(3, doc.getNumberOfPages(), "six steps and their quotes take three A4 pages");
            assertTrue(text.contains("1. Air Force One lands in Helsinki") || text.contains("1. "), text);
            assertTrue(text.contains("4. Joint press conference"), text);
            assertTrue(text.contains("\u201cNuclear Weapon Ban Treaty\u201d"), "a quote in its marks");
            assertTrue(text.contains("\u2014 Associated Press, 16 July 2018, \u00b63"), "a citation");
            // No date cut at a line's end: "16 / July 2018" and "16 July / 2018" had been.
            String lines = new PDFTextStripper().getText(doc);
            assertFalse(java.util.regex.Pattern.compile("\\b\\d{1,2}\\R(July|2018)|July\\R2018").matcher(lines).find(),
                    lines);
            assertTrue(text.contains("16 Jul"), "times");
            assertTrue(text.contains("page 3 of 3"));
            assertFalse(text.contains("Set the scene"), "the teacher's notes stay off the handout");
            // A step's sources follow its quotes: before them, the escorted protester's eight lines of sources had
            // sent the step whole to page 2, 40 % of page 1 left empty.
            PDFTextStripper pageOne = new PDFTextStripper();
            pageOne.setEndPage(1);
            assertTrue(pageOne.getText(doc).contains("3. Apparent protester escorted out"), "page 1 filled");
            int press = text.indexOf("4. Joint press conference");
            int sources = text.indexOf("Sources: ", press);
            assertTrue(sources > text.indexOf("Jeff Mason", press) && sources < text.indexOf("5. ", press),
                    "the press conference's sources after its quotes, before the next step");
            assertEquals(PDRectangle.A4.getWidth(), doc.getPage(0).getMediaBox().getWidth(), 0.5);
        }
    }

    /**
     * The page says what the screen's details say: where the sources disagree on a time, each one's time, words and
     * source (the page had merged Air Force One's two accounts into one span), and the event's own sources, which a
     * step without quotes had not cited at all.
     */
    @Test
    void aStepSaysWhereTheSourcesDisagreeAndCitesTheEventsSources() throws Exception {
        Handout h = Handout.of(timeline, List.of(new PresentationStep("air-force-one-lands", null, null),
                new PresentationStep("one-on-one", null, null), new PresentationStep("putin-lands", null, null),
                new PresentationStep("breakfast-niinisto", null, null)), timeline.zone(), null);
        Handout.Step landing = h.steps().get(0);
        assertEquals(1, landing.disputes().size());
        Handout.Dispute start = landing.disputes().get(0);
        assertEquals("The sources disagree on the start:", start.heading());
        assertEquals(2, start.accounts().size(), start.accounts().toString());
        assertTrue(start.accounts().get(0).startsWith("15 Jul 20:55 EEST \u2014 \u201c20:55\u201d \u2014 STT"),
                start.accounts().get(0));
        assertTrue(start.accounts().get(1).contains("Finland Today"), start.accounts().get(1));
        assertTrue(landing.quotes().isEmpty(), "a step without quotes");
        assertTrue(landing.sources().startsWith("Sources: STT"), landing.sources());
        assertEquals(List.of("The sources disagree on the start:", "The sources disagree on the end:"),
                h.steps().get(1).disputes().stream().map(Handout.Dispute::heading).toList(), "the talks, both ends");
        assertEquals(List.of("The sources disagree on the time:"),
                h.steps().get(2).disputes().stream().map(Handout.Dispute::heading).toList(), "a moment, no end");
        assertEquals(List.of(), h.steps().get(3).disputes(), "no accounts to set apart");
        try (PDDocument doc = pdf(h, HandoutPdf.Paper.A4)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("The sources disagree on the start:"), text);
            assertTrue(text.contains("Finland Today"), text);
            assertTrue(text.contains(landing.sources().replace('\u00a0', ' ')), text);
            // The AP's account of the talks' start wraps: its second line stands under its words, not its dot.
            List<List<TextPosition>> lines = new ArrayList<>();
            PDFTextStripper lineReader = new PDFTextStripper() {
                @Override
                protected void writeString(String line, List<TextPosition> letters) {
                    lines.add(List.copyOf(letters));
                }
            };
            lineReader.getText(doc);
            int first = -1;
            for (int i = 0; i < lines.size() && first < 0; i++) {
                if (lines.get(i).stream().map(TextPosition::getUnicode).reduce("", String::concat)
                        .contains("still meeting as of")) {
                    first = i;
                }
            }
            assertTrue(first >= 0, "the AP's account of the talks");
            List<TextPosition> opening = lines.get(first);
            assertEquals("\u2022", opening.get(0).getUnicode(), "the item begins with its dot");
            float words = opening.stream().filter(p -> !p.getUnicode().isBlank() && !p.getUnicode().equals("\u2022"))
                    .findFirst().orElseThrow().getX();
            float next = lines.get(first + 1).get(0).getX();
            assertEquals(words, next, 1.0, "the wrapped line starts under the words");
            assertTrue(next > opening.get(0).getX() + 3, "and right of the dot");
        }
        org.summittimeline.query.Words.use(java.util.Locale.GERMANY);
        try {
            Handout.Step german = Handout.of(timeline, List.of(new PresentationStep("one-on-one", null, null)),
                    timeline.zone(), null).steps().get(0);
            assertEquals(List.of("Die Quellen nennen verschiedene Anfangszeiten:",
                    "Die Quellen nennen verschiedene Endzeiten:"),
                    german.disputes().stream().map(Handout.Dispute::heading).toList());
            assertTrue(german.sources().startsWith("Quellen: "), german.sources());
        } finally {
            org.summittimeline.query.Words.use(java.util.Locale.ENGLISH);
        }
    }

    /**
     * In the window's language, as its times and citations already were: a German handout had said "times in
     * Helsinki", "(reported speech)" and "page 1 of 2", and put German slides' „…“ quotes in English marks.
     */
    @Test
    void aGermanHandoutIsGermanThroughout() throws Exception {
        org.summittimeline.query.Words.use(java.util.Locale.GERMANY);
        try {
            Handout h = Handout.of(timeline, List.of(), timeline.zone(), null);
            assertEquals("Uhrzeiten in Helsinki", h.subtitle());
            assertTrue(h.steps().stream().flatMap(s -> s.quotes().stream())
                    .anyMatch(q -> q.speaker().endsWith(" (wiedergegebene Rede)")), "reported speech named so");
            try (PDDocument doc = pdf(h, HandoutPdf.Paper.A4)) {
                String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
                assertTrue(text.contains("\u201eNuclear Weapon Ban Treaty\u201c"), "a quote in German marks");
                assertTrue(text.contains("Seite " + doc.getNumberOfPages() + " von " + doc.getNumberOfPages()), text);
                assertFalse(text.contains("page "), "no English at the foot");
            }
        } finally {
            org.summittimeline.query.Words.use(java.util.Locale.ENGLISH);
        }
        Handout english = Handout.of(timeline, List.of(), timeline.zone(), null);
        assertEquals("Times in Helsinki", english.subtitle());
    }

    private interface HandoutCheck {
        void check(Handout h, HandoutPdf.Paper paper) throws Exception;
    }

    /** Checks the bundled lesson's handout (no steps of its own: the file's) and every event's, on both papers. */
    private static void forEachHandout(HandoutCheck check) throws Exception {
        List<PresentationStep> everything = new ArrayList<>();
        timeline.events().forEach(e -> everything.add(new PresentationStep(e.id(), null, null)));
        for (List<PresentationStep> steps : List.of(List.<PresentationStep>of(), everything)) {
            for (HandoutPdf.Paper paper : HandoutPdf.Paper.values()) {
                check.check(Handout.of(timeline, steps, timeline.zone(), null), paper);
            }
        }
    }

    @Test
    void noPageEndsWithASpeakersNameApartFromTheWords() throws Exception {
        forEachHandout(HandoutPdfTest::assertNoPageEndsWithASpeaker);
    }

    /**
     * A step's heading stands on the page of its first quote: the bundled lesson's press conference ended page 1
     * with its heading and summary, its quotes starting page 2.
     */
    @Test
    void aStepsHeadingStandsOnThePageOfItsFirstQuote() throws Exception {
        forEachHandout((h, paper) -> {
            try (PDDocument doc = pdf(h, paper)) {
                List<String> pages = new ArrayList<>();
                for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                    PDFTextStripper s = new PDFTextStripper();
                    s.setStartPage(page);
                    s.setEndPage(page);
                    pages.add(s.getText(doc).replaceAll("\\s+", " "));
                }
                int checked = 0;
                for (Handout.Step step : h.steps()) {
                    if (step.quotes().isEmpty()) {
                        continue;
                    }
                    String heading = step.number() + ". " + step.title();
                    // Its dates held together by no-break spaces, drawn as spaces.
                    String citation = "\u2014 " + step.quotes().get(0).citation().replace('\u00a0', ' ');
                    int at = -1;
                    for (int i = 0; i < pages.size(); i++) {
                        at = at < 0 && pages.get(i).contains(heading) ? i : at;
                    }
                    assertTrue(at >= 0, heading);
                    assertTrue(pages.get(at).indexOf(citation, pages.get(at).indexOf(heading)) > 0,
                            paper + ": " + heading + " on page " + (at + 1) + " without its first quote " + citation
                                    + ": " + pages.get(at));
                    checked++;
                }
                assertTrue(checked >= 3, "steps with quotes: " + checked);
            }
        });
    }

    private static void assertNoPageEndsWithASpeaker(Handout h, HandoutPdf.Paper paper) throws Exception {
        java.util.Set<String> speakers = new java.util.HashSet<>();
        h.steps().forEach(s -> s.quotes().forEach(q -> speakers.add(q.speaker())));
        try (PDDocument doc = pdf(h, paper)) {
            assertTrue(doc.getNumberOfPages() > 1);
            for (int page = 1; page < doc.getNumberOfPages(); page++) {
                PDFTextStripper s = new PDFTextStripper();
                s.setStartPage(page);
                s.setEndPage(page);
                List<String> lines = s.getText(doc).lines().filter(l -> !l.isBlank()).toList();
                // The last line is the foot ("… · page 1 of 3"); the one above it ends the page's text.
                String last = lines.get(lines.size() - 2).strip();
                assertFalse(speakers.contains(last), paper + ", page " + page + " ends with " + last);
            }
        }
    }

    @Test
    void letterPaperAndALongHandoutFlowOntoMorePages() throws Exception {
        List<PresentationStep> everything = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            timeline.events().forEach(e -> everything.add(new PresentationStep(e.id(), null, null)));
        }
        Handout h = Handout.of(timeline, everything, timeline.zone(), "Everything five times");
        try (PDDocument doc = pdf(h, HandoutPdf.Paper.LETTER)) {
            assertTrue(doc.getNumberOfPages() > 5, "pages " + doc.getNumberOfPages());
            assertEquals(PDRectangle.LETTER.getHeight(), doc.getPage(0).getMediaBox().getHeight(), 0.5);
            String last = lastPage(doc);
            assertTrue(last.contains("page " + doc.getNumberOfPages() + " of " + doc.getNumberOfPages()), last);
        }
    }

    @Test
    void charactersTheStandardFontsLackBecomeQuestionMarksNotFailures() throws Exception {
        // No font of the system's: the PDF standard fonts, which hold no Cyrillic and no "≈".
        Handout h = Handout.of(timeline, List.of(), timeline.zone(), "\u0421\u0430\u043c\u043c\u0438\u0442 Helsinki");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HandoutPdf.write(h, HandoutPdf.Paper.A4, out, List.of());
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("?????? Helsinki"), text);
            assertTrue(text.contains("~ 16 Jul 14:07\u201314:12 EEST"), "an uncertain time keeps a mark of it: " + text);
        }
    }

    @Test
    void withAFontOfTheSystemsTheHandoutShowsEveryLetterAndTheMarkOfAnUncertainTime() throws Exception {
        Handout h = Handout.of(timeline, List.of(), timeline.zone(), "\u0421\u0430\u043c\u043c\u0438\u0442 Helsinki");
        try (PDDocument doc = pdf(h, HandoutPdf.Paper.A4)) {
            String text = new PDFTextStripper().getText(doc);
            if (HandoutFonts.firstPresent(HandoutFonts.systemFamilies()).isPresent()) {
                assertTrue(text.contains("\u2248 16 Jul 14:07\u201314:12 EEST"), text);
                assertTrue(text.contains("\u0421\u0430\u043c\u043c\u0438\u0442 Helsinki"), text);
                assertTrue(doc.getPage(0).getResources().getFontNames().iterator().hasNext());
                String font = doc.getPage(0).getResources().getFont(
                        doc.getPage(0).getResources().getFontNames().iterator().next()).getName();
                assertFalse(font.startsWith("Helvetica"), "embedded, not a standard font: " + font);
                // Each letter its own glyph, as typed: set as ligatures, "Jeff" and "officials" came back from the
                // PDF as "Jeﬀ" and "oﬃcials" (the stripper's own text joins them again, so ask it glyph by glyph).
                StringBuilder glyphs = new StringBuilder();
                PDFTextStripper byGlyph = new PDFTextStripper() {
                    @Override
                    protected void writeString(String string, List<org.apache.pdfbox.text.TextPosition> positions) {
                        positions.forEach(p -> glyphs.append(p.getUnicode()));
                    }
                };
                byGlyph.getText(doc);
                assertTrue(glyphs.indexOf("Jeff Mason") >= 0 || glyphs.indexOf("JeffMason") >= 0, glyphs.toString());
                assertTrue(glyphs.codePoints().noneMatch(c -> c >= 0xFB00 && c <= 0xFB06), "a ligature: " + glyphs);
            } else {
                // A machine without any of the families: the standard fonts, as above.
                assertTrue(text.contains("~ 16 Jul 14:07\u201314:12 EEST"), text);
            }
        }
    }

    private static String lastPage(PDDocument doc) throws Exception {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(doc.getNumberOfPages());
        s.setEndPage(doc.getNumberOfPages());
        return s.getText(doc);
    }

    /** The jar's main class in a JVM of its own, without a display: no JavaFX class is even loaded. */
    @Test
    void theCommandLineWritesTheHandoutOfALessonWithoutJavaFx(@TempDir Path dir) throws Exception {
        Path lesson = dir.resolve("press.lesson.json");
        Files.writeString(lesson, "{\"lessonVersion\": 1, \"title\": \"The press conference\", \"timeline\": "
                + "{\"file\": \"helsinki-2018-summit.json\"}, \"steps\": [{\"event\": \"press-conference\", "
                + "\"quotes\": [\"putin-denial\"]}, {\"event\": \"no-such-event\"}]}");
        Path pdf = dir.resolve("handout.pdf");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-verbose:class", "-cp", System.getProperty("java.class.path"), "org.summittimeline.app.Launcher",
                "--handout", lesson.toString(), "--out", pdf.toString(), "--paper", "letter");
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        pb.redirectErrorStream(true);
        pb.directory(new File("."));
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), output.lines().filter(l -> !l.startsWith("[")).toList().toString());
        assertFalse(output.lines().anyMatch(l -> l.contains(" javafx.")), "a JavaFX class was loaded");
        assertTrue(output.contains("step 2: event \"no-such-event\" is not in the timeline"), "missing events said");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertEquals(1, doc.getNumberOfPages());
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("The press conference"));
            assertTrue(text.contains("1. Joint press conference"));
            assertEquals(PDRectangle.LETTER.getWidth(), doc.getPage(0).getMediaBox().getWidth(), 0.5);
        }
    }

    @Test
    void theHandoutIsWrittenThroughSafeWriteAndNeverOverTheOpenFile(@TempDir Path dir) throws Exception {
        Path open = Files.writeString(dir.resolve("timeline.json"), "{}");
        Handout h = Handout.of(timeline, List.of(), timeline.zone(), "Handout");
        Path hardLink = Files.createLink(dir.resolve("handout.pdf"), open);
        for (Path target : List.of(open, hardLink)) {
            SafeWrite.Refused refused = assertThrows(SafeWrite.Refused.class,
                    () -> HandoutPdf.write(h, HandoutPdf.Paper.A4, target, open));
            assertTrue(refused.getMessage().startsWith("refused to write " + target + ": it is the open timeline"),
                    refused.getMessage());
            assertEquals("{}", Files.readString(open));
        }
        Path pdf = dir.resolve("fine.pdf");
        HandoutPdf.write(h, HandoutPdf.Paper.A4, pdf, open);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertTrue(doc.getNumberOfPages() > 0);
        }
    }

    /** A FIFO named as the lesson would block the command for ever; it is refused unread, at once. */
    @Test
    void theCommandLineRefusesAFifoGivenAsTheLesson(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("x.lesson.json");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assumeTrue(mk.waitFor(10, TimeUnit.SECONDS) && mk.exitValue() == 0, "mkfifo is not available");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CommandLine.runWithoutWindow(CommandLine.parse("--handout", fifo.toString(), "--out",
                dir.resolve("h.pdf").toString()), new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(CommandLine.INVALID_FILE, code);
        assertEquals(fifo + ": error: is not a regular file but a device, a pipe or a socket, which may never end or never "
                + "answer; name a lesson file saved on disk", err.toString(StandardCharsets.UTF_8).strip());
        assertFalse(Files.exists(dir.resolve("h.pdf")));
    }

    /** The lesson read is as much the reader's work as its timeline: a handout is written over neither. */
    @Test
    void theCommandLineRefusesToWriteTheHandoutOverTheLessonOrItsTimeline(@TempDir Path dir) throws Exception {
        Path timeline = Files.copy(HELSINKI, dir.resolve("helsinki-2018-summit.json"));
        Path lesson = Files.writeString(dir.resolve("press.lesson.json"), "{\"lessonVersion\": 1, \"title\": \"T\", "
                + "\"timeline\": {\"file\": \"helsinki-2018-summit.json\"}, \"steps\": [{\"event\": "
                + "\"press-conference\"}]}");
        byte[] lessonBefore = Files.readAllBytes(lesson);
        byte[] timelineBefore = Files.readAllBytes(timeline);
        for (Path out : List.of(lesson, timeline, dir.resolve(".").resolve("press.lesson.json"))) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = CommandLine.runWithoutWindow(CommandLine.parse("--handout", lesson.toString(), "--out",
                    out.toString()), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            String said = err.toString(StandardCharsets.UTF_8);
            assertEquals(CommandLine.INVALID_FILE, code, said);
            assertTrue(said.contains("refused to write " + out + ": it is the open "
                    + (out.equals(timeline) ? "timeline " + timeline : "lesson " + lesson)), said);
            assertArrayEquals(lessonBefore, Files.readAllBytes(lesson), "the lesson is untouched");
            assertArrayEquals(timelineBefore, Files.readAllBytes(timeline), "the timeline is untouched");
        }
    }

    @Test
    void theHandoutOptionsAreReadAndWrongOnesExplained() {
        assertEquals(new CommandLine.Handout(Path.of("a.lesson.json"), Path.of("h.pdf"), HandoutPdf.Paper.A4),
                CommandLine.parse("--handout", "a.lesson.json", "--out", "h.pdf", "--paper", "A4"));
        assertEquals(new CommandLine.Usage("--handout needs --out FILE.pdf"), CommandLine.parse("--handout", "a.json"));
        assertEquals(new CommandLine.Usage("--paper is a4 or letter, not legal"),
                CommandLine.parse("--handout", "a.json", "--out", "h.pdf", "--paper", "legal"));
        assertEquals(new CommandLine.Usage("--out needs a value after it"), CommandLine.parse("--handout", "a.json", "--out"));
    }
}
